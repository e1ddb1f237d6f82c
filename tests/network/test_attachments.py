"""Which files an editor may attach to a page, and where an attached file lives.

A contributor attaches the files they uploaded themselves (and keeps those the page already
had); a file that a public page uses never moves behind the login, whoever attaches it; and the
documents admin changes no file for anyone without `change_document`, even with the admin's
gate for contributors out of the way.
"""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.documents import get_document_model

from home.models import ConceptPage
from library.contribute import library_for_contributions
from library.models import MaterialPage
from network.documents import PROFESSIONAL_COLLECTION, professional_collection
from network.models import MeetingAttachment, MeetingPage, Municipality
from tests.library.contributions import (
    approved_material,
    contributor_for,
    file_state,
    material_form,
    new_material_form,
    pdf,
    public_leaflet,
    uploaded_document,
    user,
)


def refused_file():
    return gettext("Choose one of your own files, or upload it again as a new file.")


def file_errors(response):
    return [form.errors for form in response.context["form"].formsets["files"].forms]


def collection_of(document):
    return get_document_model().objects.get(pk=document.pk).collection


def downloads_for_anybody(document):
    response = Client().get(document.url)
    return response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")


@pytest.fixture
def kommune(client, db):
    client.force_login(user("kommune"))
    return client


@pytest.fixture
def odense_file(db):
    colleague = contributor_for(Municipality.objects.get(name="Odense"), "odense-bidrag")
    return uploaded_document("Odenses bilag", by=colleague)


def aarhus_draft():
    return MaterialPage.objects.get(title="Tjekliste til det første hjemmebesøg efter kurset")


def edit(client, material, **changes):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[material.pk]), material_form(material, **changes)
    )


def with_document_list(data, document):
    """The form data with one more block in the body: a list holding `document`."""
    count = int(data["body-count"])
    prefix = f"body-{count}"
    return data | {
        "body-count": count + 1,
        f"{prefix}-type": "document_list",
        f"{prefix}-deleted": "",
        f"{prefix}-order": count,
        f"{prefix}-value-heading": "Læs mere",
        f"{prefix}-value-documents-count": 1,
        f"{prefix}-value-documents-0-value": document.pk,
        f"{prefix}-value-documents-0-deleted": "",
        f"{prefix}-value-documents-0-order": 0,
    }


@pytest.mark.django_db
def test_a_contributor_cannot_pull_a_public_file_into_a_new_material(kommune):
    leaflet = public_leaflet()
    collection = collection_of(leaflet)
    materials = MaterialPage.objects.count()
    data = new_material_form("Med en offentlig fil", Municipality.objects.get(name="Aarhus"))
    data |= {"files-TOTAL_FORMS": 1, "files-0-document": leaflet.pk, "files-0-ORDER": 1}
    response = kommune.post(
        reverse(
            "wagtailadmin_pages:add",
            args=["library", "materialpage", library_for_contributions().pk],
        ),
        data | {"action-submit": "action-submit"},
    )
    assert response.status_code == 200
    assert file_errors(response) == [{"document": [refused_file()]}]
    assert MaterialPage.objects.count() == materials
    assert collection_of(leaflet) == collection and collection.name != PROFESSIONAL_COLLECTION
    assert downloads_for_anybody(leaflet)
    concept_page = Client().get(ConceptPage.objects.get(slug="for-kommuner").url)
    assert escape(leaflet.title) in concept_page.content.decode()


@pytest.mark.django_db
def test_a_contributor_cannot_attach_another_municipalitys_file(kommune, odense_file):
    draft = aarhus_draft()
    before = (draft.latest_revision_id, file_state(odense_file))
    response = edit(kommune, draft, **{"files-0-document": odense_file.pk})
    assert response.status_code == 200
    assert file_errors(response) == [{"document": [refused_file()]}]

    response = kommune.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        with_document_list(material_form(draft), odense_file),
    )
    assert response.status_code == 200
    assert response.context["form"].errors.keys() == {"body"}
    assert (
        MaterialPage.objects.get(pk=draft.pk).latest_revision_id,
        file_state(odense_file),
    ) == before


@pytest.mark.django_db
def test_a_contributor_attaches_their_own_upload_and_keeps_a_colleagues(kommune):
    aarhus = Municipality.objects.get(name="Aarhus")
    colleague = contributor_for(aarhus, "aarhus-kollega")
    theirs = uploaded_document("Kollegaens bilag", by=colleague)
    material = approved_material("Kollegaens materiale", aarhus, by=colleague, documents=[theirs])
    mine = uploaded_document("Mit eget bilag", by=user("kommune"))

    data = material_form(material, title="Rettet af en anden fra Aarhus")
    data |= {"files-TOTAL_FORMS": 2, "files-1-document": mine.pk, "files-1-ORDER": 2}
    response = kommune.post(reverse("wagtailadmin_pages:edit", args=[material.pk]), data)
    assert response.status_code == 302
    draft = MaterialPage.objects.get(pk=material.pk).get_latest_revision_as_object()
    assert draft.title == "Rettet af en anden fra Aarhus"
    assert [item.document_id for item in draft.files.all()] == [theirs.pk, mine.pk]
    assert [item.document_id for item in material.files.all()] == [theirs.pk]  # still live


