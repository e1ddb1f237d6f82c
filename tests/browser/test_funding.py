import pytest
from playwright.sync_api import expect

from tests.people import DEFAULT_PASSWORD, PROFESSIONAL

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_professional_follows_a_funding_opportunity(page, demo_site, screenshots):
    page.goto(demo_site.url + "/log-ind/?next=/fagligt-omraade/")
    page.get_by_label("Brugernavn").fill(PROFESSIONAL)
    page.get_by_label("Adgangskode").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Log ind").click()
    page.get_by_role("link", name="Fondsmuligheder").click()
    expect(page.locator("h1")).to_have_text("Fondsmuligheder")
    first = page.locator("li.funding-item").first
    expect(first).to_contain_text("Frist om 12 dage")
    page.screenshot(path=screenshots / "funding-1280.png", full_page=True)

    first.get_by_role("button", name="Følg").click()
    expect(page.locator(".messages")).to_contain_text("Du følger nu")
    expect(page.locator("li.funding-item").first).to_contain_text("Du følger denne.")

    page.get_by_role("link", name="Fondens navn").click()
    expect(page.locator("li.funding-item h3").first).to_have_text("Fonden for aktive fædre")
    page.get_by_role("link", name="Vis tidligere (1)").click()
    expect(page.locator("#funding-past")).to_contain_text("Ansøgt, afventer svar")

    page.set_viewport_size({"width": 375, "height": 800})
    page.screenshot(path=screenshots / "funding-375.png", full_page=True)
