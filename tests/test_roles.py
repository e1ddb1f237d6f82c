"""The roles of the product design, action by action, in the admin and on the site.

The table below is the design's role table (the design document is kept with the product brief,
outside this repository, so the table is repeated here in full), with one more row that says in full what "edit a
submission of another municipality: no" means for reading in the admin. Every action is a small
function that tries one thing as one role and says whether it happened. A "yes" must have done what it says; a "no" must be
refused as the visitor meets it (the login page when not logged in, otherwise 403 or 404 on
the site, 403 or a redirect away in the admin) and must leave the database as it was: counts,
latest revisions and live flags are compared before and after, not only status codes.
"""

import datetime
from dataclasses import dataclass
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.documents import get_document_model
from wagtail.models import Collection, PageLogEntry, TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail_factories import ImageFactory

from home.models import ConceptPage, HandbookPage, NotificationPreference
from home.roles import PROFESSIONALS
from library.contribute import library_for_contributions
from library.downloads import with_downloads
from library.models import DownloadCount, MaterialPage
from library.reviews import due_for_review, live_materials
from network.models import (
    AnnualFee,
    BoardMember,
    FeesPage,
    FundingFollow,
    FundingOpportunity,
    FundingPage,
    JoinPage,
    JoinRequest,
    LocalReport,
    MeetingContributionPage,
    MeetingPage,
    MeetingRegistration,
    Membership,
    Municipality,
    NetworkFiguresPage,
    Onboarding,
    Region,
)
from search.models import UnansweredQuery
from tests.library.contributions import (
    approved_material,
    contribution_data,
    contributor_for,
    current_task_state,
    file_state,
    material_form,
    new_material_form,
    pdf,
    public_leaflet,
    second_secretary,
    submitted_material,
    uploaded_document,
    user,
    workflow_action_url,
)

DESIGN = """
| action | public | professional | municipality contributor | secretariat |
| --- | --- | --- | --- | --- |
| read public pages | yes | yes | yes | yes |
| read professional area, download its files | no | yes | yes | yes |
| submit material / data for own municipality | no | no | yes | yes |
| edit a submission of another municipality | no | no | no | yes |
| publish, approve, reject | no | no | no | yes |
| manage users, municipalities, fees, board | no | no | no | yes |
| see other municipalities' submissions, files and people in the admin | no | no | no | yes |
| register for a meeting | no | yes | yes | yes |
| see and export a meeting's registrations, send its minutes | no | no | no | yes |
| ask to join the network | yes | yes | yes | yes |
| see own municipality's onboarding checklist | no | no | yes | yes |
| edit an onboarding checklist | no | no | no | yes |
| start an onboarding from a request to join | no | no | no | yes |
| see the secretariat's desk on the dashboard, and its reports | no | no | no | yes |
| see how often own municipality's materials were downloaded | no | no | yes | yes |
| add and edit funding opportunities | no | no | no | yes |
| follow a funding opportunity | no | yes | yes | yes |
| see network figures | no | yes | yes | yes |
| mark a local report final | no | no | no | yes |
| choose own notifications | no | yes | yes | yes |
"""


def parse_table(markdown):
    """{action: {role: allowed}} from a Markdown table of yes and no."""
    lines = [line.strip().strip("|") for line in markdown.strip().splitlines()]
    roles = [cell.strip() for cell in lines[0].split("|")][1:]
    table = {}
    for line in lines[2:]:
        action, *answers = [cell.strip() for cell in line.split("|")]
        assert set(answers) <= {"yes", "no"}, line
        table[action] = dict(zip(roles, [answer == "yes" for answer in answers], strict=True))
    return table


MATRIX = parse_table(DESIGN)
YES, NO = True, False

# The demo user of each role (see load_demo_content), and the municipality each one tries to
# submit for: their own, except the secretariat, which may submit for any (none is theirs).
DEMO_USERS = {
    "public": None,
    "professional": "fagperson",
    "municipality contributor": "kommune",
    "secretariat": "sekretariat",
}
SUBMITS_FOR = {
    "public": "Aarhus",
    "professional": "Odense",  # fagperson works in Odense, but is no contributor for it
    "municipality contributor": "Aarhus",
    "secretariat": "Odense",
}


@dataclass
class Actor:
    role: str
    user: object
    client: Client

    @property
    def municipality(self):
        return Municipality.objects.get(name=SUBMITS_FOR[self.role])


def refused(actor, response, *, admin=False, status=403):
    """Assert that `response` refuses `actor` as they would meet it, and answer NO.

    Not logged in: a redirect to the login page (the admin's in the admin). Logged in: on the
    site the status given (a number, or one per role); in the admin 403, or a redirect away from
    the page asked for (Wagtail sends users without access to the login or the dashboard)."""
    asked_for = response.request["PATH_INFO"]
    location = urlparse(response.get("Location", "")).path
    if actor.user is None:
        login = reverse("wagtailadmin_login") if admin else reverse("login")
        assert (response.status_code, location) == (302, login), (asked_for, response)
    elif admin:
        assert response.status_code == 403 or (
            response.status_code == 302 and location != asked_for
        ), (asked_for, response.status_code, location)
    else:
        expected = status[actor.role] if isinstance(status, dict) else status
        assert response.status_code == expected, (asked_for, response.status_code, location)
    return NO


# What the actions act on: demo content, or made on the spot inside the test's transaction.


def odense_material():
    """A published material of another municipality than the contributor's (Aarhus)."""
    return (
        MaterialPage.objects.live()
        .filter(locale__language_code="da", municipality__name="Odense", files__isnull=False)
        .order_by("pk")
        .first()
    )


def aarhus_draft():
    """The demo contributor's draft: never published, not sent to the secretariat."""
    return MaterialPage.objects.get(title="Tjekliste til det første hjemmebesøg efter kurset")


def submitted_by_a_colleague():
    """An Aarhus material sent to the secretariat by another Aarhus contributor, so that the
    demo contributor would not be refused merely for approving their own submission."""
    aarhus = Municipality.objects.get(name="Aarhus")
    return submitted_material("Kollegaens materiale", aarhus, by=contributor_for(aarhus, "kollega"))


def latest_revision_id(page):
    return MaterialPage.objects.get(pk=page.pk).latest_revision_id