@pytest.mark.django_db
def test_the_document_chooser_offers_a_contributor_their_own_files(kommune, odense_file):
    mine = uploaded_document("Mit eget bilag", by=user("kommune"))
    listing = kommune.get(reverse("wagtaildocs_chooser:choose")).json()["html"]
    assert mine.title in listing
    assert odense_file.title not in listing
    assert escape(public_leaflet().title) not in listing

    response = kommune.get(reverse("wagtaildocs_chooser:chosen", args=[odense_file.pk]))
    assert response.status_code in (302, 403)
    assert odense_file.title not in response.content.decode()

    documents = get_document_model().objects.count()
    response = kommune.post(
        reverse("wagtaildocs_chooser:create"),
        {
            "document-chooser-upload-title": "Uploadet i vælgeren",
            "document-chooser-upload-file": pdf(),
            "document-chooser-upload-collection": collection_of(mine).pk,
            "document-chooser-upload-tags": "",
        },
    )
    assert response.status_code == 200 and response.json()["step"] == "chosen"
    uploaded = get_document_model().objects.get(title="Uploadet i vælgeren")
    assert get_document_model().objects.count() == documents + 1
    assert uploaded.uploaded_by_user == user("kommune")
    assert uploaded.collection.name == PROFESSIONAL_COLLECTION


def chooser_upload(client, title, file):
    return client.post(
        reverse("wagtaildocs_chooser:create"),
        {
            "document-chooser-upload-title": title,
            "document-chooser-upload-file": file,
            "document-chooser-upload-collection": professional_collection().pk,
            "document-chooser-upload-tags": "",
        },
    )


@pytest.mark.django_db
def test_the_document_chooser_checks_a_contributors_upload_like_the_site_form(kommune):
    documents = get_document_model().objects.count()
    disguised = SimpleUploadedFile("referat.pdf", b"Bare tekst, ikke en PDF.\n" * 20)
    response = chooser_upload(kommune, "Forklædt fil", disguised)
    assert response.status_code == 200 and response.json()["step"] != "chosen"
    assert "referat.pdf" in response.json()["htmlFragment"]
    assert get_document_model().objects.count() == documents

    with override_settings(FIV_UPLOAD_DAILY_MB=0):
        response = chooser_upload(kommune, "Over grænsen", pdf())
    assert response.json()["step"] != "chosen"
    assert get_document_model().objects.count() == documents


@pytest.mark.django_db
def test_the_secretariat_uploads_any_allowed_format_from_the_chooser(secretariat):
    response = chooser_upload(
        secretariat, "Mødedata", SimpleUploadedFile("data.csv", b"kommune;deltagere\nAarhus;12\n")
    )
    assert response.json()["step"] == "chosen"
    assert get_document_model().objects.filter(title="Mødedata").exists()


@pytest.mark.django_db
@override_settings(
    MIDDLEWARE=[
        m for m in settings.MIDDLEWARE if m != "network.admin_access.ContributorAdminMiddleware"
    ]
)
def test_without_the_admin_gate_a_contributor_still_changes_no_file(kommune):
    """The permission policy alone refuses: the gate in front of the admin is a second lock."""
    kommune_user = user("kommune")
    document = uploaded_document("Godkendt bilag", by=kommune_user)
    aarhus = Municipality.objects.get(name="Aarhus")
    approved_material("Godkendt med egen fil", aarhus, by=kommune_user, documents=[document])
    before = file_state(document)
    form = {"title": "Byttet", "collection": document.collection_id, "tags": ""}
    bulk = reverse("wagtail_bulk_action", args=["wagtaildocs", "document", "delete"])
    attempts = [
        (reverse("wagtaildocs:edit", args=[document.pk]), form),
        (reverse("wagtaildocs:edit", args=[document.pk]), form | {"file": pdf("byttet.pdf")}),
        (reverse("wagtaildocs:delete", args=[document.pk]), {}),
        (
            reverse("wagtaildocs:edit_multiple", args=[document.pk]),
            {f"doc-{document.pk}-{name}": value for name, value in form.items()},
        ),
        (reverse("wagtaildocs:delete_multiple", args=[document.pk]), {}),
        (f"{bulk}?id={document.pk}", {}),
    ]
    for url, data in attempts:
        response = kommune.post(url, data)
        assert response.status_code in (302, 403), url
        assert file_state(document) == before, url
    listing = kommune.get(reverse("wagtaildocs:index"))
    assert document.title not in listing.content.decode()


@pytest.mark.django_db
def test_the_secretariat_attaching_a_public_file_keeps_it_public_and_is_told(client):
    client.force_login(user("sekretariat"))
    leaflet = public_leaflet()
    collection = collection_of(leaflet)
    material = (
        MaterialPage.objects.live().filter(locale__language_code="da", files__isnull=False).first()
    )
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[material.pk]),
        material_form(material, **{"files-0-document": leaflet.pk, "action-publish": "publish"}),
        follow=True,
    )
    assert response.status_code == 200
    material.refresh_from_db()
    assert [item.document_id for item in material.files.all()] == [leaflet.pk]
    assert collection_of(leaflet) == collection
    assert downloads_for_anybody(leaflet)
    warnings = BeautifulSoup(response.content, "html.parser").select(".messages .warning")
    assert any(leaflet.title in warning.get_text() for warning in warnings)


@pytest.mark.django_db
def test_a_file_a_public_page_uses_stays_public_when_attached_in_the_area():
    leaflet = public_leaflet()
    collection = collection_of(leaflet)
    meeting = MeetingPage.objects.filter(locale__language_code="da").first()
    MeetingAttachment.objects.create(page=meeting, document=leaflet)
    assert collection_of(leaflet) == collection
    assert downloads_for_anybody(leaflet)
