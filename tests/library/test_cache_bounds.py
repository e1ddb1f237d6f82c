"""The library's caches cannot be filled from outside: whatever readers put in the query string,
the number of cache keys it costs stays bounded.

The library caches a text query's matches and the rendered facet fieldsets (facets.py). Both
depend on what a reader chooses, so made-up queries and values are sent here by the thousand,
and the keys that appear in the (local-memory) cache are counted.
"""

import hashlib
import random
import string

import pytest
from django.core.cache import caches

from library import facets
from library.facets import FacetIndex
from library.models import LibraryIndexPage
from network.models import Municipality

from .test_library import counts, fetch, total

RANDOM = random.Random(8)  # noqa: S311 - the same made-up values on every run


def made_up(length=8):
    return "".join(RANDOM.choices(string.ascii_lowercase, k=length))


@pytest.fixture
def library(db):
    return LibraryIndexPage.objects.get(locale__language_code="da")


@pytest.fixture
def keys():
    """The keys in the local-memory cache, which is told not to forget any meanwhile (by
    default it drops a third of its entries at 300, which would hide any growth)."""
    cache = caches["default"]
    max_entries = cache._max_entries
    cache._max_entries = 10**6
    yield lambda: set(cache._cache)
    cache._max_entries = max_entries


@pytest.mark.django_db
def test_a_thousand_made_up_searches_take_a_bounded_number_of_keys(monkeypatch, library, keys):
    monkeypatch.setattr(facets.SEARCHES, "slots", 16)
    FacetIndex.version()
    before = keys()
    for _number in range(500):
        query = f"{made_up()} {made_up(4)}"
        facets.found_pks(query, ranked=True)
        facets.found_pks(query, ranked=False)
    added = keys() - before
    assert 0 < len(added) <= 16


@pytest.mark.django_db
def test_a_repeated_search_is_still_found_in_the_cache(monkeypatch, library):
    searches = []
    search = facets._search
    monkeypatch.setattr(facets, "_search", lambda *args: searches.append(args) or search(*args))
    assert facets.found_pks("fædre") == facets.found_pks("fædre")
    assert len(searches) == 1


@pytest.mark.django_db
def test_a_thousand_made_up_facet_values_take_a_bounded_number_of_keys(
    monkeypatch, professional, library, keys
):
    """Unknown values (formats, themes, kinds) are dropped before they reach a key; real ones
    (municipality codes) make many different fieldsets, which share a few keys."""
    monkeypatch.setattr(facets.FIELDSETS, "slots", 8)
    codes = [str(code) for code in Municipality.objects.values_list("code", flat=True)]
    fetch(professional, library)  # the index, the version, the site: cached once for all
    before = keys()
    for _number in range(100):
        params = {
            "format": [made_up(3) for _value in range(3)],
            "tag": [made_up()],
            "kind": [made_up()],
            "municipality": RANDOM.sample(codes, 3),
        }
        fetch(professional, library, params)
    added = keys() - before
    assert len(added) <= 8


@pytest.mark.django_db
def test_an_unknown_format_is_not_shown_as_a_choice(professional, library):
    everything = fetch(professional, library)
    soup = fetch(professional, library, {"format": ["zzz", "docx"]})
    assert "zzz" not in counts(soup, "format")
    assert counts(soup, "format")["docx"] == counts(everything, "format")["docx"]
    assert total(soup) == counts(everything, "format")["docx"]


@pytest.mark.django_db
def test_links_repeat_what_was_understood_not_what_was_sent(professional, library):
    soup = fetch(
        professional,
        library,
        {"kind": "tool", "utm_source": "x" * 5000, "tag": "findes-ikke", "q": "  fædre\x00 "},
    )
    links = [a["href"] for a in soup.select(".library__sort a, .chip, .pagination a")]
    assert links
    for link in links:
        assert "utm_source" not in link and "findes-ikke" not in link and "%00" not in link
        assert len(link) < 200


@pytest.mark.django_db
def test_the_fieldsets_are_rendered_once_for_the_same_choices(monkeypatch, professional, library):
    renders = []
    render = facets.render_to_string
    monkeypatch.setattr(
        facets, "render_to_string", lambda *args: renders.append(args) or render(*args)
    )
    first = fetch(professional, library, {"kind": "tool"})
    again = fetch(professional, library, {"kind": "tool", "page": 2, "utm_source": "nyhedsbrev"})
    assert len(renders) == 1
    assert str(first.select_one(".facets")) == str(again.select_one(".facets"))


def test_two_answers_that_meet_in_one_place_both_stay():
    """A search needs two answers (its materials, its files): when their first places are the
    same, the second takes its other place instead of pushing the first out."""
    bounded = facets.BoundedCache("test:meet", slots=16, timeout=60)

    def places(what):
        digest = hashlib.sha256(what.encode()).hexdigest()
        return bounded.place(digest[:16]), bounded.place(digest[16:32])

    first = "fædre"
    second = next(
        what
        for what in (f"ord {number}" for number in range(10_000))
        if places(what)[0] == places(first)[0] and places(what)[1] != places(first)[0]
    )
    bounded.get_or_set(first, lambda: "materialer")
    bounded.get_or_set(second, lambda: "filer")

    def not_again():
        raise AssertionError("computed again")

    assert bounded.get_or_set(first, not_again) == "materialer"
    assert bounded.get_or_set(second, not_again) == "filer"
