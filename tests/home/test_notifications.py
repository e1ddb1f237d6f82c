"""Staying informed: "Mine notifikationer" saves what a member chose, the mail honours it (off:
nothing; weekly: only in the digest; at once: by the worker after publishing), the digest groups
what is new and never sends an item twice, a page the member may not see never appears, and the
link in every mail stops it without a login."""

import datetime
import zoneinfo
from urllib.parse import urlparse

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail, signing
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, PageViewRestriction

from home import personal_data
from home.models import NotificationPreference, NotificationSent
from home.notifications import unsubscribe_token
from home.roles import SECRETARIAT
from tests.notifying import digest, news_for_members, publish, subscriber
from tests.people import SECRETARY, demo_user

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")
WEEKLY, IMMEDIATE, OFF = "weekly", "immediate", "off"


def preferences_url(language="da"):
    with translation.override(language):
        return reverse("notification_preferences")


def unsubscribe_path(message):
    return urlparse(message.extra_headers["List-Unsubscribe"].strip("<>")).path


# The page


@pytest.mark.django_db
def test_the_page_asks_a_visitor_to_log_in(client):
    response = client.get(preferences_url())
    assert response.status_code == 302
    assert urlparse(response["Location"]).path == reverse("login")


@pytest.mark.django_db
def test_the_page_has_a_group_per_kind_with_its_three_choices(professional):
    assert preferences_url() == "/fagligt/notifikationer/"
    response = professional.get(preferences_url())
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "Mine notifikationer"
    legends = [legend.get_text(strip=True) for legend in soup.select("form > fieldset > legend")]
    assert legends == [
        "Nyt til medlemmer",
        "Mødeindkaldelser",
        "Nye referater",
        "Nye materialer i biblioteket",
        "Fondsmuligheder og frister",
    ]
    for fieldset in soup.select("form > fieldset"):
        labels = [
            label.get_text(strip=True)
            for label in fieldset.select(":scope > .field__choices label")
        ]
        assert labels == ["Fra", "Med det samme", "Ugentlig oversigt"]
        # Every input has its label; the default is off.
        for radio in fieldset.select(":scope > .field__choices input"):
            assert soup.find("label", attrs={"for": radio["id"]})
        assert fieldset.select_one(":scope > .field__choices input:checked")["value"] == OFF
    themes = soup.select("fieldset fieldset.notifications__options input[type=checkbox]")
    assert themes, "the library's themes are offered"
    # The way here: the header of every page of the area, and its front page.
    assert soup.select_one(f".account-links a[href='{preferences_url()}']")


@pytest.mark.django_db
def test_choices_are_saved_and_shown_again(professional):
    user = demo_user("fagperson")
    response = professional.get(preferences_url())
    theme = BeautifulSoup(response.content, "html.parser").select_one(
        "fieldset.notifications__options input"
    )["value"]
    response = professional.post(
        preferences_url(),
        {
            "member_news-frequency": WEEKLY,
            "meetings-frequency": IMMEDIATE,
            "minutes-frequency": WEEKLY,
            "materials-frequency": WEEKLY,
            "materials-options": [theme],
            "funding-frequency": OFF,
        },
    )
    assert (response.status_code, response["Location"]) == (302, preferences_url())
    chosen = {
        pref.kind: (pref.frequency, pref.options, pref.language)
        for pref in NotificationPreference.objects.filter(user=user)
    }
    assert chosen == {
        "member_news": (WEEKLY, {}, "da"),
        "meetings": (IMMEDIATE, {}, "da"),
        "minutes": (WEEKLY, {}, "da"),
        "materials": (WEEKLY, {"choices": [theme]}, "da"),
        "funding": (OFF, {}, "da"),
    }
    page = professional.get(preferences_url())
    assert "Dine valg er gemt." in page.content.decode()
    soup = BeautifulSoup(page.content, "html.parser")
    assert soup.select_one("input[name=meetings-frequency]:checked")["value"] == IMMEDIATE
    assert soup.select_one("input[name=materials-options]:checked")["value"] == theme


