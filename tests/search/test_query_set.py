"""The site search's query set (issue 12): what a reader types on the demo content, and the titles
the results must and must not hold.

Each row is one request: (query, language, reader, titles that must be among the results, titles
that must not). The titles come from the demo data (home/demo, network/demo, library/demo; the
handouts whose words are found only inside a PDF, a Word and a PowerPoint file are in
library/demo/handouts.py). A file is found as a document, under its own title, not as the
material it belongs to.

Rows marked STEMMED need PostgreSQL: the query is an inflection of the word in the text, and
SQLite's FTS5 matches whole words only. The rest run on both databases.

Known gaps, not asserted here: "faderen" finds nothing, although "fædre" finds the pages about
fathers: Danish Snowball stems "faderen" to "fad" and "fædre" to "fædr" (an irregular plural no
stemmer relates). On the English site a logged-in reader's Danish word does find the Danish files
attached to English materials (the translations share their files), never a Danish page.
"""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

STEMMED = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="stemming needs PostgreSQL: SQLite's FTS5 matches whole words only",
)
TYPO_TOLERANT = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="typo tolerance is built on PostgreSQL (pg_trgm); SQLite matches whole words only",
)
ADDRESSES = {"da": "/search/", "en": "/en/search/"}
READERS = ["anonymous", "professional", "contributor", "secretariat"]  # tests/conftest.py

# Titles of the demo used more than once
FOR_PARENTS = "For forældre"
WHOLE_FAMILY = "Hele familien er med"
FATHERS_MEETING = "Netværksmøde med fokus på fædre"  # a public news item
SLEEP_GUIDE = "Søvnguide til det første år"  # a material: the professional area
SLEEP_GUIDE_FILE = "Søvnguide"
SLEEP_GUIDE_EN = "Sleep guide for the first year"
PPTX = "Slides til gruppelederens første gang"  # of "Drejebog for gruppeforløbet"
DOCX = "Huskeliste til fars første uge"  # of "Brev til den kommende far"
PDF = "Idéer til skærmfri søndage"  # of "Skærmfrit samvær i familien"
AGREEMENT = "Netværksaftalen"
AUTUMN_MEETING = "Netværksmøde, efterår 2026"
THEME_DAY = "Temadag om sårbare familier"


def row(query, language, reader, must=(), must_not=(), stemmed=False):
    assert language in ADDRESSES and reader in READERS
    return pytest.param(
        query,
        language,
        reader,
        must,
        must_not,
        id=f"{language}-{reader}-{query}",
        marks=[STEMMED] if stemmed else [],
    )


