"""Every page of the demo at 320 px, logged out and as each demo user: axe-core finds nothing
against WCAG 2.2 AA and its best practices, and no page scrolls sideways.

Each reader opens the views that are not Wagtail pages (login, searches and filters, "Mine
bidrag", the contribution form, local data, the calendar link ...), a missing page, each form
sent empty so that its errors show, and the live pages in Danish and English that their view
restrictions let them see. What waits behind a button or a <details> (the menu, the library's
filters, "Vis alle", the help texts) is opened and checked too.

The secretary, who may see every page and, as an editor, also runs Wagtail's own checker, has
axe check every page. Every other reader has axe check every type of page in each language
(the first of its kind in the tree), the pages with a form and the pages they own; pages of
one type share their template, and what changes with the reader (header, menus, what a role
may do) shows on each of them. The reader's other pages are still asked for, so that every
page they may view is proven to open for them. The walk opens some 610 pages instead of 900
(the views and forms, 72 a reader, are checked for everyone).

axe-core is vendored (tests/browser/vendor/README.md) and put into each page before the page's
own scripts; the site's Content-Security-Policy would refuse it, so the browser context
bypasses the policy (tests/browser/test_security_headers.py checks the policy itself).
"""

import time
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from pytest_django.live_server_helper import LiveServer
from wagtail.models import Page

from home.demo.users import CONTRIBUTOR, DEFAULT_PASSWORD, DEMO_USERS, SECRETARY
from home.models import ContactPage, HomePage
from home.privacy import Reader, viewable_pages
from library.models import LibraryIndexPage, MaterialPage
from network.models import (
    JoinPage,
    LocalReport,
    MeetingPage,
    Municipality,
    MunicipalityIndexPage,
)
from tests.browser.conftest import restore_migrated_data

# Not transactional, unlike the other browser tests: the readers only read (and log in), and a
# transactional test would empty the database after each reader, so that the next one loaded the
# demo again (a minute each). One live server over the session's database serves them all.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()
WIDTH = 320
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
RUN_AXE = """async (tags) => {
    const results = await axe.run(document, {
        runOnly: {type: 'tag', values: tags},
        resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
        count: violation.nodes.length,
    }));
}"""
# The innermost elements that reach past the screen's right edge, to say what to fix.
WIDEST = """() => {
    const edge = window.innerWidth + 0.5;
    const wide = [...document.querySelectorAll('body *')].filter(
        (element) => element.getBoundingClientRect().right > edge);
    return wide.filter((element) => !wide.some((other) => other !== element && element.contains(other)))
        .slice(0, 3).map((element) => element.tagName.toLowerCase()
            + (element.id ? '#' + element.id : '')
            + [...element.classList].map((name) => '.' + name).join(''));
}"""
# Open what waits behind a disclosure: <details>, and buttons with aria-expanded (the header's
# menu only when asked: it is the same on every page). Returns how many were opened.
OPEN_ALL = """(withMenu) => {
    let opened = 0;
    for (const details of document.querySelectorAll('details:not([open])')) {
        details.open = true;
        opened += 1;
    }
    for (const button of document.querySelectorAll('button[aria-expanded="false"]')) {
        if (button.offsetParent === null || (!withMenu && button.matches('.menu-button'))) continue;
        button.click();
        opened += 1;
    }
    return opened;
}"""
# Empty what a reader types and send the form, as someone who presses the button too early.
SEND_EMPTY = """(selector) => {
    const form = document.querySelector(selector);
    for (const field of form.querySelectorAll('input, textarea, select')) {
        if (field.type === 'hidden' || field.type === 'submit') continue;
        if (field.type === 'checkbox' || field.type === 'radio') field.checked = false;
        else if (field.tagName === 'SELECT') field.selectedIndex = -1;
        else field.value = '';
    }
    form.noValidate = true;
    form.requestSubmit(form.querySelector('[type="submit"]:not([name])'));
}"""

READERS = [None, *(user.username for user in DEMO_USERS)]
# Sees every page, and runs Wagtail's checker: the one reader who has axe check every page.
EVERY_PAGE = SECRETARY


def _with_query(url, **params):
    return f"{url}?{urlencode(params)}"


