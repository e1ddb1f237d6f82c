"""What the tests of contributions share: the demo's people, a filled-in site form, real files,
and the admin's workflow actions. Addresses always come from `reverse()`, since the Danish
paths change when the translations are filled in."""

import hashlib
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.demo.files import make_pdf
from home.models import ConceptPage
from home.roles import SECRETARIAT
from library.contribute import NEW_FILE_ROWS, library_for_contributions
from library.models import MaterialFile, MaterialPage, TargetGroup
from network.documents import professional_collection
from network.roles import ensure_contributor_group


def user(username):
    return get_user_model().objects.get(username=username)


def new_user(username, *groups):
    person = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", first_name=username.title()
    )
    person.groups.add(*groups)
    return person


def second_secretary():
    return new_user("sekretariat2", Group.objects.get(name=SECRETARIAT))


def contributor_for(municipality, username):
    return new_user(username, ensure_contributor_group(municipality))


def pdf(name="plan.pdf", title="Plan for forløbet"):
    return SimpleUploadedFile(
        name, make_pdf(title, ["Et lille, rigtigt dokument."]), content_type="application/pdf"
    )


def themes(*names):
    """The ids of the themes a contributor ticks, by their names."""
    return list(Tag.objects.filter(name__in=names).values_list("pk", flat=True))


def contribution_data(title, municipality, files=(), file_titles=(), **fields):
    """What a contributor types and ticks in the site's form before pressing 'send': `files`
    chosen in the rows for new files, one a row, with `file_titles` typed beside them."""
    assert len(files) <= NEW_FILE_ROWS and len(file_titles) <= NEW_FILE_ROWS
    data = {
        "title": title,
        "introduction": "En kort opsummering af materialet.",
        "kind": MaterialPage.Kind.TOOL,
        "target_groups": [TargetGroup.objects.order_by("pk").first().pk],
        "phases": [],
        "themes": themes("fædre", "søvn"),
        "description": "Sådan bruger vi det.\n\nOg det har vi lært.",
        "municipality": municipality.pk,
        "submit": "",
    }
    for row, uploaded in enumerate(files, start=1):
        data[f"new_file_{row}"] = uploaded
    for row, file_title in enumerate(file_titles, start=1):
        data[f"new_file_title_{row}"] = file_title
    data.update(fields)
    return data


# What the form shows about its files.


def file_errors(soup):
    """The error messages about files: over all of them, and at each new file's row."""
    return [item.get_text(" ", strip=True) for item in soup.select("#files .field__errors li")]


def listed_files(soup):
    """The files the form says it will share: {document id: the title readers will see}, as
    typed in the file's title field, or as shown when the form may not rename it."""
    listed = {}
    for box in soup.select("input[name=remove_files]"):
        item = box.find_parent("li")
        field = item.select_one("input[name^=file_title_]")
        listed[int(box["value"])] = field["value"] if field else item.strong.get_text(strip=True)
    return listed


def listed_titles(soup):
    return list(listed_files(soup).values())


def kept_token(soup):
    return soup.select_one("input[name=kept_files]")["value"]


def uploaded_document(title, by, collection=None):
    """A small PDF that `by` uploaded, into the professional area's collection unless told."""
    document = get_document_model()(
        title=title, uploaded_by_user=by, collection=collection or professional_collection()
    )
    document.file.save("bilag.pdf", ContentFile(make_pdf(title, ["Et bilag."])), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def submitted_material(title, municipality, by, documents=()):
    """A material that `by` has sent to the secretariat, as the site's form leaves it."""
    material = MaterialPage(
        title=title,
        introduction="Til godkendelse.",
        kind=MaterialPage.Kind.METHOD,
        municipality=municipality,
        owner=by,
        live=False,
    )
    material.files = [MaterialFile(document=document) for document in documents]
    library_for_contributions().add_child(instance=material)
    material.save_revision(user=by, log_action=True)
    material.get_workflow().start(material, by)
    return MaterialPage.objects.get(pk=material.pk)


def current_task_state(page):
    return page.current_workflow_state.current_task_state


def workflow_action_url(page, action):
    """The admin's address for approving ('approve') or sending back ('reject') a page."""
    return reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, action, current_task_state(page).pk]
    )


def approved_material(title, municipality, by, documents=()):
    """A material that `by` sent and the secretariat approved: it is live."""
    material = submitted_material(title, municipality, by, documents)
    current_task_state(material).approve(user=get_user_model().objects.get(username="sekretariat"))
    return MaterialPage.objects.get(pk=material.pk)


def material_form(material, **changes):
    """The admin's page form for `material` as the editor would send it back."""
    files = list(material.files.all())
    data = nested_form_data(
        {
            "title": material.title,
            "slug": material.slug,
            "introduction": material.introduction,
            "kind": material.kind,
            "material_language": material.material_language,
            "body": streamfield(
                [
                    ("paragraph", rich_text(block.value.source))
                    for block in material.body
                    if block.block_type == "paragraph"
                ]
            ),
            "tags": ", ".join(tag.name for tag in material.tags.all()),
            "files": inline_formset(
                [{"id": item.pk, "document": item.document_id} for item in files],
                initial=len(files),
            ),
            "municipality": material.municipality_id or "",
            "contact_name": material.contact_name,
            "contact_email": material.contact_email,
            "last_reviewed": material.last_reviewed or "",
            "next_review": material.next_review or "",
            "comments": inline_formset([]),
        }
    )
    data["target_groups"] = [group.pk for group in material.target_groups.all()]
    data["phases"] = [phase.pk for phase in material.phases.all()]
    data.update(changes)
    return data


def new_material_form(title, municipality):
    return material_form(
        MaterialPage(
            title=title,
            slug="",
            introduction="Lagt ind i Wagtail-admin.",
            kind=MaterialPage.Kind.METHOD,
            municipality=municipality,
        ),
        slug="lagt-ind-i-admin",
    )


def public_leaflet():
    """A document on a public page of the concept site."""
    page = ConceptPage.objects.get(locale__language_code="da", slug="for-kommuner")
    block = next(block for block in page.body if block.block_type == "document_list")
    return block.value["documents"][0]


def file_state(document):
    """A document as the database and the disk hold it, and what it is attached to."""
    Document = get_document_model()
    row = (
        Document.objects.filter(pk=document.pk)
        .values("title", "file", "file_size", "file_hash", "collection_id", "uploaded_by_user")
        .first()
    )
    path = Path(document.file.path)
    on_disk = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None
    attached_to = sorted(
        MaterialFile.objects.filter(document_id=document.pk).values_list("page_id", flat=True)
    )
    return (row, on_disk, attached_to, Document.objects.count())
