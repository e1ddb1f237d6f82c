import csv
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "municipalities.csv"


def create_municipalities(apps, schema_editor):
    """The 98 Danish municipalities with their official codes and regions (public facts)."""
    Municipality = apps.get_model("network", "Municipality")
    with DATA.open(encoding="utf-8") as file:
        for row in csv.DictReader(file):
            Municipality.objects.update_or_create(
                code=int(row["code"]),
                defaults={
                    "name": row["name"],
                    "official_name": row["official_name"],
                    "region": int(row["region_code"]),
                },
            )


class Migration(migrations.Migration):
    dependencies = [("network", "0001_initial")]

    operations = [migrations.RunPython(create_municipalities, migrations.RunPython.noop)]
