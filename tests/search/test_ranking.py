"""How the site search matches and ranks on PostgreSQL (search/backend.py): by the indexed
search_document() of an entry, its matching entries ranked on their own and joined to what the
reader may see; and the query it ranks by, each word by itself."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, Phrase, PlainText

from home.factories import ConceptPageFactory
from search.backend import MAX_WORDS_RANKED_APART, by_word, phrases_apart

ON_POSTGRES = connection.vendor == "postgresql"
postgres_only = pytest.mark.skipif(
    not ON_POSTGRES, reason="the ranking of search/backend.py is PostgreSQL's"
)


def words_of(query):
    """A query of wagtail.search.query written out, to compare."""
    if isinstance(query, PlainText):
        return (query.query_string, query.operator)
    return (type(query).__name__, [words_of(part) for part in query.subqueries])


def test_several_words_are_ranked_each_by_itself():
    assert words_of(by_word(PlainText("søvn gråd-barn"))) == (
        "And",
        [("søvn", "and"), ("gråd", "and"), ("barn", "and")],
    )


def test_a_single_word_or_any_of_several_is_ranked_as_it_is():
    assert words_of(by_word(PlainText("søvn"))) == ("søvn", "and")
    many = " ".join(["søvn"] * (MAX_WORDS_RANKED_APART + 1))
    assert words_of(by_word(PlainText(many))) == (many, "and")
    assert words_of(by_word(PlainText("søvn gråd", operator="or"))) == ("søvn gråd", "or")


def test_the_spellings_of_a_word_are_ranked_as_one_text_of_any_of_them():
    spelled = And([Or([PlainText("søvn"), PlainText("søn")]), PlainText("gråd")])
    assert words_of(by_word(spelled)) == ("And", [("søvn søn", "or"), ("gråd", "and")])


def test_phrases_are_found_by_their_words_then_tested_apart():
    words, phrases = phrases_apart(And([Phrase("første år"), PlainText("tvillinger")]))
    assert words_of(words) == ("And", [("første år", "and"), ("tvillinger", "and")])
    assert [phrase.query_string for phrase in phrases] == ["første år"]
    assert phrases_apart(PlainText("søvn"))[1] == []


@pytest.fixture
def pages(home_da):
    """Three pages with 'tvillinger', one of them behind the queryset's back (a draft)."""
    made = {
        "title": ConceptPageFactory(
            parent=home_da, title="Tvillinger og søvn", introduction="Om nætterne."
        ),
        "body": ConceptPageFactory(
            parent=home_da, title="Nætterne", introduction="Søvn, når der kommer tvillinger."
        ),
        "one word": ConceptPageFactory(
            parent=home_da, title="Tvillinger", introduction="Om at vente to."
        ),
        "draft": ConceptPageFactory(
            parent=home_da, title="Tvillinger og søvn, udkast", introduction="Søvn.", live=False
        ),
    }
    return {name: page.pk for name, page in made.items()}


def ranked(query, limit=10, rank=True):
    backend = get_search_backend()
    return backend.ranked(Page.objects.live(), query, ("pk", "title"), limit, rank=rank)


@pytest.mark.django_db
@postgres_only
def test_every_word_is_needed_and_a_word_in_the_title_weighs_most(pages):
    found = ranked("tvillinger søvn")
    assert [pk for pk, _title, _score in found] == [pages["title"], pages["body"]]
    assert found[0][1] == "Tvillinger og søvn"
    assert found[0][2] > found[1][2] > 0


@pytest.mark.django_db
@postgres_only
def test_only_what_the_queryset_holds_is_found_and_at_most_the_limit(pages):
    found = {pk for pk, _title, _score in ranked("tvillinger")}
    assert {pages["title"], pages["body"], pages["one word"]} <= found
    assert pages["draft"] not in found
    assert len(ranked("tvillinger", limit=2)) == 2
    assert ranked("tvillinger", limit=1, rank=False)[0][2] == 0
    assert ranked("zxqvy") == []
    backend = get_search_backend()
    assert backend.ranked(Page.objects.none(), "tvillinger", ("pk",), 10) == []


@pytest.mark.django_db
@postgres_only
def test_the_words_are_matched_by_the_expression_of_the_index(pages):
    """The search matches by the expression its GIN index is made of (search/migrations/0003),
    so that PostgreSQL may read the index: were they to differ, it would join the title and body
    of every entry to test it. (At the size of the test database it reads the few entries of
    the page types instead; bench/search.py shows the index read at 10,000.)"""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'search_entry_document_gin'"
        )
        (index,) = cursor.fetchone()
    assert index.endswith("USING gin (search_document(title, body))")
    backend = get_search_backend()
    found = backend.search("tvillinger", Page.objects.live(), operator="and")
    assert {page.pk for page in found} == {pages["title"], pages["body"], pages["one word"]}
    sql, params = found.get_queryset().query.sql_with_params()
    with CaptureQueriesContext(connection) as queries:
        assert len(ranked("tvillinger")) == 3
    for plan in plan_of(sql, params), plan_of(queries[-1]["sql"]):
        assert "search_document(title, body) @@" in plan
        assert "(title || body)" not in plan


def plan_of(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())
