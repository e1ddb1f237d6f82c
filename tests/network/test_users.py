"""The secretariat invites and deactivates users; repeated failed logins are locked for a while.

Texts added with this feature are compared with their Danish translation through gettext, so
the tests hold both before and after the catalogue is updated; texts that Django or the site
already translate are compared in Danish.
"""

import re
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core import mail
from django.db.models import F
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

from network.roles import contributor_municipalities
from tests.people import CONTRIBUTOR, DEFAULT_PASSWORD, PROFESSIONAL, SECRETARY, demo_user

User = get_user_model()
INVITE_URL = "/admin/invitations/"
NEW_PASSWORD = "Sommerfugl-2027!"


def danish(message, **params):
    with translation.override("da"):
        text = translation.gettext(message)
    return text % params if params else text


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(response):
    return " ".join(soup(response).get_text(" ").split())


def field_errors(response, name):
    field = soup(response).find(attrs={"data-contentpath": name})
    return " ".join(p.get_text(" ", strip=True) for p in field.select(".error-message"))


def link_in(message):
    """The path of the one link in an e-mail."""
    links = re.findall(r"https?://\S+", message.body)
    assert len(links) == 1, message.body
    return urlsplit(links[0]).path


def choose_password(client, link, password=NEW_PASSWORD):
    """Follow a link from a mail to the form and save a password, as the recipient does."""
    form_url = client.get(link)["Location"]
    return client.post(form_url, {"new_password1": password, "new_password2": password})


def log_in(client, username, password, url="/log-ind/"):
    return client.post(url, {"username": username, "password": password})


def is_logged_in(client):
    return "_auth_user_id" in client.session


def invitation(**data):
    return {
        "email": "Anna.Holm@Aarhus.example",
        "first_name": "Anna",
        "last_name": "Holm",
        "municipality": "",
        "role": "professional",
        **data,
    }


@pytest.mark.django_db
def test_an_invited_professional_chooses_a_password_by_mail_and_logs_in(secretariat, aarhus):
    response = secretariat.post(INVITE_URL, invitation(municipality=aarhus.pk))
    assert response.status_code == 302 and response["Location"] == INVITE_URL

    user = User.objects.get(username="anna.holm@aarhus.example")
    assert user.email == "anna.holm@aarhus.example"
    assert (user.first_name, user.last_name, user.is_active) == ("Anna", "Holm", True)
    assert not user.has_usable_password()
    assert set(user.groups.values_list("name", flat=True)) == {"Fagpersoner"}
    assert user.membership.municipality == aarhus
    assert not contributor_municipalities(user).exists()
    assert ModelLogEntry.objects.filter(object_id=str(user.pk), action="fiv.invite").exists()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["anna.holm@aarhus.example"]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert message.subject == danish(
        "You are invited to the professional area of Familieiværksætterne"
    )
    body = " ".join(message.body.split())
    assert "anna.holm@aarhus.example" in body and "3 dage" in body
    link = link_in(message)
    assert f"{settings.WAGTAILADMIN_BASE_URL}/glemt-adgangskode/" in body

    page = secretariat.get(INVITE_URL)
    assert "anna.holm@aarhus.example" in text_of(page)

    invitee = Client()
    welcome = invitee.get(invitee.get(link)["Location"])
    assert soup(welcome).h1.get_text() == danish("Welcome to the professional area")
    assert choose_password(invitee, link).status_code == 302
    assert not is_logged_in(invitee)
    assert log_in(invitee, "anna.holm@aarhus.example", NEW_PASSWORD).status_code == 302
    assert invitee.get("/fagligt-omraade/").status_code == 200

    assert "anna.holm@aarhus.example" not in text_of(secretariat.get(INVITE_URL))
    used = Client().get(link, follow=True)
    assert "Linket er udløbet eller allerede brugt" in text_of(used)


