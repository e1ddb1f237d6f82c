"""Signing up for a meeting on its page, and the secretariat's list, CSV file and minutes."""

import datetime

import icalendar
import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from network.models import MeetingPage, MeetingRegistration, Municipality
from tests.people import PROFESSIONAL, SECRETARY, demo_user, new_user


def coming(kind=MeetingPage.Kind.NETWORK, language="da"):
    return (
        MeetingPage.objects.live()
        .filter(locale__language_code=language, kind=kind, start__gte=timezone.now())
        .order_by("start")
        .first()
    )


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def register_url(meeting):
    return meeting.url + "register/"


@pytest.mark.django_db
def test_a_professional_registers_and_gets_a_confirmation_with_the_meeting(professional):
    meeting = coming()
    page = soup(professional.get(meeting.url))
    form = page.select_one("form.registration__form")
    assert form["action"] == register_url(meeting)
    # Their municipality is theirs: no choice to make, only how many and a note.
    odense = Municipality.objects.get(name="Odense")
    assert form.select_one("input[name=municipality]")["value"] == str(odense.pk)
    assert not form.select("select[name=municipality]")

    response = professional.post(
        register_url(meeting), {"municipality": odense.pk, "participants": "3", "note": "Vegetar"}
    )
    assert response.status_code == 302
    registration = MeetingRegistration.objects.get(meeting=meeting, user=demo_user(PROFESSIONAL))
    assert (registration.municipality, registration.participants, registration.note) == (
        odense,
        3,
        "Vegetar",
    )
    (message,) = mail.outbox
    assert message.to == [demo_user(PROFESSIONAL).email]
    assert meeting.title in message.subject and "Odense" in message.body
    ((filename, content, mimetype),) = message.attachments
    assert filename == f"{meeting.slug}.ics" and mimetype.startswith("text/calendar")
    (event,) = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert str(event["SUMMARY"]) == meeting.title
    assert event.decoded("DTSTART") == meeting.start

    page = soup(professional.get(meeting.url))
    coming_list = page.select_one(".registration__coming").get_text()
    assert "Odense (3)" in coming_list and "Aalborg (2)" in coming_list
    assert "Du er tilmeldt" in page.select_one(".registration__own").get_text()


@pytest.mark.django_db
def test_others_see_which_municipalities_come_but_not_who(professional):
    page = professional.get(coming().url).content.decode()
    for municipality in ["Aalborg", "Vejle", "København", "Sønderborg"]:
        assert municipality in page
    assert "Sofie Krogh" not in page and "sofie.krogh@" not in page
    assert "To af os spiser vegetarisk." not in page  # notes are for the secretariat


@pytest.mark.django_db
def test_registering_again_changes_the_registration(professional):
    meeting = coming()
    odense = Municipality.objects.get(name="Odense").pk
    professional.post(register_url(meeting), {"municipality": odense, "participants": "1"})
    professional.post(register_url(meeting), {"municipality": odense, "participants": "4"})
    registration = MeetingRegistration.objects.get(meeting=meeting, user=demo_user(PROFESSIONAL))
    assert registration.participants == 4
    assert len(mail.outbox) == 2 and "ændret" in mail.outbox[1].subject


