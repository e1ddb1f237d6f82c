import pytest
from playwright.sync_api import expect

from tests.people import DEFAULT_PASSWORD, PROFESSIONAL

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_professional_logs_in_reads_minutes_downloads_and_logs_out(page, demo_site, screenshots):
    page.goto(demo_site.url + "/")
    page.get_by_role("link", name="Log ind").click()
    expect(page.locator("h1")).to_have_text("Log ind på det faglige område")
    page.get_by_label("Brugernavn").fill(PROFESSIONAL)
    page.get_by_label("Adgangskode").fill("forkert-kodeord")
    page.get_by_role("button", name="Log ind").click()
    expect(page.get_by_role("alert")).to_contain_text("korrekt brugernavn og adgangskode")
    page.get_by_label("Adgangskode").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Log ind").click()

    expect(page.locator("h1")).to_have_text("Fagligt område")
    page.get_by_role("link", name="Møder").click()
    past = page.locator("section", has=page.locator("#past"))
    past.locator(".card__title a").first.click()
    expect(page.locator("#minutes")).to_be_visible()
    expect(page.locator("section", has=page.locator("#minutes"))).to_contain_text(
        "Tolv kommuner deltog"
    )
    page.screenshot(path=screenshots / "meeting-1280.png", full_page=True)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Oplæg: Fædre i forløbet").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as file:
        assert file.read(5) == b"%PDF-"

    page.get_by_role("button", name="Log ud").click()
    expect(page.get_by_role("link", name="Log ind")).to_be_visible()
    page.goto(demo_site.url + "/fagligt-omraade/moeder/")
    expect(page.locator("h1")).to_have_text("Log ind på det faglige område")


def test_a_professional_copies_their_calendar_link(page, demo_site):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=demo_site.url)
    page.goto(demo_site.url + "/log-ind/?next=/fagligt-omraade/moeder/")
    page.get_by_label("Brugernavn").fill(PROFESSIONAL)
    page.get_by_label("Adgangskode").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Log ind").click()
    page.get_by_role("link", name="Følg møderne i din kalender").click()
    page.get_by_role("button", name="Lav mit kalenderlink").click()
    link = page.get_by_label("Dit personlige kalenderlink").input_value()
    page.get_by_role("button", name="Kopiér linket").click()
    expect(page.get_by_role("status").filter(has_text="Linket er kopieret")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == link
    opener = page.get_by_role("link", name="Åbn i mit kalenderprogram")
    assert opener.get_attribute("href") == "webcal:" + link.split(":", 1)[1]
