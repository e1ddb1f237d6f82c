"""Typo tolerance on PostgreSQL.

PostgreSQL: the extensions pg_trgm (similarity of words by their three-letter pieces) and
unaccent (æ as ae, ø as o, å as a), and `f_unaccent()`, the immutable wrapper of unaccent that
django-modelsearch's `Fuzzy(..., unaccent=True)` calls (what `manage.py enable_unaccent` and
`enable_trigram` would do by hand). On SQLite, which has neither, these steps do nothing.
"""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations, models

F_UNACCENT = """
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $func$ SELECT public.unaccent('public.unaccent', $1) $func$;
"""


def create_f_unaccent(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(F_UNACCENT)


def drop_f_unaccent(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS f_unaccent(text)")


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        TrigramExtension(),
        UnaccentExtension(),
        migrations.RunPython(create_f_unaccent, drop_f_unaccent, elidable=False),
    ]
