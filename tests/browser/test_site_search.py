"""The site search by keyboard (issue 12): type in the header box, choose a suggestion with the
arrow keys, filter the results by type, open a document found by a word inside it."""

import re

import pytest
from playwright.sync_api import expect

from home.models import DocumentText
from tests.people import DEFAULT_PASSWORD, PROFESSIONAL

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Found only inside the PowerPoint handout of "Drejebog for gruppeforløbet" (library/demo/handouts.py).
WORD_IN_FILE = "yndlingsvuggevise"
HANDOUT = "Slides til gruppelederens første gang"


def log_in(page, demo_site):
    page.goto(demo_site.url + "/log-ind/")
    page.get_by_label("Brugernavn").fill(PROFESSIONAL)
    page.get_by_label("Adgangskode").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Log ind").click()
    expect(page.locator("h1")).to_have_text("Fagligt område")


def search_box(page):
    return page.get_by_role("combobox", name="Søg på sitet")


def test_a_professional_chooses_a_suggestion_with_the_keyboard(page, demo_site):
    log_in(page, demo_site)
    box = search_box(page)
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).to_have_attribute("aria-autocomplete", "list")
    listbox = page.locator("#" + box.get_attribute("aria-controls"))
    expect(listbox).to_be_hidden()

    box.focus()
    page.keyboard.type("netværksm")
    expect(listbox).to_be_visible()
    expect(listbox).to_have_role("listbox")
    expect(listbox).to_have_accessible_name("Forslag")
    expect(box).to_have_attribute("aria-expanded", "true")
    options = listbox.get_by_role("option")
    expect(options.first).to_be_visible()
    count = options.count()
    assert count >= 2, "several meetings begin with the words typed"
    expect(page.locator("#site-search-status")).to_have_text(
        f"{count} forslag. Brug piletasterne til at vælge et."
    )
    assert box.get_attribute("aria-activedescendant") is None
    expect(options.and_(page.locator("[aria-selected=true]"))).to_have_count(0)

    # Down, down, up: the active option moves, one at a time, and the focus stays in the box.
    page.keyboard.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", options.nth(0).get_attribute("id"))
    expect(options.nth(0)).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", options.nth(1).get_attribute("id"))
    expect(options.nth(1)).to_have_attribute("aria-selected", "true")
    expect(options.nth(0)).to_have_attribute("aria-selected", "false")
    page.keyboard.press("ArrowUp")
    expect(options.nth(0)).to_have_attribute("aria-selected", "true")
    expect(box).to_be_focused()

    # Escape closes the list and keeps the words; ArrowDown opens it again, and so does typing.
    page.keyboard.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).to_have_value("netværksm")
    expect(page.locator("#site-search-status")).to_have_text("")
    assert box.get_attribute("aria-activedescendant") is None
    page.keyboard.press("ArrowDown")
    expect(options).to_have_count(count)
    expect(box).to_have_attribute("aria-expanded", "true")
    page.keyboard.type("ø")
    expect(box).to_have_value("netværksmø")
    expect(options.first).to_be_visible()

    page.keyboard.press("ArrowDown")
    chosen = options.nth(0).locator(".suggestions__title").inner_text()
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(chosen)


def test_a_professional_filters_the_results_by_type(page, demo_site):
    log_in(page, demo_site)
    search_box(page).fill("fædre")
    page.keyboard.press("Enter")  # nothing chosen in the list: the form is sent
    expect(page.locator("h1")).to_have_text("Søg")
    assert "query=f%C3%A6dre" in page.url

    kinds = page.get_by_role("navigation", name="Filtrér efter type")
    links = kinds.get_by_role("link")
    expect(links.first).to_have_attribute("aria-current", "true")  # "Alle" to begin with
    labels = links.all_inner_texts()
    assert len(labels) >= 3, labels  # "Alle" and at least two types
    meetings = kinds.get_by_role("link", name=re.compile(r"^Møder og referater \(\d+\)$"))
    count = int(re.search(r"\((\d+)\)", meetings.inner_text()).group(1))

    meetings.focus()
    page.keyboard.press("Enter")
    expect(meetings).to_have_attribute("aria-current", "true")
    assert "type=meeting" in page.url
    expect(links.first).not_to_have_attribute("aria-current", "true")
    results = page.locator(".search-results > .search-result")
    expect(results).to_have_count(min(count, 10))
    kinds_shown = results.locator(".search-result__kind").all_text_contents()
    assert set(kinds_shown) == {"Møder og referater"}  # as written, not as the CSS shows it


def test_a_professional_opens_a_document_found_by_a_word_inside_it(page, demo_site):
    text = DocumentText.objects.get(document__title=HANDOUT)
    assert WORD_IN_FILE in text.text  # read from the file when the demo was loaded
    log_in(page, demo_site)
    search_box(page).fill(WORD_IN_FILE)
    page.keyboard.press("Enter")

    result = page.locator(".search-result", has_text=HANDOUT)
    expect(result).to_have_count(1)
    assert result.locator(".search-result__kind").text_content() == "Dokumenter"
    expect(result.locator("mark")).to_have_text(WORD_IN_FILE)
    expect(result.locator(".search-result__parent")).to_contain_text("Drejebog for gruppeforløbet")
    link = result.get_by_role("link", name=HANDOUT)
    address = link.evaluate("link => link.href")
    response = page.context.request.get(address)
    assert response.status == 200
    assert response.body()[:2] == b"PK"  # a PowerPoint file is a zip

    with page.expect_download() as download_info:
        link.focus()
        page.keyboard.press("Enter")
    download = download_info.value
    assert download.suggested_filename.endswith(".pptx")
    with open(download.path(), "rb") as file:
        assert file.read(2) == b"PK"

    # The same address refuses a reader who is not logged in.
    page.context.clear_cookies()
    refused = page.context.request.get(address, max_redirects=0)
    assert refused.status in (302, 403)
