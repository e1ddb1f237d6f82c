"""Demo content for the library: the materials of demo_data.py, with real small files."""

import datetime

from django.utils import timezone
from wagtail.rich_text import RichText

from home.dates import anniversary
from home.demo import Bilingual, child_page, document, translate_into
from network.documents import professional_collection
from network.models import Municipality, ProfessionalAreaPage

from . import demo_contributions
from .demo_data import MATERIALS
from .models import LibraryIndexPage, MaterialFile, MaterialPage, Phase, TargetGroup

CONTACT_NAMES = ["Anne Holm", "Lise Bach", "Sofie Krogh", "Camilla Friis", "Helle Ravn"]


def load(log):
    t = Bilingual()
    area = ProfessionalAreaPage.objects.get(locale__language_code="da")
    library = child_page(area, "bibliotek", lambda: _library(t, area), log)
    collection = professional_collection()
    created = 0
    for number, entry in enumerate(MATERIALS):
        if library.get_children().filter(slug=entry["slug"]).exists():
            continue
        material = _material(t, library, entry, number, collection)
        material.save_revision().publish()
        age = datetime.timedelta(days=3 * number + 1)
        MaterialPage.objects.filter(pk=material.pk).update(first_published_at=timezone.now() - age)
        created += 1
    if created:
        log(f"Created {created} library materials")
    _translate(t, library, log)
    demo_contributions.load(log)


def _library(t, area):
    library = LibraryIndexPage(
        title=t("Bibliotek", "Library"),
        slug=t("bibliotek", "library"),
        introduction=t(
            "Metoder, redskaber og materialer, som kommunerne i netværket har udviklet og deler. "
            "Filtrér efter målgruppe, fase, tema og format, eller søg.",
            "Methods, tools and materials that the municipalities of the network have developed "
            "and share. Filter by target group, phase, theme and format, or search.",
        ),
    )
    area.add_child(instance=library)
    return library


def _material(t, library, entry, number, collection):
    today = timezone.localdate()
    reviewed = today - datetime.timedelta(days=40 + 23 * number)
    material = MaterialPage(
        title=t(*entry["title"]),
        slug=t(entry["slug"], entry["slug"]),
        introduction=t(*entry["summary"]),
        kind=entry["kind"],
        material_language=entry.get("language", "da"),
        body=[("paragraph", RichText(t.rich(*entry["body"])))],
        municipality=Municipality.objects.filter(name=entry["municipality"]).first(),
        contact_name=t(
            CONTACT_NAMES[number % len(CONTACT_NAMES)], CONTACT_NAMES[number % len(CONTACT_NAMES)]
        ),
        contact_email=f"bibliotek{number % 5 + 1}@fiv.kommune.example",
        last_reviewed=reviewed,
        next_review=anniversary(reviewed),
    )
    library.add_child(instance=material)
    material.target_groups.set(TargetGroup.objects.filter(slug__in=entry["targets"]))
    material.phases.set(Phase.objects.filter(slug__in=entry["phases"]))
    material.tags.add(*entry["tags"])
    for order, (title, extension) in enumerate(entry["files"]):
        paragraphs = [entry["summary"][0], *(da for da, _ in entry["body"])]
        MaterialFile(
            page=material,
            sort_order=order,
            document=document(
                title, f"{entry['slug']}-{order + 1}.{extension}", paragraphs, collection=collection
            ),
        ).save()
    material.save()
    return material


def _translate(t, library, log):
    if not library.get_translations().exists():
        translate_into(library, t)
    translated = 0
    wanted = {entry["slug"] for entry in MATERIALS if entry.get("translate")}
    for material in library.get_children().live().filter(slug__in=wanted).specific():
        if not material.get_translations().exists():
            translate_into(material, t)
            translated += 1
    if translated:
        log(f"Translated {translated} library materials into English")
