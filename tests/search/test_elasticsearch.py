"""Elasticsearch, the backend for scale: one index per language, each with its language's analyser,
and every search (the site's, the library's, the suggestions) asks the reader's language's index.

No Elasticsearch server runs on the development machines or in CI: the configuration and the
choice of index are tested here without one, and the last test runs against a live server when
`ELASTICSEARCH_URL` points at one that answers."""

import os
import urllib.request

import pytest
from django.core.management import call_command
from django.utils import translation

import search.results
from home.search_language import backend_for_language
from tests.home.production import production_settings

LIVE_URL = os.environ.get("ELASTICSEARCH_URL", "")


def live_server():
    if not LIVE_URL:
        return False
    try:
        with urllib.request.urlopen(LIVE_URL, timeout=2) as response:  # noqa: S310
            return response.status == 200
    except OSError:
        return False


def test_production_has_an_index_per_language_with_its_analyser():
    backends = production_settings(
        "WAGTAILSEARCH_BACKENDS",
        env={"ELASTICSEARCH_URL": "http://search:9200", "ELASTICSEARCH_INDEX_PREFIX": "fiv_"},
    )["WAGTAILSEARCH_BACKENDS"]
    assert set(backends) == {"default", "english"}
    for name, language, analyser in [("default", "da", "danish"), ("english", "en", "english")]:
        backend = backends[name]
        assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch8"
        assert backend["URLS"] == ["http://search:9200"]
        assert backend["INDEX_PREFIX"] == f"fiv_{language}_"
        analysis = backend["INDEX_SETTINGS"]["settings"]["analysis"]
        assert analysis["analyzer"]["default"] == {"type": analyser}


def test_without_elasticsearch_the_database_backend_stems_each_language_itself():
    backends = production_settings("WAGTAILSEARCH_BACKENDS", env={})["WAGTAILSEARCH_BACKENDS"]
    assert list(backends) == ["default"]
    assert backends["default"]["LANGUAGE_CONFIGS"] == {"da": "danish", "en": "english"}


def test_the_reader_s_language_chooses_the_index(settings):
    assert backend_for_language("en") == "default"  # the database backend: one for both
    settings.WAGTAILSEARCH_BACKENDS = {**settings.WAGTAILSEARCH_BACKENDS}
    settings.WAGTAILSEARCH_BACKENDS["english"] = settings.WAGTAILSEARCH_BACKENDS["default"]
    assert backend_for_language("en") == "english"
    assert backend_for_language("da") == "default"
    with translation.override("en"):
        assert backend_for_language() == "english"


@pytest.mark.django_db
def test_an_english_search_asks_the_english_index(client, settings, monkeypatch):
    settings.WAGTAILSEARCH_BACKENDS = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "english": settings.WAGTAILSEARCH_BACKENDS["default"],
    }
    asked = []
    real = search.results.get_search_backend

    def recording(name="default"):
        asked.append(name)
        return real(name)

    monkeypatch.setattr(search.results, "get_search_backend", recording)
    assert client.get("/en/search/", {"query": "fathers"}).status_code == 200
    assert asked and set(asked) == {"english"}
    asked.clear()
    assert client.get("/search/", {"query": "fædre"}).status_code == 200
    assert asked and set(asked) == {"default"}


@pytest.mark.django_db
@pytest.mark.skipif(not live_server(), reason="no Elasticsearch server at ELASTICSEARCH_URL")
def test_a_live_elasticsearch_stems_each_language_in_its_own_index(client, settings):
    """With a live server (`ELASTICSEARCH_URL=http://localhost:9200 pytest -k live_elasticsearch`):
    the demo indexed into both indexes, a Danish inflection and an English one each find their
    language's pages."""
    settings.WAGTAILSEARCH_BACKENDS = production_settings(
        "WAGTAILSEARCH_BACKENDS",
        env={"ELASTICSEARCH_URL": LIVE_URL, "ELASTICSEARCH_INDEX_PREFIX": "fiv_test_"},
    )["WAGTAILSEARCH_BACKENDS"]
    call_command("update_index", verbosity=0)
    danish = client.get("/search/", {"query": "fædrene"}).context["search"]
    english = client.get("/en/search/", {"query": "father"}).context["search"]
    assert danish.total > 0  # "fædre" in the pages: found by the Danish stemmer
    assert english.total > 0  # "fathers" in the pages: found by the English stemmer