QUERIES = [
    # Danish inflections, public pages
    row("forældre", "da", "anonymous", must=[FOR_PARENTS, WHOLE_FAMILY]),
    row("forældrene", "da", "anonymous", must=[FOR_PARENTS, WHOLE_FAMILY], stemmed=True),
    row("forældres", "da", "anonymous", must=[FOR_PARENTS, WHOLE_FAMILY], stemmed=True),
    row("førstegangsforældrene", "da", "anonymous", must=["Særlig opmærksomhed"], stemmed=True),
    row("barn", "da", "anonymous", must=[FOR_PARENTS, WHOLE_FAMILY], stemmed=True),  # barnet
    row("barnets", "da", "anonymous", must=[FOR_PARENTS, WHOLE_FAMILY], stemmed=True),
    row("børn", "da", "anonymous", must=["Familieiværksætterne"], stemmed=True),  # børnene
    row("fædre", "da", "anonymous", must=[FATHERS_MEETING, WHOLE_FAMILY]),
    row("fædrene", "da", "anonymous", must=[FATHERS_MEETING, WHOLE_FAMILY], stemmed=True),
    row("sundhedsplejerske", "da", "anonymous", must=["Et tværfagligt tilbud"], stemmed=True),
    # Danish inflections in the professional area
    row(
        "fædre",
        "da",
        "professional",
        must=["Fædregruppe i graviditeten", FATHERS_MEETING, AUTUMN_MEETING],
    ),
    row(
        "forældremyndigheden",
        "da",
        "professional",
        must=["Faderskab og forældremyndighed for ugifte par"],
        stemmed=True,
    ),
    # Words and phrases found only inside a file: the result is the document
    row(
        "yndlingsvuggevise",
        "da",
        "professional",
        must=[PPTX],
        must_not=["Drejebog for gruppeforløbet"],
    ),
    row("kaffe og boller", "da", "secretariat", must=[PPTX]),
    row("puslekassen", "da", "professional", must=[DOCX], must_not=["Brev til den kommende far"]),
    row("ekstra trøje i puslekassen", "da", "contributor", must=[DOCX]),
    row("puslekasse", "da", "professional", must=[DOCX], stemmed=True),
    row("hule af sofapuder", "da", "professional", must=[PDF]),
    row("sofapude", "da", "professional", must=[PDF], stemmed=True),
    row("repræsentant partnerorganisation", "da", "professional", must=["Bilag 1: Advisory board"]),
    row("fast kontaktperson", "da", "professional", must=["Oplæg: Fædre i forløbet"]),
    # ... and never for a stranger
    row("yndlingsvuggevise", "da", "anonymous", must_not=[PPTX]),
    row("puslekassen", "da", "anonymous", must_not=[DOCX]),
    row("sofapuder", "da", "anonymous", must_not=[PDF]),
    # The professional area: found when logged in, never by a stranger
    row("søvnguide", "da", "anonymous", must_not=[SLEEP_GUIDE, SLEEP_GUIDE_FILE]),
    row("sovnguide", "da", "anonymous", must_not=[SLEEP_GUIDE, SLEEP_GUIDE_FILE]),
    row("søvnguide", "da", "professional", must=[SLEEP_GUIDE, SLEEP_GUIDE_FILE]),
    row("søvnguide", "da", "contributor", must=[SLEEP_GUIDE, SLEEP_GUIDE_FILE]),
    row("netværksaftalen", "da", "anonymous", must=["Om netværket"], must_not=[AGREEMENT]),
    row("netværksaftalen", "da", "professional", must=[AGREEMENT, "Netværksaftalen, 01.09.2026"]),
    row(
        "brugerbetaling", "da", "anonymous", must_not=["Brugerbetaling", "Bilag 2: Brugerbetaling"]
    ),
    row("brugerbetaling", "da", "professional", must=["Brugerbetaling", "Bilag 2: Brugerbetaling"]),
    row("advisory board", "da", "anonymous", must_not=["Advisory board", "Møde i advisory board"]),
    row("advisory board", "da", "professional", must=["Advisory board", "Møde i advisory board"]),
    row("netværksmøde", "da", "anonymous", must=[FATHERS_MEETING], must_not=[AUTUMN_MEETING]),
    row("netværksmøde", "da", "secretariat", must=[FATHERS_MEETING, AUTUMN_MEETING]),
    row("temadag", "da", "anonymous", must_not=[THEME_DAY]),
    row("temadag", "da", "professional", must=[THEME_DAY]),
    row("aarhus", "da", "anonymous", must_not=["Aarhus", "Invitation til fædremøde i Aarhus"]),
    row("aarhus", "da", "professional", must=["Aarhus", "Invitation til fædremøde i Aarhus"]),
    # Contributions: the published one is found, one waiting for review by nobody
    row("fædremøde", "da", "professional", must=["Invitation til fædremøde i Aarhus"]),
    row("sangkort", "da", "secretariat", must_not=["Sangkort til de første uger"]),
    row("sangkort", "da", "contributor", must_not=["Sangkort til de første uger"]),
    # An English word on the Danish site finds nothing English
    row("sleep", "da", "anonymous", must_not=["For parents"]),
    row("sleep guide", "da", "professional", must_not=[SLEEP_GUIDE_EN]),
    # English inflections
    row("fathers", "en", "anonymous", must=["Network meeting focused on fathers"]),
    row("father", "en", "anonymous", must=["Network meeting focused on fathers"], stemmed=True),
    row("parent", "en", "anonymous", must=["For parents"], stemmed=True),
    row("children", "en", "anonymous", must=["Familieiværksætterne"]),
    row("running", "en", "anonymous", must=["About the network"], stemmed=True),
    # English pages stemmed as English: Danish rules leave "handed", "struggling" and "gathers"
    # as they are; English ones make them "hand", "struggl" and "gather", as the query.
    row(
        "handing",
        "en",
        "anonymous",
        must=["The concept has been handed over to the municipalities"],
        stemmed=True,
    ),
    row("struggle", "en", "anonymous", must=["Special attention"], stemmed=True),
    row("struggle", "en", "professional", must=["Theme day on vulnerable families"], stemmed=True),
    row("gathered", "en", "professional", must=["Network meeting, autumn 2026"], stemmed=True),
    # The professional area in English
    row("sleep guide", "en", "anonymous", must_not=[SLEEP_GUIDE_EN]),
    row("sleep guide", "en", "professional", must=[SLEEP_GUIDE_EN], must_not=[SLEEP_GUIDE]),
    row("network agreement", "en", "anonymous", must_not=["The network agreement"]),
    row("network agreement", "en", "professional", must=["The network agreement"]),
    row("fees", "en", "anonymous", must_not=["Fees"]),
    row("fees", "en", "professional", must=["Fees"]),
    # A Danish word on the English site finds nothing Danish
    row("forældre", "en", "anonymous", must_not=[FOR_PARENTS, WHOLE_FAMILY]),
    row("fædre", "en", "anonymous", must_not=[FATHERS_MEETING]),
    row(
        "forældre",
        "en",
        "professional",
        must_not=[FOR_PARENTS, "Invitation til forældregruppe", "Økonomiværktøj til unge forældre"],
    ),
]

