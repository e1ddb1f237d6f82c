from django.db import migrations


def create_locales(apps, schema_editor):
    """Danish (the source language, created by Wagtail from LANGUAGE_CODE) and English."""
    Locale = apps.get_model("wagtailcore", "Locale")
    for language_code in ("da", "en"):
        Locale.objects.get_or_create(language_code=language_code)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0053_locale_model"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
