"""The site search: one box over everything the reader may see, never more."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home.demo.files import make_pdf
from home.factories import ConceptPageFactory, DocumentFactory
from network.documents import professional_collection
from network.factories import MeetingPageFactory
from network.models import MeetingIndexPage
from tests.people import PROFESSIONAL, demo_user, new_user

# A word that only the attachment of the test's meeting holds.
FILE_WORD = "Skraldespandsordningen"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def result_titles(response):
    return [h.get_text(strip=True) for h in soup(response).select(".card__title")]


def result_links(response):
    return [a["href"] for a in soup(response).select(".card__title a")]


def kinds_shown(response):
    return [p.get_text(strip=True) for p in soup(response).select(".search-result__kind")]


@pytest.fixture
def meeting_with_file(db, django_capture_on_commit_callbacks):
    """A meeting whose minutes are in an attached PDF only."""
    with django_capture_on_commit_callbacks(execute=True):
        minutes = DocumentFactory(
            title="Referat fra temadagen",
            filename="referat.pdf",
            content=make_pdf("Referat", [f"Vi drøftede {FILE_WORD} og forældrenes ønsker."]),
            collection=professional_collection(),
        )
    index = MeetingIndexPage.objects.get(locale__language_code="da")
    meeting = MeetingPageFactory(
        parent=index, title="Temadag om affald", slug="temadag-affald", attachments=[minutes]
    )
    meeting.save_revision().publish()
    return meeting


@pytest.mark.django_db
def test_finds_pages_in_the_active_language_only(client):
    danish = client.get("/search/", {"query": "erhvervslivet"})
    assert "For kommuner" in result_titles(danish)
    assert not any(link.startswith("/en/") for link in result_links(danish))

    english = result_links(client.get("/en/search/", {"query": "civil society"}))
    assert "/en/for-municipalities/" in english
    assert all(link.startswith("/en/") for link in english)


@pytest.mark.django_db
def test_private_pages_stay_out_of_results(client, home_da):
    secret = ConceptPageFactory(
        parent=home_da, title="Fortroligt referat om sundhedsplejen", slug="fortroligt"
    )
    secret.save_revision().publish()
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    call_command("update_index", verbosity=0)
    response = client.get("/search/", {"query": "fortroligt referat"})
    assert "Fortroligt referat" not in response.content.decode()


@pytest.mark.django_db
def test_a_professional_finds_the_minutes_of_a_meeting_by_a_word_in_its_file(
    client, meeting_with_file
):
    client.force_login(demo_user(PROFESSIONAL))
    response = client.get("/search/", {"query": FILE_WORD.lower()})

    assert result_titles(response) == ["Referat fra temadagen"]
    assert kinds_shown(response) == ["Dokumenter"]
    parent = soup(response).select_one(".search-result__parent a")
    assert (parent.get_text(strip=True), parent["href"]) == (
        "Temadag om affald",
        meeting_with_file.url,
    )
    snippet = soup(response).select_one(".search-result__snippet")
    assert snippet.select_one("mark").get_text() == FILE_WORD
    assert client.get(result_links(response)[0]).status_code == 200  # the file itself opens


@pytest.mark.django_db
@pytest.mark.parametrize("address", ["/search/", "/en/search/"])
def test_a_stranger_finds_nothing_of_the_professional_area(client, meeting_with_file, address):
    for query in [FILE_WORD, "temadag affald", "referat temadagen", "netværksmøde efterår"]:
        response = client.get(address, {"query": query})
        page = response.content.decode()
        assert response.status_code == 200
        assert "Temadag om affald" not in page
        assert "Referat fra temadagen" not in page
        assert "Netværksmøde, efterår" not in page
        assert "Dokumenter" not in page and "Documents" not in page
    # Asking for a members' kind by name shows no count of it either.
    response = client.get("/search/", {"query": FILE_WORD, "type": "document"})
    assert "Intet matchede" in response.content.decode()


@pytest.mark.django_db
def test_a_group_restricted_page_and_its_file_are_found_by_the_group_only(
    client, meeting_with_file
):
    board = Group.objects.create(name="Følgegruppen")
    restriction = PageViewRestriction.objects.create(
        page=meeting_with_file, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([board])
    member = new_user("medlem", board)

    client.force_login(demo_user(PROFESSIONAL))  # logged in, not in the group
    for query in [FILE_WORD, "temadag affald"]:
        page = client.get("/search/", {"query": query}).content.decode()
        assert "Temadag om affald" not in page and "Referat fra temadagen" not in page
    assert (
        client.get("/search/", {"query": "temadag affald", "type": "meeting"})
        .context["search"]
        .counts
        == {}
    )

    client.force_login(member)
    assert result_titles(client.get("/search/", {"query": "temadag affald"})) == [
        "Temadag om affald"
    ]
    assert result_titles(client.get("/search/", {"query": FILE_WORD})) == ["Referat fra temadagen"]


@pytest.mark.django_db
def test_a_file_in_a_group_restricted_collection_is_found_by_the_group_only(
    client, meeting_with_file
):
    board = Group.objects.create(name="Følgegruppen")
    secret = Collection.get_first_root_node().add_child(name="Følgegruppens filer")
    restriction = CollectionViewRestriction.objects.create(
        collection=secret, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([board])
    document = meeting_with_file.attachments.get().document
    document.collection = secret
    document.save(update_fields=["collection"])

    client.force_login(demo_user(PROFESSIONAL))
    assert result_titles(client.get("/search/", {"query": FILE_WORD})) == []
    client.force_login(new_user("medlem", board))
    assert result_titles(client.get("/search/", {"query": FILE_WORD})) == ["Referat fra temadagen"]


@pytest.mark.django_db
def test_results_are_filtered_by_type_with_counts(professional):
    everything = professional.get("/search/", {"query": "netværksmøde"})
    counts = everything.context["search"].counts
    assert counts["meeting"] >= 2 and sum(counts.values()) == everything.context["search"].total
    filters = {a.get_text(" ", strip=True) for a in soup(everything).select(".search-kinds a")}
    assert f"Møder og referater ({counts['meeting']})" in filters

    meetings = professional.get("/search/", {"query": "netværksmøde", "type": "meeting"})
    assert set(kinds_shown(meetings)) == {"Møder og referater"}
    assert len(result_titles(meetings)) == min(counts["meeting"], 10)


@pytest.mark.django_db
def test_snippets_highlight_the_words_and_escape_the_text(client, home_da):
    page = ConceptPageFactory(
        parent=home_da,
        title="Om bleskift",
        slug="om-bleskift",
        introduction='<script>alert("x")</script> Bleskiftet & nattesøvn: 5 < 7 "citat"',
    )
    page.save_revision().publish()
    response = client.get("/search/", {"query": "bleskift"})
    snippet = soup(response).select_one(".search-result__snippet")
    html = str(snippet)
    assert "<script>" not in response.content.decode().split("<main", 1)[1]
    assert "script" not in html  # tags are dropped from snippets, and the rest escaped
    assert "&amp; nattesøvn: 5 &lt; 7" in html
    assert [mark.get_text() for mark in snippet.select("mark")] == ["Bleskiftet"]


@pytest.mark.django_db
def test_results_come_ten_to_a_page(client, home_da):
    for number in range(12):
        ConceptPageFactory(
            parent=home_da, title=f"Gulerodskage nummer {number}", slug=f"kage-{number}"
        ).save_revision().publish()
    first = client.get("/search/", {"query": "gulerodskage"})
    assert len(result_titles(first)) == 10
    following = soup(first).select_one(".pagination a[rel=next]")["href"]
    second = client.get("/search/" + following)
    assert len(result_titles(second)) == 2
    assert set(result_titles(first)).isdisjoint(result_titles(second))


@pytest.mark.django_db
def test_did_you_mean_suggests_only_what_the_reader_may_see(client):
    response = client.get("/search/", {"query": "foraeldre"})
    assert response.context["search"].suggestion == "forældre"
    assert "Mente du" in response.content.decode()

    # "Søvnguide" is the title of a material: a stranger is not told it exists.
    assert client.get("/search/", {"query": "sovnguide"}).context["search"].suggestion == ""
    client.force_login(demo_user(PROFESSIONAL))
    assert client.get("/search/", {"query": "sovnguide"}).context["search"].suggestion == (
        "søvnguide"
    )


@pytest.mark.django_db
def test_words_in_quotes_are_found_next_to_each_other_in_that_order(client, home_da):
    for title, introduction in [
        ("Første år med tvillinger", "Nætterne og dagene."),
        ("Tvillinger i dagplejen", "Det år kom det første smil."),
        ("Skolestart for tvillinger", "Hjælp til og med 3. klasse."),
    ]:
        ConceptPageFactory(parent=home_da, title=title, introduction=introduction)

    def titles(query):
        return sorted(result_titles(client.get("/search/", {"query": query})))

    both = ["Første år med tvillinger", "Tvillinger i dagplejen"]
    assert titles("første år tvillinger") == both
    assert titles('"første år" tvillinger') == ["Første år med tvillinger"]
    assert titles('tvillinger "kom det første"') == ["Tvillinger i dagplejen"]
    assert titles("„første år“ tvillinger") == ["Første år med tvillinger"]  # as phones write
    # One word in quotes, or a quote without its pair, is a word like any other.
    assert titles('"tvillinger" "første år') == both
    assert titles('"tvillinger" "første år"') == ["Første år med tvillinger"]
    assert titles('"zxqvy" "første år"') == []
    # Words that PostgreSQL's Danish leaves out as too common, as SQLite does not.
    assert "Skolestart for tvillinger" in titles('"til og med" tvillinger')
    # Words in quotes that never stand together: nothing, and the words apart are offered.
    response = client.get("/search/", {"query": '"tvillinger første"'})
    assert response.context["search"].total == 0
    assert not response.context["search"].fuzzy
    assert response.context["search"].suggestion == "tvillinger første"
    assert "Mente du" in response.content.decode()


@pytest.mark.django_db
def test_empty_state_helps(client):
    response = client.get("/search/", {"query": "zxqvy"})
    assert response.status_code == 200
    assert "Intet matchede" in response.content.decode()


@pytest.mark.django_db
def test_a_search_of_several_words_with_many_results_tells_of_quotes(client, home_da, home_en):
    for number in range(11):
        ConceptPageFactory(parent=home_da, title=f"Tvillinger og nætter {number}")
        ConceptPageFactory(parent=home_en, title=f"Twins and nights {number}")

    def tip(address, query):
        return soup(client.get(address, {"query": query})).select_one(".search-tip")

    assert tip("/search/", "tvillinger nætter").get_text() == (
        "Leder du efter ord, der står sammen? Sæt dem i anførselstegn, fx “første år”."
    )
    assert "for example “first year”" in tip("/en/search/", "twins nights").get_text()
    # Not to a reader who used them, nor for one word or a page of results or none: quotes
    # would only narrow those.
    assert tip("/search/", '"tvillinger og nætter"') is None
    assert tip("/search/", "tvillinger") is None
    assert tip("/search/", "tvillinger nætter 3") is None
    assert tip("/search/", "zxqvy qvyzx") is None


@pytest.mark.django_db
@pytest.mark.parametrize("logged_in", [False, True])
@pytest.mark.parametrize(
    "params",
    [
        {"query": "x" * 10_000},
        {"query": "forældre" * 2000},
        {"query": "for\x00ældre"},
        {"query": "\x00"},
        {"query": "forældre", "page": "abc"},
        {"query": "forældre", "page": "99999999999999999999"},
        {"query": "forældre", "page": "-3"},
        {"query": "forældre", "page": "\x00"},
        {"query": "forældre", "type": "\x00"},
        {"query": "forældre", "type": "nonsense"},
        {"query": ["forældre", "søvn"], "type": ["page", "document"]},
        {"query": "'\"<>&%"},
        {"query": "AND OR NOT * ( ) NEAR"},
        {"query": '"første år" "år" "" " " "søvn'},
        {"query": '"første\x00 år" "AND * NEAR"'},
        {"query": '"' * 200},
        {"page": "-3"},
    ],
)
def test_bad_input_never_breaks_the_search(client, params, logged_in):
    if logged_in:
        client.force_login(demo_user(PROFESSIONAL))
    response = client.get("/search/", params)
    assert response.status_code == 200