@pytest.mark.django_db
def test_choices_saved_on_the_english_page_bring_english_mail(professional):
    assert preferences_url("en") == "/en/professional/notifications/"
    fields = {f"{kind}-frequency": OFF for kind in ("meetings", "minutes", "materials", "funding")}
    response = professional.post(preferences_url("en"), {**fields, "member_news-frequency": WEEKLY})
    assert response.status_code == 302
    pref = NotificationPreference.objects.get(user__username="fagperson", kind="member_news")
    assert pref.language == "en"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "hostile",
    [
        {"member_news-frequency": "weekly\x00"},
        {"member_news-frequency": "x" * 100_000},
        {"materials-options": ["\x00", "ikke-et-tema", "y" * 10_000]},
        {"materials-options": [f"tema-{n}" for n in range(5000)]},
        {"evil-frequency": WEEKLY, "member_news-frequency": "daily"},
    ],
    ids=["nul-byte", "huge-value", "unknown-themes", "many-themes", "unknown-kind-and-choice"],
)
def test_hostile_input_is_refused_without_a_server_error_and_keeps_the_rest(professional, hostile):
    data = {
        "member_news-frequency": OFF,
        "meetings-frequency": WEEKLY,
        "minutes-frequency": OFF,
        "materials-frequency": OFF,
        "funding-frequency": OFF,
        **hostile,
    }
    response = professional.post(preferences_url(), data)
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".form__summary")
    # What was valid is shown as it was sent.
    assert soup.select_one("input[name=meetings-frequency]:checked")["value"] == WEEKLY
    assert not NotificationPreference.objects.filter(user__username="fagperson").exists()


@pytest.mark.django_db
def test_a_value_sent_many_times_counts_once(professional):
    fields = {f"{kind}-frequency": OFF for kind in ("meetings", "minutes", "materials", "funding")}
    response = professional.post(
        preferences_url(), {**fields, "member_news-frequency": [OFF, IMMEDIATE] * 1000 + [WEEKLY]}
    )
    assert response.status_code == 302  # the last one counts, as everywhere in Django
    pref = NotificationPreference.objects.get(user__username="fagperson", kind="member_news")
    assert pref.frequency == WEEKLY


@pytest.mark.django_db
def test_an_unknown_kind_in_the_form_is_ignored(professional):
    fields = {f"{kind}-frequency": OFF for kind in ("meetings", "minutes", "materials", "funding")}
    response = professional.post(
        preferences_url(), {**fields, "member_news-frequency": WEEKLY, "evil-frequency": WEEKLY}
    )
    assert response.status_code == 302
    kinds = set(
        NotificationPreference.objects.filter(user__username="fagperson").values_list(
            "kind", flat=True
        )
    )
    assert "evil" not in kinds and "member_news" in kinds


# The mail honours the choice


@pytest.mark.django_db
def test_nobody_who_chose_nothing_or_off_gets_mail():
    subscriber("slukket", member_news=OFF)
    subscriber("tavs")
    news_for_members("Nyt om aftalen")
    assert digest() == []


@pytest.mark.django_db
def test_the_digest_groups_what_is_new_and_a_second_run_sends_nothing(task_queue):
    user = subscriber(member_news=WEEKLY, meetings=WEEKLY, minutes=WEEKLY)
    first = news_for_members("Ny aftale på vej")
    second = news_for_members("Fædregrupper søges")
    assert mail.outbox == []

    assert digest() == [], "the command leaves the mail to the worker"
    assert task_queue.drain() == 1
    (message,) = mail.outbox
    assert message.to == [user.email]
    assert message.subject == "Ugens nyt i Familieiværksætternes faglige område"
    body = message.body
    assert body.startswith("Kære Abonnent\n")
    assert "Nyt til medlemmer\n" in body
    assert body.index(first.title) < body.index(second.title)
    assert first.get_full_url() in body and second.get_full_url() in body
    assert "Mødeindkaldelser" not in body  # nothing new there: no empty group
    assert "Du får denne e-mail hver uge" in body
    assert set(NotificationSent.objects.filter(user=user).values_list("item_key", flat=True)) == {
        str(first.translation_key),
        str(second.translation_key),
    }

    digest()
    assert task_queue.drain() == 1
    assert len(mail.outbox) == 1, "the second run sends nothing new"

    third = news_for_members("Tredje nyhed")
    digest()
    task_queue.drain()
    assert len(mail.outbox) == 2
    assert third.title in mail.outbox[1].body
    assert first.title not in mail.outbox[1].body


@pytest.mark.django_db
def test_digest_command_says_what_it_did_when_run_at_once():
    subscriber(member_news=WEEKLY)
    news_for_members("Nyt")
    (message,) = digest()
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


