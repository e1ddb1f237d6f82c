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
    all_count = page.locator(".library__summary [role=status] strong").inner_text()

    # A ticked filter applies at once and the filters are redrawn: click, then wait for them.
    filters = page.get_by_role("complementary", name="Filtre")
    filters.get_by_role("group", name="Type").get_by_label("Redskab").click()
    expect(page.locator(".chip", has_text="Type: Redskab")).to_be_visible()
    filters = page.get_by_role("complementary", name="Filtre")
    filters.get_by_role("group", name="Målgruppe").get_by_label("Fædre").click()
    expect(page.locator(".chip", has_text="Målgruppe: Fædre")).to_be_visible()
    assert "kind=tool" in page.url and "target=faedre" in page.url
    narrowed = page.locator(".library__summary [role=status] strong").inner_text()
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