# Read public pages


def read_public_page(actor):
    page = ConceptPage.objects.live().public().get(locale__language_code="da", slug="for-foraeldre")
    response = actor.client.get(page.url)
    if response.status_code != 200:
        return refused(actor, response)
    assert escape(page.title) in response.content.decode()
    return YES


# Read the professional area, download its files


def read_professional_page(actor):
    material = odense_material()
    response = actor.client.get(material.url)
    if response.status_code != 200:
        refused(actor, response)
        assert escape(material.title) not in response.content.decode()
        return NO
    assert escape(material.title) in response.content.decode()
    return YES


def download_file(actor):
    document = odense_material().files.first().document

    def downloads():
        return DownloadCount.objects.filter(document=document).values_list("count", flat=True)

    before = list(downloads())
    response = actor.client.get(document.url)
    if list(downloads()) == before:
        return refused(actor, response)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith((b"%PDF-", b"PK\x03\x04"))
    return YES


def download_playbook_pdf(actor):
    """The playbook is a private handbook: its PDF goes with the rest of the area's files."""
    playbook = HandbookPage.objects.get(locale__language_code="da", slug="drejebog")
    response = actor.client.get(playbook.pdf_url())
    if response.status_code != 200:
        return refused(actor, response)
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    return YES


# The site search and its suggestions find what the reader may read. For a stranger they answer
# as for words that find nothing (200, no result), never with the login page, which would tell
# that something is there.

HANDOUT = "Slides til gruppelederens første gang"  # found by a word only inside the file


def search_titles(actor, query):
    response = actor.client.get(reverse("search"), {"query": query})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [title.get_text(strip=True) for title in soup.select(".search-result .card__title")]


def find_in_site_search(actor):
    material = odense_material()
    found = search_titles(actor, material.title) + search_titles(actor, "yndlingsvuggevise")
    if material.title in found and HANDOUT in found:
        return YES
    assert material.title not in found and HANDOUT not in found, found
    return NO


def get_suggested_in_header(actor):
    material = odense_material()
    response = actor.client.get(reverse("search_suggest"), {"q": material.title})
    assert response.status_code == 200
    chosen = [s for s in response.json()["suggestions"] if s["title"] == material.title]
    if not chosen:
        return NO
    assert actor.client.get(chosen[0]["url"]).status_code == 200
    return YES


# Submit material for one's own municipality


def contributions_state():
    return (
        MaterialPage.objects.count(),
        WorkflowState.objects.count(),
        PageLogEntry.objects.count(),
    )


def submit_on_site(actor):
    title = "Forældrekaffe i venteværelset"
    before = contributions_state()
    response = actor.client.post(
        reverse("contribute"), contribution_data(title, actor.municipality, files=[pdf()])
    )
    if contributions_state() == before:
        return refused(actor, response)
    assert response.status_code == 302
    assert urlparse(response["Location"]).path == reverse("my_contributions")
    material = MaterialPage.objects.get(title=title)
    assert material.municipality == actor.municipality and not material.live
    assert material.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert [item.file_format for item in material.files.all()] == ["pdf"]
    return YES


def submit_in_admin(actor):
    title = "Lagt ind i admin"
    library = library_for_contributions()
    before = contributions_state()
    response = actor.client.post(
        reverse("wagtailadmin_pages:add", args=["library", "materialpage", library.pk]),
        new_material_form(title, actor.municipality) | {"action-submit": "action-submit"},
    )
    if contributions_state() == before:
        return refused(actor, response, admin=True)
    assert response.status_code == 302
    material = MaterialPage.objects.get(title=title)
    assert material.municipality == actor.municipality and not material.live
    assert material.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    return YES


# Edit a submission of another municipality


def material_state(material):
    page = MaterialPage.objects.get(pk=material.pk)
    return (
        page.latest_revision_id,
        page.title,
        page.live,
        page.live_revision_id,
        WorkflowState.objects.count(),
    )


def edit_other_on_site(actor):
    material = odense_material()
    before = material_state(material)
    response = actor.client.post(
        reverse("edit_contribution", args=[material.pk]),
        contribution_data(
            "Rettet af en anden", material.municipality, introduction=material.introduction
        ),
    )
    if material_state(material) == before:
        # A contributor is not told that another municipality's material exists.
        return refused(
            actor, response, status={"professional": 403, "municipality contributor": 404}
        )
    assert response.status_code == 302
    material.refresh_from_db()
    assert material.get_latest_revision().as_object().title == "Rettet af en anden"
    assert material.live and material.title != "Rettet af en anden"  # until it is approved
    return YES


def edit_other_in_admin(actor):
    material = odense_material()
    before = material_state(material)
    response = actor.client.post(
        reverse("wagtailadmin_pages:edit", args=[material.pk]),
        material_form(material, title="Rettet i admin af en anden"),
    )
    if material_state(material) == before:
        return refused(actor, response, admin=True)
    assert response.status_code == 302
    material.refresh_from_db()
    assert material.get_latest_revision().as_object().title == "Rettet i admin af en anden"
    return YES


# Publish, approve, reject


def publish_in_admin(actor):
    material = aarhus_draft()

    def published():
        page = MaterialPage.objects.get(pk=material.pk)
        logged = PageLogEntry.objects.filter(page=page, action="wagtail.publish").count()
        return (page.live, page.live_revision_id, page.first_published_at, logged)

    before = published()
    url = reverse("wagtailadmin_pages:edit", args=[material.pk])
    response = actor.client.post(
        url, material_form(material) | {"action-publish": "action-publish"}
    )
    if published() == before:
        assert not before[0]
        if actor.user is not None and urlparse(response.get("Location", "")).path == url:
            # Without the right to publish, Wagtail keeps the contributor's own edit as a draft
            # and sends them back to the editor: saved, but nothing went live.
            return NO
        return refused(actor, response, admin=True)
    material.refresh_from_db()
    assert material.live and material.live_revision_id == material.latest_revision_id
    return YES


def workflow_state(task_state):
    task_state = TaskState.objects.get(pk=task_state.pk)
    page = MaterialPage.objects.get(pk=task_state.workflow_state.object_id)
    return (task_state.status, task_state.workflow_state.status, page.live)