@pytest.mark.django_db
def test_a_contributor_joins_the_municipalitys_contributor_group(secretariat, aarhus):
    secretariat.post(INVITE_URL, invitation(role="contributor", municipality=aarhus.pk))
    user = User.objects.get(username="anna.holm@aarhus.example")
    groups = set(user.groups.values_list("name", flat=True))
    assert groups == {"Fagpersoner", aarhus.contributor_group.name}
    assert list(contributor_municipalities(user)) == [aarhus]
    assert "Aarhus" in mail.outbox[0].body


@pytest.mark.django_db
def test_an_invited_secretary_gets_the_admin(secretariat):
    secretariat.post(INVITE_URL, invitation(role="secretariat"))
    user = User.objects.get(username="anna.holm@aarhus.example")
    assert set(user.groups.values_list("name", flat=True)) == {"Sekretariat"}
    assert not hasattr(user, "membership")
    invitee = Client()
    choose_password(invitee, link_in(mail.outbox[0]))
    assert log_in(invitee, user.username, NEW_PASSWORD, url="/admin/login/").status_code == 302
    assert invitee.get(INVITE_URL).status_code == 200


@pytest.mark.django_db
def test_the_link_works_for_three_days_and_not_longer(secretariat, monkeypatch):
    secretariat.post(INVITE_URL, invitation())
    link = link_in(mail.outbox[0])
    sent = datetime.now()

    def days_later(days):
        monkeypatch.setattr(PasswordResetTokenGenerator, "_now", lambda self: sent + days)

    days_later(timedelta(days=3, minutes=-5))
    assert Client().get(link).status_code == 302  # on to the form

    days_later(timedelta(days=3, minutes=5))
    expired = Client().get(link)
    assert expired.status_code == 200
    assert "Linket er udløbet eller allerede brugt" in text_of(expired)
    assert not User.objects.get(username="anna.holm@aarhus.example").has_usable_password()


@pytest.mark.django_db
def test_an_expired_invitation_can_be_sent_again_with_a_fresh_link(secretariat):
    secretariat.post(INVITE_URL, invitation())
    user = User.objects.get(username="anna.holm@aarhus.example")
    assert danish("link expired") not in text_of(secretariat.get(INVITE_URL))
    ModelLogEntry.objects.filter(object_id=str(user.pk)).update(
        timestamp=F("timestamp") - timedelta(days=4)
    )
    page = secretariat.get(INVITE_URL)
    assert danish("link expired") in text_of(page)

    resend_url = reverse("network_resend_invitation", args=[user.pk])
    assert soup(page).find("form", action=resend_url) is not None
    assert secretariat.post(resend_url).status_code == 302
    assert len(mail.outbox) == 2 and mail.outbox[1].to == [user.email]
    assert ModelLogEntry.objects.filter(object_id=str(user.pk), action="fiv.invite_resend")
    assert danish("link expired") not in text_of(secretariat.get(INVITE_URL))
    invitee = Client()
    assert choose_password(invitee, link_in(mail.outbox[1])).status_code == 302
    assert log_in(invitee, user.username, NEW_PASSWORD).status_code == 302


