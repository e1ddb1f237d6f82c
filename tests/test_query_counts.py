"""Every page type, in both languages, read by each demo role, costs at most 15 SQL queries with
none repeated, and the same number with a thousand more materials, meetings, news items and
municipalities as with the demo's handful.

Measured as production runs: sessions in the cache (`cached_db`), the frame cache's generation in
the page cache's private folder (no query, as with Redis), the anonymous page cache off (a page
built for the reader). The first request of each reader fills the frame cache
(home/framecache.py); the second is counted, as every request after the first is."""

from collections import Counter

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, get_page_models

from home.models import NewsPage
from library.models import MaterialPage
from network.models import MeetingContributionPage, MeetingPage, MemberNewsPage, Municipality
from tests.growth import copy_pages, copy_rows
from tests.people import CONTRIBUTOR, PROFESSIONAL, SECRETARY, demo_user

CEILING = 15
GROWTH = 1000
ROLES = [None, PROFESSIONAL, CONTRIBUTOR, SECRETARY]
LANGUAGES = ["da", "en"]


@pytest.fixture
def production_caches(settings, tmp_path, pages_built_each_time):
    """Production's caches without Redis: sessions in the database with a copy in the cache,
    the page cache and the frame's generation in a private folder (cms/settings/base.py).
    Pages that readers share (home/readercache.py) are counted as built, as after any change."""
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "cms.cache.PrivateFileCache", "LOCATION": str(tmp_path / "pages")},
    }


def a_contribution():
    """The demo has no published meeting contribution: one from Aarhus on the first meeting."""
    meeting = MeetingPage.objects.live().filter(locale__language_code="da").first()
    contribution = meeting.add_child(
        instance=MeetingContributionPage(
            title="Aarhus' erfaringer med fædregrupper",
            municipality=Municipality.objects.get(name="Aarhus"),
            body="<p>Tre hold i foråret.</p>",
        )
    )
    contribution.save_revision().publish()


def page_addresses():
    """One live page of every page type in each language that has one: {(type, language): url}."""
    found = {}
    for model in get_page_models():
        if model is Page:
            continue
        for language in LANGUAGES:
            page = model.objects.live().filter(locale__language_code=language).first()
            if page is not None:
                found[model.__name__, language] = page.url
    return found


def grow():
    danish = {"locale__language_code": "da"}
    for model in [MaterialPage, MeetingPage, NewsPage, MemberNewsPage]:
        copy_pages(model.objects.live().filter(**danish).first(), GROWTH)
    copy_rows(
        Municipality.objects.get(name="Aarhus"),
        GROWTH,
        code=lambda number: 2000 + number,
        name=lambda number: f"Prøvekommune {number}",
        contributor_group_id=lambda number: None,
    )


def measure(addresses):
    """{(type, language, role): (number of queries, the queries asked more than once)}."""
    counts = {}
    for role in ROLES:
        client = Client()
        if role is not None:
            client.force_login(demo_user(role))
        for (name, language), url in addresses.items():
            client.get(url)
            with CaptureQueriesContext(connection) as asked:
                response = client.get(url)
            assert response.status_code < 400, (name, language, role, response.status_code)
            statements = Counter(query["sql"] for query in asked.captured_queries)
            repeated = [sql for sql, times in statements.items() if times > 1]
            counts[name, language, role or "anonymous"] = (len(asked), repeated)
    return counts


@pytest.mark.walk  # every page in both languages for every reader, twice: the PostgreSQL pass
@pytest.mark.django_db
def test_every_page_type_stays_within_its_queries_for_every_reader(production_caches):
    a_contribution()
    addresses = page_addresses()
    missing = {model.__name__ for model in get_page_models() if model is not Page} - {
        name for name, _language in addresses
    }
    assert not missing, f"no live page of {missing} to measure"

    demo = measure(addresses)
    grow()
    grown = measure(addresses)

    too_many = {key: count for key, (count, _) in grown.items() if count > CEILING}
    repeated = {key: sqls for key, (_, sqls) in {**demo, **grown}.items() if sqls}
    growing = {key: (demo[key][0], grown[key][0]) for key in demo if grown[key][0] != demo[key][0]}
    assert not too_many, f"more than {CEILING} queries: {too_many}"
    assert not repeated, f"the same query twice: {repeated}"
    assert not growing, f"queries that grow with the content (demo, grown): {growing}"
    assert len(demo) == len(addresses) * len(ROLES)
