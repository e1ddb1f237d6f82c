"""Personal calendar links: a random token per user, kept only as a digest, shown once, renewed
by the user, revoked by the secretariat, and never written to a log."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import signing
from django.test import Client
from django.urls import reverse

from network.models import CalendarFeedToken, MeetingIndexPage

User = get_user_model()
LINK_PAGE = "/fagligt/kalenderlink/"


def user(username):
    return User.objects.get(username=username)


def logged_in(username):
    client = Client()
    client.force_login(user(username))
    return client


def page(response):
    return BeautifulSoup(response.content, "html.parser")


def make_link(client):
    """Press the button on the link page: the path of the feed it shows, this once."""
    response = client.post(LINK_PAGE)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    return urlsplit(page(response).find(id="calendar-link")["value"]).path


def fetch(path):
    return Client().get(path)


def works(path):
    response = fetch(path)
    return response.status_code == 200 and response["Content-Type"].startswith("text/calendar")


def token_of(path):
    return path.removeprefix("/calendar/").removesuffix(".ics")


@pytest.mark.django_db
def test_the_meeting_list_leads_to_the_link_page_which_makes_a_link_that_works():
    client = logged_in("fagperson")
    meetings = MeetingIndexPage.objects.get(locale__language_code="da")
    listing = page(client.get(meetings.url))
    assert listing.select_one(f".calendar-feed a[href='{LINK_PAGE}']") is not None
    assert "/calendar/" not in str(listing)  # no secret on an ordinary page

    before = page(client.get(LINK_PAGE))
    assert before.find("form", method="post") is not None
    assert before.find(id="calendar-link") is None
    assert not CalendarFeedToken.objects.exists()

    path = make_link(client)
    assert works(path)
    again = page(client.get(LINK_PAGE))
    assert again.find(id="calendar-link") is None  # shown only when it is made
    assert token_of(path) not in str(again)
    assert again.find("a", href=meetings.url) is not None


@pytest.mark.django_db
def test_the_new_link_comes_with_a_copy_button_a_webcal_button_and_help():
    shown = page(logged_in("fagperson").post(LINK_PAGE))
    link = shown.find(id="calendar-link")["value"]
    copy = shown.find("button", attrs={"data-copy": True})
    assert (
        copy["data-copy-target"] == "calendar-link" and copy.get_text(strip=True) == "Kopiér linket"
    )
    opener = shown.find("a", string="Åbn i mit kalenderprogram")
    assert opener["href"] == "webcal:" + link.split(":", 1)[1]
    assert urlsplit(opener["href"]).path == urlsplit(link).path
    steps = {details.summary.get_text(strip=True) for details in shown.select("details.howto")}
    assert steps == {"Outlook", "Google Kalender", "iPhone og iPad"}


@pytest.mark.django_db
def test_the_database_keeps_no_working_token():
    path = make_link(logged_in("fagperson"))
    token = token_of(path)
    stored = CalendarFeedToken.objects.values().get(user=user("fagperson"))
    assert all(token[12:] not in str(value) for value in stored.values())
    assert not any(str(value) == token for value in stored.values())


@pytest.mark.django_db
def test_the_feed_notes_when_it_was_last_used():
    client = logged_in("fagperson")
    path = make_link(client)
    assert CalendarFeedToken.objects.get().last_used is None
    assert "Intet kalenderprogram har hentet" in page(client.get(LINK_PAGE)).get_text()
    assert works(path)
    assert CalendarFeedToken.objects.get().last_used is not None
    assert "Intet kalenderprogram har hentet" not in page(client.get(LINK_PAGE)).get_text()


@pytest.mark.django_db
def test_a_new_link_kills_the_old_one_at_once():
    client = logged_in("fagperson")
    old = make_link(client)
    assert works(old)
    new = make_link(client)
    assert new != old
    assert fetch(old).status_code == 404
    assert works(new)
    assert CalendarFeedToken.objects.filter(user=user("fagperson")).count() == 1


@pytest.mark.django_db
def test_each_user_renews_only_their_own_link():
    professional = make_link(logged_in("fagperson"))
    make_link(logged_in("kommune"))
    assert works(professional)


@pytest.mark.django_db
def test_the_link_page_is_for_logged_in_users_only():
    response = Client().post(LINK_PAGE)
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == reverse("login")
    assert not CalendarFeedToken.objects.exists()
    assert logged_in("fagperson").put(LINK_PAGE).status_code == 405


@pytest.mark.django_db
def test_deactivated_users_feeds_answer_404():
    path = make_link(logged_in("fagperson"))
    User.objects.filter(username="fagperson").update(is_active=False)
    assert fetch(path).status_code == 404


@pytest.mark.django_db
def test_the_old_signed_links_stop_working():
    fagperson = user("fagperson")
    make_link(logged_in("fagperson"))  # even while the user has a current link
    old = signing.dumps(fagperson.pk, salt="network.calendar-feed")
    assert fetch(f"/calendar/{old}.ics").status_code == 404
    assert fetch(f"/en/calendar/{old}.ics").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    "token",
    [
        "x" * 55,  # the right length, no such selector
        "not-a-token",
    ],
)
def test_forged_tokens_answer_404(token):
    make_link(logged_in("fagperson"))
    assert fetch(f"/calendar/{token}.ics").status_code == 404


@pytest.mark.django_db
def test_a_right_selector_with_a_wrong_secret_answers_404():
    path = make_link(logged_in("fagperson"))
    token = token_of(path)
    forged = token[:12] + ("A" if token[12] != "A" else "B") + token[13:]
    assert fetch(f"/calendar/{forged}.ics").status_code == 404
    assert works(path)


# The secretariat revokes in the admin.

ADMIN_INDEX = "network_calendar_links:index"


def delete_url(link):
    return reverse("network_calendar_links:delete", args=[link.pk])


@pytest.mark.django_db
def test_the_secretariat_lists_links_without_their_secret_and_revokes_one():
    path = make_link(logged_in("fagperson"))
    token = token_of(path)
    link = CalendarFeedToken.objects.get(user=user("fagperson"))
    secretariat = logged_in("sekretariat")

    listing = secretariat.get(reverse(ADMIN_INDEX))
    assert listing.status_code == 200
    text = listing.content.decode()
    assert user("fagperson").get_full_name() in text
    assert token[:12] not in text and link.verifier_digest not in text
    assert delete_url(link) in text
    inspect = secretariat.get(reverse("network_calendar_links:inspect", args=[link.pk]))
    assert inspect.status_code == 200
    assert token[:12] not in inspect.content.decode()
    assert secretariat.get(reverse("network_calendar_links:add")).status_code in {302, 403}
    assert secretariat.get(reverse("network_calendar_links:edit", args=[link.pk])).status_code in {
        302,
        403,
    }

    response = secretariat.post(delete_url(link))
    assert response.status_code == 302
    assert not CalendarFeedToken.objects.filter(pk=link.pk).exists()
    assert fetch(path).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["fagperson", "kommune"])
def test_nobody_else_revokes_someone_elses_link(username):
    owner = "kommune" if username == "fagperson" else "fagperson"
    path = make_link(logged_in(owner))
    link = CalendarFeedToken.objects.get(user=user(owner))
    client = logged_in(username)

    listing = client.get(reverse(ADMIN_INDEX))
    assert listing.status_code in {302, 403}
    response = client.post(delete_url(link))
    assert response.status_code in {302, 403}
    if response.status_code == 302:
        assert urlsplit(response["Location"]).path != delete_url(link)
    assert CalendarFeedToken.objects.filter(pk=link.pk).exists()
    assert works(path)


@pytest.mark.django_db
def test_anonymous_visitors_cannot_revoke_either():
    path = make_link(logged_in("fagperson"))
    link = CalendarFeedToken.objects.get()
    response = Client().post(delete_url(link))
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == reverse("wagtailadmin_login")
    assert works(path)