@pytest.mark.django_db
def test_an_invitee_whose_link_expired_can_ask_for_a_new_one_themselves(secretariat):
    secretariat.post(INVITE_URL, invitation())
    response = Client().post("/glemt-adgangskode/", {"email": "anna.holm@aarhus.example"})
    assert response.status_code == 302
    assert len(mail.outbox) == 2 and mail.outbox[1].to == ["anna.holm@aarhus.example"]
    invitee = Client()
    assert choose_password(invitee, link_in(mail.outbox[1])).status_code == 302
    assert log_in(invitee, "anna.holm@aarhus.example", NEW_PASSWORD).status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "field", "expected"),
    [
        ({"email": "anna.holm@"}, "email", "Indtast en gyldig e-mail-adresse."),
        ({"email": ""}, "email", "Dette felt er påkrævet."),
        ({"last_name": ""}, "last_name", "Dette felt er påkrævet."),
        (
            {"email": "FAGPERSON@example.org"},
            "email",
            danish(
                "%(email)s is already a user of the site. Someone who has forgotten their "
                "password can choose a new one from the login page.",
                email="fagperson@example.org",
            ),
        ),
        (
            {"role": "contributor"},
            "municipality",
            danish("Choose the municipality the contributor submits for."),
        ),
    ],
)
def test_invalid_input_is_explained_and_kept(secretariat, data, field, expected):
    users = User.objects.count()
    posted = invitation(**data)
    response = secretariat.post(INVITE_URL, posted)
    assert response.status_code == 200
    assert expected in field_errors(response, field)
    form = soup(response)
    for name in ["email", "first_name", "last_name"]:
        assert form.find("input", attrs={"name": name}).get("value", "") == posted[name]
    checked = form.find("input", attrs={"name": "role", "checked": True})
    assert checked["value"] == posted["role"]
    assert User.objects.count() == users
    assert mail.outbox == []


@pytest.mark.django_db
def test_inviting_someone_invited_already_offers_to_send_again(secretariat):
    secretariat.post(INVITE_URL, invitation())
    user = User.objects.get(username="anna.holm@aarhus.example")
    response = secretariat.post(INVITE_URL, invitation(email="ANNA.HOLM@aarhus.example"))
    assert response.status_code == 200
    assert danish(
        "%(email)s has been invited already but has not chosen a password yet. "
        "You can send the invitation again.",
        email="anna.holm@aarhus.example",
    ) in field_errors(response, "email")
    resend = soup(response).find(
        "form", action=reverse("network_resend_invitation", args=[user.pk])
    )
    assert resend is not None
    assert User.objects.filter(email__iexact="anna.holm@aarhus.example").count() == 1
    assert len(mail.outbox) == 1


@pytest.mark.django_db
@pytest.mark.parametrize("username", [None, PROFESSIONAL, CONTRIBUTOR])
def test_only_the_secretariat_invites_and_manages_users(client, username):
    """Anonymous visitors and professionals have no admin; a contributor has, but not this."""
    if username:
        client.force_login(User.objects.get(username=username))
    target = demo_user(PROFESSIONAL)
    users = User.objects.count()

    assert client.get(INVITE_URL).status_code == 302
    assert client.post(INVITE_URL, invitation()).status_code == 302
    assert client.get("/admin/users/").status_code == 302
    edit = reverse("wagtailusers_users:edit", args=[target.pk])
    assert client.post(edit, deactivation_of(target)).status_code == 302
    pending = User.objects.create(username="venter@example.org", email="venter@example.org")
    pending.set_unusable_password()
    pending.save()
    resend = reverse("network_resend_invitation", args=[pending.pk])
    assert client.post(resend).status_code == 302

    assert User.objects.count() == users + 1
    assert User.objects.get(pk=target.pk).is_active
    assert mail.outbox == []
    if username == CONTRIBUTOR:
        assert INVITE_URL not in client.get("/admin/").content.decode()


def deactivation_of(user):
    """Wagtail's user edit form as the secretariat sends it, with "active" unticked."""
    return {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "password1": "",
        "password2": "",
        "groups": list(user.groups.values_list("pk", flat=True)),
    }


@pytest.mark.django_db
def test_the_secretariat_finds_the_invitation_beside_users(secretariat):
    admin = secretariat.get("/admin/").content.decode()
    assert INVITE_URL in admin
    assert secretariat.get("/admin/users/").status_code == 200


