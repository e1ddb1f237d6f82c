"""The secretariat's desk: the dashboard panels with the day's work, shown to the secretariat with
the demo's items in the order the work is best done, and to nobody else."""

import datetime
import re

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import WorkflowState
from wagtail_factories import DocumentFactory

from home.dates import today
from library.desk import DownloadsPanel, ReviewsPanel
from library.downloads import with_downloads
from library.factories import MaterialPageFactory
from library.models import DownloadCount, LibraryIndexPage, MaterialPage
from library.reviews import due_for_review, live_materials
from network.desk import (
    BoardTermsPanel,
    ContributionsPanel,
    FundingDeadlinesPanel,
    JoinRequestsPanel,
    MeetingsPanel,
    OnboardingPanel,
)
from network.factories import (
    JoinRequestFactory,
    MeetingPageFactory,
    MeetingRegistrationFactory,
)
from network.models import (
    BoardMember,
    FundingOpportunity,
    JoinRequest,
    MeetingIndexPage,
    MeetingPage,
    MeetingRegistration,
    Municipality,
    Onboarding,
)
from tests.library.contributions import contributor_for, submitted_material
from tests.people import CONTRIBUTOR, PROFESSIONAL, SECRETARY, demo_user

PANELS = [
    ContributionsPanel,
    MeetingsPanel,
    ReviewsPanel,
    BoardTermsPanel,
    FundingDeadlinesPanel,
    JoinRequestsPanel,
    OnboardingPanel,
    DownloadsPanel,
]
EMPTY = {
    "desk-contributions": "Ingen bidrag venter",
    "desk-meetings": "Ingen møder er planlagt",
    "desk-reviews": "Ingen materialer skal gennemgås",
    "desk-board": "Ingen perioder i advisory board slutter inden for tre måneder",
    "desk-funding": "Ingen fondsfrister inden for to måneder",
    "desk-joining": "Ingen henvendelser venter",
    "desk-onboarding": "Ingen kommuner er i opstart",
    "desk-downloads": "Intet er hentet endnu",
}


