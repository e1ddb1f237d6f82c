"""The header at phone widths: brand and menu button on one row, the menu opened and closed by
keyboard, nothing wider than the screen; on a wide screen no button and the menu in view."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def top(locator):
    return locator.bounding_box()["y"]


def test_a_phone_opens_the_menu_by_keyboard(page, demo_site, screenshots):
    for width in [320, 375]:
        page.set_viewport_size({"width": width, "height": 740})
        page.goto(demo_site.url + "/")
        button = page.get_by_role("button", name="Menu")
        brand = page.locator(".brand")
        expect(button).to_be_visible()
        expect(button).to_have_attribute("aria-expanded", "false")
        expect(page.get_by_role("navigation", name="Hovedmenu")).to_be_hidden()
        # One row: the button's top lies within the brand's height.
        assert abs(top(button) - top(brand)) < brand.bounding_box()["height"]
        assert page.evaluate("document.documentElement.scrollWidth") <= width

        button.focus()
        page.keyboard.press("Enter")
        expect(button).to_have_attribute("aria-expanded", "true")
        menu = page.get_by_role("navigation", name="Hovedmenu")
        expect(menu).to_be_visible()
        expect(page.get_by_role("combobox", name="Søg på sitet")).to_be_visible()
        page.screenshot(path=screenshots / f"menu-open-{width}.png")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.keyboard.press("Escape")
        expect(button).to_have_attribute("aria-expanded", "false")
        expect(button).to_be_focused()
        expect(menu).to_be_hidden()

    button.press("Space")
    page.get_by_role("navigation", name="Hovedmenu").get_by_role("link", name="Kontakt").click()
    expect(page.locator("h1")).to_have_text("Kontakt")

    page.set_viewport_size({"width": 1280, "height": 900})
    expect(page.get_by_role("button", name="Menu")).to_be_hidden()
    expect(page.get_by_role("navigation", name="Hovedmenu")).to_be_visible()
