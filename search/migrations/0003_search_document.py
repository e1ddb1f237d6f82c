"""The text an index entry is searched by, as a function PostgreSQL knows to be costly.

The database backend matches `(title || body) @@ query`, and 0002 indexed that expression. But
PostgreSQL prices the joining of two tsvectors like an addition: for a common word, or a query
stemmed in two languages, it estimated reading the whole table cheaper than the index, and then
joined the title and body of every page's entry to test it, 20 ms at 10,000 materials where
the index answers in 4.

`search_document(title, body)` is the same joining, declared costly (PL/pgSQL, which the
planner cannot inline into the cheap operator): the planner reads the index, whose answer for
plain words is exact, so the text is not joined at all. search/backend.py matches by it, and
its index replaces 0002's. On SQLite nothing happens.
"""

from django.db import migrations

from search.postgres import on_postgres

INDEX_ENTRY = "wagtailsearch_indexentry"

FORWARD = [
    """CREATE OR REPLACE FUNCTION search_document(title tsvector, body tsvector)
        RETURNS tsvector LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 100
        AS $func$ BEGIN RETURN title || body; END $func$""",
    f"CREATE INDEX IF NOT EXISTS search_entry_document_gin ON {INDEX_ENTRY} "
    "USING gin (search_document(title, body))",
    "DROP INDEX IF EXISTS search_entry_title_body_gin",
]
BACKWARD = [
    f"CREATE INDEX IF NOT EXISTS search_entry_title_body_gin ON {INDEX_ENTRY} "
    "USING gin ((title || body))",
    "DROP INDEX IF EXISTS search_entry_document_gin",
    "DROP FUNCTION IF EXISTS search_document(tsvector, tsvector)",
]


class Migration(migrations.Migration):
    dependencies = [("search", "0002_search_scale")]

    operations = [migrations.RunPython(on_postgres(FORWARD), on_postgres(BACKWARD), elidable=False)]
