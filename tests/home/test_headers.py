"""The security headers of the site, the professional area, a private file and the admin, as a
browser gets them from the production settings, and the README's list of them."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings
from django.urls import reverse
from wagtail.documents.models import Document

from home.models import HomePage
from network.documents import PROFESSIONAL_COLLECTION
from tests.home.production import ROOT, production_settings

# The production settings that shape the headers (base.py's, and production.py's own).
HEADER_SETTINGS = [
    "CONTENT_SECURITY_POLICY",
    "ADMIN_CONTENT_SECURITY_POLICY",
    "PERMISSIONS_POLICY_DISABLED",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_HSTS_SECONDS",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_REFERRER_POLICY",
    "SECURE_SSL_REDIRECT",
    "X_FRAME_OPTIONS",
    "PAGE_CACHE_SECONDS",
    "PAGE_CACHE_BROWSER_SECONDS",
]
# Headers that describe the content rather than protect it: the README leaves them out.
CONTENT_HEADERS = {
    "content-disposition",
    "content-encoding",
    "content-language",
    "content-length",
    "content-type",
    "etag",
    "expires",
    "last-modified",
    "set-cookie",
    "vary",
    "x-request-id",  # names the request in the logs (README, "Logs and error reports")
    "x-page-cache",  # whether the page came from the page cache
}


class HttpsClient(Client):
    """A browser on the site's HTTPS address, as production serves it: through a load balancer
    that ends TLS and says so in X-Forwarded-Proto."""

    def __init__(self):
        super().__init__(HTTP_HOST="example.org", HTTP_X_FORWARDED_PROTO="https")

    def generic(self, *args, **kwargs):
        return super().generic(*args, **{**kwargs, "secure": True})


@pytest.fixture(scope="module")
def production_headers():
    return production_settings(*HEADER_SETTINGS)


@pytest.fixture
def browser(production_headers):
    """A client that meets the production settings over HTTPS (a fresh one: SecurityMiddleware
    reads its settings when it starts)."""
    with override_settings(**production_headers):
        yield HttpsClient()


def log_in(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    return client


def private_document():
    return Document.objects.filter(collection__name=PROFESSIONAL_COLLECTION).first()


def policy(response):
    """{directive: [source, ...]} of the response's Content-Security-Policy."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def script_sources(directives):
    return directives.get("script-src", directives.get("default-src"))


# What the tests request: the README's names for them, and how to get each.
def get_home(client):
    return client.get("/")


def get_professional_area(client):
    return log_in(client, "fagperson").get("/fagligt-omraade/")


def get_document(client):
    return log_in(client, "fagperson").get(private_document().url)


def get_admin(client):
    return log_in(client, "sekretariat").get(reverse("wagtailadmin_home"))


RESPONSES = {
    "/": get_home,
    "/fagligt-omraade/": get_professional_area,
    "document": get_document,
    "/admin/": get_admin,
}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "username"),
    [("/", None), ("/en/", None), ("/fagligt-omraade/", "fagperson")],
    ids=["home", "English home", "professional area"],
)
def test_the_site_allows_no_inline_script(browser, path, username):
    if username:
        log_in(browser, username)
    response = browser.get(path)
    assert response.status_code == 200
    directives = policy(response)
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert response["Permissions-Policy"].startswith("accelerometer=()")
    for feature in ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]:
        assert f"{feature}=()" in response["Permissions-Policy"].split(", ")
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_a_private_document_runs_nothing_and_stays_out_of_shared_caches(browser):
    response = get_document(browser)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith((b"%PDF-", b"PK"))
    assert policy(response) == {"default-src": ["'none'"]}
    assert script_sources(policy(response)) == ["'none'"]
    assert response["Cache-Control"] == "private"
    assert response["Permissions-Policy"].startswith("accelerometer=()")
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.django_db
def test_an_anonymous_page_is_not_made_private(browser):
    assert "private" not in browser.get("/").get("Cache-Control", "")


@pytest.mark.django_db
def test_the_secretariat_works_in_the_admin_under_its_own_policy(browser):
    log_in(browser, "sekretariat")
    home = HomePage.objects.get(locale__language_code="da")
    for url in [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:edit", args=[home.pk]),
    ]:
        response = browser.get(url)
        assert response.status_code == 200, url
        directives = policy(response)
        # Inline code, as Wagtail's admin needs, but code from the site's origin only.
        assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
        assert directives["default-src"] == ["'self'"]
        assert directives["object-src"] == ["'none'"]
        assert directives["frame-ancestors"] == ["'self'"]
        assert response["Permissions-Policy"].startswith("accelerometer=()")


@pytest.mark.django_db
def test_a_preview_in_the_admin_has_the_sites_policy_and_may_be_framed_by_the_admin(browser):
    log_in(browser, "sekretariat")
    home = HomePage.objects.get(locale__language_code="da")
    response = browser.get(
        reverse("wagtailadmin_pages:revisions_view", args=[home.pk, home.latest_revision_id])
    )
    assert response.status_code == 200
    assert "Familieiværksætterne" in response.content.decode()
    site = policy(get_home(HttpsClient()))
    assert policy(response) == {**site, "frame-ancestors": ["'self'"]}


def readme_headers():
    """{response: {header: value}} from the README's table of response headers."""
    text = (ROOT / "README.md").read_text()
    section = text.split("### Response headers", 1)[1].split("\n#", 1)[0]
    documented = {name: {} for name in RESPONSES}
    for row in re.findall(r"^\| `([\w-]+)` \| `([^`]+)` \| ([^|]+) \|", section, re.MULTILINE):
        header, value, on = row
        names = RESPONSES if on.strip() == "all" else [n.strip(" `") for n in on.split(",")]
        for name in names:
            assert name in RESPONSES, f"README: unknown response {name!r}"
            assert header not in documented[name], f"README: {header} twice for {name}"
            documented[name][header] = value
    return documented


def comparable(header, value):
    if header.lower() == "content-security-policy":
        return {part.split()[0]: sorted(part.split()[1:]) for part in value.split(";")}
    return value


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(RESPONSES))
def test_the_readme_lists_the_headers_each_response_carries(browser, name):
    response = RESPONSES[name](browser)
    assert response.status_code == 200
    sent = {
        header.lower(): comparable(header, value)
        for header, value in response.headers.items()
        if header.lower() not in CONTENT_HEADERS
    }
    documented = {
        header.lower(): comparable(header, value)
        for header, value in readme_headers()[name].items()
    }
    assert documented == sent