def dashboard(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def panel(soup, name):
    section = soup.select_one(f"#{name}-section")
    assert section is not None, name
    return section


def heading_count(section):
    heading = section.select_one("[data-panel-heading-text]").get_text(strip=True)
    return int(re.search(r"\((\d+)\)$", heading).group(1))


def titles(section):
    """The titles of the panel's first table, top to bottom."""
    table = section.select_one("table")
    return [cell.a.get_text(strip=True) for cell in table.select("tbody td.title")]


def top_download():
    return (
        with_downloads(live_materials())
        .filter(downloads__gt=0)
        .order_by("-downloads", "title", "pk")
        .first()
    )


@pytest.mark.django_db
def test_each_panel_shows_the_demos_items_to_the_secretariat(secretariat):
    soup = dashboard(secretariat)
    due = due_for_review()
    expected = {
        "desk-contributions": "Sangkort til de første uger",  # the demo's awaiting contribution
        "desk-meetings": "Temadag om sårbare familier",
        "desk-reviews": due.first().title,
        "desk-board": "Jens Kragh",
        "desk-funding": "Puljen til tidlig forældrestøtte",  # 12 days off, being prepared
        "desk-joining": "Thisted",
        "desk-onboarding": "Guldborgsund",
        "desk-downloads": top_download().title,
    }
    for name, title in expected.items():
        section = panel(soup, name)
        assert heading_count(section) >= 1, name
        assert title in titles(section), name

    assert heading_count(panel(soup, "desk-reviews")) == due.count()
    # The near deadline before the later one (40 days); not the passed one, nor the rolling one.
    funding = panel(soup, "desk-funding")
    assert titles(funding) == ["Puljen til tidlig forældrestøtte", "Fonden for aktive fædre"]
    first = funding.select_one("tbody tr").get_text(" ", strip=True)
    assert "om 12 dage" in first and "1 følger" in first and "2 kommuner søger" in first
    # Who comes: the theme day's registrations, with a link to the list.
    meetings = panel(soup, "desk-meetings")
    theme_day = MeetingPage.objects.get(
        locale__language_code="da", slug="temadag-saarbare-familier"
    )
    participants = sum(theme_day.registrations.values_list("participants", flat=True))
    row = next(tr for tr in meetings.select("tbody tr") if theme_day.title in tr.get_text())
    assert f"{participants} deltagere" in row.get_text()
    assert row.select_one(
        f"a[href='{reverse('network_meeting_registration_list', args=[theme_day.pk])}']"
    )
    # Every title leads into the admin's editor.
    for section in soup.select("section[id^=desk-]"):
        for link in section.select("tbody td.title a"):
            assert link["href"].startswith(reverse("wagtailadmin_home")), link


@pytest.mark.django_db
@pytest.mark.parametrize("username", [None, PROFESSIONAL, CONTRIBUTOR])
def test_nobody_else_sees_the_desk(client, username):
    """Not the panels, their headings, nor any of the titles they show the secretariat."""
    with translation.override("da"):
        headings = [str(panel_class.heading) for panel_class in PANELS]
    odense_due = due_for_review().exclude(municipality__name="Aarhus").first()
    shown_to_the_secretariat = [
        "Jens Kragh",
        "Guldborgsund",
        "Thisted",
        "jonas.kjeldsen@thisted.kommune.example",
        "Temadag om sårbare familier",
        "Puljen til tidlig forældrestøtte",
        odense_due.title,
        *headings,
    ]
    if username:
        client.force_login(demo_user(username))
    urls = [
        reverse("wagtailadmin_home"),
        reverse("library_review_report"),
        reverse("library_download_report"),
        reverse("library_download_report") + "?export=csv",
    ]
    for url in urls:
        response = client.get(url)
        content = response.content.decode()
        assert "desk-" not in content, url
        for text in shown_to_the_secretariat:
            assert text not in content, (url, text)
    if username == CONTRIBUTOR:  # the dashboard is theirs too, without the desk
        assert client.get(reverse("wagtailadmin_home")).status_code == 200


@pytest.mark.django_db
def test_contributions_wait_the_longest_first(secretariat):
    odense = Municipality.objects.get(name="Odense")
    colleague = contributor_for(odense, "odense-bidrag")
    now = timezone.now()
    with time_machine.travel(now - datetime.timedelta(days=1)):
        submitted_material("Sendt i går", odense, by=colleague)
    with time_machine.travel(now - datetime.timedelta(days=3)):
        submitted_material("Sendt for tre dage siden", odense, by=colleague)
    shown = titles(panel(dashboard(secretariat), "desk-contributions"))
    assert shown[:2] == ["Sendt for tre dage siden", "Sendt i går"]
    assert "Sangkort til de første uger" in shown[2:]  # sent when the demo was loaded


@pytest.mark.django_db
def test_a_full_panel_shows_its_first_rows_and_links_to_them_all(secretariat):
    section = panel(dashboard(secretariat), "desk-reviews")
    due = list(due_for_review())
    assert len(due) > ReviewsPanel.limit  # the demo has many materials overdue
    assert titles(section) == [material.title for material in due[: ReviewsPanel.limit]]
    dates = [cell["data-review"] for cell in section.select("td[data-review]")]
    assert dates == sorted(dates)  # the longest overdue first
    assert heading_count(section) == len(due)
    link = section.select_one(".desk-panel__more a")
    assert link.get_text(strip=True) == "Vis alle"
    assert link["href"] == reverse("library_review_report")

    report = BeautifulSoup(secretariat.get(link["href"]).content, "html.parser")
    assert [cell.a.get_text(strip=True) for cell in report.select("tbody td.title")] == [
        material.title for material in due
    ]


@pytest.mark.django_db
def test_each_panel_says_in_danish_when_there_is_nothing(secretariat):
    WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).update(
        status=WorkflowState.STATUS_CANCELLED
    )
    MeetingPage.objects.filter(start__gte=timezone.now()).delete()
    MaterialPage.objects.update(next_review=None)
    BoardMember.objects.ending_soon().delete()
    Onboarding.objects.all().delete()
    JoinRequest.objects.all().delete()
    DownloadCount.objects.all().delete()
    FundingOpportunity.objects.update(deadline=None)
    soup = dashboard(secretariat)
    for name, text in EMPTY.items():
        section = panel(soup, name)
        assert heading_count(section) == 0, name
        assert section.select_one(".desk-panel__empty").get_text(strip=True) == text


