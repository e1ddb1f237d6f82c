"""The contact form takes a few messages an hour per client and per e-mail address typed in it;
a refused message stays in the form, with a clear word on why, and is neither stored nor sent."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from django.utils import timezone, translation
from wagtail.contrib.forms.models import FormSubmission

from home.models import ContactPage

MESSAGE = "Tilbyder I forløbet i Aarhus? Vi er to, der venter vores første barn i marts."


@pytest.fixture(autouse=True)
def behind_the_load_balancer(settings):
    settings.TRUSTED_PROXY_COUNT = 1


@pytest.fixture
def contact(db):
    return ContactPage.objects.get(locale__language_code="da")


@pytest.fixture
def clock():
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        yield traveller


def send(contact, email, address="203.0.113.5", message=MESSAGE):
    data = {"dit_navn": "Maja Jensen", "din_e_mail": email, "kommune": "", "din_besked": message}
    return Client().post(contact.url, data, headers={"X-Forwarded-For": address})


def thanked(response):
    return response.status_code == 200 and "Tak for din besked" in response.content.decode()


def assert_refused_keeping_the_text(response, email, message=MESSAGE):
    assert response.status_code == 429
    page = BeautifulSoup(response.content, "html.parser")
    with translation.override("da"):
        expected = str(ContactPage.throttled_message)
    assert page.find(role="alert").get_text(strip=True) == expected
    assert page.find(attrs={"name": "dit_navn"})["value"] == "Maja Jensen"
    assert page.find(attrs={"name": "din_e_mail"})["value"] == email
    assert page.find(attrs={"name": "din_besked"}).get_text().strip() == message


@pytest.mark.django_db
def test_five_messages_an_hour_from_one_client(contact, clock):
    answers = [send(contact, f"afsender-{n}@example.org") for n in range(5)]
    assert all(thanked(answer) for answer in answers)

    sixth = send(contact, "en-til@example.org", message="Og en sjette besked.")
    assert_refused_keeping_the_text(sixth, "en-til@example.org", "Og en sjette besked.")
    assert FormSubmission.objects.filter(page=contact).count() == 5
    assert len(mail.outbox) == 5

    assert thanked(send(contact, "en-til@example.org", address="198.51.100.7"))
    clock.shift(datetime.timedelta(hours=2))
    assert thanked(send(contact, "igen@example.org"))


@pytest.mark.django_db
def test_five_messages_an_hour_for_one_e_mail_address_from_anywhere(contact, clock):
    answers = [send(contact, "maja@example.org", f"203.0.113.{n}") for n in range(1, 6)]
    assert all(thanked(answer) for answer in answers)
    refused = send(contact, "MAJA@example.org", "198.51.100.7")
    assert_refused_keeping_the_text(refused, "MAJA@example.org")
    assert FormSubmission.objects.filter(page=contact).count() == 5
    assert len(mail.outbox) == 5


@pytest.mark.django_db
def test_the_english_form_explains_in_english(clock):
    contact = ContactPage.objects.get(locale__language_code="en")
    data = {"dit_navn": "Maja", "din_e_mail": "maja@example.org", "din_besked": "Hello"}
    for _ in range(5):
        Client().post(contact.url, data)
    response = Client().post(contact.url, data)
    assert response.status_code == 429
    with translation.override("en"):
        expected = str(ContactPage.throttled_message)
    assert expected in BeautifulSoup(response.content, "html.parser").get_text(" ")


@pytest.mark.django_db
def test_invalid_messages_count_nothing(contact, clock):
    for _ in range(8):
        assert send(contact, "ikke-en-adresse").status_code == 200
    assert thanked(send(contact, "maja@example.org"))
