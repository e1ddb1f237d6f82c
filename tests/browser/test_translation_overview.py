"""Issue 11's browser test: the secretariat finds the demo's outdated material in the translation
overview, syncs it (the form offers no publishing), sees the English page stay as readers knew
it, translates the new sentence in wagtail-localize's editor and publishes it."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from home.translations import EnglishState, english_state
from library.demo.materials import MATERIALS
from library.models import MaterialPage
from tests.people import DEFAULT_PASSWORD, PROFESSIONAL, SECRETARY

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OUTDATED = next(entry for entry in MATERIALS if entry.get("update"))
TITLE = OUTDATED["title"][0]
OLD_ENGLISH = OUTDATED["summary"][1]
NEW_ENGLISH = "Updated with a new section on naps in day care."


@pytest.fixture
def reader(browser, demo_site):
    """A professional, who reads the English library, in a browser of their own."""
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{demo_site.url}{reverse('login')}")
    page.locator("input[name=username]").fill(PROFESSIONAL)
    page.locator("input[name=password]").fill(DEFAULT_PASSWORD)
    page.locator("input[name=password]").press("Enter")
    expect(page.locator("input[name=password]")).to_have_count(0)
    yield page
    context.close()


def english_introduction(reader, url):
    reader.goto(url)
    expect(reader.locator("h1")).to_have_text(OUTDATED["title"][1])
    return reader.locator("main").inner_text()


def test_the_secretariat_syncs_an_outdated_translation_and_publishes_it(
    page, reader, demo_site, screenshots
):
    material = MaterialPage.objects.get(locale__language_code="da", title=TITLE)
    english_url = (
        demo_site.url + material.get_translation(material.get_translations().get().locale).url
    )

    page.goto(demo_site.url + reverse("wagtailadmin_login"))
    page.locator("input[name=username]").fill(SECRETARY)
    page.locator("input[name=password]").fill(DEFAULT_PASSWORD)
    page.locator("input[name=password]").press("Enter")

    # The overview, from the dashboard: the demo's outdated material is counted and listed.
    page.get_by_role("link", name="Alle oversættelser").click()
    expect(page.locator("h1")).to_contain_text("Oversættelsesoverblik")
    expect(page.locator(".translation-counts__item[data-state=outdated] strong")).to_have_text("1")
    page.goto(page.url.split("?")[0] + "?english_state=outdated")
    row = page.locator("table.translation-report tbody tr", has_text=TITLE)
    expect(row).to_have_attribute("data-state", "outdated")
    expect(row.get_by_role("link", name="Danske ændringer siden synkroniseringen")).to_be_visible()
    page.screenshot(path=screenshots / "translation-overview-1280.png", full_page=True)

    # Sync: the form has no way to publish.
    row.get_by_role("link", name="Synkronisér").click()
    form = page.locator("form", has=page.locator("input[name=use_machine_translation]"))
    expect(form).to_be_visible()
    expect(page.locator("input[name=publish_translations]")).to_have_count(0)
    form.locator("[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/(?!localize/update/)"))

    # Synced, not published: the overview says draft, and readers still get the old English.
    page.goto(demo_site.url + reverse("home_translation_report") + "?english_state=draft")
    row = page.locator("table.translation-report tbody tr", has_text=TITLE)
    expect(row).to_have_attribute("data-state", "draft")
    text = english_introduction(reader, english_url)
    assert OLD_ENGLISH in text
    assert NEW_ENGLISH not in text

    # wagtail-localize's editor: the changed introduction waits for its English.
    row.get_by_role("link", name="Redigér engelsk").click()
    segment = page.locator("li.incomplete", has_text="lur i dagplejen")
    expect(segment).to_have_count(1)
    segment.get_by_role("button", name=re.compile("^(Translate|Oversæt)$")).click()
    segment.locator("textarea").fill(f"{OLD_ENGLISH} {NEW_ENGLISH}")
    segment.get_by_role("button", name=re.compile("^(Save|Gem)$")).click()
    expect(page.locator("li.incomplete")).to_have_count(0)
    page.screenshot(path=screenshots / "translation-editor-1280.png", full_page=True)
    page.locator("footer").get_by_role("button", name="Udgiv: Engelsk").click()
    expect(page.locator(".messages .success")).to_be_visible()

    # Published: readers get the new English, and the overview no longer lists it as a draft.
    assert NEW_ENGLISH in english_introduction(reader, english_url)
    page.goto(demo_site.url + reverse("home_translation_report") + "?english_state=draft")
    expect(page.locator("table.translation-report tbody tr", has_text=TITLE)).to_have_count(0)
    assert english_state(material) == EnglishState.UP_TO_DATE