@pytest.mark.django_db
def test_weekly_items_wait_for_the_digest_and_at_once_goes_by_the_worker(
    task_queue, django_capture_on_commit_callbacks
):
    weekly = subscriber("ugentlig", member_news=WEEKLY)
    at_once = subscriber("straks", member_news=IMMEDIATE)
    with django_capture_on_commit_callbacks(execute=True):
        news = news_for_members("Nyt med det samme")
    assert mail.outbox == [], "nothing is sent while publishing"
    assert task_queue.drain() == 1
    (message,) = mail.outbox
    assert message.to == [at_once.email]
    assert message.subject == f"Nyt til medlemmer: {news.title}"
    assert "fordi du under “Mine notifikationer” har valgt at høre om det med det samme" in (
        message.body
    )
    # The at-once link stops that kind only.
    assert "Stop e-mails om “Nyt til medlemmer”" in message.body

    digest()
    assert task_queue.drain() == 1
    assert [message.to for message in mail.outbox] == [[at_once.email], [weekly.email]]
    # Published again: nothing new for anybody.
    with django_capture_on_commit_callbacks(execute=True):
        publish(news)
    task_queue.drain()
    digest()
    task_queue.drain()
    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_a_page_the_member_may_not_see_never_appears():
    member = subscriber("medlem", member_news=WEEKLY)
    secretary = subscriber(
        "sekretaer2", member_news=WEEKLY, groups=[Group.objects.get(name=SECRETARIAT)]
    )
    secret = news_for_members("Hemmeligt om budgettet")
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=SECRETARIAT)])
    open_news = news_for_members("Åben nyhed")
    sent = {message.to[0]: message.body for message in digest()}
    assert secret.title not in sent[member.email]
    assert open_news.title in sent[member.email]
    assert secret.title in sent[secretary.email]
    assert not NotificationSent.objects.filter(user=member, item_key=str(secret.translation_key))


@pytest.mark.django_db
def test_a_restriction_on_the_danish_page_hides_its_english_translation_too():
    secret = news_for_members("Kun for sekretariatet")
    # Only the translation is new to them: the Danish page was published before they chose.
    member = subscriber("engelsk", member_news=WEEKLY, language="en")
    english = secret.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Only for the secretariat"
    publish(english)
    # Added after the translation was made: Wagtail puts it on the Danish page only.
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=SECRETARIAT)])
    news_for_members("Til alle")
    (message,) = digest()
    assert message.to == [member.email]
    assert "Only for the secretariat" not in message.body
    assert "Kun for sekretariatet" not in message.body


@pytest.mark.django_db
def test_english_mail_brings_the_english_pages(db):
    # Counting from yesterday: the demo's news for members, translated, are new to them.
    since = datetime.datetime.now(tz=COPENHAGEN) - datetime.timedelta(days=1)
    user = subscriber("english", member_news=WEEKLY, language="en", since=since)
    (message,) = digest()
    assert message.to == [user.email]
    assert message.subject == "News of the week in Familieiværksætterne's professional area"
    assert "News for members" in message.body
    assert "A new network agreement is on its way" in message.body
    assert "/en/" in message.body
    assert "/en/notifications/unsubscribe/" in message.extra_headers["List-Unsubscribe"]


@pytest.mark.django_db
def test_a_page_committed_after_the_last_mail_looked_is_not_lost():
    since = timezone.now() - datetime.timedelta(days=1)
    user = subscriber(member_news=WEEKLY, since=since)
    late = news_for_members("Sent gemt")
    # The last digest looked a moment after the page was published, before it was committed.
    NotificationPreference.objects.filter(user=user).update(
        last_sent_at=late.first_published_at + datetime.timedelta(minutes=5)
    )
    (message,) = [m for m in digest() if m.to == [user.email]]
    assert late.title in message.body


# Dates


@pytest.mark.django_db
def test_each_digest_brings_the_week_since_the_last_one_across_a_years_end():
    def at(day, hour=7):
        return datetime.datetime.combine(day, datetime.time(hour), tzinfo=COPENHAGEN)

    with time_machine.travel(at(datetime.date(2026, 12, 24)), tick=False):
        subscriber(member_news=WEEKLY)
    with time_machine.travel(at(datetime.date(2026, 12, 30), 12), tick=False):
        old_year = news_for_members("Godt nytår fra sekretariatet")
    with time_machine.travel(at(datetime.date(2027, 1, 4)), tick=False):  # Monday
        (first,) = digest()
    with time_machine.travel(at(datetime.date(2027, 1, 6), 12), tick=False):
        new_year = news_for_members("Årets første møde")
    with time_machine.travel(at(datetime.date(2027, 1, 11)), tick=False):
        (second,) = digest()
    with time_machine.travel(at(datetime.date(2027, 1, 18)), tick=False):
        assert digest() == []
    assert old_year.title in first.body and new_year.title not in first.body
    assert new_year.title in second.body and old_year.title not in second.body
    assert "30. december 2026" in first.body
    assert "6. januar 2027" in second.body