@pytest.mark.django_db
def test_the_download_panel_counts_per_material_and_per_municipality(secretariat):
    section = panel(dashboard(secretariat), "desk-downloads")
    materials = with_downloads(live_materials())
    total = sum(material.downloads for material in materials)
    assert heading_count(section) == total
    top = top_download()
    rows = section.select("table")[0].select("tbody tr")
    assert rows[0].select_one("td.title a").get_text(strip=True) == top.title
    assert rows[0].select("td")[-1].get_text(strip=True) == str(top.downloads)
    aarhus = sum(
        m.downloads for m in materials if m.municipality and m.municipality.name == "Aarhus"
    )
    municipalities = {
        row.select_one("td.title").get_text(strip=True): int(row.select("td")[-1].get_text())
        for row in section.select("table")[1].select("tbody tr")
    }
    assert municipalities["Aarhus"] == aarhus


# The rules count days from today in Copenhagen, and hold on the awkward days.


def panel_context(panel_class):
    return panel_class().get_context_data({})


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("moment", "review", "shown"),
    [
        ("2028-02-29T12:00+01:00", datetime.date(2028, 3, 30), True),  # 30 days ahead
        ("2028-02-28T12:00+01:00", datetime.date(2028, 3, 30), False),  # 31 days ahead
        ("2027-12-31T12:00+01:00", datetime.date(2028, 1, 30), True),
        ("2027-12-30T23:30+00:00", datetime.date(2028, 1, 30), True),  # 00:30 on 31 December
        ("2027-12-30T22:30+00:00", datetime.date(2028, 1, 30), False),  # 23:30 on 30 December
        ("2028-01-01T12:00+01:00", datetime.date(2027, 12, 31), True),  # overdue since yesterday
    ],
)
def test_a_material_is_due_within_30_days_of_its_review(moment, review, shown):
    MaterialPage.objects.update(next_review=None)
    material = live_materials().first()
    MaterialPage.objects.filter(pk=material.pk).update(next_review=review)
    with time_machine.travel(datetime.datetime.fromisoformat(moment), tick=False):
        rows = panel_context(ReviewsPanel)["rows"]
    assert [row.pk for row in rows] == ([material.pk] if shown else [])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("moment", "term_end", "shown"),
    [
        ("2027-11-30T12:00+01:00", datetime.date(2028, 2, 29), True),  # 91 days: three months
        ("2027-11-29T12:00+01:00", datetime.date(2028, 2, 29), False),
        ("2027-12-31T23:30+01:00", datetime.date(2027, 12, 31), True),  # its last day
        ("2028-01-01T00:30+01:00", datetime.date(2027, 12, 31), False),  # over
    ],
)
def test_a_board_term_ends_soon_within_three_months(moment, term_end, shown):
    BoardMember.objects.all().delete()
    member = BoardMember.objects.create(
        name="Bo Bestyrelse",
        organisation="Prøveforeningen",
        sector=BoardMember.Sector.CIVIL_SOCIETY,
        term_start=datetime.date(2026, 1, 1),
        term_end=term_end,
    )
    with time_machine.travel(datetime.datetime.fromisoformat(moment), tick=False):
        rows = panel_context(BoardTermsPanel)["rows"]
    assert [row.pk for row in rows] == ([member.pk] if shown else [])


@pytest.mark.django_db
def test_requests_to_join_wait_the_longest_first_one_row_per_municipality(secretariat):
    vejle = Municipality.objects.get(name="Vejle")
    Municipality.objects.filter(pk=vejle.pk).update(status=Municipality.Status.INTERESTED)
    now = timezone.now()
    with time_machine.travel(now - datetime.timedelta(days=40)):
        JoinRequestFactory(municipality=vejle, contact_name="Første henvendelse")
    with time_machine.travel(now - datetime.timedelta(days=2)):
        JoinRequestFactory(municipality=vejle, contact_name="Anne Ny")
    section = panel(dashboard(secretariat), "desk-joining")
    # Vejle's latest request only, two days old: before the demo's two, sent when it was loaded.
    assert titles(section)[0] == "Vejle"
    assert sorted(titles(section)) == ["Køge", "Thisted", "Vejle"]
    assert heading_count(section) == 3
    vejle_row = section.select_one("tbody tr").get_text(" ", strip=True)
    assert "Anne Ny" in vejle_row and "Første henvendelse" not in vejle_row
    assert "Modtaget for 2 dage siden" in vejle_row


