import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from home.demo.files import make_pdf
from library.models import LibraryIndexPage, MaterialPage
from tests.people import CONTRIBUTOR, DEFAULT_PASSWORD, PROFESSIONAL, SECRETARY

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = DEFAULT_PASSWORD
TITLE = "Fædrecafé på biblioteket"
FILE_TITLE = "Program for den første lørdag"


def log_in_on_the_site(page, site, username, next_url):
    page.goto(f"{site.url}{reverse('login')}?next={next_url}")
    page.get_by_label("Brugernavn").fill(username)
    page.get_by_label("Adgangskode").fill(PASSWORD)
    page.get_by_role("button", name="Log ind").click()


def log_out_on_the_site(page, site):
    page.goto(site.url + "/")
    page.get_by_role("button", name="Log ud").click()
    expect(page.get_by_role("link", name="Log ind")).to_be_visible()


def test_a_contribution_goes_from_the_municipality_through_the_secretariat_to_the_library(
    page, demo_site, screenshots
):
    # The municipality's contributor fills in the site's form and attaches a real PDF.
    log_in_on_the_site(page, demo_site, CONTRIBUTOR, reverse("contribute"))
    form = page.locator("form[data-contribution-form]")
    form.locator("[name=title]").fill(TITLE)
    form.locator("[name=introduction]").fill(
        "En lørdag om måneden mødes nybagte fædre med deres børn på biblioteket."
    )
    form.locator("input[name=kind][value=method]").check()
    form.locator("input[name=target_groups]").first.check()
    # The themes are picked from the list; typing narrows it, without caring about æ, ø, å.
    themes = form.get_by_role("group", name="Temaer")
    themes.get_by_label("Find et tema").fill("faedre")
    expect(themes.get_by_label("søvn", exact=True)).to_be_hidden()
    themes.get_by_label("fædre", exact=True).check()
    themes.get_by_label("Find et tema").fill("netvaerk")
    themes.get_by_label("netværk", exact=True).check()
    expect(themes.get_by_label("fædre", exact=True)).to_be_visible()  # ticked ones stay
    themes.get_by_label("Find et tema").press("Enter")  # does not send the form
    themes.get_by_label("Find et tema").fill("")
    expect(themes.get_by_label("søvn", exact=True)).to_be_visible()
    form.locator("[name=description]").fill("Sådan kommer I i gang.\n\nDet har vi lært.")
    # One row for a file and its title shows; the button adds the next.
    files = form.get_by_role("group", name="Filer")
    expect(files.get_by_label("Fil 2", exact=True)).to_be_hidden()
    files.get_by_label("Fil 1", exact=True).set_input_files(
        files=[
            {
                "name": "faedrecafe_program-2026.pdf",
                "mimeType": "application/pdf",
                "buffer": make_pdf(TITLE, ["Program for den første lørdag."]),
            }
        ]
    )
    files.get_by_label("Titel på fil 1").fill(FILE_TITLE)
    files.get_by_role("button", name="Tilføj en fil mere").click()
    expect(files.get_by_label("Fil 2", exact=True)).to_be_visible()
    expect(files.get_by_label("Fil 2", exact=True)).to_be_focused()
    page.screenshot(path=screenshots / "contribute-1280.png", full_page=True)
    form.locator("button[name=submit]").click()
    row = page.locator("tr[data-status]", has_text=TITLE)
    expect(row).to_have_attribute("data-status", "awaiting")
    log_out_on_the_site(page, demo_site)

    # The secretariat finds it on the dashboard, reads it in the editor and approves it.
    page.goto(demo_site.url + reverse("wagtailadmin_login"))
    page.locator("input[name=username]").fill(SECRETARY)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    page.locator("#awaiting-review-section").get_by_role("link", name=TITLE).click()
    expect(page.locator("[name=title]")).to_have_value(TITLE)
    page.locator("footer .w-dropdown__toggle").click()
    approve = page.locator(
        "footer button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    )
    expect(approve).to_be_visible()
    page.screenshot(path=screenshots / "admin-approve-1280.png")
    approve.click()
    library = LibraryIndexPage.objects.get(locale__language_code="da")
    page.wait_for_url(re.compile(rf"/admin/pages/{library.pk}/$"))
    published = MaterialPage.objects.get(title=TITLE)
    assert published.live
    assert sorted(tag.name for tag in published.tags.all()) == ["fædre", "netværk"]
    log_out_on_the_site(page, demo_site)

    # A professional searches the library for it, opens it and finds the file.
    log_in_on_the_site(page, demo_site, PROFESSIONAL, library.url)
    expect(page.locator("h1")).to_have_text(library.title)
    page.get_by_label("Søg i biblioteket").fill(TITLE)
    page.get_by_role("button", name="Søg", exact=True).last.click()
    card = page.locator(".material-card", has_text=TITLE)
    expect(card).to_have_count(1)
    card.get_by_role("link").first.click()
    expect(page.locator("h1")).to_have_text(TITLE)
    expect(page.locator(".documents__list a")).to_have_text([FILE_TITLE])
