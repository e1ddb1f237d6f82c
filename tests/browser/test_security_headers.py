"""The site's strict content security policy breaks nothing a visitor or an editor uses: every
page's own scripts run, and the browser reports no blocked script, style, image, frame or
unknown Permissions-Policy feature."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from home.models import HomePage
from network.models import MeetingPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "fiv-demo-2026"

# Chromium reports a blocked frame on the console only; everything else also fires this event.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI}`);
});
"""


@pytest.fixture
def policy_problems(page):
    """What the browser says about the policies, on any page or frame the test opens."""
    page.context.add_init_script(REPORT_VIOLATIONS)
    problems = []
    signs = ["Content Security Policy", "CSP violation", "Permissions-Policy"]

    def listen(message):
        if any(sign in message.text for sign in signs):
            problems.append(f"{page.url}: {message.text}")

    page.on("console", listen)
    page.on("pageerror", lambda error: problems.append(f"{page.url}: {error}"))
    return problems


def log_in_on_the_site(page, site, username, next_url):
    page.goto(f"{site.url}{reverse('login')}?next={next_url}")
    page.get_by_label("Brugernavn").fill(username)
    page.get_by_label("Adgangskode").fill(PASSWORD)
    page.get_by_role("button", name="Log ind").click()


def test_the_public_site_and_the_professional_area_run_under_the_policy(
    page, demo_site, policy_problems
):
    page.goto(demo_site.url + "/")
    expect(page.locator("h1")).to_have_text("Familieiværksætterne")
    expect(page.locator("main img").first).not_to_have_js_property("naturalWidth", 0)
    page.goto(demo_site.url + "/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")

    # The library's script hides the apply button and applies a ticked filter at once.
    log_in_on_the_site(page, demo_site, "kommune", "/fagligt-omraade/bibliotek/")
    expect(page.locator("h1")).to_have_text("Bibliotek")
    expect(page.locator("[data-library-apply]")).to_be_hidden()
    filters = page.get_by_role("group", name="Filtre")
    filters.get_by_role("group", name="Type").get_by_label("Redskab").click()
    expect(page.locator(".chip", has_text="Type: Redskab")).to_be_visible()

    # The contribution form's script moves the focus to the list of errors.
    page.goto(demo_site.url + reverse("contribute"))
    page.get_by_role("button", name="Send til godkendelse").click()
    expect(page.locator("#form-errors")).to_be_focused()

    page.goto(demo_site.url + reverse("local_data"))
    expect(page.get_by_role("button", name="Send indberetningen")).to_be_visible()

    assert policy_problems == []


def test_an_editor_uses_the_userbar_the_admin_and_its_preview(page, demo_site, policy_problems):
    page.goto(demo_site.url + reverse("wagtailadmin_login"))
    page.locator("input[name=username]").fill("sekretariat")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("button[type=submit]").click()
    expect(page).to_have_url(demo_site.url + reverse("wagtailadmin_home"))

    # Wagtail's userbar on the live site: its scripts and styles come from the site's origin.
    page.goto(demo_site.url + "/")
    page.locator("wagtail-userbar").get_by_role("button").first.click()
    expect(page.locator("wagtail-userbar").get_by_role("menuitem").first).to_be_visible()

    # The editor, with the page's preview beside it in a frame of the admin.
    home = HomePage.objects.get(locale__language_code="da")
    page.goto(demo_site.url + reverse("wagtailadmin_pages:edit", args=[home.pk]))
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1")).to_have_text("Familieiværksætterne")

    # The chart of the local data: an SVG drawn by the server, with a pattern of its own.
    page.goto(demo_site.url + reverse("network_local_data"))
    expect(page.locator("svg.participation-chart__svg")).to_be_visible()

    # Date pickers (set up by inline scripts), the image library, wagtail-localize's editor.
    meeting = MeetingPage.objects.filter(locale__language_code="da").first()
    page.goto(demo_site.url + reverse("wagtailadmin_pages:edit", args=[meeting.pk]))
    expect(page.locator(".xdsoft_datetimepicker").first).to_be_attached()
    page.goto(demo_site.url + reverse("wagtailimages:index"))
    expect(page.locator(".image-choice, .listing img").first).to_be_visible()
    translation = HomePage.objects.get(locale__language_code="en")
    page.goto(demo_site.url + reverse("wagtailadmin_pages:edit", args=[translation.pk]))
    expect(page.locator(".js-translation-editor")).to_contain_text("Familieiværksætterne")

    assert policy_problems == []
