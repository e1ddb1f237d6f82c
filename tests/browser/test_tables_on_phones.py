"""Tables of records on a phone: "Mine bidrag", the advisory board and the fees become one card
per row with each value under its column's name, and the page is never wider than the screen."""

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from network.models import AdvisoryBoardPage, FeesPage
from tests.people import CONTRIBUTOR, DEFAULT_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def danish_url(model):
    return model.objects.live().get(locale__language_code="da").url


def test_records_stack_into_cards_at_375_px(page, demo_site, screenshots):
    with translation.override("da"):
        mine = reverse("my_contributions")
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(f"{demo_site.url}{reverse('login')}?next={mine}")
    page.get_by_label("Brugernavn").fill(CONTRIBUTOR)
    page.get_by_label("Adgangskode").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Log ind").click()
    expect(page.locator("h1")).to_have_text("Mine bidrag")

    for name, url, label in [
        ("mine-bidrag", mine, "Status"),
        ("advisory-board", danish_url(AdvisoryBoardPage), "Organisation"),
        ("brugerbetaling", danish_url(FeesPage), "Årlig brugerbetaling"),
    ]:
        page.goto(demo_site.url + url)
        table = page.locator("table.table--stack")
        expect(table).to_be_visible()
        page.screenshot(path=screenshots / f"table-{name}-375.png", full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, name
        assert table.bounding_box()["width"] <= 375, name
        # The column headers are gone from view; each card names its values.
        expect(table.locator("thead")).to_have_css("position", "absolute")
        first_row = table.locator("tbody tr").first
        label_text = first_row.locator(f'td[data-label="{label}"]').evaluate(
            "cell => getComputedStyle(cell, '::before').content"
        )
        assert label_text == f'"{label}"', name
        # Every cell of a card sits inside the screen.
        for cell in first_row.locator("th, td").all():
            box = cell.bounding_box()
            if box:
                assert box["x"] >= 0 and box["x"] + box["width"] <= 375, name

    # On a wide screen the same records are a table again.
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(demo_site.url + mine)
    expect(page.locator("table.table--stack thead")).to_have_css("position", "static")
