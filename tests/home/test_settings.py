"""Production settings refuse to start half-configured and pass Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "w9$Vq2!rT7#pLx4@Zk8&mN1^bC6*eF3(hJ5)gD0_sA-yU+iO=lP"


def run_manage(*args, env):
    unset = {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in unset}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "cms.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_prints_no_warning():
    result = run_manage(
        "check", "--deploy", env={"SECRET_KEY": STRONG_KEY, "ALLOWED_HOSTS": "example.org"}
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stderr + result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", env={"ALLOWED_HOSTS": "example.org"})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage("check", env={"SECRET_KEY": STRONG_KEY})
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr
