"""The pages a Danish public site must have: an accessibility statement in the Agency for
Digital Government's format, a privacy policy with its data table, a note on cookies, a word at
the contact form on how a message is handled, and the messages deleted when their time is up."""

import datetime
import zoneinfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.conf import settings as django_settings
from django.core.management import CommandError, call_command
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import PageViewRestriction

from home.models import (
    AccessibilityStatementPage,
    ContactPage,
    CookiePage,
    PrivacyPolicyPage,
)

CPH = zoneinfo.ZoneInfo("Europe/Copenhagen")
FOOTER = {
    "da": ["Tilgængelighedserklæring", "Privatlivspolitik", "Cookies"],
    "en": ["Accessibility statement", "Privacy policy", "Cookies"],
}


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def footer_links(response):
    nav = soup_of(response).select_one("footer nav.site-footer__legal")
    assert nav is not None, "no legal links in the footer"
    return {a.get_text(strip=True): a["href"] for a in nav.find_all("a")}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["da", "en"])
def test_every_footer_links_the_pages_in_its_own_language(client, professional, language):
    contact = ContactPage.objects.get(locale__language_code=language)
    prefix = "/en/" if language == "en" else "/"
    for url in [prefix, contact.url, f"{prefix}no-such-page/"]:
        response = client.get(url)
        links = footer_links(response)
        assert list(links) == FOOTER[language], url
        for href in links.values():
            assert href.startswith(prefix)
            page = client.get(href)
            assert page.status_code == 200, href
            assert soup_of(page).find("html")["lang"] == language


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "headings"),
    [
        (
            "da",
            [
                "Overholdelsesstatus",
                "Ikke-tilgængeligt indhold",
                "Udarbejdelse af denne tilgængelighedserklæring",
                "Feedback og kontaktoplysninger",
                "Håndhævelsesprocedure",
            ],
        ),
        (
            "en",
            [
                "Compliance status",
                "Content that is not accessible",
                "Preparation of this accessibility statement",
                "Feedback and contact information",
                "Enforcement procedure",
            ],
        ),
    ],
)
def test_the_accessibility_statement_has_the_required_sections(client, language, headings):
    page = AccessibilityStatementPage.objects.get(locale__language_code=language)
    soup = soup_of(client.get(page.url))
    assert [h.get_text(strip=True) for h in soup.select("main h2")] == headings
    text = soup.find("main").get_text(" ", strip=True)
    if language == "da":
        assert "delvist i overensstemmelse" in text
        assert "Digitaliseringsstyrelsen" in text
        assert "2. november 2026" in text  # when it was last reviewed
    assert soup.find("a", href=page.enforcement_url) is not None
    assert soup.find("a", href=f"mailto:{page.feedback_email}") is not None


@pytest.mark.django_db
def test_the_privacy_policy_tables_what_is_kept_why_and_for_how_long(client):
    page = PrivacyPolicyPage.objects.get(locale__language_code="da")
    soup = soup_of(client.get(page.url))
    table = soup.select_one("main table")
    headers = [th.get_text(strip=True) for th in table.select("thead th")]
    assert headers == ["Hvor", "Hvad vi gemmer", "Hvorfor", "Retsgrundlag", "Hvor længe"]
    rows = {
        tr.th.get_text(strip=True): [td.get_text(" ", strip=True) for td in tr.find_all("td")]
        for tr in table.select("tbody tr")
    }
    assert {
        "Kontaktformularen",
        "Login for fagpersoner",
        "Bidrag til biblioteket og kalenderen",
        "Lokale data",
        "Søgefeltet",
    } <= set(rows)
    assert rows["Kontaktformularen"][3].startswith("6 måneder")
    # As long as delete_old_unanswered_searches keeps them (see README).
    months = django_settings.FIV_UNANSWERED_SEARCH_RETENTION_MONTHS
    assert rows["Søgefeltet"][3].startswith(f"Søgninger uden resultater i {months} måneder")
    assert "aldrig hvem der søgte" in rows["Søgefeltet"][0]
    # The table scrolls inside itself on a phone, and a keyboard can reach it to scroll.
    region = table.find_parent(class_="table-scroll")
    assert region["tabindex"] == "0" and region["role"] == "region"
    assert "Dataansvarlig" in soup.find("main").get_text()


