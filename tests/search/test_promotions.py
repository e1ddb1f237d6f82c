"""The secretariat's promoted results come first, to readers who may open them; every search
is counted in Wagtail's query log, and one that found nothing among the searches without
results."""

import pytest
from bs4 import BeautifulSoup
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from library.models import MaterialPage
from search.models import UnansweredQuery
from tests.people import PROFESSIONAL, demo_user

pytestmark = pytest.mark.django_db


def promote(word, page=None, **fields):
    return SearchPromotion.objects.create(query=Query.get(word), page=page, **fields)


def promoted_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".search-promotion__title")]


def first_title(response):
    """The first title a reader meets on the results page: promoted or found."""
    soup = BeautifulSoup(response.content, "html.parser")
    main = soup.select_one("main") or soup
    first = main.select_one(".search-promotion__title, .card__title")
    return first.get_text(strip=True) if first else None


def searches(word):
    return Query.get(word).hits


def unanswered(word):
    return sum(UnansweredQuery.objects.filter(query_string=word).values_list("hits", flat=True))


@pytest.fixture
def for_municipalities(db):
    return Page.objects.get(locale__language_code="da", title="For kommuner")


@pytest.fixture
def sleep_guide(db):
    return MaterialPage.objects.get(locale__language_code="da", title="Søvnguide til det første år")


def test_a_promoted_page_comes_first_for_its_word(client, for_municipalities):
    assert first_title(client.get("/search/", {"query": "forældre"})) != "For kommuner"
    promote("Forældre", for_municipalities, description="Sådan kommer jeres kommune med.")

    response = client.get("/search/", {"query": "forældre"})
    assert first_title(response) == "For kommuner"
    assert promoted_titles(response) == ["For kommuner"]
    assert "Sådan kommer jeres kommune med." in response.content.decode()
    # Only for its word; and in English, the English page.
    assert promoted_titles(client.get("/search/", {"query": "fædre"})) == []
    assert promoted_titles(client.get("/en/search/", {"query": "forældre"})) == [
        "For municipalities"
    ]


def test_a_promoted_page_also_answers_a_word_that_finds_nothing_else(client, for_municipalities):
    promote("zxqvy", for_municipalities)
    response = client.get("/search/", {"query": "zxqvy"})
    assert promoted_titles(response) == ["For kommuner"]
    assert unanswered("zxqvy") == 0


def test_a_promoted_link_elsewhere_is_shown_as_the_secretariat_wrote_it(client):
    promote(
        "barsel",
        external_link_url="https://www.borger.dk/familie-og-boern/barsel",
        external_link_text="Barsel på borger.dk",
    )
    response = client.get("/search/", {"query": "barsel"})
    assert promoted_titles(response) == ["Barsel på borger.dk"]
    assert 'href="https://www.borger.dk/familie-og-boern/barsel"' in response.content.decode()


def test_a_promoted_private_page_is_never_shown_to_a_stranger(client, sleep_guide):
    promote("søvn", sleep_guide, description="Vores mest hentede materiale.")

    for address in ["/search/", "/en/search/"]:
        response = client.get(address, {"query": "søvn"})
        page = response.content.decode()
        assert promoted_titles(response) == []
        assert "Søvnguide" not in page and "Sleep guide" not in page
        assert "Vores mest hentede materiale." not in page

    client.force_login(demo_user(PROFESSIONAL))
    response = client.get("/search/", {"query": "søvn"})
    assert first_title(response) == "Søvnguide til det første år"


def test_every_search_is_counted_once_in_the_query_log(client):
    client.get("/search/", {"query": "  Forældre!  "})
    client.get("/search/", {"query": "forældre", "page": "2"})  # the same search, paged
    client.get("/search/", {"query": "forældre", "type": "page"})  # the same search, filtered
    client.get("/search/suggest/", {"q": "forældre"})  # typing is not searching
    client.get("/search/", {"query": ""})
    client.get("/search/", {"query": "?!"})
    assert searches("forældre") == 1
    assert not Query.objects.filter(query_string__in=["", "?!"]).exists()
    assert unanswered("forældre") == 0  # it found something


def test_a_search_that_found_nothing_is_counted_for_the_report(client):
    client.get("/search/", {"query": "zxqvy"})
    client.get("/search/", {"query": "ZXQVY"})
    assert searches("zxqvy") == 2
    assert unanswered("zxqvy") == 2


def test_what_a_stranger_cannot_find_counts_as_unanswered_for_them(client):
    client.get("/search/", {"query": "søvnguide"})  # a material, behind the login
    client.force_login(demo_user(PROFESSIONAL))
    client.get("/search/", {"query": "søvnguide"})
    assert searches("søvnguide") == 2
    assert unanswered("søvnguide") == 1


@pytest.mark.parametrize(
    ("query", "stored"),
    [
        ("zx\x00qvy", "zxqvy"),
        ("\x00", None),
        ("zxqvy" * 2000, "zxqvy" * 40),  # 10,000 characters: what the search box holds, 200
        ("'\"<>&% zxqvy", "zxqvy"),
    ],
)
def test_hostile_search_words_are_stored_cleaned_or_not_at_all(client, query, stored):
    response = client.get("/search/", {"query": query})
    assert response.status_code == 200
    logged = list(Query.objects.values_list("query_string", flat=True))
    unanswered_words = list(UnansweredQuery.objects.values_list("query_string", flat=True))
    assert logged == unanswered_words == ([stored] if stored else [])
