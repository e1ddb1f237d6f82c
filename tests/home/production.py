"""Run manage.py with the production settings in a fresh process, as a server would start."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "w9$Vq2!rT7#pLx4@Zk8&mN1^bC6*eF3(hJ5)gD0_sA-yU+iO=lP"
# Variables of the developer's shell that would change what the production settings read.
UNSET = {
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
    "AWS_S3_REGION_NAME",
    "AWS_S3_CUSTOM_DOMAIN",
    "DEEPL_AUTH_KEY",
}


def run_manage(*args, env):
    clean = {k: v for k, v in os.environ.items() if k not in UNSET}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "cms.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_settings(*names, env=None):
    """The values of some production settings (JSON-serialisable ones), read in a new process."""
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name, None) for name in {list(names)!r}}}))"
    )
    env = {"SECRET_KEY": STRONG_KEY, "ALLOWED_HOSTS": "example.org", **(env or {})}
    result = run_manage("shell", "--no-imports", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])
