from django.db import migrations

TARGET_GROUPS = [
    ("kommende-foerstegangsforaeldre", "Kommende førstegangsforældre", "Expectant first-time parents"),
    ("faedre", "Fædre", "Fathers"),
    ("familier-i-en-udsat-position", "Familier i en udsat position", "Families in a vulnerable position"),
    ("fagpersoner", "Fagpersoner", "Professionals"),
]
PHASES = [
    ("graviditet", "Graviditet", "Pregnancy"),
    ("foedsel-og-de-foerste-uger", "Fødsel og de første uger", "Birth and the first weeks"),
    ("det-foerste-aar", "Det første år", "The first year"),
    ("et-til-tre-aar", "Et til tre år", "One to three years"),
    ("op-til-seks-aar", "Op til seks år", "Up to six years"),
]


def create_vocabularies(apps, schema_editor):
    """The target groups and phases the library's facets offer; editors may add more."""
    for model_name, terms in [("TargetGroup", TARGET_GROUPS), ("Phase", PHASES)]:
        model = apps.get_model("library", model_name)
        for order, (slug, name, name_en) in enumerate(terms):
            model.objects.get_or_create(
                slug=slug, defaults={"name": name, "name_en": name_en, "sort_order": order}
            )


class Migration(migrations.Migration):
    dependencies = [("library", "0001_initial")]

    operations = [migrations.RunPython(create_vocabularies, migrations.RunPython.noop)]
