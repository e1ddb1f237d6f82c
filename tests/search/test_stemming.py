"""Each language stemmed by its own rules, on PostgreSQL (SQLite's FTS5 does not stem)."""

import pytest
from django.db import connection

from home.factories import ConceptPageFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="stemming needs PostgreSQL: SQLite's FTS5 matches whole words only",
    ),
]


def titles(client, address, query):
    return [result.title for result in client.get(address, {"query": query}).context["search"].page]


def test_an_english_page_is_stemmed_as_english(client, home_en):
    ConceptPageFactory(
        parent=home_en,
        title="Evening routines",
        slug="evening-routines",
        introduction="Fathers keep running the bedtime stories.",
    ).save_revision().publish()

    # Danish rules leave "running" as it is; English ones make it "run".
    assert "Evening routines" in titles(client, "/en/search/", "run")
    assert "Evening routines" in titles(client, "/en/search/", "father story")


def test_a_danish_page_is_stemmed_as_danish(client, home_da):
    ConceptPageFactory(
        parent=home_da,
        title="Aftenrutiner",
        slug="aftenrutiner",
        introduction="Forældrene læser godnathistorier.",
    ).save_revision().publish()

    # English rules make "forældrene" "forældren"; Danish ones "forældr", as "forældre".
    assert "Aftenrutiner" in titles(client, "/search/", "forældre")
    assert titles(client, "/search/", "godnathistorie") == ["Aftenrutiner"]
