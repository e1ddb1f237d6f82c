"""What every benchmark shares: a scratch database, never the one `make run` uses, the demo site
on it, and gunicorn serving it as in production.

With DATABASE_URL pointing at PostgreSQL, the scratch database is one named after it with a
suffix (dropped and created again unless kept); without it, a temporary SQLite file.
"""

import argparse
import os
import secrets
import socket
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def scratch_database_url(suffix):
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        base, _, name = url.rpartition("/")
        return f"{base}/{name or 'fiv'}_{suffix}", "postgresql"
    return f"sqlite:///{tempfile.mkdtemp(prefix=f'fiv-{suffix}-')}/{suffix}.sqlite3", "sqlite"


def recreate_postgres(url):
    import psycopg2

    base, _, name = url.rpartition("/")
    connection = psycopg2.connect(f"{base}/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


def scratch_database(suffix, *, reuse):
    """(url, vendor) of the scratch database, a new one unless a former run's is to be kept."""
    url, vendor = scratch_database_url(suffix)
    if vendor == "postgresql" and not reuse:
        recreate_postgres(url)
    return url, vendor


def arguments(description, *, materials, runs):
    """The options every benchmark that grows the library takes."""
    parser = argparse.ArgumentParser(description=description.split("\n\n")[0])
    parser.add_argument("--materials", type=int, default=materials)
    parser.add_argument("--runs", type=int, default=runs)
    parser.add_argument(
        "--reuse", action="store_true", help="keep the scratch PostgreSQL database of a former run"
    )
    return parser.parse_args()


def grow(add, count):
    """Add `count` materials with `add`, and say how long it took."""
    started = time.perf_counter()
    added = add(count)
    print(f"Added {added} materials in {time.perf_counter() - started:.0f} s")


def production_environment(database_url, media_root, **extra):
    """The environment of the production settings over plain http on 127.0.0.1."""
    return {
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "TRUSTED_PROXY_COUNT": "1",
        "MEDIA_ROOT": str(media_root),
        "LOG_LEVEL": "CRITICAL",
        **extra,
    }


def load_demo_site(*, fresh=True, collectstatic=True):
    """Set Django up in this process (from os.environ), migrate, load the demo content unless
    the database is kept from a former run, and collect the static files when served."""
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if fresh:
        call_command("load_demo_content", verbosity=0, force=True)
    if collectstatic:
        call_command("collectstatic", verbosity=0, interactive=False)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(environment, port, *options, **popen):
    """gunicorn (gunicorn.conf.py, 2 workers) serving the site on the port, started once it
    answers; `options` go to gunicorn, `popen` to subprocess.Popen."""
    command = [
        str(ROOT / ".venv" / "bin" / "gunicorn"),
        "cms.wsgi",
        "--config",
        "gunicorn.conf.py",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        "2",
        *options,
    ]
    server = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **environment}, **popen)  # noqa: S603
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("gunicorn did not start")


def measured_site(suffix, *, reuse):
    """Django set up in this process on a scratch database holding the demo content, with the
    development settings but without debug (which would keep every query); returns the vendor."""
    url, vendor = scratch_database(suffix, reuse=reuse)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ["MEDIA_ROOT"] = tempfile.mkdtemp(prefix=f"fiv-{suffix}-media-")
    print(f"Scratch {vendor} database: {url}")
    load_demo_site(fresh=not reuse, collectstatic=False)
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]
    settings.DEBUG = False
    return vendor


def index_and_measure(vendor, measure, runs):
    """Index what was added, bring the planner's statistics up to date and measure."""
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    analyze(vendor)
    measure(runs)


def danish_library():
    """The demo's Danish library, how many materials it holds, and a random source that makes
    the same materials on every run."""
    import random

    from library.models import LibraryIndexPage, MaterialPage

    library = LibraryIndexPage.objects.get(locale__language_code="da")
    existing = MaterialPage.objects.child_of(library).count()
    return library, existing, random.Random(2026)  # noqa: S311 (repeatable data, not secrets)


def analyze(vendor):
    """What autovacuum does soon after a bulk load: the planner needs current statistics."""
    if vendor == "postgresql":
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
