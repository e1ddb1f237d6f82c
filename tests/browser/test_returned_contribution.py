"""A contribution sent back by the secretariat, as its contributor meets it on a phone: the
comment is on the form where the changes are made, and sending it again puts it back in review."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.models import WorkflowState

from library.demo.contributions import CONTRIBUTIONS
from library.models import MaterialPage
from tests.people import CONTRIBUTOR, DEFAULT_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RETURNED = next(entry for entry in CONTRIBUTIONS if entry["state"] == "changes_requested")
ADDED = "Vejledning: samtalen tager omkring 45 minutter og ledes af sundhedsplejersken."


@pytest.fixture
def phone(browser, demo_site):
    context = browser.new_context(locale="da-DK", viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_a_contributor_reads_the_comment_changes_the_contribution_and_sends_it_again(
    phone, demo_site, screenshots
):
    page = phone
    page.goto(f"{demo_site.url}{reverse('login')}?next={reverse('my_contributions')}")
    page.get_by_label("Brugernavn").fill(CONTRIBUTOR)
    page.get_by_label("Adgangskode").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Log ind").click()

    # "Mine bidrag" marks it as returned; its row leads to the form.
    row = page.locator("tr[data-status]", has_text=RETURNED["title"])
    expect(row).to_have_attribute("data-status", "changes_requested")
    row.get_by_role("link", name="Ret").click()

    # The secretariat's words are on the form itself, before the fields.
    notice = page.locator(".notice--changes")
    expect(notice).to_contain_text("Sekretariatet beder om ændringer")
    expect(notice).to_contain_text(RETURNED["comment"])
    page.screenshot(path=screenshots / "returned-contribution-375.png", full_page=True)

    description = page.locator("[name=description]")
    description.fill(f"{description.input_value()}\n\n{ADDED}")
    page.locator("button[name=submit]").click()

    # Back in "Mine bidrag", waiting for the secretariat again, with the change in it.
    row = page.locator("tr[data-status]", has_text=RETURNED["title"])
    expect(row).to_have_attribute("data-status", "awaiting")
    material = MaterialPage.objects.get(title=RETURNED["title"])
    assert ADDED in str(material.get_latest_revision_as_object().body)
    assert material.workflow_states.filter(status=WorkflowState.STATUS_IN_PROGRESS).exists()
    assert not material.workflow_states.filter(status=WorkflowState.STATUS_NEEDS_CHANGES).exists()
