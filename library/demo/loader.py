"""Load the library's demo content: the materials of `materials.py` with real small files, all
but one in English too (one a draft, one outdated), and the demo contributor's contributions of
`contributions.py`, each played through the workflow to its state. Running it again adds only
what is missing."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone
from taggit.models import Tag
from wagtail.rich_text import RichText

from home.dates import anniversary
from home.demo import Bilingual, child_page, english_slug, translate_into
from home.demo.documents import document
from home.demo.mail import muted_mail
from home.demo.users import CONTRIBUTOR, SECRETARY
from network.demo.municipalities import CONTRIBUTORS
from network.documents import professional_collection
from network.models import Municipality, ProfessionalAreaPage

from ..contribute import library_for_contributions
from ..factories import LibraryIndexPageFactory, MaterialFileFactory, MaterialPageFactory
from ..models import DownloadCount, MaterialFile, MaterialPage, Phase, TargetGroup, ThemeName
from .contributions import CONTRIBUTIONS
from .file_titles import FILE_TITLES
from .handouts import HANDOUTS
from .materials import CONTACT_NAMES, LIBRARY, MATERIALS
from .themes import THEMES


def load(log):
    t = Bilingual()
    area = ProfessionalAreaPage.objects.get(locale__language_code="da")
    library = child_page(
        area, "bibliotek", lambda: LibraryIndexPageFactory(parent=area, **t.danish(LIBRARY)), log
    )
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
    for translation in library.get_translations(inclusive=True):
        _first_among_sections(translation)
    load_contributions(log)
    name_themes_in_english(log)
    load_downloads(log)


def _first_among_sections(library):
    """The library is what professionals come for: first among the area's sections."""
    area = library.get_parent()
    if area.get_first_child().pk != library.pk:
        library.move(area, pos="first-child")


def name_themes_in_english(log):
    """The English names of the demo's themes that have none yet."""
    named = 0
    for tag in Tag.objects.filter(name__in=THEMES, english__isnull=True):
        ThemeName.objects.create(tag=tag, name_en=THEMES[tag.name])
        named += 1
    if named:
        log(f"Named {named} themes in English")


def demo_downloads(number):
    """How often the files of the demo's material `number` were downloaded: the first ones
    most, as a library's favourites are; the demo contributor's published one a few times."""
    return max(3, 180 // (number + 2))


def load_downloads(log):
    """Download counts for the demo's materials, so that the secretariat's desk and "Mine
    bidrag" have numbers to show: only for files that have none yet."""
    numbers = {entry["slug"]: number for number, entry in enumerate(MATERIALS)}
    published = [entry["title"] for entry in CONTRIBUTIONS if entry["state"] == "published"]
    files = MaterialFile.objects.filter(
        page__locale__language_code="da", document__download_count__isnull=True
    ).select_related("page")
    counts = []
    for file in files:
        if file.page.slug in numbers:
            count = demo_downloads(numbers[file.page.slug]) // ((file.sort_order or 0) + 1)
        elif file.page.title in published:
            count = 14
        else:
            continue
        counts.append(DownloadCount(document_id=file.document_id, count=max(count, 1)))
    DownloadCount.objects.bulk_create(counts, ignore_conflicts=True)
    if counts:
        log(f"Counted downloads of {len(counts)} demo files")


def _material(t, library, entry, number, collection):
    reviewed = timezone.localdate() - datetime.timedelta(days=40 + 23 * number)
    contact = CONTACT_NAMES[number % len(CONTACT_NAMES)]
    paragraphs = [entry["summary"][0], *(da for da, _ in entry["body"])]
    return MaterialPageFactory(
        parent=library,
        title=t(*entry["title"]),
        slug=t(entry["slug"], english_slug(entry["title"][1])),
        introduction=t(*entry["summary"]),
        kind=entry["kind"],
        material_language=entry.get("language", "da"),
        body=[("paragraph", RichText(t.rich(*entry["body"])))],
        municipality=Municipality.objects.filter(name=entry["municipality"]).first(),
        contact_name=t(contact, contact),
        contact_email=f"bibliotek{number % 5 + 1}@fiv.kommune.example",
        last_reviewed=reviewed,
        next_review=anniversary(reviewed),
        target_groups=TargetGroup.objects.filter(slug__in=entry["targets"]),
        phases=Phase.objects.filter(slug__in=entry["phases"]),
        tags=entry["tags"],
        files=[
            (
                document(
                    title,
                    f"{entry['slug']}-{order + 1}.{extension}",
                    paragraphs,
                    collection=collection,
                ),
                FILE_TITLES[title],
            )
            for order, (title, extension) in enumerate(entry["files"])
        ]
        + [
            (document(title, filename, handout, collection=collection), title_en)
            for title, title_en, filename, handout in HANDOUTS.get(entry["slug"], [])
        ],
    )


def _translate(t, library, log):
    if not library.get_translations().exists():
        translate_into(library, t)
    translated = 0
    wanted = {entry["slug"]: entry for entry in MATERIALS if entry.get("translate")}
    for material in library.get_children().live().filter(slug__in=wanted).specific():
        if not material.get_translations().exists():
            entry = wanted[material.slug]
            translate_into(material, t, publish=not entry.get("english_draft"))
            translated += 1
            update = entry.get("update")
            if update:  # the Danish text moves on after the English was made: outdated
                material.introduction += update
                material.save_revision().publish()
    if translated:
        log(f"Translated {translated} library materials into English")


def load_contributions(log):
    """The demo contributor's contributions that are missing, each taken to its state."""
    User = get_user_model()
    contributor = User.objects.filter(username=CONTRIBUTOR).first()
    secretary = User.objects.filter(username=SECRETARY).first()
    library = library_for_contributions()
    if contributor is None or secretary is None or library is None:
        return
    municipality = Municipality.objects.get(name=CONTRIBUTORS[CONTRIBUTOR])
    created = 0
    # The demo's workflow steps are not news for anybody's inbox.
    with muted_mail():
        for entry in CONTRIBUTIONS:
            if MaterialPage.objects.filter(title=entry["title"]).exists():
                continue
            _contribute(library, contributor, secretary, municipality, entry)
            created += 1
    if created:
        log(f"Created {created} demo contributions, one in each state")


def _contribute(library, contributor, secretary, municipality, entry):
    file = document(entry["title"], "bidrag.pdf", [entry["summary"]], professional_collection())
    material = MaterialPageFactory(
        parent=library,
        title=entry["title"],
        introduction=entry["summary"],
        kind=entry["kind"],
        municipality=municipality,
        owner=contributor,
        live=False,
        contact_name=contributor.get_full_name(),
        contact_email=contributor.email,
        body=[("paragraph", RichText(f"<p>{entry['summary']}</p>"))],
        target_groups=TargetGroup.objects.all()[:1],
        phases=Phase.objects.all()[:1],
        tags=entry["tags"],
    )
    MaterialFileFactory(page=material, document=file)  # unordered, as the site's form saves it
    material.save_revision(user=contributor, log_action=True)
    if entry["state"] == "draft":
        return
    material.get_workflow().start(material, contributor)
    task_state = material.current_workflow_state.current_task_state
    if entry["state"] == "changes_requested":
        task_state.reject(user=secretary, comment=entry["comment"])
    elif entry["state"] == "published":
        task_state.approve(user=secretary)