@pytest.mark.django_db
def test_a_registration_can_be_cancelled(professional):
    meeting = coming()
    odense = Municipality.objects.get(name="Odense").pk
    professional.post(register_url(meeting), {"municipality": odense, "participants": "1"})
    response = professional.post(meeting.url + "register/cancel/")
    assert response.status_code == 302
    assert not MeetingRegistration.objects.filter(meeting=meeting, user__username=PROFESSIONAL)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "error_field"),
    [
        ({"participants": "0"}, "participants"),
        ({"participants": "21"}, "participants"),
        ({"participants": "to"}, "participants"),
        ({"participants": ""}, "participants"),
        ({"participants": "2", "note": "x" * 1001}, "note"),
    ],
)
def test_bad_input_is_refused_and_kept(professional, fields, error_field):
    meeting = coming()
    odense = Municipality.objects.get(name="Odense").pk
    data = {"municipality": odense, "note": "Vi kommer med tog", **fields}
    response = professional.post(register_url(meeting), data)
    assert response.status_code == 200
    assert not MeetingRegistration.objects.filter(user__username=PROFESSIONAL).exists()
    assert not mail.outbox
    form = soup(response).select_one("form.registration__form")
    assert form.select_one(".form__summary")
    field = form.select_one(f"[name={error_field}]")
    assert field["aria-invalid"] == "true"
    sent = data["note"] if error_field == "note" else data["participants"]
    kept = field.get_text() if field.name == "textarea" else field.get("value", "")
    assert kept.strip() == sent.strip()


@pytest.mark.django_db
def test_nobody_registers_another_municipality(professional):
    meeting = coming()
    aarhus = Municipality.objects.get(name="Aarhus").pk
    response = professional.post(register_url(meeting), {"municipality": aarhus, "participants": 1})
    assert response.status_code == 200
    assert not MeetingRegistration.objects.filter(user__username=PROFESSIONAL).exists()


@pytest.mark.django_db
def test_the_secretariat_chooses_the_municipality(client):
    client.force_login(demo_user(SECRETARY))
    meeting = coming()
    form = soup(client.get(meeting.url)).select_one("form.registration__form")
    assert len(form.select("select[name=municipality] option")) == 99  # 98 and "choose"
    response = client.post(register_url(meeting), {"participants": "1"})
    assert response.status_code == 200
    assert "municipality" in response.context["registration_form"].errors


@pytest.mark.django_db
def test_a_stranger_is_sent_to_the_login_page(client):
    meeting = coming()
    odense = Municipality.objects.get(name="Odense").pk
    before = MeetingRegistration.objects.count()
    response = client.post(register_url(meeting), {"municipality": odense, "participants": 1})
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert MeetingRegistration.objects.count() == before


@pytest.mark.django_db
def test_closed_registration_and_past_meetings_take_no_sign_up(professional):
    meeting = coming()
    meeting.registration_open = False
    meeting.save_revision().publish()
    odense = Municipality.objects.get(name="Odense").pk
    page = soup(professional.get(meeting.url))
    assert not page.select("form.registration__form")
    assert "Tilmeldingen er lukket" in page.select_one("#registration").get_text()
    professional.post(register_url(meeting), {"municipality": odense, "participants": 1})
    past = (
        MeetingPage.objects.filter(locale__language_code="da", start__lt=timezone.now())
        .exclude(kind=MeetingPage.Kind.BOARD)
        .first()
    )
    professional.post(register_url(past), {"municipality": odense, "participants": 1})
    board = MeetingPage.objects.filter(kind=MeetingPage.Kind.BOARD).first()
    board.start = timezone.now() + datetime.timedelta(days=3)
    board.end = board.start + datetime.timedelta(hours=2)
    board.save()
    professional.post(register_url(board), {"municipality": odense, "participants": 1})
    assert not MeetingRegistration.objects.filter(user__username=PROFESSIONAL).exists()


@pytest.mark.django_db
def test_the_english_page_registers_for_the_danish_meeting(professional):
    english = coming(language="en")
    danish = coming()
    assert english.translation_key == danish.translation_key
    odense = Municipality.objects.get(name="Odense").pk
    professional.post(register_url(english), {"municipality": odense, "participants": "2"})
    registration = MeetingRegistration.objects.get(user__username=PROFESSIONAL)
    assert registration.meeting_id == danish.pk
    assert "Odense (2)" in soup(professional.get(english.url)).select_one(".registration").text
    assert "registered" in mail.outbox[0].subject


# The secretariat's side


@pytest.fixture
def secretary(client, db):
    client.force_login(demo_user(SECRETARY))
    return client


