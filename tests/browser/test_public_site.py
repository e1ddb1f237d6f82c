import pytest
from playwright.sync_api import expect
from wagtail.contrib.forms.models import FormSubmission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_visitor_reads_the_site_in_both_languages_and_writes_to_us(page, demo_site, screenshots):
    page.goto(demo_site.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "da")
    expect(page.locator("h1")).to_have_text("Familieiværksætterne")
    page.screenshot(path=screenshots / "home-1280.png", full_page=True)
    page.set_viewport_size({"width": 375, "height": 812})
    page.screenshot(path=screenshots / "home-375.png", full_page=True)
    no_sideways_scroll = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert no_sideways_scroll
    page.set_viewport_size({"width": 1280, "height": 900})

    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(demo_site.url + "/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="For parents").click()
    expect(page.locator("h1")).to_have_text("For parents")
    page.get_by_role("link", name="Dansk").click()
    expect(page).to_have_url(demo_site.url + "/for-foraeldre/")
    expect(page.locator("h1")).to_have_text("For forældre")
    page.get_by_text("Skal far også med?").click()
    expect(page.get_by_text("fædre er med på lige fod med mødre")).to_be_visible()

    page.get_by_role("navigation", name="Hovedmenu").get_by_role("link", name="Kontakt").click()
    expect(page.locator("h1")).to_have_text("Kontakt")
    page.get_by_label("Dit navn").fill("Maja Jensen")
    page.get_by_label("Din e-mail").fill("maja-uden-snabel-a")
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("alert")).to_contain_text("Ret venligst felterne")
    expect(page.get_by_label("Dit navn")).to_have_value("Maja Jensen")
    expect(page.get_by_label("Din e-mail")).to_have_attribute("aria-invalid", "true")
    assert FormSubmission.objects.count() == 0

    page.get_by_label("Din e-mail").fill("maja@example.org")
    page.get_by_label("Din besked").fill("Hvornår starter næste hold i Aarhus?")
    page.get_by_role("button", name="Send").click()
    expect(page.locator("h1")).to_have_text("Tak for din besked")
    assert FormSubmission.objects.count() == 1