def approve(actor):
    material = submitted_by_a_colleague()
    task_state = current_task_state(material)
    before = workflow_state(task_state)
    response = actor.client.post(workflow_action_url(material, "approve"), {"comment": ""})
    if workflow_state(task_state) == before:
        return refused(actor, response, admin=True)
    assert workflow_state(task_state) == (
        TaskState.STATUS_APPROVED,
        WorkflowState.STATUS_APPROVED,
        True,
    )
    return YES


def request_changes(actor):
    material = submitted_by_a_colleague()
    task_state = current_task_state(material)
    before = workflow_state(task_state)
    comment = "Tilføj en kort vejledning til den, der bruger det."
    response = actor.client.post(workflow_action_url(material, "reject"), {"comment": comment})
    if workflow_state(task_state) == before:
        return refused(actor, response, admin=True)
    assert workflow_state(task_state) == (
        TaskState.STATUS_REJECTED,
        WorkflowState.STATUS_NEEDS_CHANGES,
        False,
    )
    assert TaskState.objects.get(pk=task_state.pk).comment == comment
    return YES


# Manage users, municipalities, fees, board


def list_users(actor):
    response = actor.client.get(reverse("wagtailusers_users:index"))
    professional = reverse("wagtailusers_users:edit", args=[user("fagperson").pk])
    if response.status_code != 200:
        refused(actor, response, admin=True)
        assert professional.encode() not in response.content
        return NO
    assert professional in response.content.decode()
    return YES


def create_user(actor):
    User = get_user_model()
    before = User.objects.count()
    response = actor.client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "ny-fagperson",
            "email": "ny-fagperson@example.org",
            "first_name": "Ny",
            "last_name": "Fagperson",
            "password1": "Et-langt-kodeord-2026",
            "password2": "Et-langt-kodeord-2026",
            "groups": [Group.objects.get(name=PROFESSIONALS).pk],
        },
    )
    if User.objects.count() == before:
        return refused(actor, response, admin=True)
    assert response.status_code == 302
    created = User.objects.get(username="ny-fagperson")
    assert list(created.groups.values_list("name", flat=True)) == [PROFESSIONALS]
    assert not created.is_superuser
    return YES


def municipality_form(**fields):
    data = {
        "name": "",
        "code": "",
        "official_name": "",
        "region": Region.MIDTJYLLAND,
        "status": Municipality.Status.INTERESTED,
        "offering_since": "",
        "website": "",
        **inline_prefixed("contacts", []),
    }
    data.update(fields)
    return data


def inline_prefixed(prefix, items, initial=0):
    return nested_form_data({prefix: inline_formset(items, initial=initial)})


def create_municipality(actor):
    before = Municipality.objects.count()
    response = actor.client.post(
        reverse("wagtailsnippets_network_municipality:add"),
        municipality_form(name="Prøvekommune", code="999"),
    )
    if Municipality.objects.count() == before:
        return refused(actor, response, admin=True)
    assert response.status_code == 302
    created = Municipality.objects.get(name="Prøvekommune")
    assert created.contributor_group.name == "Bidragydere: Prøvekommune"
    return YES


def edit_municipality(actor):
    odense = Municipality.objects.get(name="Odense")
    before = (odense.website, odense.status, odense.contacts.count())
    contacts = [
        {
            "id": contact.pk,
            "name": contact.name,
            "role": contact.role,
            "email": contact.email,
            "phone": contact.phone,
        }
        for contact in odense.contacts.all()
    ]
    response = actor.client.post(
        reverse("wagtailsnippets_network_municipality:edit", args=[odense.pk]),
        municipality_form(
            name=odense.name,
            code=odense.code,
            official_name=odense.official_name,
            region=odense.region,
            status=odense.status,
            offering_since=odense.offering_since or "",
            website="https://fiv.odense.example",
        )
        | inline_prefixed("contacts", contacts, initial=len(contacts)),
    )
    odense.refresh_from_db()
    if (odense.website, odense.status, odense.contacts.count()) == before:
        return refused(actor, response, admin=True)
    assert response.status_code == 302
    assert (odense.website, odense.status, odense.contacts.count()) == (
        "https://fiv.odense.example",
        before[1],
        before[2],
    )
    return YES


def edit_fees(actor):
    fees = FeesPage.objects.get(locale__language_code="da")

    def state():
        page = FeesPage.objects.get(pk=fees.pk)
        years = sorted(AnnualFee.objects.filter(page=page).values_list("year", flat=True))
        return (page.latest_revision_id, page.live_revision_id, years)

    before = state()
    rows = [
        {
            "id": fee.pk,
            "year": fee.year,
            "user_fee": fee.user_fee,
            "startup_fee": fee.startup_fee,
            "note": fee.note,
        }
        for fee in fees.fees.all()
    ]
    rows.append({"year": 2031, "user_fee": "14000", "startup_fee": "26000", "note": ""})
    data = nested_form_data(
        {
            "title": fees.title,
            "slug": fees.slug,
            "introduction": fees.introduction,
            "fees": inline_formset(rows, initial=len(rows) - 1),
            "comments": inline_formset([]),
        }
    )
    response = actor.client.post(
        reverse("wagtailadmin_pages:edit", args=[fees.pk]), data | {"action-publish": "publish"}
    )
    if state() == before:
        return refused(actor, response, admin=True)
    assert response.status_code == 302
    assert 2031 in state()[2] and state()[0] == state()[1]  # published, not only saved
    return YES


def create_board_member(actor):
    before = BoardMember.objects.count()
    response = actor.client.post(
        reverse("wagtailsnippets_network_boardmember:add"),
        {
            "name": "Bo Bestyrelse",
            "organisation": "Prøveforeningen",
            "sector": BoardMember.Sector.CIVIL_SOCIETY,
            "role": BoardMember.Role.MEMBER,
            "term_start": "2027-01-01",
            "term_end": "",
        },
    )
    if BoardMember.objects.count() == before:
        return refused(actor, response, admin=True)
    assert response.status_code == 302
    assert BoardMember.objects.get(name="Bo Bestyrelse").term_end.isoformat() == "2028-12-31"
    return YES


# Change the file of an approved material without a new revision through the workflow


