"""What the search's migrations make on PostgreSQL only: SQLite has neither GIN indexes, nor
trigrams, nor PL/pgSQL, and matches words with FTS5 as Wagtail's database backend does."""


def on_postgres(statements):
    """A function for migrations.RunPython that executes the SQL statements in order on
    PostgreSQL, and does nothing on other databases."""

    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run