# Typo tolerance (issue 12): each misspelling finds what the right spelling finds above.
MISSPELLINGS = [
    pytest.param("foraeldre", "da", "anonymous", [FOR_PARENTS, WHOLE_FAMILY], id="foraeldre"),
    pytest.param("fædrer", "da", "anonymous", [FATHERS_MEETING, WHOLE_FAMILY], id="fædrer"),
    pytest.param(
        "sovnguide", "da", "professional", [SLEEP_GUIDE, SLEEP_GUIDE_FILE], id="sovnguide"
    ),
]


def all_titles(request, query, language, reader):
    """The titles of every result of one search, not only of its first page."""
    client = request.getfixturevalue("client" if reader == "anonymous" else reader)
    response = client.get(ADDRESSES[language], {"query": query})
    assert response.status_code == 200
    search = response.context["search"]
    return [result.title for result in search.load(search.page.paginator.object_list)]


@pytest.mark.parametrize(("query", "language", "reader", "must", "must_not"), QUERIES)
def test_query_finds_what_it_must_and_nothing_it_must_not(
    request, query, language, reader, must, must_not
):
    titles = all_titles(request, query, language, reader)

    assert [title for title in must if title not in titles] == []
    assert [title for title in must_not if title in titles] == []


def test_the_query_set_is_large_enough():
    languages = [param.values[1] for param in QUERIES]
    assert languages.count("da") >= 30 and languages.count("en") >= 10


@TYPO_TOLERANT
@pytest.mark.parametrize(("query", "language", "reader", "must"), MISSPELLINGS)
def test_misspellings_find_what_the_right_spelling_finds(request, query, language, reader, must):
    """Expected to fail until the typo tolerance of branch `searchplus` is merged: today only
    "fædrer" passes, because Danish stemming happens to make it "fædr", as "fædre"; "foraeldre"
    and "sovnguide" find nothing (they only get a "did you mean")."""
    titles = all_titles(request, query, language, reader)

    assert [title for title in must if title not in titles] == []