# Unsubscribe


@pytest.mark.django_db
def test_every_mail_has_the_one_click_headers(client):
    user = subscriber(member_news=WEEKLY)
    news_for_members("Nyt")
    (message,) = digest()
    header = message.extra_headers["List-Unsubscribe"]
    assert header.startswith("<http") and header.endswith(">")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert header.strip("<>") in message.body
    # RFC 8058: the mail program posts to the link, without cookies, and it is done.
    response = client.post(
        unsubscribe_path(message),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert NotificationPreference.objects.get(user=user).frequency == OFF


@pytest.mark.django_db
def test_the_link_asks_before_it_stops_and_needs_no_login(client):
    user = subscriber(member_news=IMMEDIATE, meetings=WEEKLY)
    path = reverse("notifications_unsubscribe", args=[unsubscribe_token(user, "member_news")])
    response = client.get(path)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Vil du stoppe e-mails om “Nyt til medlemmer”?" in text
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("form[method=post] button")
    assert NotificationPreference.objects.get(user=user, kind="member_news").frequency == IMMEDIATE

    response = client.post(path)
    assert response.status_code == 200
    assert "Sådan: du får ikke flere e-mails om “Nyt til medlemmer”." in response.content.decode()
    chosen = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "frequency"))
    assert chosen == {"member_news": OFF, "meetings": WEEKLY}
    # A second click says the same.
    assert client.post(path).status_code == 200


@pytest.mark.django_db
def test_the_digest_link_stops_everything(client):
    user = subscriber(member_news=WEEKLY, meetings=IMMEDIATE)
    path = reverse("notifications_unsubscribe", args=[unsubscribe_token(user)])
    assert "Vil du stoppe alle notifikationer" in client.get(path).content.decode()
    client.post(path)
    assert set(
        NotificationPreference.objects.filter(user=user).values_list("frequency", flat=True)
    ) == {OFF}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "token",
    [
        "x",
        "not-a-token:at-all",
        signing.dumps({"u": 1, "k": "*"}, salt="another.purpose"),
        signing.dumps({"u": 10**9, "k": "*"}, salt="home.notifications.unsubscribe"),
        signing.dumps({"u": 1, "k": "evil"}, salt="home.notifications.unsubscribe"),
        signing.dumps(["u", 1], salt="home.notifications.unsubscribe"),
        signing.dumps({"u": "1", "k": "*"}, salt="home.notifications.unsubscribe"),
    ],
    ids=["short", "unsigned", "other-salt", "no-such-user", "no-such-kind", "a-list", "text-id"],
)
def test_a_tampered_link_gets_a_friendly_400(client, token):
    for method in (client.get, client.post):
        response = method(reverse("notifications_unsubscribe", args=[token]))
        assert response.status_code == 400
        assert "Linket virker ikke" in response.content.decode()


@pytest.mark.django_db
def test_a_changed_token_of_a_real_user_is_refused(client):
    user = subscriber(member_news=WEEKLY)
    token = unsubscribe_token(user, "member_news")
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    response = client.post(reverse("notifications_unsubscribe", args=[tampered]))
    assert response.status_code == 400
    assert NotificationPreference.objects.get(user=user).frequency == WEEKLY


# Personal data


@pytest.mark.django_db
def test_the_export_holds_the_choices_and_erasing_removes_them():
    user = subscriber(member_news=WEEKLY)
    news_for_members("Nyt")
    digest()
    data = personal_data.export(user, by=demo_user(SECRETARY))
    assert data["notifications"]["preferences"][0]["kind"] == "member_news"
    assert data["notifications"]["preferences"][0]["frequency"] == WEEKLY
    assert len(data["notifications"]["items_sent"]) == 1
    personal_data.erase(user, by=demo_user(SECRETARY))
    assert not NotificationPreference.objects.filter(user_id=user.pk).exists()
    assert not NotificationSent.objects.filter(user_id=user.pk).exists()
