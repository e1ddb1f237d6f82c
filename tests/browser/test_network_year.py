"""The network's year in one walk through the site: a municipality asks to join on the public
form, the secretariat finds it on the desk and starts and moves its onboarding checklist, a
professional signs up for the next network meeting and takes the playbook along as a PDF."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

from home.models import HandbookPage
from network.models import MeetingIndexPage, Municipality, Onboarding
from tests.people import DEFAULT_PASSWORD, PROFESSIONAL, SECRETARY

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MUNICIPALITY = "Vordingborg"
CONTACT = "Mette Damgaard"


def test_a_municipality_joins_starts_and_the_network_meets(page, demo_site, screenshots, tmp_path):
    # A municipality's contact person finds the form from the front page's footer or menu.
    page.goto(demo_site.url + "/bliv-en-del-af-netvaerket/")
    form = page.locator("form.join-form")
    form.get_by_role("button", name="Send").click()  # nothing filled in: told, nothing lost
    expect(page.locator("#form-errors")).to_be_focused()
    form = page.locator("form.join-form")
    form.get_by_role("combobox", name="Kommune").select_option(label=MUNICIPALITY)
    form.get_by_label("Dit navn").fill(CONTACT)
    form.get_by_label("Din e-mail").fill("mette.damgaard@vordingborg.kommune.example")
    form.get_by_label("Fødsler om året i kommunen").fill("1200")
    form.get_by_role("button", name="Send").click()
    expect(page.locator("h1")).to_have_text("Tak for jeres interesse")
    expect(page.locator("main")).to_contain_text("Tak for jeres henvendelse")
    assert Municipality.objects.get(name=MUNICIPALITY).status == Municipality.Status.INTERESTED

    # The secretariat sees the request on the desk and starts the onboarding from it.
    page.goto(demo_site.url + reverse("wagtailadmin_login"))
    page.locator("input[name=username]").fill(SECRETARY)
    page.locator("input[name=password]").fill(DEFAULT_PASSWORD)
    page.locator("input[name=password]").press("Enter")
    requests = page.locator("#desk-joining-section")
    row = requests.locator("tbody tr", has_text=MUNICIPALITY)
    expect(row).to_contain_text(CONTACT)
    expect(row).to_contain_text("Modtaget i dag")
    requests.screenshot(path=screenshots / "desk-joining-1280.png")
    row.get_by_role("button", name="Begynd opstarten").click()
    expect(page.locator(".messages")).to_contain_text(f"Opstarten af {MUNICIPALITY} er begyndt")

    # On the checklist, the agreement is signed today and the first course planned.
    today = timezone.localdate()
    page.locator("input[name=agreement_signed]").fill(today.isoformat())
    first_course = today + datetime.timedelta(days=60)
    page.locator("input[name=first_course]").fill(first_course.isoformat())
    page.locator("input[name=first_course]").press("Escape")
    page.locator("footer").get_by_role("button", name="Gem", exact=True).click()
    expect(page.locator(".messages")).to_contain_text(MUNICIPALITY)
    onboarding = Onboarding.objects.get(municipality__name=MUNICIPALITY)
    assert (onboarding.agreement_signed, onboarding.first_course) == (today, first_course)
    page.goto(demo_site.url + reverse("wagtailadmin_home"))
    started = page.locator("#desk-onboarding-section tbody tr", has_text=MUNICIPALITY)
    expect(started).to_contain_text("1 af 7")
    expect(page.locator("#desk-joining-section")).not_to_contain_text(MUNICIPALITY)
    page.context.clear_cookies()

    # A professional signs up for the next network meeting and gets the confirmation.
    page.goto(f"{demo_site.url}{reverse('login')}?next=/fagligt-omraade/")
    page.get_by_label("Brugernavn").fill(PROFESSIONAL)
    page.get_by_label("Adgangskode").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Log ind").click()
    page.goto(demo_site.url + MeetingIndexPage.objects.get(locale__language_code="da").url)
    page.locator(".card-list a", has_text="Netværksmøde").first.click()
    registration = page.locator("#registration")
    registration.get_by_label("Antal deltagere").fill("2")
    registration.get_by_role("button", name="Tilmeld").click()
    expect(page.locator(".messages")).to_contain_text("Du er tilmeldt mødet")
    expect(page.locator(".registration__own")).to_contain_text("2 deltagere")
    expect(page.get_by_role("link", name="Føj til kalender (.ics)")).to_be_visible()

    # And takes the playbook along: a PDF of the whole handbook, every chapter in it.
    playbook = HandbookPage.objects.get(locale__language_code="da", slug="drejebog")
    page.goto(demo_site.url + playbook.url)
    with page.expect_download() as download:
        page.get_by_role("link", name="Hent håndbogen som PDF").click()
    path = tmp_path / "drejebog.pdf"
    download.value.save_as(path)
    text = "\n".join(sheet.extract_text() for sheet in PdfReader(path).pages)
    for chapter in playbook.get_children().live():
        assert chapter.title in text
