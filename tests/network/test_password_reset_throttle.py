"""The password-reset form sends a few mails an hour per address asked for and per client, and
its refusal is the same whether or not the address belongs to an account."""

import datetime
import re

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from django.utils import timezone, translation

from network.forms import PasswordResetForm

RESET_URL = "/glemt-adgangskode/"


@pytest.fixture(autouse=True)
def behind_the_load_balancer(settings):
    settings.TRUSTED_PROXY_COUNT = 1


@pytest.fixture
def clock():
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        yield traveller


def ask(email, address="203.0.113.5"):
    return Client().post(RESET_URL, {"email": email}, headers={"X-Forwarded-For": address})


def throttled_text():
    with translation.override("da"):
        return str(PasswordResetForm.throttled_message)


def assert_refused_keeping(response, email):
    assert response.status_code == 429
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find(role="alert").get_text(strip=True) == throttled_text()
    assert page.find("input", attrs={"name": "email"})["value"] == email


def normalised(response, email):
    body = re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", response.content)
    return body.replace(email.encode(), b"EMAIL")


@pytest.mark.django_db
def test_three_mails_an_hour_to_one_address_from_anywhere(clock):
    answers = [ask("fagperson@example.org", f"203.0.113.{n}") for n in range(1, 4)]
    assert [r.status_code for r in answers] == [302] * 3
    assert len(mail.outbox) == 3

    fourth = ask("fagperson@example.org", "198.51.100.7")
    assert_refused_keeping(fourth, "fagperson@example.org")
    assert ask("FAGPERSON@example.org", "198.51.100.8").status_code == 429  # any spelling
    assert len(mail.outbox) == 3

    assert ask("kommune@example.org", "198.51.100.7").status_code == 302  # others still may
    clock.shift(datetime.timedelta(hours=2))
    assert ask("fagperson@example.org", "198.51.100.7").status_code == 302
    assert len(mail.outbox) == 5


@pytest.mark.django_db
def test_ten_requests_an_hour_from_one_client(clock):
    answers = [ask(f"nogen-{n}@example.org") for n in range(9)]
    answers.append(ask("fagperson@example.org"))
    assert [r.status_code for r in answers] == [302] * 10
    assert len(mail.outbox) == 1  # unknown addresses get no mail, but count all the same

    eleventh = ask("kommune@example.org")
    assert_refused_keeping(eleventh, "kommune@example.org")
    assert len(mail.outbox) == 1
    assert ask("kommune@example.org", "198.51.100.7").status_code == 302  # from elsewhere

    clock.shift(datetime.timedelta(hours=2))
    assert ask("kommune@example.org").status_code == 302


@pytest.mark.django_db
def test_the_refusal_is_the_same_for_an_account_and_for_nobody(clock):
    for n in range(1, 4):
        ask("fagperson@example.org", f"203.0.113.{n}")
        ask("ingen-konto@example.org", f"203.0.113.{n}")
    existing = ask("fagperson@example.org", "198.51.100.7")
    unknown = ask("ingen-konto@example.org", "198.51.100.7")
    assert existing.status_code == unknown.status_code == 429
    assert normalised(existing, "fagperson@example.org") == normalised(
        unknown, "ingen-konto@example.org"
    )


@pytest.mark.django_db
def test_a_refused_request_costs_nothing(clock):
    """A client stopped by its own limit uses up no mail for the address it asked for."""
    for n in range(10):
        ask(f"nogen-{n}@example.org")
    for _ in range(5):
        assert ask("fagperson@example.org").status_code == 429
    answers = [ask("fagperson@example.org", f"198.51.100.{n}") for n in range(1, 4)]
    assert [r.status_code for r in answers] == [302] * 3


@pytest.mark.django_db
def test_a_bad_address_is_an_error_on_the_field_and_counts_nothing(clock):
    for _ in range(12):
        response = ask("ikke-en-adresse")
        assert response.status_code == 200
        assert "Indtast en gyldig e-mail-adresse" in response.content.decode()
    assert ask("fagperson@example.org").status_code == 302
