"""Joining the network: the public form, what it does, and the starting municipality's checklist."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse

from network.factories import OnboardingFactory
from network.joining import JoinForm, coming_quarters
from network.models import JoinPage, JoinRequest, Municipality, Onboarding
from network.roles import ensure_contributor_group
from tests.people import CONTRIBUTOR, PROFESSIONAL, SECRETARY, demo_user, new_user


@pytest.fixture
def join_page(db):
    return JoinPage.objects.live().get(locale__language_code="da")


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def form_data(name="Ballerup", **changes):
    return {
        "municipality": Municipality.objects.get(name=name).pk,
        "contact_name": "Birgit Bach",
        "email": "birgit.bach@ballerup.example",
        "phone": "44 77 20 00",
        "expected_start": coming_quarters()[2].isoformat(),
        "births_per_year": "480",
        "message": "Vi vil gerne høre mere om opstarten.",
    } | changes


@pytest.mark.django_db
def test_the_public_form_offers_the_98_municipalities(client, join_page):
    page = soup(client.get(join_page.url))
    options = page.select("form.join-form select[name=municipality] option")
    assert len(options) == 1 + 98
    assert page.select_one("form.join-form input[name=births_per_year]")


@pytest.mark.django_db
def test_a_request_marks_the_municipality_interested_and_tells_the_secretariat(client, join_page):
    ballerup = Municipality.objects.get(name="Ballerup")
    assert ballerup.status == Municipality.Status.NONE
    response = client.post(join_page.url, form_data())
    assert response.status_code == 200
    assert "Tak for jeres henvendelse" in response.content.decode()
    ballerup.refresh_from_db()
    assert ballerup.status == Municipality.Status.INTERESTED
    request = JoinRequest.objects.get(municipality=ballerup)
    assert (request.contact_name, request.births_per_year) == ("Birgit Bach", 480)
    assert request.expected_start == coming_quarters()[2]
    (message,) = mail.outbox
    assert message.to == [demo_user(SECRETARY).email]
    assert message.reply_to == ["birgit.bach@ballerup.example"]
    assert "Ballerup" in message.subject and "480" in message.body
    assert reverse("wagtailsnippets_network_joinrequest:list") in message.body


@pytest.mark.django_db
def test_a_municipality_that_offers_fiv_stays_so(client, join_page):
    client.post(join_page.url, form_data("Aarhus"))
    assert Municipality.objects.get(name="Aarhus").status == Municipality.Status.OFFERS
    assert JoinRequest.objects.filter(municipality__name="Aarhus").exists()
    assert len(mail.outbox) == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"contact_name": ""}, "contact_name"),
        ({"email": "ikke en adresse"}, "email"),
        ({"births_per_year": "0"}, "births_per_year"),
        ({"births_per_year": "mange"}, "births_per_year"),
        ({"municipality": "999999"}, "municipality"),
        ({"expected_start": "1999-01-01"}, "expected_start"),
        ({"expected_start": "not-a-date"}, "expected_start"),
    ],
)
def test_bad_input_is_refused_and_kept(client, join_page, changes, field):
    data = form_data(**changes)
    response = client.post(join_page.url, data)
    assert response.status_code == 200
    assert not JoinRequest.objects.filter(contact_name="Birgit Bach").exists()
    assert Municipality.objects.get(name="Ballerup").status == Municipality.Status.NONE
    assert not mail.outbox
    form = soup(response).select_one("form.join-form")
    assert form.select_one(f"[name={field}]")["aria-invalid"] == "true"
    if field != "contact_name":
        assert form.select_one("[name=contact_name]")["value"] == "Birgit Bach"
    assert "Vi vil gerne høre mere" in form.select_one("[name=message]").get_text()


@pytest.mark.django_db
def test_a_flood_of_requests_is_refused_and_kept(client, join_page):
    for n in range(5):
        response = client.post(join_page.url, form_data(email=f"person{n}@example.org"))
        assert response.status_code == 200
    response = client.post(join_page.url, form_data(contact_name="Sjette Gang"))
    assert response.status_code == 429
    assert soup(response).select_one("[name=contact_name]")["value"] == "Sjette Gang"
    assert JoinRequest.objects.filter(municipality__name="Ballerup").count() == 5
    assert len(mail.outbox) == 5


@pytest.mark.parametrize(
    ("today", "first", "last"),
    [
        ("2028-02-29", datetime.date(2028, 1, 1), datetime.date(2029, 10, 1)),
        ("2026-12-31", datetime.date(2026, 10, 1), datetime.date(2028, 7, 1)),
        ("2027-01-01", datetime.date(2027, 1, 1), datetime.date(2028, 10, 1)),
    ],
)
def test_the_expected_start_is_one_of_the_coming_quarters(today, first, last):
    with time_machine.travel(datetime.datetime.fromisoformat(f"{today}T12:00"), tick=False):
        quarters = coming_quarters()
    assert (quarters[0], quarters[-1], len(quarters)) == (first, last, 8)


@pytest.mark.django_db
def test_the_quarters_read_as_danish_quarters():
    with time_machine.travel(datetime.datetime(2028, 2, 29, 12), tick=False):
        choices = dict(JoinForm().fields["expected_start"].choices)
    assert choices["2028-01-01"] == "1. kvartal 2028"
    assert choices[""] == "Ikke besluttet endnu"


# The onboarding checklist


@pytest.mark.django_db
def test_a_starting_municipality_gets_its_checklist():
    ballerup = Municipality.objects.get(name="Ballerup")
    ballerup.status = Municipality.Status.STARTING
    ballerup.save()
    assert Onboarding.objects.filter(municipality=ballerup).exists()


@pytest.mark.django_db
def test_the_demo_starting_municipality_shows_its_steps_to_its_contributors(client):
    guldborgsund = Municipality.objects.get(name="Guldborgsund")
    contributor = new_user("lone", ensure_contributor_group(guldborgsund))
    client.force_login(contributor)
    area = soup(client.get(reverse("professional_area"), follow=True))
    assert area.select_one(f"a[href='{reverse('onboarding')}']")
    page = soup(client.get(reverse("onboarding")))
    (section,) = page.select(".onboarding__municipality")
    assert "Guldborgsund" in section.h2.get_text() and "4 af 7" in section.h2.get_text()
    steps = section.select(".checklist__step")
    assert len(steps) == 7
    assert [("checklist__step--done" in step["class"]) for step in steps] == [
        True,
        True,
        True,
        True,
        False,
        False,
        False,
    ]
    assert not page.select(".onboarding form, .onboarding input")  # read-only


@pytest.mark.django_db
def test_other_municipalities_checklists_stay_hidden(client):
    client.force_login(demo_user(CONTRIBUTOR))  # Aarhus, which has none
    response = client.get(reverse("onboarding"))
    assert response.status_code == 403 and b"Guldborgsund" not in response.content
    area = soup(client.get(reverse("professional_area"), follow=True))
    assert not area.select_one(f"a[href='{reverse('onboarding')}']")
    client.force_login(demo_user(PROFESSIONAL))
    assert client.get(reverse("onboarding")).status_code == 403


@pytest.mark.django_db
def test_the_secretariat_sees_every_checklist(client):
    client.force_login(demo_user(SECRETARY))
    OnboardingFactory(municipality=Municipality.objects.get(name="Ballerup"))
    names = [h.get_text() for h in soup(client.get(reverse("onboarding"))).select("h2")]
    assert any("Guldborgsund" in name for name in names)
    assert any("Ballerup" in name for name in names)


@pytest.mark.django_db
def test_the_secretariat_sees_the_requests_in_the_admin(client):
    client.force_login(demo_user(SECRETARY))
    response = client.get(reverse("wagtailsnippets_network_joinrequest:list"))
    content = response.content.decode()
    assert "Bente Lykke" in content and "Jonas Kjeldsen" in content
