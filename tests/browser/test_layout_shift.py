"""On a phone nothing jumps as a page loads: the header's menu and the library's filters are
folded from the first paint, not only once their scripts have run (Lighthouse counts such a jump
as a layout shift and took 20 points of performance for it)."""

import pytest

from tests.people import DEFAULT_PASSWORD, PROFESSIONAL

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The layout shifts since the page began to load, summed as the browser reports them.
LAYOUT_SHIFT = """() => new Promise((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) total += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
    setTimeout(() => resolve(total), 500);
})"""


def layout_shift(page, url):
    page.goto(url, wait_until="load")
    return page.evaluate(LAYOUT_SHIFT)


def test_a_phone_page_does_not_jump_as_it_loads(page, demo_site):
    page.set_viewport_size({"width": 375, "height": 740})
    assert layout_shift(page, demo_site.url + "/") == 0
    assert layout_shift(page, demo_site.url + "/kontakt/") == 0

    page.goto(demo_site.url + "/log-ind/")
    page.get_by_label("Brugernavn").fill(PROFESSIONAL)
    page.get_by_label("Adgangskode").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Log ind").click()
    page.wait_for_load_state()
    assert layout_shift(page, demo_site.url + "/fagligt-omraade/bibliotek/") == 0