def _view_urls():
    """The pages that are views rather than Wagtail pages, in both languages, with the searches
    and filters that change what they show. A reader who may not open one is sent to the login
    page or refused with a page of its own, which is checked too."""
    contributions = MaterialPage.objects.filter(owner__username=CONTRIBUTOR).order_by("pk")
    theme = MaterialPage.objects.live().filter(tagged_items__isnull=False).first().tags.first()
    aarhus = Municipality.objects.get(name="Aarhus")
    report = LocalReport.objects.filter(municipality=aarhus).order_by("-year").first()
    urls = []
    for language, query in [("da", "fædre"), ("en", "fathers")]:
        with translation.override(language):
            home = HomePage.objects.get(locale__language_code=language)
            library = LibraryIndexPage.objects.live().get(locale=home.locale)
            directories = MunicipalityIndexPage.objects.live().filter(locale=home.locale)
            urls += [
                reverse("login"),
                reverse("password_reset"),
                reverse("password_reset_done"),
                reverse("password_reset_complete"),
                reverse("password_reset_confirm", args=["MQ", "not-a-token"]),
                reverse("professional_area"),
                reverse("local_data"),
                _with_query(reverse("local_data"), municipality=aarhus.pk),
                reverse("local_data_edit", args=[report.pk]),
                reverse("onboarding"),
                reverse("calendar_link"),
                reverse("contribute"),
                reverse("my_contributions"),
                *(reverse("edit_contribution", args=[page.pk]) for page in contributions),
                reverse("search"),
                _with_query(reverse("search"), query=query),
                _with_query(reverse("search"), query="zzzz-nothing"),
                _with_query(library.url, q=query),
                _with_query(library.url, kind="material", sort="title"),
                _with_query(library.url, q="zzzz-nothing"),
                library.url + library.reverse_subpage("theme", args=[theme.slug]),
                *(_with_query(page.url, q="aar") for page in directories),
                *(_with_query(page.url, status=Municipality.Status.OFFERS) for page in directories),
                f"{home.url}there-is-no-such-page/",
            ]
    return urls


def _forms():
    """[(address, form)]: the forms a reader fills in, to be sent empty. Empty, none of them
    saves anything or counts towards a rate limit."""
    forms = []
    for language in ["da", "en"]:
        with translation.override(language):
            forms += [
                (reverse("login"), "main form"),
                (reverse("password_reset"), "main form"),
                (reverse("contribute"), "form[data-contribution-form]"),
                (reverse("local_data"), "main form[method=post]"),
            ]
        forms += [
            (model.objects.live().get(locale__language_code=language).url, "main form")
            for model in [ContactPage, JoinPage]
        ]
        meetings = MeetingPage.objects.live().filter(locale__language_code=language)
        open_meeting = next(page for page in meetings if page.accepts_registrations())
        forms.append((open_meeting.url, "form.registration__form"))
    return forms


def _pages_to_check(pages, user, every_page, with_forms):
    """The addresses of `pages` that axe checks for a reader: all of them, or the first page of
    each type in each language, the pages with a form and those the reader owns."""
    if every_page:
        return [page.url for page in pages]
    kinds, chosen = set(), []
    for page in pages:
        kind = (page.content_type_id, page.locale_id)
        owned = user is not None and page.owner_id == user.pk
        if kind not in kinds or owned or page.url in with_forms:
            kinds.add(kind)
            chosen.append(page.url)
    return chosen