def approved_with_own_file():
    """A live Aarhus material whose file the demo contributor uploaded: Wagtail would let an
    uploader edit, replace and delete their own documents."""
    kommune = user("kommune")
    document = uploaded_document("Godkendt plan for forløbet", by=kommune)
    aarhus = Municipality.objects.get(name="Aarhus")
    material = approved_material("Godkendt materiale", aarhus, by=kommune, documents=[document])
    return material, document


def current_document(document):
    return get_document_model().objects.filter(pk=document.pk).first()


def document_form(document, **changes):
    return {"title": document.title, "collection": document.collection_id, "tags": ""} | changes


def edit_approved_file_title(actor):
    _material, document = approved_with_own_file()
    before = file_state(document)
    response = actor.client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        document_form(document, title="Byttet ud uden godkendelse"),
    )
    if file_state(document) == before:
        return refused(actor, response, admin=True)
    assert current_document(document).title == "Byttet ud uden godkendelse"
    return YES


def replace_approved_file(actor):
    _material, document = approved_with_own_file()
    before = file_state(document)
    response = actor.client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        document_form(document, file=pdf("byttet.pdf", "Et helt andet indhold")),
    )
    if file_state(document) == before:
        return refused(actor, response, admin=True)
    after = file_state(document)
    assert after[0]["file"] != before[0]["file"] and after[0]["file_hash"] != before[0]["file_hash"]
    return YES


def delete_approved_file(actor):
    material, document = approved_with_own_file()
    before = file_state(document)
    response = actor.client.post(reverse("wagtaildocs:delete", args=[document.pk]))
    if file_state(document) == before:
        return refused(actor, response, admin=True)
    assert current_document(document) is None and not material.files.exists()
    return YES


def edit_approved_file_among_uploads(actor):
    _material, document = approved_with_own_file()
    before = file_state(document)
    prefix = f"doc-{document.pk}"
    response = actor.client.post(
        reverse("wagtaildocs:edit_multiple", args=[document.pk]),
        {f"{prefix}-{name}": value for name, value in document_form(document).items()}
        | {f"{prefix}-title": "Byttet ud blandt uploads"},
    )
    if file_state(document) == before:
        return refused(actor, response, admin=True)
    assert current_document(document).title == "Byttet ud blandt uploads"
    return YES


def delete_approved_file_among_uploads(actor):
    _material, document = approved_with_own_file()
    before = file_state(document)
    response = actor.client.post(reverse("wagtaildocs:delete_multiple", args=[document.pk]))
    if file_state(document) == before:
        return refused(actor, response, admin=True)
    assert current_document(document) is None
    return YES


def delete_approved_file_in_bulk(actor):
    _material, document = approved_with_own_file()
    before = file_state(document)
    url = reverse("wagtail_bulk_action", args=["wagtaildocs", "document", "delete"])
    listing = reverse("wagtaildocs:index")  # where the documents admin sends it, and back
    response = actor.client.post(f"{url}?id={document.pk}&next={listing}")
    if file_state(document) == before:
        return refused(actor, response, admin=True)
    assert current_document(document) is None
    return YES


def attach_public_file_in_page_form(actor):
    """Swap the material's file for a document of a public page in the admin's page form, and
    publish: the material changes only through the secretariat, and the public page keeps its
    download whoever tried."""
    material, document = approved_with_own_file()
    leaflet = public_leaflet()
    url = reverse("wagtailadmin_pages:edit", args=[material.pk])
    before = (material_state(material), file_state(document), file_state(leaflet))
    data = material_form(material) | {
        "files-0-document": leaflet.pk,
        "action-publish": "action-publish",
    }
    response = actor.client.post(url, data)
    assert Client().get(leaflet.url).status_code == 200  # the public page still serves it
    if (material_state(material), file_state(document), file_state(leaflet)) == before:
        if actor.role == "municipality contributor":
            # The editor again, saying which file they may not attach.
            assert response.status_code == 200
            files = response.context["form"].formsets["files"]
            assert files.forms[0].errors.keys() == {"document"}
            return NO
        return refused(actor, response, admin=True)
    material.refresh_from_db()
    assert [item.document_id for item in material.files.all()] == [leaflet.pk]
    assert material.live_revision_id == material.latest_revision_id
    assert file_state(leaflet)[0] == before[2][0]  # it stays in its public collection
    return YES


# See other municipalities' submissions, files and people in the admin


@dataclass
class Neighbours:
    """What Odense has in the admin, beside what the demo contributor (Aarhus) has there."""

    colleague: object  # an Odense contributor
    draft: MaterialPage  # sent to the secretariat by them, with their file
    document: object
    image: object
    live: MaterialPage  # published, and locked by the secretariat
    membership: Membership
    own_draft: MaterialPage  # the demo contributor's, sent to the secretariat, with their file
    own_document: object
    contribution: MeetingContributionPage  # Odense's draft for a meeting
    own_contribution: MeetingContributionPage  # Aarhus' draft for the same meeting


def meeting_contribution(meeting, title, municipality, by):
    contribution = MeetingContributionPage(
        title=title, municipality=municipality, owner=by, live=False
    )
    meeting.add_child(instance=contribution)
    contribution.save_revision(user=by)
    return contribution


def neighbours():
    odense = Municipality.objects.get(name="Odense")
    colleague = contributor_for(odense, "odense-bidrag")
    kommune = user("kommune")
    own_document = uploaded_document("Aarhus bilag til kursusplanen", by=kommune)
    own_draft = submitted_material(
        "Aarhus udkast til kursusplanen",
        Municipality.objects.get(name="Aarhus"),
        by=kommune,
        documents=[own_document],
    )
    document = uploaded_document("Odenses bilag til kursusplanen", by=colleague)
    draft = submitted_material(
        "Odenses udkast til kursusplanen", odense, by=colleague, documents=[document]
    )
    image = ImageFactory(
        title="Odenses billede til kursusplanen",
        uploaded_by_user=colleague,
        collection=Collection.get_first_root_node(),
    )
    live = odense_material()
    live.locked, live.locked_by, live.locked_at = True, user("sekretariat"), timezone.now()
    live.save(update_fields=["locked", "locked_by", "locked_at"])
    membership = Membership.objects.select_related("user").get(municipality=odense)
    meeting = MeetingPage.objects.live().filter(locale__language_code="da").first()
    aarhus = Municipality.objects.get(name="Aarhus")
    return Neighbours(
        colleague,
        draft,
        document,
        image,
        live,
        membership,
        own_draft,
        own_document,
        contribution=meeting_contribution(
            meeting, "Odenses bidrag om kursusplanen", odense, colleague
        ),
        own_contribution=meeting_contribution(
            meeting, "Aarhus bidrag om kursusplanen", aarhus, kommune
        ),
    )


