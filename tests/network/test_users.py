"""Repeated failed logins are locked for a while.

Texts added with this feature are compared with their Danish translation through gettext, so
the tests hold both before and after the catalogue is updated; texts that Django or the site
already translate are compared in Danish.
"""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.db.models import F
from django.test import Client
from django.utils import translation

User = get_user_model()
INVITE_URL = "/admin/invitations/"
DEMO_PASSWORD = "fiv-demo-2026"
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


LOCKOUT_TITLE = "Too many failed logins"


def fail_logins(client, username, times, url="/log-ind/", headers=None):
    return [
        client.post(url, {"username": username, "password": "forkert"}, headers=headers)
        for _ in range(times)
    ]


@pytest.mark.django_db
def test_five_failed_logins_lock_the_username_for_a_quarter_of_an_hour(client):
    first_four = fail_logins(client, "fagperson", 4)
    assert [r.status_code for r in first_four] == [200] * 4
    fifth = fail_logins(client, "fagperson", 1)[0]
    assert fifth.status_code == 429
    page = soup(fifth)
    assert page.h1.get_text() == danish(LOCKOUT_TITLE)
    assert "15 minutter" in text_of(fifth)
    assert page.find("a", href="/glemt-adgangskode/") is not None

    locked = log_in(client, "fagperson", DEMO_PASSWORD)
    assert locked.status_code == 429 and not is_logged_in(client)
    assert log_in(client, "kommune", DEMO_PASSWORD).status_code == 302  # others log in

    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=16))
    assert log_in(client, "fagperson", DEMO_PASSWORD).status_code == 302


@pytest.mark.django_db
def test_a_successful_login_forgets_the_failures_before_it(client):
    fail_logins(client, "fagperson", 4)
    assert log_in(client, "fagperson", DEMO_PASSWORD).status_code == 302
    client.logout()
    assert [r.status_code for r in fail_logins(client, "fagperson", 4)] == [200] * 4


@pytest.mark.django_db
def test_the_admin_login_is_locked_too(client):
    responses = fail_logins(client, "sekretariat", 5, url="/admin/login/")
    assert [r.status_code for r in responses] == [200] * 4 + [429]
    assert soup(responses[-1]).h1.get_text() == danish(LOCKOUT_TITLE)
    locked = log_in(client, "sekretariat", DEMO_PASSWORD, url="/admin/login/")
    assert locked.status_code == 429
    assert client.get("/admin/").status_code == 302


@pytest.mark.django_db
def test_a_new_password_by_mail_lifts_the_lock(client):
    fail_logins(client, "fagperson", 5)
    client.post("/glemt-adgangskode/", {"email": "fagperson@example.org"})
    choose_password(client, link_in(mail.outbox[0]))
    assert log_in(client, "fagperson", NEW_PASSWORD).status_code == 302


@pytest.mark.django_db
def test_behind_the_load_balancer_each_visitor_is_counted_by_their_own_address(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxied = {"X-Forwarded-For": "203.0.113.5"}
    fail_logins(client, "fagperson", 5, headers=proxied)
    locked = client.post(
        "/log-ind/", {"username": "fagperson", "password": DEMO_PASSWORD}, headers=proxied
    )
    assert locked.status_code == 429
    elsewhere = client.post(
        "/log-ind/",
        {"username": "fagperson", "password": DEMO_PASSWORD},
        headers={"X-Forwarded-For": "198.51.100.7"},
    )
    assert elsewhere.status_code == 302
    forged = Client().post(
        "/log-ind/",
        {"username": "fagperson", "password": DEMO_PASSWORD},
        headers={"X-Forwarded-For": "198.51.100.7, 203.0.113.5"},
    )
    assert forged.status_code == 429
