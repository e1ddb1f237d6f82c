"""The searches that found nothing, counted per word and day for the report."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("search", "0001_typo_tolerance")]

    operations = [
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
