""" "FIV near you" as parents type: accents, Danish letters and aliases do not count, a real
municipality that does not offer the course gets an answer, and a misspelling a suggestion."""

import pytest
from bs4 import BeautifulSoup

from network.models import Municipality, MunicipalityIndexPage
from network.municipality_search import fold, search_municipalities


@pytest.fixture
def near_you(db):
    return MunicipalityIndexPage.objects.get(locale__language_code="da", list_all=False)


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def listed(soup):
    return [h.get_text(strip=True) for h in soup.select(".municipality__name")]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("århus", ["Aarhus"]),
        ("Århus", ["Aarhus"]),
        ("AARHUS", ["Aarhus"]),
        ("Aarhus Kommune", ["Aarhus"]),
        ("Kobenhavn", ["København"]),
        ("copenhagen", ["København"]),
        ("Helsingor", ["Helsingør"]),
        ("holbaek", ["Holbæk"]),
        ("Naestved", ["Næstved"]),
    ],
)
def test_accents_danish_letters_and_aliases_do_not_count(client, near_you, query, expected):
    assert listed(soup_of(client.get(near_you.url, {"q": query}))) == expected


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["Høje-Taastrup", "Hoeje Taastrup", "hoje taastrup", "taastrup"])
def test_hoeje_taastrup_is_found_however_it_is_typed(query):
    everyone = list(Municipality.objects.all())
    names = [m.name for m in search_municipalities(query, everyone).matches]
    assert names == ["Høje-Taastrup"]


def test_folding_spells_out_the_danish_letters():
    assert fold("Århus") == fold("Aarhus") == fold(" aarhus ") == ["arhus"]
    assert fold("Høje-Taastrup") == fold("Hoeje Taastrup") == ["hoje", "tastrup"]
    assert fold("Lyngby-Taarbæk Kommune") == ["lyngby", "tarbak"]


@pytest.mark.django_db
def test_a_municipality_that_does_not_offer_the_course_gets_an_answer(client, near_you):
    ballerup = Municipality.objects.get(name="Ballerup")
    assert ballerup.status == Municipality.Status.NONE
    soup = soup_of(client.get(near_you.url, {"q": "ballerup"}))
    answer = soup.select_one(".near-you-answer")
    assert answer is not None
    text = answer.get_text(" ", strip=True)
    assert "Ballerup tilbyder ikke forløbet" in text
    assert "Region Hovedstaden" in text
    nearby = [a.get_text(strip=True) for a in answer.select("ul a")]
    offering = Municipality.objects.offering().filter(region=ballerup.region)
    assert sorted(nearby) == sorted(m.name for m in offering)
    assert "København" in nearby and "Odense" not in nearby
    assert answer.find("a", string="København")["href"] == "?q=K%C3%B8benhavn"
    # How to ask for it: the contact page of the same language.
    assert answer.find("a", href="/kontakt/") is not None
    # Not "check the spelling": the name was right.
    assert "stavningen" not in soup.get_text()


@pytest.mark.django_db
def test_an_interested_municipality_says_so(client, near_you):
    soup = soup_of(client.get(near_you.url, {"q": "Køge"}))
    assert "Køge er interesseret i forløbet" in soup.select_one(".near-you-answer").get_text()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "suggested"), [("Odnese", "Odense"), ("Arhsu", "Aarhus"), ("Ballerub", "Ballerup")]
)
def test_a_misspelling_gets_a_suggestion(client, near_you, query, suggested):
    soup = soup_of(client.get(near_you.url, {"q": query}))
    assert listed(soup) == []
    suggestion = soup.select_one(".near-you-suggestions")
    assert suggestion.get_text(" ", strip=True).startswith("Mente du")
    link = suggestion.find("a", string=suggested)
    assert link is not None
    followed = soup_of(client.get(near_you.url + link["href"]))
    assert suggested in listed(followed) or followed.select_one(".near-you-answer")


@pytest.mark.django_db
def test_the_directory_in_the_area_finds_with_the_same_folding(professional):
    directory = MunicipalityIndexPage.objects.get(locale__language_code="da", list_all=True)
    soup = soup_of(professional.get(directory.url, {"q": "hoeje taastrup"}))
    assert listed(soup) == ["Høje-Taastrup"]
    assert soup.select_one(".near-you-answer") is None  # the directory shows the status itself
