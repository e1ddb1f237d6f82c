"""Hostile input, everywhere: no address of the site answers a made-up parameter with a server
error, or with a script of the attacker's on the page.

Every kind of address of the demo site is asked with each hostile value below: in every
parameter a view of this site or of Wagtail reads, each given twice (a list where one value is
expected), in the address itself where it has a part of its own (a slug, an id, a token, a
file name), and in the body of the forms. NUL is the value that matters most: PostgreSQL
refuses it in any string (`A string literal cannot contain NUL`), where SQLite stores it, so
CI runs this file on both.

The values arrive as a browser or a script sends them: percent-encoded bytes, some of them not
UTF-8 at all.
"""

from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.documents import get_document_model

from home.models import ConceptPage, ContactPage, HomePage, NewsIndexPage, NewsPage
from library.models import LibraryIndexPage, MaterialPage
from network.joining import JoinForm, coming_quarters
from network.localdata.forms import FIGURES, TEXTS
from network.models import (
    AdvisoryBoardPage,
    AgreementPage,
    AgreementVersionPage,
    FeesPage,
    FundingPage,
    JoinPage,
    LocalReport,
    MeetingIndexPage,
    MeetingPage,
    MemberNewsIndexPage,
    MemberNewsPage,
    Municipality,
    MunicipalityIndexPage,
    ProfessionalAreaPage,
)
from search.models import UnansweredQuery
from tests.people import CONTRIBUTOR, PROFESSIONAL, SECRETARY, demo_user

SCRIPT = "<script>fiv_xss()</script>"
ON_SQLITE = connection.vendor == "sqlite"
# Percent-encoded, as they travel in an address or a form's body.
VALUES = {
    "nul": "%00",
    "nul-inside": "fa%00dre",
    "control-characters": "%01%08%0b%0c%1b%7f",
    "crlf": "x%0d%0aSet-Cookie:%20fiv=1",
    "invalid-utf8": "%ff%fe%c3",
    "lone-surrogate": "%ed%a0%80",
    "overlong-nul": "%c0%80",
    "huge-string": "x" * 100_000,
    "huge-integer": "99999999999999999999999",
    "negative": "-1",
    "huge-negative": "-99999999999999999999999",
    "float": "1e400",
    "unicode-digits": quote("１²٣"),
    "script": quote(SCRIPT),
    "attribute": quote(f'"><{SCRIPT[1:]}'),
    "sql": quote("' OR 1=1; DROP TABLE wagtailcore_page; --"),
    "like-wildcards": quote("%_\\"),
    "search-operators": quote('"fædre" OR -* NEAR( ^'),
    "path": quote("../../../etc/passwd", safe=""),
    "unicode": quote("Æ\u0301\u202e\ufeff\U0001f476"),
}

# What the views of this site and of the Wagtail admin read from the query string.
PARAMS = (
    "q",
    "query",
    "type",
    "tag",
    "target",
    "phase",
    "kind",
    "format",
    "municipality",
    "sort",
    "page",
    "p",
    "year",
    "next",
    "ordering",
    "locale",
    "collection_id",
)


def query_string(value, names=PARAMS):
    return "&".join(f"{name}={value}&{name}={value}" for name in names)


# The addresses, resolved inside the test (they come from the demo content).


def page_url(model, language="da", **filters):
    page = model.objects.live().filter(locale__language_code=language, **filters).first()
    assert page is not None, f"the demo has a {model.__name__} in {language}"
    return page.url


