"""Suggestions as the reader types: titles they may open, never one they may not."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from home.factories import ConceptPageFactory
from tests.people import PROFESSIONAL, demo_user, new_user

pytestmark = pytest.mark.django_db


def suggested(client, query, address="/search/suggest/"):
    response = client.get(address, {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return [suggestion["title"] for suggestion in response.json()["suggestions"]]


def test_a_stranger_is_suggested_public_pages_only(client):
    assert "For kommuner" in suggested(client, "for kom")
    assert suggested(client, "søvnguide") == []  # a material, behind the login
    # A meeting: not even by similar titles (a public page may be suggested instead).
    assert not any(
        title.startswith("Netværksmøde, ") for title in suggested(client, "netværksmøde efter")
    )
    assert suggested(client, "søvnguide", "/en/search/suggest/") == []


def test_a_professional_is_suggested_the_professional_area_too(client):
    client.force_login(demo_user(PROFESSIONAL))
    response = client.get("/search/suggest/", {"q": "søvngui"})
    (suggestion,) = response.json()["suggestions"]
    assert suggestion["title"] == "Søvnguide til det første år"
    assert suggestion["kind"] == "Materialer"
    assert client.get(suggestion["url"]).status_code == 200


def test_a_group_restricted_title_never_reaches_another_reader_through_the_cache(client, home_da):
    page = ConceptPageFactory(parent=home_da, title="Følgegruppens arbejdsplan", slug="plan")
    page.save_revision().publish()
    board = Group.objects.create(name="Følgegruppen")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    ).groups.set([board])

    client.force_login(new_user("medlem", board))
    assert suggested(client, "følgegruppens arbejds") == ["Følgegruppens arbejdsplan"]
    client.force_login(demo_user(PROFESSIONAL))  # the same words, just cached for the member
    assert suggested(client, "følgegruppens arbejds") == []
    client.logout()
    assert suggested(client, "følgegruppens arbejds") == []


@pytest.mark.parametrize(
    "query", ["", "a", "\x00", "for\x00kom", "x" * 100_000, "'\"<>&%*", "AND OR NOT ("]
)
def test_odd_input_gets_an_answer(client, query):
    client.get("/search/suggest/", {"q": query}).json()


def test_the_header_box_is_a_combobox(client):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    box = soup.select_one("#site-search")
    assert box["role"] == "combobox" and box["aria-expanded"] == "false"
    assert box["data-suggest-url"] == "/search/suggest/"
    listbox = soup.select_one("#" + box["aria-controls"])
    assert listbox["role"] == "listbox" and listbox.has_attr("hidden")
    assert soup.select_one("script[src$='search/suggest.js']")