@pytest.mark.django_db
def test_the_secretariat_starts_an_onboarding_from_a_request(secretariat):
    thisted = Municipality.objects.get(name="Thisted")
    soup = dashboard(secretariat)
    form = next(
        row.select_one("form")
        for row in panel(soup, "desk-joining").select("tbody tr")
        if "Thisted" in row.get_text()
    )
    data = {field["name"]: field.get("value", "") for field in form.select("input[name]")}
    assert data["csrfmiddlewaretoken"]  # the browser's post is refused without it
    response = secretariat.post(form["action"], data, follow=True)

    onboarding = Onboarding.objects.get(municipality=thisted)
    assert response.redirect_chain[-1][0] == reverse(
        "wagtailsnippets_network_onboarding:edit", args=[onboarding.pk]
    )
    assert "Opstarten af Thisted er begyndt" in response.content.decode()
    thisted.refresh_from_db()
    assert thisted.status == Municipality.Status.STARTING
    soup = dashboard(secretariat)
    assert "Thisted" not in titles(panel(soup, "desk-joining"))
    assert "Thisted" in titles(panel(soup, "desk-onboarding"))
    # A second click (another tab) keeps the checklist and its dates.
    onboarding.agreement_signed = today()
    onboarding.save()
    again = secretariat.post(form["action"], data, follow=True)
    assert "allerede i opstart" in again.content.decode()
    assert Onboarding.objects.get(municipality=thisted).agreement_signed == today()


@pytest.mark.django_db
@pytest.mark.parametrize("username", [None, PROFESSIONAL, CONTRIBUTOR])
def test_nobody_else_starts_an_onboarding(client, username):
    thisted = Municipality.objects.get(name="Thisted")
    if username:
        client.force_login(demo_user(username))
    response = client.post(reverse("network_start_onboarding"), {"municipality": thisted.pk})
    # The contributor, who may enter the admin, is sent back to the dashboard; the others, who
    # may not, to the admin's login.
    refused_to = reverse("wagtailadmin_home" if username == CONTRIBUTOR else "wagtailadmin_login")
    assert response.status_code == 302
    assert response["Location"].split("?")[0] == refused_to
    assert not Onboarding.objects.filter(municipality=thisted).exists()
    thisted.refresh_from_db()
    assert thisted.status == Municipality.Status.INTERESTED


@pytest.mark.django_db
@pytest.mark.parametrize(
    "value",
    ["", "abc", "0", "-1", "1e3", "99999999999999999999", "1\x00", "١٢", "999999"],
    ids=repr,
)
def test_a_bad_municipality_changes_nothing(secretariat, value):
    before = Onboarding.objects.count()
    response = secretariat.post(reverse("network_start_onboarding"), {"municipality": value})
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert Onboarding.objects.count() == before
    assert secretariat.get(reverse("network_start_onboarding")).status_code == 405


@pytest.mark.django_db
def test_an_onboarding_is_over_when_its_last_step_is_done():
    Onboarding.objects.all().delete()
    municipality = Municipality.objects.get(name="Guldborgsund")
    steps = {step: datetime.date(2027, 1, 1) for step in Onboarding.STEPS}
    steps["first_data_report"] = datetime.date(2028, 2, 29)
    onboarding = Onboarding.objects.create(municipality=municipality, **steps)
    with time_machine.travel(datetime.datetime(2028, 2, 28, 12), tick=False):
        (row,) = panel_context(OnboardingPanel)["rows"]
    assert row.pk == onboarding.pk and row.next[1] == datetime.date(2028, 2, 29)
    with time_machine.travel(datetime.datetime(2028, 2, 29, 12), tick=False):
        assert panel_context(OnboardingPanel)["rows"] == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("moment", "deadline", "status", "shown"),
    [
        ("2027-12-31T12:00+01:00", datetime.date(2028, 2, 29), "open", True),  # 60 days ahead
        ("2027-12-30T12:00+01:00", datetime.date(2028, 2, 29), "open", False),  # 61 days
        ("2028-02-29T23:30+01:00", datetime.date(2028, 2, 29), "preparing", True),  # today
        ("2028-03-01T00:30+01:00", datetime.date(2028, 2, 29), "open", False),  # passed
        ("2028-02-01T12:00+01:00", datetime.date(2028, 2, 29), "applied", False),  # sent off
        ("2028-02-01T12:00+01:00", datetime.date(2028, 2, 29), "closed", False),
    ],
)
def test_a_funding_deadline_is_on_the_desk_for_two_months(moment, deadline, status, shown):
    FundingOpportunity.objects.all().delete()
    opportunity = FundingOpportunity.objects.create(
        fund="Prøvefonden", deadline=deadline, status=status
    )
    with time_machine.travel(datetime.datetime.fromisoformat(moment), tick=False):
        rows = panel_context(FundingDeadlinesPanel)["rows"]
    assert [row.pk for row in rows] == ([opportunity.pk] if shown else [])