def material_type():
    return ContentType.objects.get_for_model(MaterialPage).pk


# Admin address, what the secretariat sees there of Odense's, and, where the contributor may
# open it too, what they see there of their own instead.
ADMIN_VIEWS = {
    "dashboard": (
        lambda n: reverse("wagtailadmin_home"),
        lambda n: n.draft.title,
        lambda n: n.own_draft.title,
    ),
    "explorer": (
        lambda n: reverse("wagtailadmin_explore", args=[n.draft.get_parent().pk]),
        lambda n: n.draft.title,
        lambda n: n.own_draft.title,
    ),
    "explorer_filters": (  # who owns and who edited pages
        lambda n: reverse("wagtailadmin_explore", args=[n.draft.get_parent().pk]),
        lambda n: n.colleague.get_full_name(),
        lambda n: n.own_draft.title,
    ),
    "admin_search": (
        lambda n: reverse("wagtailadmin_pages:search") + "?q=kursusplanen",
        lambda n: n.draft.title,
        lambda n: n.own_draft.title,
    ),
    "page_chooser": (
        lambda n: reverse("wagtailadmin_choose_page_child", args=[n.contribution.get_parent().pk]),
        lambda n: escape(n.contribution.title),
        lambda n: escape(n.own_contribution.title),
    ),
    "page_chooser_search": (
        lambda n: reverse("wagtailadmin_choose_page_search") + "?q=kursusplanen",
        lambda n: n.draft.title,
        lambda n: n.own_draft.title,
    ),
    "pages_api": (
        lambda n: reverse("wagtailadmin_api:pages:detail", args=[n.draft.pk]),
        lambda n: n.draft.title,
        None,
    ),
    "page_history": (
        lambda n: reverse("wagtailadmin_pages:history", args=[n.draft.pk]),
        lambda n: n.draft.title,
        None,
    ),
    "page_revisions": (
        lambda n: reverse(
            "wagtailadmin_pages:revisions_view", args=[n.draft.pk, n.draft.latest_revision_id]
        ),
        lambda n: n.draft.title,
        None,
    ),
    "page_revisions_compared": (
        lambda n: reverse(
            "wagtailadmin_pages:revisions_compare", args=[n.draft.pk, "earliest", "latest"]
        ),
        lambda n: n.draft.title,
        None,
    ),
    "draft_view": (
        lambda n: reverse("wagtailadmin_pages:view_draft", args=[n.draft.pk]),
        lambda n: n.draft.title,
        None,
    ),
    "workflow_preview": (
        lambda n: reverse(
            "wagtailadmin_pages:workflow_preview",
            args=[n.draft.pk, current_task_state(n.draft).task_id],
        ),
        lambda n: n.draft.title,
        None,
    ),
    "page_copy": (
        lambda n: reverse("wagtailadmin_pages:copy", args=[n.draft.pk]),
        lambda n: n.draft.title,
        None,
    ),
    "page_usage": (
        lambda n: reverse("wagtailadmin_pages:usage", args=[n.draft.pk]),
        lambda n: n.draft.title,
        None,
    ),
    "workflow_history": (
        lambda n: reverse("wagtailadmin_pages:workflow_history", args=[n.draft.pk]),
        lambda n: n.draft.title,
        None,
    ),
    "pages_of_a_type": (
        lambda n: reverse("wagtailadmin_pages:type_use", args=["library", "materialpage"]),
        lambda n: n.draft.title,
        None,
    ),
    "workflow_report": (
        lambda n: reverse("wagtailadmin_reports:workflow"),
        lambda n: n.draft.title,
        None,
    ),
    "workflow_tasks_report": (
        lambda n: reverse("wagtailadmin_reports:workflow_tasks"),
        lambda n: n.draft.title,
        None,
    ),
    "site_history": (
        lambda n: reverse("wagtailadmin_reports:site_history"),
        lambda n: n.draft.title,
        None,
    ),
    "locked_pages": (
        lambda n: reverse("wagtailadmin_reports:locked_pages"),
        lambda n: n.live.title,
        None,
    ),
    "aging_pages": (
        lambda n: f"{reverse('wagtailadmin_reports:aging_pages')}?content_type={material_type()}",
        lambda n: n.live.title,
        None,
    ),
    "page_types_usage": (
        lambda n: reverse("wagtailadmin_reports:page_types_usage"),
        lambda n: n.draft.title,
        None,
    ),
    "translation_overview": (
        lambda n: reverse("home_translation_report"),
        lambda n: escape(n.live.title),
        None,
    ),
    "theme_names": (
        lambda n: reverse("wagtailsnippets_library_themename:list"),
        lambda n: "group courses",
        None,
    ),
    "memberships_api": (
        lambda n: reverse("wagtail_localize:snippets_api_listing", args=["network", "membership"]),
        lambda n: n.membership.user.username,
        None,
    ),
    "membership_chooser": (
        lambda n: reverse("wagtailsnippetchoosers_network_membership:choose"),
        lambda n: n.membership.user.username,
        None,
    ),
    "municipality_chooser": (
        lambda n: reverse("wagtailsnippetchoosers_network_municipality:choose"),
        lambda n: "Aalborg",  # the first in the list, after Aarhus
        lambda n: "Aarhus",
    ),
    "documents": (
        lambda n: reverse("wagtaildocs:index") + "?ordering=-created_at",
        lambda n: n.document.title,
        None,
    ),
    "document_usage": (
        lambda n: reverse("wagtaildocs:document_usage", args=[n.document.pk]),
        lambda n: n.draft.title,
        None,
    ),
    "document_chooser": (
        lambda n: reverse("wagtaildocs_chooser:choose"),
        lambda n: n.document.title,
        lambda n: n.own_document.title,
    ),
    "documents_api": (
        lambda n: reverse("wagtailadmin_api:documents:detail", args=[n.document.pk]),
        lambda n: n.document.title,
        None,
    ),
    "images": (
        lambda n: reverse("wagtailimages:index"),
        lambda n: n.image.title,
        None,
    ),
    "image_chooser": (
        lambda n: reverse("wagtailimages_chooser:choose"),
        lambda n: n.image.title,
        lambda n: "",  # contributors choose no images: an empty chooser
    ),
}


