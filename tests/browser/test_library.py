import pytest
from playwright.sync_api import expect

from tests.people import DEFAULT_PASSWORD, PROFESSIONAL

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_professional_filters_searches_opens_and_downloads(page, demo_site, screenshots):
    page.goto(demo_site.url + "/log-ind/?next=/fagligt-omraade/bibliotek/")
    page.get_by_label("Brugernavn").fill(PROFESSIONAL)
    page.get_by_label("Adgangskode").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Log ind").click()
    expect(page.locator("h1")).to_have_text("Bibliotek")
    all_count = page.locator(".library__count").inner_text()

    # A ticked filter applies at once and the filters are redrawn: click, then wait for them.
    filters = page.get_by_role("group", name="Filtre")
    filters.get_by_role("group", name="Type").get_by_label("Redskab").click()
    expect(page.locator(".chip", has_text="Type: Redskab")).to_be_visible()
    filters = page.get_by_role("group", name="Filtre")
    filters.get_by_role("group", name="Målgruppe").get_by_label("Fædre").click()
    expect(page.locator(".chip", has_text="Målgruppe: Fædre")).to_be_visible()
    assert "kind=tool" in page.url and "target=faedre" in page.url
    narrowed = page.locator(".library__count").inner_text()
    assert narrowed != all_count
    page.screenshot(path=screenshots / "library-1280.png", full_page=True)

    page.get_by_label("Søg i biblioteket").fill("spørgeskema")
    page.get_by_role("button", name="Søg", exact=True).last.click()
    assert "q=sp%C3%B8rgeskema" in page.url and "kind=tool" in page.url
    card = page.locator(".material-card", has_text="Spørgeskema om trivsel hos nybagte fædre")
    expect(card).to_be_visible()
    card.get_by_role("link").click()
    expect(page.locator("h1")).to_have_text("Spørgeskema om trivsel hos nybagte fædre")
    with page.expect_download() as download_info:
        page.locator(".documents__list a").first.click()
    download = download_info.value
    with open(download.path(), "rb") as file:
        head = file.read(5)
    assert head.startswith(b"%PDF-") or head.startswith(b"PK")


def test_on_a_phone_the_filters_are_a_drawer_that_counts_the_chosen_ones(
    page, demo_site, screenshots
):
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(demo_site.url + "/log-ind/")
    page.get_by_label("Brugernavn").fill(PROFESSIONAL)
    page.get_by_label("Adgangskode").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Log ind").click()

    # The menu by keyboard, to the professional area and on to the library.
    menu_button = page.get_by_role("button", name="Menu")
    menu_button.focus()
    page.keyboard.press("Enter")
    expect(menu_button).to_have_attribute("aria-expanded", "true")
    page.locator("header").get_by_role("link", name="Fagligt område").focus()
    page.keyboard.press("Enter")
    page.locator("main").get_by_role("link", name="Bibliotek").first.click()
    expect(page.locator("h1")).to_have_text("Bibliotek")

    # The filters wait behind their button: the first result is in view without scrolling.
    drawer_button = page.get_by_role("button", name="Filtre")
    filters = page.get_by_role("group", name="Filtre")
    expect(drawer_button).to_have_attribute("aria-expanded", "false")
    expect(filters).to_be_hidden()
    assert page.locator(".material-card").first.bounding_box()["y"] < 740
    all_count = page.locator(".library__count").inner_text()

    drawer_button.click()
    expect(drawer_button).to_have_attribute("aria-expanded", "true")
    expect(filters).to_be_visible()
    # Long facets show their first options and fold the rest behind "Vis alle".
    municipalities = filters.get_by_role("group", name="Kommune")
    expect(municipalities.locator(".facet__more summary")).to_contain_text("Vis alle")
    filters.get_by_role("group", name="Type").get_by_label("Redskab").click()
    expect(page.locator(".chip", has_text="Type: Redskab")).to_be_attached()
    filters = page.get_by_role("group", name="Filtre")
    filters.get_by_role("group", name="Målgruppe").get_by_label("Fædre").click()
    expect(page.locator(".chip", has_text="Målgruppe: Fædre")).to_be_attached()

    # The drawer stayed open through both redraws, and its button counts two filters.
    expect(drawer_button).to_have_accessible_name("Filtre 2 valgt")
    expect(page.get_by_role("group", name="Filtre")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.screenshot(path=screenshots / "library-drawer-375.png", full_page=True)

    page.get_by_role("button", name="Vis resultaterne").click()
    expect(drawer_button).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("group", name="Filtre")).to_be_hidden()
    narrowed = page.locator(".library__count").inner_text()
    assert narrowed != all_count
    card = page.locator(".material-card").first
    title = card.locator(".card__title").inner_text()
    card.get_by_role("link").click()
    expect(page.locator("h1")).to_have_text(title)
