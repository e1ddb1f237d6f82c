"""The search app's tables and what typo tolerance needs of PostgreSQL.

The searches that found nothing, counted per word and day for the report (UnansweredQuery).

Typo tolerance on PostgreSQL: the extensions pg_trgm (similarity of words by their three-letter pieces) and
unaccent (æ as ae, ø as o, å as a), and `f_unaccent()`, the immutable wrapper of unaccent that
django-modelsearch's `Fuzzy(..., unaccent=True)` calls (what `manage.py enable_unaccent` and
`enable_trigram` would do by hand). On SQLite, which has neither, these steps do nothing.
"""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations, models

from search.postgres import on_postgres

F_UNACCENT = """
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $func$ SELECT public.unaccent('public.unaccent', $1) $func$;
"""


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        TrigramExtension(),
        UnaccentExtension(),
        migrations.RunPython(
            on_postgres([F_UNACCENT]),
            on_postgres(["DROP FUNCTION IF EXISTS f_unaccent(text)"]),
            elidable=False,
        ),
        migrations.CreateModel(
            name="UnansweredQuery",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "query_string",
                    models.CharField(max_length=255, verbose_name="search words"),
                ),
                ("day", models.DateField(verbose_name="day")),
                ("hits", models.PositiveIntegerField(default=0, verbose_name="searches")),
            ],
            options={
                "verbose_name": "search without results",
                "verbose_name_plural": "searches without results",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("query_string", "day"), name="unanswered_query_day"
                    )
                ],
            },
        ),
    ]