def see_in_admin(name, url, theirs, own):
    def action(actor):
        scene = neighbours()
        before = contributions_state()
        response = actor.client.get(url(scene))
        assert contributions_state() == before
        content = response.content.decode()
        if response.status_code == 200 and theirs(scene) in content:
            return YES
        if response.status_code == 200 and own is not None:
            # A view the contributor works in: their own things, and nobody else's.
            assert actor.role == "municipality contributor", (name, actor.role)
            assert own(scene) in content, name
            return NO
        if response.status_code != 404 or actor.user is None:  # 404: no such page, for them
            refused(actor, response, admin=True)
        assert theirs(scene) not in content
        return NO

    action.__name__ = f"see_{name}"
    return action


# Meetings: sign up on the meeting's page; the secretariat's list, its CSV file and the minutes


def next_network_meeting():
    return (
        MeetingPage.objects.filter(
            locale__language_code="da", kind=MeetingPage.Kind.NETWORK, start__gte=timezone.now()
        )
        .order_by("start")
        .first()
    )


def register_for_meeting(actor):
    meeting = next_network_meeting()
    before = MeetingRegistration.objects.count()
    response = actor.client.post(
        meeting.url + "register/",
        {"municipality": actor.municipality.pk, "participants": "2", "note": "Vi er to."},
    )
    if MeetingRegistration.objects.count() == before:
        return refused(actor, response)
    assert response.status_code == 302
    registration = MeetingRegistration.objects.get(meeting=meeting, user=actor.user)
    assert (registration.municipality, registration.participants) == (actor.municipality, 2)
    (confirmation,) = mail.outbox
    assert confirmation.to == [actor.user.email]
    assert [name for name, _content, _type in confirmation.attachments] == [f"{meeting.slug}.ics"]
    return YES


def see_registrations(actor):
    meeting = next_network_meeting()
    response = actor.client.get(reverse("network_meeting_registration_list", args=[meeting.pk]))
    if response.status_code != 200:
        refused(actor, response, admin=True)
        assert b"sofie.krogh@" not in response.content
        return NO
    assert "sofie.krogh@aalborg.kommune.example" in response.content.decode()
    return YES


def export_registrations(actor):
    meeting = next_network_meeting()
    response = actor.client.get(reverse("network_meeting_registrations_export", args=[meeting.pk]))
    if response.status_code != 200:
        refused(actor, response, admin=True)
        assert b"sofie.krogh@" not in response.content
        return NO
    assert response["Content-Type"].startswith("text/csv")
    assert "sofie.krogh@aalborg.kommune.example" in response.content.decode("utf-8-sig")
    return YES


def send_minutes(actor):
    meeting = (
        MeetingPage.objects.live()
        .filter(locale__language_code="da", kind=MeetingPage.Kind.NETWORK, start__lt=timezone.now())
        .exclude(minutes="")
        .order_by("-start")
        .first()
    )
    participant = user("fagperson")
    registration = MeetingRegistration.objects.create(
        meeting=meeting, user=participant, municipality=participant.membership.municipality
    )
    response = actor.client.post(reverse("network_meeting_publish_minutes", args=[meeting.pk]))
    registration.refresh_from_db()
    if registration.minutes_sent_at is None:
        assert not mail.outbox
        return refused(actor, response, admin=True)
    assert [message.to for message in mail.outbox] == [[participant.email]]
    assert meeting.get_full_url() in mail.outbox[0].body
    return YES


# Joining the network, and the starting municipality's checklist


def ask_to_join(actor):
    page = JoinPage.objects.live().get(locale__language_code="da")
    before = JoinRequest.objects.count()
    response = actor.client.post(
        page.url,
        {
            "municipality": Municipality.objects.get(name="Ballerup").pk,
            "contact_name": "Birgit Bach",
            "email": "birgit@ballerup.example",
            "births_per_year": "480",
        },
    )
    if JoinRequest.objects.count() == before:
        return refused(actor, response)
    assert response.status_code == 200
    assert Municipality.objects.get(name="Ballerup").status == Municipality.Status.INTERESTED
    assert len(mail.outbox) == 1
    return YES


def see_onboarding(actor):
    onboarding = Onboarding.objects.create(
        municipality=actor.municipality, agreement_signed=datetime.date(2026, 3, 2)
    )
    response = actor.client.get(reverse("onboarding"))
    if response.status_code != 200:
        refused(actor, response)
        assert f"onboarding-{onboarding.pk}" not in response.content.decode()
        return NO
    section = BeautifulSoup(response.content, "html.parser").find(id=f"onboarding-{onboarding.pk}")
    assert actor.municipality.name in section.get_text()
    return YES


def edit_onboarding(actor):
    onboarding = Onboarding.objects.get(municipality__name="Guldborgsund")
    before = (onboarding.playbook_handed_over, onboarding.updated_at)
    data = {
        "municipality": onboarding.municipality_id,
        "note": onboarding.note,
        "playbook_handed_over": "2026-12-01",
    }
    for step in Onboarding.STEPS:
        value = getattr(onboarding, step)
        data.setdefault(step, value.isoformat() if value else "")
    response = actor.client.post(
        reverse("wagtailsnippets_network_onboarding:edit", args=[onboarding.pk]), data
    )
    onboarding.refresh_from_db()
    if (onboarding.playbook_handed_over, onboarding.updated_at) == before:
        return refused(actor, response, admin=True)
    assert response.status_code == 302
    assert onboarding.playbook_handed_over == datetime.date(2026, 12, 1)
    return YES


def start_onboarding(actor):
    thisted = Municipality.objects.get(name="Thisted")
    response = actor.client.post(reverse("network_start_onboarding"), {"municipality": thisted.pk})
    thisted.refresh_from_db()
    if not Onboarding.objects.filter(municipality=thisted).exists():
        assert thisted.status == Municipality.Status.INTERESTED
        return refused(actor, response, admin=True)
    assert response.status_code == 302 and thisted.status == Municipality.Status.STARTING
    return YES