def reverse_in(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


def document_url():
    document = get_document_model().objects.order_by("pk").first()
    return document.url


def own_report():
    """Aarhus's report that is still open: a report the secretariat marked final is locked."""
    open_reports = LocalReport.objects.filter(municipality__name="Aarhus", is_final=False)
    return open_reports.order_by("year").first()


def own_report_url():
    return reverse("local_data_edit", args=[own_report().pk])


def material_url(language="da"):
    return page_url(MaterialPage, language, files__isnull=False)


def own_material_edit_url():
    material = MaterialPage.objects.filter(municipality__name="Aarhus").order_by("pk").first()
    return reverse("edit_contribution", args=[material.pk])


def coming_meeting():
    return (
        MeetingPage.objects.live()
        .filter(locale__language_code="da", kind="network", start__gte=timezone.now())
        .order_by("start")
        .first()
    )


def meeting_register_url():
    return coming_meeting().url + "register/"


def odense_registration():
    return {"municipality": Municipality.objects.get(name="Odense").pk, "participants": 2}


def search_url(language="da", **params):
    """The site search's address, asked for words that find something in the demo."""
    return reverse_in(language, "search") + "?" + urlencode({"query": "fædre", **params})


def unanswered_report_url(*suffix):
    """The report "Søgninger uden resultater", with a search in it that found nothing."""
    UnansweredQuery.add_hit("barnevognsparkering")
    return reverse("search_unanswered_report" + "".join(suffix))


def aarhus_pk():
    return Municipality.objects.get(name="Aarhus").pk


def valid_contribution():
    return {"title": "Plan", "introduction": "Kort", "kind": "tool", "municipality": aarhus_pk()}


def valid_report():
    report = own_report()
    return {name: getattr(report, name) for name in ("year", *FIGURES)}


@dataclass
class Case:
    """One address asked as one role: `{v}` in `url` takes the hostile value, and so do the
    parameters `names`. A POST sends `fields` and `names` with the value in its body, after
    the valid fields of `base()` if given (the last value of a field is the one read), so that
    the form is saved with it. `then()` is an address read afterwards, which shows what was
    saved."""

    id: str
    role: str
    url: object  # a callable giving the address
    fields: tuple = ()
    method: str = "GET"
    names: tuple = PARAMS
    base: object = None
    then: object = None
    marks: list = field(default_factory=list)


PUBLIC_PAGES = [HomePage, ConceptPage, NewsIndexPage, NewsPage, ContactPage, JoinPage]
AREA_PAGES = [
    ProfessionalAreaPage,
    LibraryIndexPage,
    MaterialPage,
    MeetingIndexPage,
    MeetingPage,
    AgreementPage,
    AgreementVersionPage,
    FeesPage,
    AdvisoryBoardPage,
    FundingPage,
    MemberNewsIndexPage,
    MemberNewsPage,
]
NOTIFICATION_FIELDS = (
    "member_news-frequency",
    "meetings-frequency",
    "minutes-frequency",
    "materials-frequency",
    "materials-options",
    "funding-frequency",
    "unknown-frequency",
)
CONTRIBUTION_FIELDS = (
    "title",
    "introduction",
    "kind",
    "target_groups",
    "phases",
    "themes",
    "description",
    "municipality",
    "remove_files",
    "kept_files",
    "new_file_1",  # text where a file belongs
    "new_file_title_1",
    "save_draft",
)
LOCAL_DATA_FIELDS = (
    "municipality",
    "year",
    "courses",
    "participants",
    "fathers",
    "went_well",
    "challenges",
    "parents_gained",
    "professionals_gained",
)
CONTACT_FIELDS = ("dit_navn", "din_e_mail", "kommune", "din_besked")
JOIN_FIELDS = JoinForm.Meta.fields


def valid_join_request():
    return {
        "municipality": Municipality.objects.get(name="Ballerup").pk,
        "contact_name": "Birgit",
        "email": "birgit@example.org",
        "expected_start": coming_quarters()[1].isoformat(),
        "births_per_year": 400,
    }


def page_cases():
    cases = []
    for language in ("da", "en"):
        for model in PUBLIC_PAGES:
            cases.append(
                Case(
                    f"{language}-public-{model.__name__}",
                    "anonymous",
                    lambda model=model, language=language: page_url(model, language),
                )
            )
        cases.append(
            Case(
                f"{language}-public-fiv-near-you",
                "anonymous",
                lambda language=language: page_url(MunicipalityIndexPage, language, list_all=False),
            )
        )
        for role in ("professional", "contributor"):
            for model in [*AREA_PAGES, MunicipalityIndexPage]:
                cases.append(
                    Case(
                        f"{language}-{role}-{model.__name__}",
                        role,
                        lambda model=model, language=language: page_url(model, language),
                    )
                )
    return cases


CASES = [
    *page_cases(),
    # Parts of the address itself.
    Case("page-slug", "professional", lambda: "/{v}/"),
    Case("area-page-slug", "professional", lambda: page_url(ProfessionalAreaPage) + "{v}/"),
    *[
        Case(
            f"library-search-by-{sort}",
            "professional",
            lambda sort=sort: f"{page_url(LibraryIndexPage)}?sort={sort}",
            names=tuple(name for name in PARAMS if name != "sort"),
        )
        for sort in ("title", "newest", "relevance")
    ],
    Case(
        "funding-list",
        "professional",
        lambda: page_url(FundingPage) + "?past=1",
        names=("sort", "past"),
    ),
    Case(
        "funding-follow-post",
        "professional",
        lambda: page_url(FundingPage) + "follow/",
        ("opportunity", "sort", "past"),
        "POST",
    ),
    Case(
        "funding-unfollow-post",
        "contributor",
        lambda: page_url(FundingPage, "en") + "unfollow/",
        ("opportunity", "sort", "past"),
        "POST",
    ),
    Case(
        "admin-funding",
        "secretary",
        lambda: reverse("wagtailsnippets_network_fundingopportunity:list"),
    ),
    Case("notification-preferences", "professional", lambda: reverse("notification_preferences")),
    Case(
        "notification-preferences-post",
        "contributor",
        lambda: reverse("notification_preferences"),
        NOTIFICATION_FIELDS,
        "POST",
    ),
    Case("notifications-unsubscribe", "anonymous", lambda: "/notifikationer/afmeld/{v}/"),
    Case(
        "notifications-unsubscribe-post",
        "anonymous",
        lambda: "/en/notifications/unsubscribe/{v}/",
        ("List-Unsubscribe",),
        "POST",
    ),
    Case("funding-stop", "anonymous", lambda: "/fondsmuligheder/stop/{v}/"),
    Case("funding-stop-post", "anonymous", lambda: "/fondsmuligheder/stop/{v}/", (), "POST"),
    Case("library-theme", "professional", lambda: page_url(LibraryIndexPage) + "tema/{v}/"),
    Case("material-zip", "professional", lambda: material_url() + "download/"),
    Case("meeting-ics", "professional", lambda: page_url(MeetingPage) + "ics/"),
    Case("search-da", "anonymous", lambda: reverse_in("da", "search")),
    Case("search-en", "anonymous", lambda: reverse_in("en", "search")),
    Case("search-logged-in", "professional", lambda: reverse_in("da", "search")),
    Case("search-contributor", "contributor", lambda: reverse_in("da", "search")),
    Case("search-secretariat", "secretary", lambda: reverse_in("en", "search")),
    # Words that find something, so that the page, the type and the filters are read.
    Case("search-found", "anonymous", search_url, names=("page", "type")),
    Case("search-found-logged-in", "professional", search_url, names=("page", "type")),
    Case("search-found-type", "contributor", lambda: search_url(page="2") + "&type={v}", names=()),
    Case(
        "search-found-page", "secretary", lambda: search_url(type="meeting") + "&page={v}", names=()
    ),
    Case(
        "search-far-page-unknown-type",
        "professional",
        lambda: search_url(page="99999", type="ukendt"),
        names=("query",),
    ),
    Case("suggest-da", "anonymous", lambda: reverse_in("da", "search_suggest")),
    Case("suggest-en", "professional", lambda: reverse_in("en", "search_suggest")),
    Case("suggest-contributor", "contributor", lambda: reverse_in("da", "search_suggest")),
    Case("suggest-secretariat", "secretary", lambda: reverse_in("da", "search_suggest")),
    Case("document", "professional", document_url),
    Case("document-anonymous", "anonymous", document_url),
    Case("document-id", "professional", lambda: "/documents/{v}/x.pdf"),
    Case("document-huge-id", "professional", lambda: "/documents/99999999999999999999/x.pdf"),
    Case("document-name", "professional", lambda: document_url().rsplit("/", 1)[0] + "/{v}"),
    Case("media-document", "anonymous", lambda: "/media/documents/{v}"),
    Case("media-image", "anonymous", lambda: "/media/images/{v}"),
    Case("sitemap", "anonymous", lambda: "/sitemap.xml"),
    Case("calendar-feed", "anonymous", lambda: "/calendar/{v}.ics"),
    Case("professional-area", "professional", lambda: reverse("professional_area")),
    Case("login-page", "anonymous", lambda: reverse("login")),
    Case("login-page-en", "anonymous", lambda: reverse_in("en", "login")),
    Case("password-reset-page", "anonymous", lambda: reverse("password_reset")),
    Case("password-reset-done", "anonymous", lambda: reverse("password_reset_done")),
    Case(
        "password-reset-link",
        "anonymous",
        lambda: (
            reverse("password_reset_confirm", args=["UIDB64", "TOKEN"])
            .replace("UIDB64", "{v}")
            .replace("TOKEN", "{v}")
        ),
    ),
    Case("contribution-form", "contributor", lambda: reverse("contribute")),
    Case("contribution-form-refused", "professional", lambda: reverse("contribute")),
    Case("contribution-edit", "contributor", lambda: reverse("contribute") + "{v}/"),
    Case(
        "contribution-edit-huge-id",
        "contributor",
        lambda: reverse("edit_contribution", args=[99999999999999999999]),
    ),
    Case("my-contributions", "contributor", lambda: reverse("my_contributions")),
    Case("local-data", "contributor", lambda: reverse("local_data")),
    Case("local-data-secretariat", "secretary", lambda: reverse("local_data")),
    Case("local-data-edit", "contributor", own_report_url),
    Case("local-data-edit-id", "contributor", lambda: reverse("local_data") + "{v}/"),
    Case(
        "local-data-edit-huge-id",
        "contributor",
        lambda: reverse("local_data_edit", args=[99999999999999999999]),
    ),
    # The admin, as the secretariat uses it.
    Case("admin-search", "secretary", lambda: reverse("wagtailadmin_pages:search")),
    Case("admin-explorer", "secretary", lambda: reverse("wagtailadmin_explore_root")),
    Case("admin-documents", "secretary", lambda: reverse("wagtaildocs:index")),
    Case("admin-images", "secretary", lambda: reverse("wagtailimages:index")),
    Case("admin-users", "secretary", lambda: reverse("wagtailusers_users:index")),
    Case(
        "admin-municipalities",
        "secretary",
        lambda: reverse("wagtailsnippets_network_municipality:list"),
    ),
    Case("admin-local-data", "secretary", lambda: reverse("network_local_data")),
    Case("admin-local-data-export", "secretary", lambda: reverse("network_local_data_export")),
    Case("admin-login", "anonymous", lambda: reverse("wagtailadmin_login")),
    Case(
        "admin-meeting-registrations",
        "secretary",
        lambda: reverse("network_meeting_registrations"),
    ),
    Case(
        "admin-meeting-registration-list",
        "secretary",
        lambda: reverse("network_meeting_registration_list", args=[coming_meeting().pk]),
    ),
    Case(
        "admin-meeting-registrations-export",
        "secretary",
        lambda: reverse("network_meeting_registrations_export", args=[coming_meeting().pk]),
    ),
    Case(
        "admin-meeting-registration-id",
        "secretary",
        lambda: reverse("network_meeting_registrations") + "{v}/",
    ),
    Case("admin-dashboard", "secretary", lambda: reverse("wagtailadmin_home")),
    Case("admin-review-report", "secretary", lambda: reverse("library_review_report")),
    Case("admin-download-report", "secretary", lambda: reverse("library_download_report")),
    Case(
        "admin-unanswered-report",
        "secretary",
        unanswered_report_url,
        names=(*PARAMS, "export"),
    ),
    Case(
        "admin-unanswered-report-results",
        "secretary",
        lambda: unanswered_report_url("_results"),
    ),
    Case(
        "admin-unanswered-report-export",
        "secretary",
        lambda: unanswered_report_url() + "?export=xlsx",
    ),
    *[
        Case(f"admin-unanswered-report-{role}", role, unanswered_report_url)
        for role in ("anonymous", "professional", "contributor")
    ],
    # Forms, posted.
    Case(
        "contribution-post",
        "contributor",
        lambda: reverse("contribute"),
        CONTRIBUTION_FIELDS,
        "POST",
    ),
    Case(
        "contribution-post-secretariat",
        "secretary",
        lambda: reverse("contribute"),
        CONTRIBUTION_FIELDS,
        "POST",
    ),
    Case(
        "local-data-post", "contributor", lambda: reverse("local_data"), LOCAL_DATA_FIELDS, "POST"
    ),
    Case(
        "local-data-post-secretariat",
        "secretary",
        lambda: reverse("local_data"),
        LOCAL_DATA_FIELDS,
        "POST",
    ),
    Case("local-data-edit-post", "contributor", own_report_url, LOCAL_DATA_FIELDS, "POST"),
    Case(
        "contact-post",
        "anonymous",
        lambda: page_url(ContactPage),
        CONTACT_FIELDS,
        "POST",
    ),
    Case(
        "contribution-post-saved",
        "contributor",
        lambda: reverse("contribute"),
        ("title", "introduction", "description"),  # themes are picked by id, never typed
        "POST",
        names=(),
        base=valid_contribution,
        then=lambda: reverse("my_contributions"),
    ),
    Case("contribution-edit-own", "contributor", own_material_edit_url),
    Case(
        "contribution-edit-own-post",
        "contributor",
        own_material_edit_url,
        CONTRIBUTION_FIELDS,
        "POST",
    ),
    Case(
        "local-data-edit-post-saved",
        "contributor",
        own_report_url,
        TEXTS,
        "POST",
        names=(),
        base=valid_report,
        then=lambda: reverse("local_data"),
    ),
    Case(
        "contact-post-sent",
        "anonymous",
        lambda: page_url(ContactPage),
        ("dit_navn", "kommune", "din_besked"),
        "POST",
        names=(),
        base=lambda: {"dit_navn": "Ida", "din_e_mail": "ida@example.org", "din_besked": "Hej"},
    ),
    Case(
        "meeting-register-post",
        "professional",
        meeting_register_url,
        ("municipality", "participants", "note"),
        "POST",
    ),
    Case(
        "meeting-register-post-secretariat",
        "secretary",
        meeting_register_url,
        ("municipality", "participants", "note"),
        "POST",
    ),
    Case(
        "meeting-register-post-saved",
        "professional",
        meeting_register_url,
        ("note",),
        "POST",
        names=(),
        base=odense_registration,
        then=lambda: coming_meeting().url,
    ),
    Case(
        "meeting-publish-minutes",
        "secretary",
        lambda: reverse("network_meeting_publish_minutes", args=[coming_meeting().pk]),
        method="POST",
    ),
    Case("join-post", "anonymous", lambda: page_url(JoinPage), JOIN_FIELDS, "POST"),
    Case(
        "join-post-sent",
        "anonymous",
        lambda: page_url(JoinPage),
        ("contact_name", "phone", "message"),
        "POST",
        names=(),
        base=valid_join_request,
    ),
    Case("onboarding", "contributor", lambda: reverse("onboarding")),
    Case("onboarding-secretariat", "secretary", lambda: reverse("onboarding")),
    Case(
        "admin-join-requests",
        "secretary",
        lambda: reverse("wagtailsnippets_network_joinrequest:list"),
    ),
    Case(
        "admin-onboarding",
        "secretary",
        lambda: reverse("wagtailsnippets_network_onboarding:list"),
    ),
    Case(
        "login-post",
        "anonymous",
        lambda: reverse("login"),
        ("username", "password", "next"),
        "POST",
    ),
    Case(
        "password-reset-post",
        "anonymous",
        lambda: reverse("password_reset"),
        ("email",),
        "POST",
    ),
    Case(
        "admin-login-post",
        "anonymous",
        lambda: reverse("wagtailadmin_login"),
        ("username", "password", "next"),
        "POST",
    ),
]

USERNAMES = {
    "anonymous": None,
    "professional": PROFESSIONAL,
    "contributor": CONTRIBUTOR,
    "secretary": SECRETARY,
}


def client_for(role):
    client = Client()
    if USERNAMES[role]:
        client.force_login(demo_user(USERNAMES[role]))
    return client


def ask(client, case, address, value):
    path = address.replace("{v}", value)
    if case.method == "POST":
        body = query_string(value, (*case.fields, *case.names))
        if case.base:
            body = f"{urlencode(case.base())}&{body}"
        return client.post(path, body, content_type="application/x-www-form-urlencoded")
    separator = "&" if "?" in path else "?"
    return client.get(f"{path}{separator}{query_string(value, case.names)}")


# Hostile values that still fail in a case, and why: each one runs as a test of its own that
# is expected to fail (strictly: once it passes, remove it here).
KNOWN_FAILURES = {}
UPSTREAM_FTS5 = (
    "upstream, SQLite only: django-modelsearch puts a search term between double quotes in an "
    "FTS5 query without doubling the quotes inside it (fts5: syntax error near '>')"
)
UPSTREAM_LIKE = (
    "upstream, SQLite only: Wagtail's user list searches with LIKE, and SQLite refuses a pattern "
    "over 50,000 bytes; unreachable behind gunicorn, whose request line stops at 4,094 bytes"
)
if ON_SQLITE:
    KNOWN_FAILURES |= {
        ("admin-explorer", "attribute"): UPSTREAM_FTS5,
        ("admin-documents", "attribute"): UPSTREAM_FTS5,
        ("admin-images", "attribute"): UPSTREAM_FTS5,
        ("admin-users", "huge-string"): UPSTREAM_LIKE,
    }


def runs():
    """Each case with every value but its known failures; then each known failure alone."""
    for case in CASES:
        values = [name for name in VALUES if (case.id, name) not in KNOWN_FAILURES]
        yield pytest.param(case, values, id=case.id, marks=case.marks)
    for (case_id, name), reason in KNOWN_FAILURES.items():
        case = next(case for case in CASES if case.id == case_id)
        yield pytest.param(
            case,
            [name],
            id=f"{case_id}[{name}]",
            marks=pytest.mark.xfail(strict=True, reason=reason),
        )


def test_every_case_has_a_distinct_id():
    ids = [case.id for case in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.django_db
@pytest.mark.parametrize("case,values", list(runs()))
def test_no_hostile_value_gives_a_server_error_or_a_script(case, values):
    client = client_for(case.role)
    address = case.url()
    failures = []
    for name in values:
        try:
            response = ask(client, case, address, VALUES[name])
        except Exception as error:  # noqa: BLE001 - every failure is reported with its value
            failures.append(f"{name}: {type(error).__name__}: {str(error)[:200]}")
            continue
        if case.then and name == "script" and response.status_code != 302:
            failures.append(f"{name}: the form was not saved ({response.status_code})")
        responses = [response]
        if case.then and response.status_code < 500:
            responses.append(client.get(case.then()))
        for response in responses:
            if response.status_code >= 500:
                failures.append(f"{name}: {response.status_code}")
            if b"<script>fiv_xss" in getattr(response, "content", b""):
                failures.append(f"{name}: the script is on the page")
    assert not failures, f"{case.method} {address}:\n" + "\n".join(failures)
