"""The demo database, kept once and put back after each live-server test.

A live server's test ends by emptying every table (Django's flush). Loading the demo again takes
about a minute per test; putting back a copy of its rows takes a second or two. The copy is taken
from the demo as loaded, before the first browser test changes anything, and put back whole: rows,
and sequences that go on after the highest id, so that new rows get the ids they would have got.

PostgreSQL keeps the copy in a schema of its own in the test database; SQLite (an in-memory test
database) in a second in-memory database, through SQLite's backup API.
"""

import sqlite3

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management.color import no_style
from django.db import connection

SCHEMA = "fiv_browser_snapshot"


class Snapshot:
    def __init__(self):
        self.taken = False
        self._sqlite_copy = None

    def take(self):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
                cursor.execute(f"CREATE SCHEMA {SCHEMA}")
                for table in _tables():
                    cursor.execute(f"CREATE TABLE {SCHEMA}.{table} AS TABLE {table}")
        else:
            connection.ensure_connection()
            self._sqlite_copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(self._sqlite_copy)
        self.taken = True

    def restore(self):
        """Every table as it was when the copy was taken."""
        if connection.vendor == "postgresql":
            tables = _tables()
            with connection.cursor() as cursor:
                # The rows come back table by table: foreign keys are checked by triggers, which
                # a replica session leaves alone (the copy was consistent when it was taken).
                # The flush's post_migrate has made content types and permissions anew.
                cursor.execute(f"TRUNCATE {', '.join(tables)}")
                cursor.execute("SET session_replication_role = replica")
                for table in tables:
                    # Names from Django's own introspection, quoted by the backend.
                    cursor.execute(f"INSERT INTO {table} SELECT * FROM {SCHEMA}.{table}")  # noqa: S608
                cursor.execute("SET session_replication_role = DEFAULT")
                for sql in connection.ops.sequence_reset_sql(no_style(), _models()):
                    cursor.execute(sql)
        else:
            connection.ensure_connection()
            self._sqlite_copy.backup(connection.connection)
        # The flush's post_migrate cached the content types it made anew, under other ids.
        ContentType.objects.clear_cache()


def _tables():
    """The tables a flush empties, quoted."""
    names = connection.introspection.django_table_names(only_existing=True, include_views=False)
    return [connection.ops.quote_name(name) for name in sorted(names)]


def _models():
    return apps.get_models(include_auto_created=True)