# The secretariat's desk: the dashboard's panels and the reports behind them; and the downloads
# of a municipality's materials, in "Mine bidrag" for its contributors.


def see_desk(actor):
    response = actor.client.get(reverse("wagtailadmin_home"))
    content = response.content.decode()
    if response.status_code == 200 and 'id="desk-board-section"' in content:
        assert "Jens Kragh" in content  # the demo's board member whose term ends soon
        return YES
    if response.status_code != 200:
        refused(actor, response, admin=True)
    assert "desk-" not in content and "Jens Kragh" not in content
    return NO


def odense_downloaded():
    return (
        with_downloads(live_materials().filter(municipality__name="Odense"))
        .filter(downloads__gt=0)
        .order_by("-downloads", "pk")
        .first()
    )


def searched_without_results():
    """A search word that found nothing: it may name a person, so the secretariat's only."""
    UnansweredQuery.add_hit("jordemoder hanne jensen")
    return "jordemoder hanne jensen"


def see_desk_report(url_name, theirs):
    def action(actor):
        title = theirs()
        response = actor.client.get(reverse(url_name))
        if response.status_code == 200 and escape(title) in response.content.decode():
            return YES
        refused(actor, response, admin=True)
        assert escape(title) not in response.content.decode()
        return NO

    action.__name__ = f"see_{url_name}"
    return action


def shows_downloads(response, material):
    """Whether a table row of `response` names `material` and its number of downloads."""
    soup = BeautifulSoup(response.content, "html.parser")
    return any(
        material.title in row.get_text()
        and str(material.downloads) in [cell.get_text(strip=True) for cell in row.find_all("td")]
        for row in soup.select("tbody tr")
    )


def see_own_downloads(actor):
    """A contributor in "Mine bidrag", the secretariat in the downloads report."""
    material = (
        with_downloads(live_materials().filter(municipality=actor.municipality))
        .filter(downloads__gt=0)
        .order_by("-downloads", "pk")
        .first()
    )
    responses = [
        actor.client.get(reverse("my_contributions")),
        actor.client.get(
            reverse("library_download_report") + f"?municipality={actor.municipality.pk}"
        ),
    ]
    if any(
        response.status_code == 200 and shows_downloads(response, material)
        for response in responses
    ):
        return YES
    if actor.user is None:
        refused(actor, responses[0])
    refused(actor, responses[1], admin=True)
    assert all(escape(material.title) not in r.content.decode() for r in responses)
    return NO


# Funding opportunities: the secretariat keeps the list in the admin; anyone logged in follows.


def funding_form(opportunity=None, **changes):
    fields = (
        "fund",
        "fund_en",
        "url",
        "amount",
        "amount_en",
        "eligibility",
        "eligibility_en",
        "topic",
        "topic_en",
        "status",
        "applicant_note",
        "applicant_note_en",
    )
    data = {name: getattr(opportunity, name) if opportunity else "" for name in fields}
    data["status"] = data["status"] or FundingOpportunity.Status.OPEN
    data["deadline"] = opportunity.deadline.isoformat() if opportunity else ""
    data["applicants"] = [m.pk for m in opportunity.applicants.all()] if opportunity else []
    return data | changes


def create_funding(actor):
    before = FundingOpportunity.objects.count()
    response = actor.client.post(
        reverse("wagtailsnippets_network_fundingopportunity:add"),
        funding_form(
            fund="Prøvefonden for forældre",
            url="https://proevefonden.example/",
            deadline="2027-10-01",
            applicants=[actor.municipality.pk],
        ),
    )
    if FundingOpportunity.objects.count() == before:
        return refused(actor, response, admin=True)
    assert response.status_code == 302
    created = FundingOpportunity.objects.get(fund="Prøvefonden for forældre")
    assert list(created.applicants.all()) == [actor.municipality]
    return YES


def edit_funding(actor):
    opportunity = FundingOpportunity.objects.get(fund="Fonden for aktive fædre")

    def state():
        found = FundingOpportunity.objects.get(pk=opportunity.pk)
        return (found.deadline, found.status, found.updated_at)

    before = state()
    moved = opportunity.deadline + datetime.timedelta(days=7)
    response = actor.client.post(
        reverse("wagtailsnippets_network_fundingopportunity:edit", args=[opportunity.pk]),
        funding_form(opportunity, deadline=moved.isoformat(), status="preparing"),
    )
    if state() == before:
        return refused(actor, response, admin=True)
    assert response.status_code == 302
    assert state()[:2] == (moved, FundingOpportunity.Status.PREPARING)
    return YES


def follow_funding(actor):
    page = FundingPage.objects.live().get(locale__language_code="da")
    opportunity = FundingOpportunity.objects.get(fund="Lokale aktivitetsmidler til sundhedsplejen")
    before = FundingFollow.objects.count()
    response = actor.client.post(page.url + "follow/", {"opportunity": opportunity.pk})
    if FundingFollow.objects.count() == before:
        return refused(actor, response)
    assert response.status_code == 302
    (follow,) = FundingFollow.objects.filter(opportunity=opportunity)
    assert follow.user == actor.user
    return YES


# The network's figures: professionals read them; the secretariat says which reports count.


def see_network_figures(actor):
    page = NetworkFiguresPage.objects.live().get(locale__language_code="da")
    response = actor.client.get(page.url)
    if response.status_code != 200:
        refused(actor, response)
        assert "figures-table" not in response.content.decode()
        return NO
    assert BeautifulSoup(response.content, "html.parser").select(".figures-table tbody tr")
    return YES


def mark_report_final(actor):
    report = LocalReport.objects.filter(is_final=False).order_by("pk").first()
    response = actor.client.post(reverse("network_local_data_final"), {"report": report.pk})
    report.refresh_from_db()
    if not report.is_final:
        assert report.finalised_at is None and report.finalised_by is None
        return refused(actor, response, admin=True)
    assert response.status_code == 302
    assert report.finalised_by == actor.user
    return YES


