"""A scratch database for the benchmarks, never the one `make run` uses.

With DATABASE_URL pointing at PostgreSQL, a database named after it with a suffix (dropped and
created again unless kept); without it, a temporary SQLite file.
"""

import os
import tempfile


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
