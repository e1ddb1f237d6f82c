import datetime

import icalendar
import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from network.models import CalendarFeedToken, MeetingIndexPage, MeetingPage
from tests.people import PROFESSIONAL, demo_user


@pytest.fixture
def index(db):
    return MeetingIndexPage.objects.get(locale__language_code="da")


def parse(response):
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


@pytest.mark.django_db
def test_upcoming_soonest_first_and_past_by_year(professional, index):
    response = professional.get(index.url)
    soup = BeautifulSoup(response.content, "html.parser")
    upcoming = soup.find(id="upcoming").find_parent("section").select(".card__title")
    starts = [
        m.start
        for m in MeetingPage.objects.live()
        .child_of(index)
        .filter(start__gte=timezone.now())
        .order_by("start")
    ]
    assert len(upcoming) == len(starts) >= 2
    years = [a.get_text() for a in soup.select(".year-nav a")]
    assert years == sorted(years, reverse=True) and len(years) >= 2
    older = professional.get(index.url, {"year": years[-1]})
    past = BeautifulSoup(older.content, "html.parser").find(id="past").find_parent("section")
    past_titles = [h.get_text(strip=True) for h in past.select(".card__title")]
    assert past_titles and all(
        years[-1] in title for title in past_titles if "Netværksmøde" in title
    )


@pytest.mark.django_db
@pytest.mark.parametrize("year", ["abc", "1800", "", "2026'"])
def test_odd_year_parameters_fall_back_to_the_latest_year(professional, index, year):
    assert professional.get(index.url, {"year": year}).status_code == 200


@pytest.mark.django_db
def test_meeting_ics_is_valid_icalendar(professional, index):
    meeting = MeetingPage.objects.live().child_of(index).order_by("start").first()
    response = professional.get(meeting.url + "ics/")
    assert response.status_code == 200
    assert 'filename="' in response["Content-Disposition"]
    calendar = parse(response)
    assert calendar["VERSION"] == "2.0" and "PRODID" in calendar
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == meeting.title
    assert event.decoded("DTSTART") == meeting.start
    assert event.decoded("DTEND") == meeting.end
    assert str(event["LOCATION"]) == meeting.location
    assert str(event["UID"]).startswith(f"meeting-{meeting.translation_key}@")


@pytest.mark.django_db
def test_an_online_meeting_offers_its_join_link_until_it_has_ended(professional, index):
    meeting = MeetingPage.objects.child_of(index).get(slug="temadag-saarbare-familier")
    assert meeting.online_url and meeting.start > timezone.now()

    def join_links():
        soup = BeautifulSoup(professional.get(meeting.url).content, "html.parser")
        return [a["href"] for a in soup.find_all("a", string="Deltag online")]

    assert join_links() == [meeting.online_url]
    (event,) = parse(professional.get(meeting.url + "ics/")).walk("VEVENT")
    assert f"Deltag online: {meeting.online_url}" in str(event["DESCRIPTION"])
    english = meeting.get_translation(Locale.objects.get(language_code="en"))
    assert english.specific.online_url == meeting.online_url  # synchronised, not translated

    # While it is on, the link stays; a minute after its end it is gone.
    now = timezone.now()
    minute = datetime.timedelta(minutes=1)
    MeetingPage.objects.filter(pk=meeting.pk).update(start=now - 60 * minute, end=now + minute)
    assert join_links() == [meeting.online_url]
    MeetingPage.objects.filter(pk=meeting.pk).update(end=now - minute)
    assert join_links() == []


@pytest.mark.django_db
def test_the_join_link_must_be_a_web_address(index):
    meeting = MeetingPage.objects.child_of(index).get(slug="temadag-saarbare-familier")
    for address in ["javascript:alert(1)", "ftp://example.org/x", "teams"]:
        meeting.online_url = address
        with pytest.raises(ValidationError):
            meeting.full_clean()


@pytest.mark.django_db
def test_meeting_ics_needs_login(client, index):
    meeting = MeetingPage.objects.live().child_of(index).first()
    assert client.get(meeting.url + "ics/").status_code == 302


@pytest.mark.django_db
def test_calendar_feed_for_subscription(client, index):
    user = demo_user(PROFESSIONAL)
    token = CalendarFeedToken.objects.issue(user)
    response = client.get(f"/calendar/{token}.ics")
    calendar = parse(response)
    events = calendar.walk("VEVENT")
    upcoming = MeetingPage.objects.live().filter(
        locale__language_code="da", start__gte=timezone.now()
    )
    assert {str(e["SUMMARY"]) for e in events} >= set(upcoming.values_list("title", flat=True))
    assert all(e.decoded("DTSTART") >= timezone.now() - datetime.timedelta(days=61) for e in events)
    english = parse(client.get(f"/en/calendar/{token}.ics"))
    assert any("Network meeting" in str(e["SUMMARY"]) for e in english.walk("VEVENT"))


@pytest.mark.django_db
def test_calendar_feed_refuses_forged_tokens_and_inactive_users(client):
    assert client.get("/calendar/not-a-token.ics").status_code == 404
    user = demo_user(PROFESSIONAL)
    token = CalendarFeedToken.objects.issue(user)
    user.is_active = False
    user.save()
    assert client.get(f"/calendar/{token}.ics").status_code == 404


@pytest.mark.django_db
def test_meeting_page_shows_minutes_attachments_and_participants(professional, index):
    meeting = MeetingPage.objects.live().child_of(index).filter(attachments__isnull=False).first()
    text = professional.get(meeting.url).content.decode()
    assert "Tolv kommuner deltog" in text
    assert meeting.attachments.first().document.url in text
    assert "Aarhus" in text or "Odense" in text


@pytest.mark.django_db
def test_admin_refuses_a_meeting_that_ends_before_it_starts(admin_client, index):
    response = admin_client.post(
        f"/admin/pages/add/network/meetingpage/{index.pk}/",
        nested_form_data(
            {
                "title": "Baglæns møde",
                "slug": "baglaens-moede",
                "introduction": "",
                "kind": "network",
                "start": "2027-05-01 14:00",
                "end": "2027-05-01 10:00",
                "location": "Vejle",
                "agenda": rich_text(""),
                "minutes": rich_text(""),
                "attachments": inline_formset([]),
            }
        ),
    )
    assert response.status_code == 200
    assert "Mødet skal slutte, efter det er begyndt." in response.content.decode()
    assert not MeetingPage.objects.filter(slug="baglaens-moede").exists()


def add_meetings(index, count):
    now = timezone.now()
    for number in range(count):
        start = now + datetime.timedelta(days=(number - count // 2) * 7)
        index.add_child(
            instance=MeetingPage(
                title=f"Testmøde {number}",
                slug=f"testmoede-{number}",
                start=start,
                end=start + datetime.timedelta(hours=2),
            )
        )


@pytest.mark.django_db
@pytest.mark.parametrize("count", [10, 100])
def test_meeting_list_queries_do_not_grow(
    professional, index, count, django_assert_max_num_queries
):
    add_meetings(index, count)
    professional.get(index.url)
    with django_assert_max_num_queries(30):
        response = professional.get(index.url)
    assert response.content.decode().count("Testmøde") >= count // 2
