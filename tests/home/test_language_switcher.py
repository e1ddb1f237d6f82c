import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction

from home.factories import ConceptPageFactory


def switcher_links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {a["hreflang"]: a["href"] for a in soup.select(".language-switcher a")}


def alternates(response):
    """The head's hreflang alternates: what a search engine reads as the page's languages."""
    soup = BeautifulSoup(response.content, "html.parser")
    return {link["hreflang"]: link["href"] for link in soup.head.select('link[rel="alternate"]')}


def page_in_two_languages(home_da, title, slug):
    """A live Danish page and its English translation, still a draft."""
    danish = ConceptPageFactory(parent=home_da, title=title, slug=slug)
    english = danish.copy_for_translation(Locale.objects.get(language_code="en"))
    english.slug = f"{slug}-en"
    english.save_revision()
    return danish, english


@pytest.mark.django_db
def test_switcher_leads_to_the_same_page_in_the_other_language(client):
    assert switcher_links(client.get("/for-foraeldre/")) == {"en": "/en/for-parents/"}
    assert switcher_links(client.get("/en/for-parents/")) == {"da": "/for-foraeldre/"}
    assert switcher_links(client.get("/en/")) == {"da": "/"}


@pytest.mark.django_db
def test_switcher_falls_back_to_the_home_page_without_a_translation(client, home_da):
    ConceptPageFactory(parent=home_da, title="Kun på dansk", slug="kun-paa-dansk")
    assert switcher_links(client.get("/kun-paa-dansk/")) == {"en": "/en/"}


@pytest.mark.django_db
def test_switcher_on_the_search_page_keeps_the_query(client):
    links = switcher_links(client.get("/search/?query=fædre"))
    assert links["en"].startswith("/en/search/")


@pytest.mark.django_db
def test_switcher_in_the_professional_area_leads_to_the_english_page_after_login(professional):
    assert switcher_links(professional.get("/fagligt-omraade/moeder/")) == {
        "en": "/en/professional-area/meetings/"
    }


@pytest.mark.django_db
def test_switcher_never_reveals_a_private_translation(client, home_da):
    page = ConceptPageFactory(parent=home_da, title="Offentlig på dansk", slug="offentlig")
    english = page.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save_revision().publish()
    PageViewRestriction.objects.create(page=english, restriction_type=PageViewRestriction.LOGIN)
    PageViewRestriction.objects.filter(page=page).delete()
    assert switcher_links(client.get("/offentlig/")) == {"en": "/en/"}


@pytest.mark.django_db
def test_a_public_page_names_both_languages_for_search_engines(client):
    expected = {
        "da": "http://localhost/for-foraeldre/",
        "en": "http://localhost/en/for-parents/",
        "x-default": "http://localhost/for-foraeldre/",
    }
    assert alternates(client.get("/for-foraeldre/")) == expected
    assert alternates(client.get("/en/for-parents/")) == expected


@pytest.mark.django_db
def test_a_page_in_danish_only_has_no_alternates(client, home_da):
    ConceptPageFactory(parent=home_da, title="Kun på dansk", slug="kun-paa-dansk")
    assert alternates(client.get("/kun-paa-dansk/")) == {}


@pytest.mark.django_db
def test_a_draft_translation_is_neither_offered_nor_announced_until_published(client, home_da):
    danish, english = page_in_two_languages(home_da, "Snart på engelsk", "snart")
    response = client.get("/snart/")
    assert switcher_links(response) == {"en": "/en/"}
    assert alternates(response) == {}
    english.get_latest_revision().publish()
    response = client.get("/snart/")
    assert switcher_links(response) == {"en": "/en/snart-en/"}
    assert alternates(response)["en"] == "http://localhost/en/snart-en/"


@pytest.mark.django_db
def test_a_private_translation_is_not_announced_to_a_stranger(professional, home_da):
    danish, english = page_in_two_languages(home_da, "Delvis privat", "delvis")
    english.get_latest_revision().publish()
    PageViewRestriction.objects.create(page=english, restriction_type=PageViewRestriction.LOGIN)
    PageViewRestriction.objects.filter(page=danish).delete()  # the mirrored one: Danish is open
    stranger = Client()
    assert stranger.get("/delvis/").status_code == 200
    assert alternates(stranger.get("/delvis/")) == {}
    assert alternates(professional.get("/delvis/")) == {
        "da": "http://localhost/delvis/",
        "en": "http://localhost/en/delvis-en/",
        "x-default": "http://localhost/delvis/",
    }


@pytest.mark.django_db
def test_the_search_page_has_no_alternates(client):
    assert alternates(client.get("/search/?query=fædre")) == {}


@pytest.mark.django_db
def test_the_switcher_and_the_alternates_ask_for_the_translations_once(client):
    """Once for both, and then not again until something changes (home/framecache.py)."""
    page = Page.objects.get(locale__language_code="da", slug="for-foraeldre")
    key = str(page.translation_key).replace("-", "")
    for expected in [1, 0]:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page.url)
        assert alternates(response) and switcher_links(response)
        asked = [q["sql"] for q in queries if key in q["sql"].replace("-", "")]
        assert len(asked) == expected, asked