@pytest.mark.django_db
def test_a_deactivated_user_can_no_longer_log_in_nor_read_the_area(secretariat):
    user = demo_user(PROFESSIONAL)
    professional = Client()
    assert log_in(professional, PROFESSIONAL, DEFAULT_PASSWORD).status_code == 302
    assert professional.get("/fagligt-omraade/").status_code == 200

    edit = reverse("wagtailusers_users:edit", args=[user.pk])
    assert secretariat.get(edit).status_code == 200
    response = secretariat.post(edit, deactivation_of(user))
    assert response.status_code == 302, text_of(response)
    assert not User.objects.get(pk=user.pk).is_active

    assert professional.get("/fagligt-omraade/").status_code == 302  # the open session ends
    refused = log_in(Client(), PROFESSIONAL, DEFAULT_PASSWORD)
    assert refused.status_code == 200
    assert "korrekt brugernavn og adgangskode" in text_of(refused)


LOCKOUT_TITLE = "Too many failed logins"


def fail_logins(client, username, times, url="/log-ind/", headers=None):
    return [
        client.post(url, {"username": username, "password": "forkert"}, headers=headers)
        for _ in range(times)
    ]


@pytest.mark.django_db
def test_five_failed_logins_lock_the_username_for_a_quarter_of_an_hour(client):
    first_four = fail_logins(client, PROFESSIONAL, 4)
    assert [r.status_code for r in first_four] == [200] * 4
    fifth = fail_logins(client, PROFESSIONAL, 1)[0]
    assert fifth.status_code == 429
    page = soup(fifth)
    assert page.h1.get_text() == danish(LOCKOUT_TITLE)
    assert "15 minutter" in text_of(fifth)
    assert page.find("a", href="/glemt-adgangskode/") is not None

    locked = log_in(client, PROFESSIONAL, DEFAULT_PASSWORD)
    assert locked.status_code == 429 and not is_logged_in(client)
    assert log_in(client, CONTRIBUTOR, DEFAULT_PASSWORD).status_code == 302  # others log in

    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=16))
    assert log_in(client, PROFESSIONAL, DEFAULT_PASSWORD).status_code == 302


@pytest.mark.django_db
def test_a_successful_login_forgets_the_failures_before_it(client):
    fail_logins(client, PROFESSIONAL, 4)
    assert log_in(client, PROFESSIONAL, DEFAULT_PASSWORD).status_code == 302
    client.logout()
    assert [r.status_code for r in fail_logins(client, PROFESSIONAL, 4)] == [200] * 4


@pytest.mark.django_db
def test_the_admin_login_is_locked_too(client):
    responses = fail_logins(client, SECRETARY, 5, url="/admin/login/")
    assert [r.status_code for r in responses] == [200] * 4 + [429]
    assert soup(responses[-1]).h1.get_text() == danish(LOCKOUT_TITLE)
    locked = log_in(client, SECRETARY, DEFAULT_PASSWORD, url="/admin/login/")
    assert locked.status_code == 429
    assert client.get("/admin/").status_code == 302


@pytest.mark.django_db
def test_a_new_password_by_mail_lifts_the_lock(client):
    fail_logins(client, PROFESSIONAL, 5)
    client.post("/glemt-adgangskode/", {"email": "fagperson@example.org"})
    choose_password(client, link_in(mail.outbox[0]))
    assert log_in(client, PROFESSIONAL, NEW_PASSWORD).status_code == 302


@pytest.mark.django_db
def test_behind_the_load_balancer_each_visitor_is_counted_by_their_own_address(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxied = {"X-Forwarded-For": "203.0.113.5"}
    fail_logins(client, PROFESSIONAL, 5, headers=proxied)
    locked = client.post(
        "/log-ind/", {"username": PROFESSIONAL, "password": DEFAULT_PASSWORD}, headers=proxied
    )
    assert locked.status_code == 429
    elsewhere = client.post(
        "/log-ind/",
        {"username": PROFESSIONAL, "password": DEFAULT_PASSWORD},
        headers={"X-Forwarded-For": "198.51.100.7"},
    )
    assert elsewhere.status_code == 302
    forged = Client().post(
        "/log-ind/",
        {"username": PROFESSIONAL, "password": DEFAULT_PASSWORD},
        headers={"X-Forwarded-For": "198.51.100.7, 203.0.113.5"},
    )
    assert forged.status_code == 429