@pytest.mark.django_db
def test_the_secretariat_lists_meetings_with_their_counts(secretary):
    response = secretary.get(reverse("network_meeting_registrations"))
    rows = soup(response).select("table tbody tr")
    meeting = coming()
    row = next(row for row in rows if meeting.title in row.get_text())
    cells = [cell.get_text(strip=True) for cell in row.select("td")]
    assert cells[-2:] == ["4", "10"]
    titles = " ".join(row.th.get_text() for row in rows)
    assert "Netværksmøde" in titles and "Temadag" in titles and "advisory board" not in titles


@pytest.mark.django_db
def test_the_export_is_a_csv_file_danish_excel_opens(secretary):
    meeting = coming()
    registration = MeetingRegistration.objects.filter(meeting=meeting).first()
    registration.note = "=HYPERLINK(1)"
    registration.save()
    response = secretary.get(reverse("network_meeting_registrations_export", args=[meeting.pk]))
    assert response["Content-Disposition"].startswith('attachment; filename="tilmeldinger-')
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeffKommune;Antal deltagere;")
    lines = text.splitlines()
    assert len(lines) == 1 + 4
    assert any(line.startswith("Aalborg;2;Sofie Krogh;sofie.krogh@") for line in lines)
    assert "'=HYPERLINK(1)" in text


@pytest.mark.django_db
def test_the_list_of_the_english_page_is_the_danish_one(secretary):
    english = coming(language="en")
    response = secretary.get(reverse("network_meeting_registration_list", args=[english.pk]))
    assert len(soup(response).select("#registrations tbody tr")) == 4


@pytest.mark.django_db
def test_publishing_the_minutes_tells_each_participant_once(secretary):
    meeting = coming()
    meeting.minutes = "<p>Vi aftalte at mødes igen til foråret.</p>"
    meeting.save_revision(user=demo_user(SECRETARY))
    meeting = MeetingPage.objects.get(pk=meeting.pk)
    assert meeting.minutes == "" and meeting.has_unpublished_changes

    url = reverse("network_meeting_publish_minutes", args=[meeting.pk])
    response = secretary.post(url)
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert "foråret" in meeting.minutes and not meeting.has_unpublished_changes
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        MeetingRegistration.objects.filter(meeting=meeting).values_list("user__email", flat=True)
    )
    assert all(meeting.get_full_url() in message.body for message in mail.outbox)

    secretary.post(url)
    assert len(mail.outbox) == 4  # nobody twice
    late = new_user("sent.tilmeldt")
    MeetingRegistration.objects.create(
        meeting=meeting, user=late, municipality=Municipality.objects.get(name="Odense")
    )
    secretary.post(url)
    assert [message.to for message in mail.outbox[4:]] == [[late.email]]


@pytest.mark.django_db
def test_minutes_are_not_sent_without_minutes(secretary):
    meeting = coming()
    response = secretary.post(reverse("network_meeting_publish_minutes", args=[meeting.pk]))
    assert response.status_code == 302
    assert not mail.outbox
    assert not MeetingRegistration.objects.exclude(minutes_sent_at=None).exists()


@pytest.mark.django_db
def test_the_meeting_listing_links_the_registrations_for_the_secretariat(secretary):
    meeting = coming()
    response = secretary.get(reverse("wagtailadmin_explore", args=[meeting.get_parent().pk]))
    url = reverse("network_meeting_registration_list", args=[meeting.pk])
    assert url in response.content.decode()


@pytest.mark.django_db
def test_the_admin_views_are_the_secretariats(client):
    client.force_login(demo_user(PROFESSIONAL))
    meeting = coming()
    for url in [
        reverse("network_meeting_registrations"),
        reverse("network_meeting_registration_list", args=[meeting.pk]),
        reverse("network_meeting_registrations_export", args=[meeting.pk]),
    ]:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"sofie.krogh" not in response.content