@pytest.mark.django_db
def test_the_cookie_note_lists_only_necessary_cookies(client):
    page = CookiePage.objects.get(locale__language_code="en")
    soup = soup_of(client.get(page.url))
    names = [code.get_text() for code in soup.select("main tbody th code")]
    assert names == ["csrftoken", "sessionid", "messages"]
    assert "do not ask for your consent" in soup.find("main").get_text()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["da", "en"])
def test_the_contact_form_says_how_a_message_is_handled(client, language):
    contact = ContactPage.objects.get(locale__language_code=language)
    policy = PrivacyPolicyPage.objects.get(locale__language_code=language)
    soup = soup_of(client.get(contact.url))
    note = soup.select_one("form #message-handling")
    assert note is not None
    # Before the send button, where it is read before sending.
    assert note.find_next("button", type="submit") is not None
    assert note.find("a", href=policy.url) is not None
    words = {"da": "seks måneder", "en": "six months"}[language]
    assert words in note.get_text()


def submission_at(contact, moment):
    with time_machine.travel(moment, tick=False):
        return FormSubmission.objects.create(page=contact, form_data={"din_besked": "Hej"})


@pytest.mark.django_db
def test_the_retention_command_deletes_old_messages_and_keeps_new_ones(settings):
    settings.FIV_CONTACT_RETENTION_MONTHS = 6
    danish = ContactPage.objects.get(locale__language_code="da")
    english = ContactPage.objects.get(locale__language_code="en")
    now = datetime.datetime(2027, 3, 1, 3, 15, tzinfo=CPH)
    old = [
        submission_at(danish, datetime.datetime(2026, 8, 31, 12, tzinfo=CPH)),
        submission_at(english, datetime.datetime(2025, 1, 5, tzinfo=CPH)),
    ]
    kept = [
        # Six months before 1 March is 1 September, across the year's end.
        submission_at(danish, datetime.datetime(2026, 9, 1, 4, tzinfo=CPH)),
        submission_at(english, datetime.datetime(2027, 2, 28, tzinfo=CPH)),
    ]
    with time_machine.travel(now, tick=False):
        call_command("delete_old_contact_messages", dry_run=True, verbosity=0)
        assert FormSubmission.objects.filter(pk__in=[s.pk for s in old]).count() == 2
        call_command("delete_old_contact_messages", verbosity=0)
    assert not FormSubmission.objects.filter(pk__in=[s.pk for s in old]).exists()
    assert FormSubmission.objects.filter(pk__in=[s.pk for s in kept]).count() == 2


@pytest.mark.django_db
def test_the_retention_command_refuses_a_period_of_nothing():
    with pytest.raises(CommandError):
        call_command("delete_old_contact_messages", months=0)


@pytest.mark.django_db
def test_a_restricted_legal_page_is_not_named_in_the_footer(client, home_da):
    cookies = CookiePage.objects.get(locale__language_code="da")
    PageViewRestriction.objects.create(page=cookies, restriction_type=PageViewRestriction.LOGIN)
    assert list(footer_links(client.get("/"))) == FOOTER["da"][:2]
    PageViewRestriction.objects.create(page=home_da, restriction_type=PageViewRestriction.LOGIN)
    assert footer_links_or_none(client.get("/no-such-page/")) == []


def footer_links_or_none(response):
    nav = soup_of(response).select_one("footer nav.site-footer__legal")
    return [] if nav is None else [a.get_text(strip=True) for a in nav.find_all("a")]
