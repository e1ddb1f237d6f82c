"""The demo database, loaded once per test run and copied to every pytest-xdist worker.

Each worker has a test database of its own, and every test starts from the demo in it. Loading
the demo takes about a minute; with two workers on two cores both loaded it at the same time,
each slowing the other. Now the first worker to come loads it and leaves a copy; the others wait
for that copy and take it, in a second or two:

- PostgreSQL: a database made from the loaded one (`CREATE DATABASE ... TEMPLATE`), from which
  each other worker's test database is made anew;
- SQLite (an in-memory test database): a file written and read through SQLite's backup API.

The demo's files (images, documents, renditions, handbook PDFs) live in each worker's own
MEDIA_ROOT: they are copied beside the database and into the other workers' MEDIA_ROOT.

A transactional test (one that needs its writes committed, such as the concurrent downloads)
ends with Django's flush, which empties every table: `restore_after_flush` puts the copy back,
so that the browser tests that come later on that worker find the demo instead of loading it
again (a minute and a half on a busy machine).
"""

import contextlib
import fcntl
import os
import shutil
import sqlite3
import time

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection

LOADED = "loaded"  # written beside the copy once it is complete


def load_demo():
    call_command("load_demo_content", force=True, verbosity=0)


def demo_for_worker(shared_dir):
    """The demo in this worker's test database: from the copy in `shared_dir` when a worker
    has left one there, else loaded, and a copy left for the others."""
    (shared_dir / "workers").mkdir(parents=True, exist_ok=True)
    with _locked(shared_dir / "lock"):
        _worker_mark(shared_dir).touch()
        started = time.monotonic()
        if (shared_dir / LOADED).exists() and _restore(shared_dir):
            _log(shared_dir, f"took the copy in {time.monotonic() - started:.1f} s")
            return
        load_demo()
        _take(shared_dir)
        (shared_dir / LOADED).write_text(connection.vendor)
        _log(shared_dir, f"loaded the demo and left a copy in {time.monotonic() - started:.1f} s")


def restore_after_flush(shared_dir):
    """The demo back in this worker's test database after a flush emptied it; False when there
    is no copy to take (the caller then leaves it to whoever needs the demo to load it)."""
    with _locked(shared_dir / "lock"):
        if not (shared_dir / LOADED).exists():
            return False
        started = time.monotonic()
        restored = _restore(shared_dir)
        if restored:
            _log(
                shared_dir,
                f"took the copy again after a flush in {time.monotonic() - started:.1f} s",
            )
        return restored


def _log(shared_dir, message):
    """What each worker did, in `demo/log` of the run's temporary directory."""
    with (shared_dir / "log").open("a") as log:
        log.write(f"{os.environ.get('PYTEST_XDIST_WORKER', 'main')}: {message}\n")


def drop_copy(shared_dir):
    """The PostgreSQL copy is a database of its own; the last worker to finish drops it, so that
    a worker still running can take it again after a flush."""
    if connection.vendor != "postgresql" or not (shared_dir / LOADED).exists():
        return
    with _locked(shared_dir / "lock"):
        _worker_mark(shared_dir).unlink(missing_ok=True)
        if any((shared_dir / "workers").iterdir()):
            return
        (shared_dir / LOADED).unlink(missing_ok=True)
        with connection._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {_template_name()}")


def _worker_mark(shared_dir):
    """A file for each worker that has the demo and has not finished yet."""
    return shared_dir / "workers" / os.environ.get("PYTEST_XDIST_WORKER", "main")


@contextlib.contextmanager
def _locked(path):
    with path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _copy_name():
    """test_fiv_demo beside the workers' test_fiv_gw0, test_fiv_gw1 ..."""
    return f"{connection.settings_dict['NAME'].rsplit('_gw', 1)[0]}_demo"


def _template_name():
    return connection.ops.quote_name(_copy_name())


def _take(shared_dir):
    if connection.vendor == "postgresql":
        this = connection.ops.quote_name(connection.settings_dict["NAME"])
        connection.close()  # a database is copied only while nobody is connected to it
        with connection._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {_template_name()}")
            cursor.execute(f"CREATE DATABASE {_template_name()} TEMPLATE {this}")
    else:
        connection.ensure_connection()
        with contextlib.closing(sqlite3.connect(shared_dir / "demo.sqlite3")) as copy:
            connection.connection.backup(copy)
    shutil.copytree(settings.MEDIA_ROOT, shared_dir / "media", dirs_exist_ok=True)


def _restore(shared_dir):
    """This worker's test database replaced by the copy; False if the copy is gone."""
    if connection.vendor == "postgresql":
        with connection._nodb_cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [_copy_name()])
            if cursor.fetchone() is None:
                return False
        this = connection.ops.quote_name(connection.settings_dict["NAME"])
        connection.close()
        with connection._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE {this}")
            cursor.execute(f"CREATE DATABASE {this} TEMPLATE {_template_name()}")
    else:
        connection.ensure_connection()
        with contextlib.closing(sqlite3.connect(shared_dir / "demo.sqlite3")) as copy:
            copy.backup(connection.connection)
    shutil.copytree(shared_dir / "media", settings.MEDIA_ROOT, dirs_exist_ok=True)
    # Content types were cached with the ids of this worker's own migrations.
    ContentType.objects.clear_cache()
    return True