def choose_notifications(actor):
    url = reverse("notification_preferences")
    fields = {f"{kind}-frequency": "off" for kind in ("meetings", "minutes", "materials")}
    shown = actor.client.get(url)
    response = actor.client.post(
        url, {**fields, "member_news-frequency": "weekly", "funding-frequency": "immediate"}
    )
    if not NotificationPreference.objects.exclude(frequency="off").exists():
        refused(actor, shown)
        return refused(actor, response)
    assert (shown.status_code, response.status_code) == (200, 302)
    chosen = NotificationPreference.objects.exclude(frequency="off")
    assert {(pref.user, pref.kind, pref.frequency) for pref in chosen} == {
        (actor.user, "member_news", "weekly"),
        (actor.user, "funding", "immediate"),
    }
    return YES


ACTIONS = {
    "read public pages": [read_public_page],
    "read professional area, download its files": [
        read_professional_page,
        download_file,
        download_playbook_pdf,
        find_in_site_search,
        get_suggested_in_header,
    ],
    "submit material / data for own municipality": [submit_on_site, submit_in_admin],
    "edit a submission of another municipality": [edit_other_on_site, edit_other_in_admin],
    "publish, approve, reject": [
        publish_in_admin,
        approve,
        request_changes,
        edit_approved_file_title,
        replace_approved_file,
        delete_approved_file,
        edit_approved_file_among_uploads,
        delete_approved_file_among_uploads,
        delete_approved_file_in_bulk,
        attach_public_file_in_page_form,
    ],
    "manage users, municipalities, fees, board": [
        list_users,
        create_user,
        create_municipality,
        edit_municipality,
        edit_fees,
        create_board_member,
    ],
    "see other municipalities' submissions, files and people in the admin": [
        see_in_admin(name, *view) for name, view in ADMIN_VIEWS.items()
    ],
    "register for a meeting": [register_for_meeting],
    "see and export a meeting's registrations, send its minutes": [
        see_registrations,
        export_registrations,
        send_minutes,
    ],
    "ask to join the network": [ask_to_join],
    "see own municipality's onboarding checklist": [see_onboarding],
    "edit an onboarding checklist": [edit_onboarding],
    "start an onboarding from a request to join": [start_onboarding],
    "see the secretariat's desk on the dashboard, and its reports": [
        see_desk,
        see_desk_report("library_review_report", lambda: due_for_review().first().title),
        see_desk_report("library_download_report", lambda: odense_downloaded().title),
        see_desk_report("search_unanswered_report", searched_without_results),
    ],
    "see how often own municipality's materials were downloaded": [see_own_downloads],
    "add and edit funding opportunities": [create_funding, edit_funding],
    "follow a funding opportunity": [follow_funding],
    "see network figures": [see_network_figures],
    "mark a local report final": [mark_report_final],
    "choose own notifications": [choose_notifications],
}


def test_every_row_of_the_design_is_tried():
    assert set(ACTIONS) == set(MATRIX)
    assert all(set(answers) == set(DEMO_USERS) for answers in MATRIX.values())


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("action", "role", "allowed"),
    [
        pytest.param(action, role, allowed, id=f"{action.__name__}-{role.replace(' ', '_')}")
        for row, actions in ACTIONS.items()
        for action in actions
        for role, allowed in MATRIX[row].items()
    ],
)
def test_each_role_may_do_what_the_design_says_and_nothing_more(client, action, role, allowed):
    username = DEMO_USERS[role]
    actor = Actor(role, username and user(username), client)
    if actor.user is not None:
        client.force_login(actor.user)
    assert action(actor) is allowed


# What the table says in a few words, said in full.


@pytest.mark.django_db
def test_a_professional_without_a_municipality_to_contribute_for_is_told_why(professional):
    odense = Municipality.objects.get(name="Odense")
    before = contributions_state()
    for response in [
        professional.get(reverse("contribute")),
        professional.post(reverse("contribute"), contribution_data("Mit bidrag", odense)),
    ]:
        assert response.status_code == 403
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.html["lang"] == "da"
        with translation.override("da"):
            assert soup.h1.get_text(strip=True) == gettext("You cannot contribute yet")
        assert soup.select_one(f"a[href='{reverse('professional_area')}']")
        assert not soup.select("form.contribution-form")
    assert contributions_state() == before


@pytest.mark.django_db
def test_a_contributor_cannot_submit_for_another_municipality(client):
    client.force_login(user("kommune"))
    odense = Municipality.objects.get(name="Odense")
    before = contributions_state()
    response = client.post(
        reverse("contribute"), contribution_data("Odenses materiale", odense, files=[pdf()])
    )
    assert response.status_code == 200
    assert response.context["form"].errors.keys() == {"municipality"}
    library = library_for_contributions()
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["library", "materialpage", library.pk]),
        new_material_form("Odenses materiale", odense) | {"action-submit": "action-submit"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors.keys() == {"municipality"}
    assert contributions_state() == before


@pytest.mark.django_db
def test_nobody_approves_their_own_submission(client):
    secretary = user("sekretariat")
    odense = Municipality.objects.get(name="Odense")
    material = submitted_material("Sekretariatets eget oplæg", odense, by=secretary)
    task_state = current_task_state(material)
    edit_url = reverse("wagtailadmin_pages:edit", args=[material.pk])
    client.force_login(secretary)

    editor = BeautifulSoup(client.get(edit_url).content, "html.parser")
    assert editor.select("footer") and not editor.select("[data-workflow-action-name]")
    dashboard = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    assert not dashboard.select(f"#awaiting-review-section a[href='{edit_url}']")

    response = client.post(workflow_action_url(material, "approve"), {"comment": ""})
    refused(Actor("secretariat", secretary, client), response, admin=True)
    client.post(
        edit_url,
        material_form(material)
        | {"action-workflow-action": "true", "workflow-action-name": "approve"},
    )
    assert workflow_state(task_state) == (
        TaskState.STATUS_IN_PROGRESS,
        WorkflowState.STATUS_IN_PROGRESS,
        False,
    )

    client.force_login(second_secretary())
    editor = BeautifulSoup(client.get(edit_url).content, "html.parser")
    assert editor.select("[data-workflow-action-name=approve]")
    client.post(workflow_action_url(material, "approve"), {"comment": ""})
    assert workflow_state(task_state) == (
        TaskState.STATUS_APPROVED,
        WorkflowState.STATUS_APPROVED,
        True,
    )