@pytest.fixture(scope="module")
def demo_server(django_db_setup, django_db_blocker):
    """A live server over the session's demo database, and what each reader may open."""
    with django_db_blocker.unblock():
        if not HomePage.objects.exists():  # an earlier browser test emptied the database
            restore_migrated_data()
            call_command("load_demo_content", force=True, verbosity=0)
        pages = Page.objects.live().filter(depth__gt=1).order_by("path")
        users = get_user_model().objects.in_bulk(READERS[1:], field_name="username")
        forms = _forms()
        viewable = {
            reader: list(
                viewable_pages(pages, Reader(users[reader] if reader else AnonymousUser()))
            )
            for reader in READERS
        }
        site = {
            "pages": {reader: [page.url for page in viewable[reader]] for reader in READERS},
            "checked": {
                reader: _pages_to_check(
                    viewable[reader],
                    users.get(reader),
                    every_page=reader == EVERY_PAGE,
                    with_forms={url for url, _ in forms},
                )
                for reader in READERS
            },
            "homes": [home.url for home in HomePage.objects.all()],
            "views": _view_urls(),
            "forms": forms,
        }
        assert set(site["pages"][EVERY_PAGE]) >= {
            url for urls in site["pages"].values() for url in urls
        }, f"{EVERY_PAGE} sees every page another reader sees"
        server = LiveServer("localhost")
        try:
            yield server, site
        finally:
            server.stop()


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        locale="da-DK", viewport={"width": WIDTH, "height": 640}, bypass_csp=True
    )
    context.add_init_script(script=AXE)  # before the page's scripts, on every page
    page = context.new_page()
    page.set_default_timeout(15_000)
    # An editor's page also runs Wagtail's own checker (the userbar's axe, with Wagtail's content
    # rules such as "paragraphs used as headings"): it says what it found on the console.
    page.checker_findings = []
    page.on(
        "console",
        lambda message: (
            message.type == "error"
            and message.text.startswith("axe.run results")
            and page.checker_findings.append(message)
        ),
    )
    yield page
    context.close()


def _log_in(page, base, username):
    page.goto(f"{base}{reverse('login')}")
    page.get_by_label("Brugernavn").fill(username)
    page.get_by_label("Adgangskode").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Log ind").click()
    page.wait_for_url(lambda url: reverse("login") not in url)


def _problems(page, where):
    """What axe finds on the page as it is now, and whether it scrolls sideways."""
    problems = [
        f"{where}: {violation['id']} ({violation['help']}) on {violation['count']} "
        f"element(s), e.g. {', '.join(violation['targets'])}"
        for violation in page.evaluate(RUN_AXE, AXE_TAGS)
    ]
    problems += [
        f"{where}: Wagtail's checker: {violation['id']} ({violation['help']}), e.g. "
        f"{violation['nodes'][0]['html'][:200] if violation['nodes'] else ''}"
        for message in page.checker_findings
        for violation in message.args[1].json_value()
    ]
    page.checker_findings.clear()
    if page.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
        problems.append(f"{where}: wider than {WIDTH} px: {', '.join(page.evaluate(WIDEST))}")
    return problems


@pytest.mark.parametrize("reader", READERS, ids=lambda reader: reader or "logged-out")
def test_every_page_passes_axe_at_320_px(reader, demo_server, phone):
    server, site = demo_server
    started = time.monotonic()
    if reader:
        _log_in(phone, server.url, reader)
    pages = site["pages"][reader]
    problems, checked, unopened = [], [], []

    # The pages axe does not check for this reader must still open for them.
    for url in sorted(set(pages) - set(site["checked"][reader])):
        response = phone.request.get(server.url + url, max_redirects=0)
        landed = response.headers.get("location", "").removeprefix(server.url)
        if response.status in (301, 302) and landed in pages:
            continue  # on to a page checked in its own right
        if response.status != 200:
            unopened.append(f"{url} answered {response.status} {landed}".rstrip())

    for url in [*site["checked"][reader], *site["views"]]:
        response = phone.goto(server.url + url)
        if response.request.redirected_from is not None:
            landed = response.url.removeprefix(server.url)
            if url in pages and landed not in pages:
                unopened.append(f"{url} sent the reader to {landed}")
            continue  # to the login page, or on to a page checked in its own right
        if url in pages and response.status != 200:
            unopened.append(f"{url} answered {response.status}")
        checked.append(url)
        problems += _problems(phone, url)
        if phone.evaluate(OPEN_ALL, url in site["homes"]):
            problems += _problems(phone, f"{url} (opened)")

    for url, form in site["forms"]:
        response = phone.goto(server.url + url)
        if response.request.redirected_from is not None:
            continue
        if not phone.locator(form).count():
            continue  # not this reader's form (a professional has no contribution form)
        with phone.expect_navigation():
            phone.evaluate(SEND_EMPTY, form)
        checked.append(f"{url} (sent empty)")
        problems += _problems(phone, f"{url} (sent empty)")

    print(
        f"\n{reader or 'logged out'}: {len(checked)} pages checked "
        f"in {time.monotonic() - started:.0f} s"
    )
    assert not unopened, "Pages the reader may view did not open:\n" + "\n".join(unopened)
    assert not problems, f"{len(problems)} problems at {WIDTH} px:\n" + "\n".join(problems)
