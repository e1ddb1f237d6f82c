"""Typo tolerance on PostgreSQL: a word typed without æ, ø, å or with a letter wrong finds what
the word spelled right finds, and nothing the reader may not see (SQLite has no trigrams)."""

import pytest
from django.db import connection
from wagtail.models import PageViewRestriction

from home.factories import ConceptPageFactory
from search.backend import spelled_like
from tests.people import PROFESSIONAL, demo_user

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="typo tolerance needs PostgreSQL's pg_trgm and unaccent: SQLite matches words only",
    ),
]


def search(client, query, address="/search/"):
    return client.get(address, {"query": query}).context["search"]


def found(client, query):
    """(source, primary key) of everything the query finds for the reader, on every page."""
    result = search(client, query)
    asked = spelled_like(query) if result.fuzzy else query
    return {(source, pk) for _score, _slug, source, pk in result.hits(asked)}


def titles(client, query, address="/search/"):
    return [result.title for result in search(client, query, address).page]


def suggested(client, query):
    return [s["title"] for s in client.get("/search/suggest/", {"q": query}).json()["suggestions"]]


@pytest.mark.parametrize(
    ("typed", "spelled", "logged_in"),
    [
        ("foraeldre", "forældre", False),
        ("foraeldre", "forældre", True),
        ("fædrer", "fædre", False),
        ("fædrer", "fædre", True),
        ("sovnguide", "søvnguide", True),  # a material: a stranger finds neither (below)
    ],
)
def test_a_misspelled_word_finds_what_the_word_spelled_right_finds(
    client, typed, spelled, logged_in
):
    if logged_in:
        client.force_login(demo_user(PROFESSIONAL))
    right = found(client, spelled)
    assert right  # the demo has it
    assert right <= found(client, typed)


def test_a_word_without_its_ø_finds_the_material_for_a_professional(professional):
    assert titles(professional, "søvnguide") == ["Søvnguide", "Søvnguide til det første år"]
    result = search(professional, "sovnguide")
    assert result.fuzzy
    assert {"Søvnguide", "Søvnguide til det første år"} <= {r.title for r in result.page}
    # Alike enough, not anything ending in "guide".
    assert not {"Evalueringsguide", "Samtaleguide"} & {r.title for r in result.page}
    page = professional.get("/search/", {"query": "sovnguide"}).content.decode()
    assert "Her er resultater med ord, der ligner" in page


def test_a_letter_wrong_in_a_long_word_is_forgiven(professional):
    result = search(professional, "sundhetsplejen")
    assert result.fuzzy
    assert "Ammecafé i sundhedsplejen" in [r.title for r in result.page]
    assert "Søvnguide til det første år" not in [r.title for r in result.page]


def test_the_page_says_the_results_are_for_similar_words_only_when_they_are(client):
    assert "ord, der ligner" in client.get("/search/", {"query": "foraeldre"}).content.decode()
    assert "ord, der ligner" not in client.get("/search/", {"query": "forældre"}).content.decode()
    # Words like nothing still find nothing.
    assert search(client, "zxqvy").total == 0


def test_a_stranger_finds_no_material_by_a_misspelled_title(client):
    assert search(client, "sovnguide").total == 0
    assert search(client, "sovnguide", "/en/search/").total == 0
    assert suggested(client, "sovngui") == []


def test_a_misspelled_title_of_a_private_page_is_not_found_by_a_stranger(client, home_da):
    secret = ConceptPageFactory(
        parent=home_da,
        title="Fortrolig køreplan for sundhedsplejersker",
        slug="fortrolig-koereplan",
        introduction="Kun for netværkets fagpersoner.",
    )
    secret.save_revision().publish()
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    typos = ["fortrolig koreplan", "koreplan", "køreplam sundhedsplejersker"]

    for query in typos:
        response = client.get("/search/", {"query": query})
        assert "Fortrolig køreplan" not in response.content.decode()
        assert all(r.title != secret.title for r in response.context["search"].page)
    assert suggested(client, "fortrolig korepl") == []

    # The same misspellings find it for a reader who may open it: the test can fail.
    client.force_login(demo_user(PROFESSIONAL))
    for query in typos:
        assert secret.title in titles(client, query), query
    assert secret.title in suggested(client, "fortrolig korepl")


def test_autocomplete_forgives_a_missing_ø(professional):
    assert suggested(professional, "sovngui")[0] == "Søvnguide til det første år"
    assert suggested(professional, "zxqvy") == []


def test_a_word_as_only_restricted_pages_write_it_is_never_suggested(client, home_da):
    """The index's words are those of everything: a correction is offered only in a form the
    reader may see, not merely one with the same stem."""
    ConceptPageFactory(parent=home_da, title="Klippekortordning", introduction="Sådan virker den.")
    hidden = ConceptPageFactory(
        parent=home_da, title="Intern note", introduction="Klippekortordningerne i tre kommuner."
    )
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)

    result = search(client, "klippekortordningern")
    assert result.fuzzy
    assert [r.title for r in result.page] == ["Klippekortordning"]
    assert result.suggestion == ""
    client.force_login(demo_user(PROFESSIONAL))
    result = search(client, "klippekortordningern")
    assert {"Klippekortordning", "Intern note"} == {r.title for r in result.page}
    assert result.suggestion == "klippekortordningerne"


def test_a_phrase_with_a_misspelled_word_finds_by_similar_words(professional):
    result = search(professional, '"første år" sovnguide')
    assert result.fuzzy
    assert "Søvnguide til det første år" in [r.title for r in result.page]
    assert result.suggestion == "første år søvnguide"


def test_results_by_similar_words_do_not_tell_of_quotes(professional, home_da):
    for number in range(11):
        ConceptPageFactory(parent=home_da, title=f"Tvillinger og nætter {number}")
    spelled = professional.get("/search/", {"query": "tvillinger nætter"}).content.decode()
    assert 'class="search-tip"' in spelled
    misspelled = professional.get("/search/", {"query": "tvilinger nætter"})
    assert misspelled.context["search"].fuzzy
    assert misspelled.context["search"].total > 10
    assert 'class="search-tip"' not in misspelled.content.decode()
