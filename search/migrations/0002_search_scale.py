"""What the search needs at 10,000 materials, on PostgreSQL (on SQLite only the table).

- A GIN index on `title || body` of Wagtail's index entries: the database backend matches
  `(title || body) @@ query`, which the separate indexes on `title` and `body` cannot serve.
  Without it every search reads the whole table, and PostgreSQL, which then has no statistics
  for the expression, guesses one match and joins the pages in a nested loop: 1 s at 1,500
  materials, 30 ms with it.
- SearchWord, the words of the index once each, and a trigram index on them without accents:
  typo tolerance looks a misspelled word up there (a few thousand short words) and searches
  with the words it finds, instead of comparing the query with the whole text of every object.
  Filled as objects are indexed; the words of what is indexed already are added here.
"""

from django.db import migrations, models

from search.postgres import on_postgres

INDEX_ENTRY = "wagtailsearch_indexentry"

FORWARD = [
    f"CREATE INDEX IF NOT EXISTS search_entry_title_body_gin ON {INDEX_ENTRY} "
    "USING gin ((title || body))",
    "CREATE INDEX IF NOT EXISTS search_word_plain_trgm ON search_searchword "
    "USING gin (plain gin_trgm_ops)",
    f"""INSERT INTO search_searchword (word, plain)
        SELECT DISTINCT lexeme, f_unaccent(lexeme)
        FROM {INDEX_ENTRY}, unnest(to_tsvector('simple', title_text || ' ' || body_text))
        WHERE length(lexeme) BETWEEN 3 AND 100
        ON CONFLICT (word) DO NOTHING""",
]
BACKWARD = [
    "DROP INDEX IF EXISTS search_word_plain_trgm",
    "DROP INDEX IF EXISTS search_entry_title_body_gin",
]


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("word", models.CharField(max_length=100, unique=True)),
                ("plain", models.CharField(max_length=200)),
            ],
            options={
                "verbose_name": "word of the search index",
                "verbose_name_plural": "words of the search index",
            },
        ),
        migrations.RunPython(on_postgres(FORWARD), on_postgres(BACKWARD), elidable=False),
    ]
