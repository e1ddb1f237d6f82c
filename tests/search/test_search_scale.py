"""The site search at a fixed cost: the same queries however many objects match, answers
cached under the reader's restrictions and forgotten when the content changes, and typo
tolerance that looks words up in the index's own list of words (search/backend.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.factories import ConceptPageFactory
from home.models import HomePage
from library.factories import MaterialPageFactory
from library.models import LibraryIndexPage
from search.backend import spelled_like, spellings
from search.models import SearchWord
from search.results import SiteSearch, forget_hits
from tests.people import PROFESSIONAL, demo_user

ON_POSTGRES = connection.vendor == "postgresql"


def queries_of(client, params):
    """Queries of a search that finds no cached answer (the first since a change)."""
    forget_hits()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/search/", params)
    assert response.status_code == 200
    return len(queries), response.context["search"].total


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params", [{"query": "kængurupleje"}, {"query": "kængurupleje", "page": 2}]
)
def test_a_search_costs_the_same_queries_however_many_materials_match(professional, params):
    library = LibraryIndexPage.objects.get(locale__language_code="da")
    for number in range(12):
        MaterialPageFactory(parent=library, title=f"Kængurupleje {number}")
    professional.get("/search/", params)  # the first request of a process fills caches
    few, found = queries_of(professional, params)
    assert found == 12
    for number in range(12, 40):
        MaterialPageFactory(parent=library, title=f"Kængurupleje {number}")
    # New pages renew the frame cache (home/framecache.py): fill it again, as the first did
    professional.get("/search/", params)
    many, found = queries_of(professional, params)
    assert found == 40
    assert many == few


@pytest.mark.django_db
@pytest.mark.skipif(not ON_POSTGRES, reason="typo tolerance needs PostgreSQL's pg_trgm")
def test_the_words_of_what_is_indexed_are_kept_once_without_accents():
    home = HomePage.objects.get(locale__language_code="da")
    ConceptPageFactory(parent=home, title="Tvillingeforældre", introduction="Søvn for tvillinger")
    ConceptPageFactory(parent=home, title="Tvillingeforældre igen")
    rows = SearchWord.objects.filter(word__in=["tvillingeforældre", "tvillinger", "søvn"])
    assert sorted(rows.values_list("word", "plain")) == [
        ("søvn", "sovn"),
        ("tvillingeforældre", "tvillingeforaeldre"),
        ("tvillinger", "tvillinger"),
    ]


@pytest.mark.django_db
@pytest.mark.skipif(not ON_POSTGRES, reason="typo tolerance needs PostgreSQL's pg_trgm")
def test_a_misspelled_word_is_looked_up_among_the_words_of_the_index():
    home = HomePage.objects.get(locale__language_code="da")
    ConceptPageFactory(parent=home, title="Tvillingeforældre")
    corrected = spelled_like("tvilingeforaeldre")
    words = [child.query_string for child in corrected.subqueries[0].subqueries]
    assert words[0] == "tvillingeforældre"
    # A word like no word of the index: nothing to search for.
    assert spelled_like("zxqvy") is None
    # A word the index has comes first among its spellings; a short word is kept as it is.
    (word, likest), short = spellings("tvillingeforældre og")
    assert (word, likest[0]) == ("tvillingeforældre", "tvillingeforældre")
    assert short == ("og", ["og"])


def total_for(client, query):
    return client.get("/search/", {"query": query}).context["search"].total


@pytest.mark.django_db
def test_answers_are_cached_but_new_and_withdrawn_pages_show_at_once(client):
    home = HomePage.objects.get(locale__language_code="da")
    assert total_for(client, "regnbuefamilier") == 0
    page = ConceptPageFactory(parent=home, title="Regnbuefamilier")
    assert total_for(client, "regnbuefamilier") == 1
    page.unpublish()
    assert total_for(client, "regnbuefamilier") == 0


@pytest.mark.django_db
def test_a_cached_answer_never_reaches_a_reader_with_other_restrictions(client):
    home = HomePage.objects.get(locale__language_code="da")
    page = ConceptPageFactory(parent=home, title="Regnbuefamilier")
    assert total_for(client, "regnbuefamilier") == 1
    # Restricted after its answer was cached: the stranger's restrictions are in the key.
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert total_for(client, "regnbuefamilier") == 0
    client.force_login(demo_user(PROFESSIONAL))
    assert total_for(client, "regnbuefamilier") == 1


@pytest.mark.django_db
def test_turning_the_pages_or_choosing_a_type_does_not_search_again(professional, monkeypatch):
    searches = []
    hits = SiteSearch.hits

    def counted(self, query):
        searches.append(query)
        return hits(self, query)

    monkeypatch.setattr(SiteSearch, "hits", counted)
    professional.get("/search/", {"query": "forældre"})
    assert len(searches) == 1
    professional.get("/search/", {"query": "forældre", "page": 2})
    professional.get("/search/", {"query": "forældre", "type": "material"})
    assert len(searches) == 1


@pytest.mark.django_db
@pytest.mark.skipif(not ON_POSTGRES, reason="typo tolerance needs PostgreSQL's pg_trgm")
@pytest.mark.parametrize(
    ("typed", "spelled"), [("sovnguide", "søvnguide"), ("sovnguide forste", "søvnguide første")]
)
def test_a_misspelled_search_costs_little_more_than_the_words_spelled_right(
    professional, typed, spelled
):
    """Beyond the search spelled right: the first search of each source (pages, files,
    municipalities), which finds nothing, a look-up of each word's spellings, and whether the
    suggestion of the likest spellings finds anything; the words of the titles are not read,
    nor is the suggestion searched again."""
    professional.get("/search/", {"query": "barn"})  # the first request of a process fills caches
    right, found_right = queries_of(professional, {"query": spelled})
    wrong, found_wrong = queries_of(professional, {"query": typed})
    assert found_wrong == found_right > 0
    response = professional.get("/search/", {"query": typed})
    assert response.context["search"].suggestion == spelled
    assert wrong <= right + 3 + len(typed.split()) + 1
