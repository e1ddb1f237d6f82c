"""A first visit to the home page is light on a phone: at most 200 KB over the wire at 375 px,
nothing fetched from another site, the picture in the width the screen needs, images further down
left until they are scrolled to, and nothing that holds back the first paint but the site's own
stylesheets.

The live server serves static files as `manage.py runserver` does: found in the apps, neither
minified nor compressed nor hashed, and Django's test server reads media from the disk by name.
That is not what a visitor gets. These tests collect the site's own static files with the
production storage (cms/storage.py: minified, hashed, gzip and brotli beside each) into a
temporary STATIC_ROOT and let the live server answer with the bare Django application, WhiteNoise
and the media view included, as gunicorn does in production. Only the page's HTML still differs:
it is sent uncompressed (a proxy in front may compress it), so the figures are upper bounds.
"""

import re

import pytest
from django.contrib.staticfiles.finders import get_finders
from django.core.cache import caches
from django.core.handlers.wsgi import WSGIHandler
from django.core.management import call_command
from django.test import override_settings

from bench.weight import DESKTOP, PHONE, FirstVisit
from cms.storage import OWN
from home.models import ConceptPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BUDGET = 200_000  # bytes over the wire on a first visit at 375 px (issue 13)
TEN_YEARS = "max-age=315360000"
PRODUCTION_STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "cms.storage.MinifiedManifestStaticFilesStorage"},
}


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory):
    """The site's own static files as the Docker image collects them. Wagtail's and Django's (the
    admin's) are left out: no public page links them, and compressing them takes a minute."""
    root = tmp_path_factory.mktemp("static")
    others = {
        path.split("/")[0]
        for finder in get_finders()
        for path, _storage in finder.list(["CVS", ".*", "*~"])
    } - {folder.rstrip("/") for folder in OWN}
    with override_settings(STATIC_ROOT=root, STORAGES=PRODUCTION_STORAGES):
        call_command("collectstatic", interactive=False, verbosity=0, ignore_patterns=[*others])
    return root


@pytest.fixture
def production_site(demo_site, collected_static):
    """The live server answering as gunicorn does: WhiteNoise serves the collected files, the
    site's media view the images (the live server's own static and media handlers step aside)."""
    server = demo_site.thread.httpd
    test_handler = server.get_app()
    with override_settings(STATIC_ROOT=collected_static, STORAGES=PRODUCTION_STORAGES):
        for cache in caches.all():
            cache.clear()  # nothing rendered with the test storage's file names
        server.set_app(WSGIHandler())  # a new middleware chain: WhiteNoise reads the new root
        try:
            yield demo_site
        finally:
            server.set_app(test_handler)
            for cache in caches.all():
                cache.clear()


def hero(visit):
    """The home page's picture and the width of the rendition the browser chose from its srcset
    (in the rendition's name: `fill-720x540`; naturalWidth is divided by the pixel density)."""
    image = next(image for image in visit.images() if "/media/images/" in image["src"])
    image["width"] = int(re.search(r"\.fill-(\d+)x\d+\.", image["src"]).group(1))
    return image


def report(name, visit):
    print(f"\n{name}: {visit.total} bytes in {len(visit.requests)} requests")
    for size, encoding, url in visit.largest():
        print(f"  {size:>7} {encoding:<4} {url}")


def test_the_home_page_on_a_phone_is_light_and_asks_no_one_else(browser, production_site):
    origin = production_site.url
    visits = {
        "375 px": FirstVisit(browser, origin + "/", PHONE),
        # An iPhone of that size has three device pixels to the CSS pixel: the heaviest phone.
        "375 px at 3x": FirstVisit(browser, origin + "/", PHONE, scale=3),
        "1280 px": FirstVisit(browser, origin + "/", DESKTOP),
    }
    try:
        for name, visit in visits.items():
            report(name, visit)
            assert not visit.failed
            assert all(r.url.startswith(origin + "/") for r in visit.requests), [
                r.url for r in visit.requests if not r.url.startswith(origin + "/")
            ]
            for request in visit.requests:
                response = request.response()
                assert response.status == 200, request.url
                if "/static/" in request.url:
                    # Hashed names, kept for ten years; text compressed.
                    assert TEN_YEARS in response.headers["cache-control"], request.url
                    assert "immutable" in response.headers["cache-control"], request.url
                    if request.url.endswith((".css", ".js")):
                        assert response.headers.get("content-encoding") in {"gzip", "br"}
        for name in ("375 px", "375 px at 3x"):
            assert visits[name].total <= BUDGET, (name, visits[name].largest())

        # The srcset and sizes work: a phone gets a narrower, lighter picture than a wide screen
        # of the same pixel density, and each screen one at least as wide as it shows it.
        phone, sharp, desktop = (hero(visits[name]) for name in visits)
        assert phone["width"] < desktop["width"]
        assert visits["375 px"].bytes_of(phone["src"]) < visits["1280 px"].bytes_of(desktop["src"])
        for image, scale in [(phone, 1), (sharp, 3), (desktop, 1)]:
            assert image["shownWidth"] * scale <= image["width"], image
        assert phone["src"].endswith(".avif")  # Chromium takes the first format it knows
    finally:
        for visit in visits.values():
            visit.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375px", "1280px"])
def test_nothing_but_the_site_s_own_css_holds_back_the_first_paint(
    browser, production_site, viewport
):
    origin = production_site.url
    visit = FirstVisit(browser, origin + "/", viewport)
    try:
        head = visit.head()
    finally:
        visit.close()
    for script in head["scripts"]:
        assert script["src"].startswith(origin + "/"), script  # no inline script, no other site
        assert script["defer"] or script["async"] or script["module"], script
    assert head["stylesheets"] and all(
        href.startswith(origin + "/") for href in head["stylesheets"]
    )
    assert all(href.startswith(origin + "/static/") for href in head["fonts"])
    assert head["blocking"], "Chromium reports which requests held back the first paint"
    for name in head["blocking"]:
        assert name.startswith(origin + "/static/") and name.endswith(".css"), name


def test_images_below_the_fold_wait_until_they_are_scrolled_to(browser, production_site):
    origin = production_site.url
    pages = ["/", ConceptPage.objects.live().get(slug="for-foraeldre").url]
    below = []
    for path in pages:
        for viewport in (PHONE, DESKTOP):
            visit = FirstVisit(browser, origin + path, viewport)
            try:
                images = visit.images()
            finally:
                visit.close()
            for image in images:
                if image["belowFold"]:
                    below.append(image)
                    assert image["loading"] == "lazy", (path, viewport, image)
    assert below, "the demo's page for parents has an image further down"