# Bounded queries: the desk costs the same with five times the work on it.


def more_work():
    library = LibraryIndexPage.objects.get(locale__language_code="da")
    meetings = MeetingIndexPage.objects.get(locale__language_code="da")
    odense = Municipality.objects.get(name="Odense")
    colleague = contributor_for(odense, "odense-bidrag")
    soon = today() + datetime.timedelta(days=10)
    participant = demo_user(PROFESSIONAL)
    for number in range(10):
        material = MaterialPageFactory(
            parent=library,
            title=f"Ekstra materiale {number}",
            municipality=Municipality.objects.get(name=["Aarhus", "Odense", "Vejle"][number % 3]),
            next_review=soon,
            contact_email=f"kontakt{number}@kommune.example",
            files=[DocumentFactory(), DocumentFactory()],
        )
        for file in material.files.all():
            DownloadCount.objects.create(document=file.document, count=number + 1)
        meeting = MeetingPageFactory(
            parent=meetings,
            title=f"Ekstra møde {number}",
            start=timezone.now() + datetime.timedelta(days=number + 1),
            end=timezone.now() + datetime.timedelta(days=number + 1, hours=2),
        )
        MeetingRegistrationFactory(
            meeting=meeting, user=participant, municipality=participant.membership.municipality
        )
        BoardMember.objects.create(
            name=f"Medlem {number}",
            organisation=f"Forening {number}",
            sector=BoardMember.Sector.CIVIL_SOCIETY,
            term_start=soon - datetime.timedelta(days=700),
            term_end=soon + datetime.timedelta(days=number),
        )
        submitted_material(f"Ekstra bidrag {number}", odense, by=colleague)
        opportunity = FundingOpportunity.objects.create(
            fund=f"Ekstra fond {number}", deadline=soon, status="open"
        )
        opportunity.applicants.add(odense)
        opportunity.follows.create(user=participant)
    starting = Municipality.objects.filter(onboarding__isnull=True).order_by("name")[:10]
    for municipality in starting:
        Onboarding.objects.create(municipality=municipality)
    assert MeetingRegistration.objects.filter(meeting__title__startswith="Ekstra").count() == 10


# What the desk's eight panels cost together at most: a list and a count per panel (counted only
# when the panel is full), the contributions' pages by kind, the reminders, the downloads' total
# and municipalities. The demo costs 15.
DESK_CEILING = 20
# The whole dashboard for the secretariat with the demo's work: Wagtail's own panels, the
# translation overview and the desk (15 of them). Wagtail's "awaiting your review" panel costs
# queries per row, so this one is measured with the demo's work only. The translation overview
# counts the translatable snippets too since December: one query per kind (four kinds).
DASHBOARD_CEILING = 54


@pytest.mark.django_db
@pytest.mark.parametrize("grown", [False, True], ids=["demo", "grown"])
def test_the_desk_stays_within_its_queries(rf, grown, django_assert_max_num_queries):
    if grown:
        more_work()
    request = rf.get("/")
    request.user = demo_user(SECRETARY)
    with django_assert_max_num_queries(DESK_CEILING), translation.override("da"):
        for panel_class in PANELS:
            panel_class().render_html({"request": request, "csrf_token": ""})


@pytest.mark.django_db
def test_the_secretariats_dashboard_stays_within_its_queries(
    secretariat, django_assert_max_num_queries
):
    secretariat.get(reverse("wagtailadmin_home"))  # the first request fills Wagtail's caches
    with django_assert_max_num_queries(DASHBOARD_CEILING):
        response = secretariat.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert gettext("Contributions awaiting approval") in response.content.decode()


@pytest.mark.django_db
def test_the_reports_behind_the_panels_export_every_row(secretariat):
    response = secretariat.get(reverse("library_download_report"), {"export": "csv"})
    lines = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()
    top = top_download()
    assert lines[0] == "Titel,Kommune,Type,Downloads"
    assert lines[1].startswith(f"{top.title},") and lines[1].endswith(f",{top.downloads}")
    assert len(lines) == 1 + live_materials().count()

    response = secretariat.get(reverse("library_review_report"), {"export": "csv"})
    lines = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()
    due = list(due_for_review())
    assert len(lines) == 1 + len(due)
    assert due[0].contact_email in lines[1]
