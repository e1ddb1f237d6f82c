"""The library's cached facet index: counts that follow every change, and never leak.

The index of the visible materials is cached across requests (facets.py). These tests warm
the cache first, then change the library the way editors do, and read the page again.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from library.facets import FacetIndex
from library.factories import MaterialPageFactory
from library.models import LibraryIndexPage, MaterialPage
from tests.people import PROFESSIONAL, SECRETARY

from .test_library import counts, fetch, titles, total

# The index under the page is tested: a page that readers share would answer first.
pytestmark = pytest.mark.usefixtures("pages_built_each_time")


@pytest.fixture
def library(db):
    return LibraryIndexPage.objects.get(locale__language_code="da")


@pytest.fixture
def builds(monkeypatch):
    """How many times the index was built from the database rather than found in the cache."""
    calls = []
    build = FacetIndex.build

    def counted(materials):
        calls.append(1)
        return build(materials)

    monkeypatch.setattr(FacetIndex, "build", staticmethod(counted))
    return calls


def new_material(library, title, tag, live=True):
    material = MaterialPageFactory(
        parent=library, title=title, slug=title.lower().replace(" ", "-"), live=live, tags=[tag]
    )
    revision = material.save_revision()
    if live:
        revision.publish()
    return material


def only_for_the_secretariat(page):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Sekretariat")])


@pytest.mark.django_db
def test_the_index_is_built_once_and_reused(professional, library, builds):
    fetch(professional, library)
    fetch(professional, library, {"kind": "tool", "target": "faedre"})
    fetch(professional, library, {"sort": "title", "page": 2})
    assert len(builds) == 1


@pytest.mark.django_db
def test_counts_follow_a_newly_published_material(professional, library, builds):
    draft = new_material(library, "Helt nyt redskab", "nyt-tema", live=False)
    before = fetch(professional, library)
    assert "Helt nyt redskab" not in titles(before)
    assert "nyt-tema" not in counts(before, "tag")

    draft.save_revision().publish()
    after = fetch(professional, library)
    assert len(builds) == 2
    assert total(after) == total(before) + 1
    assert counts(after, "kind")["tool"] == counts(before, "kind")["tool"] + 1
    assert counts(after, "tag")["nyt-tema"] == 1
    assert titles(after)[0] == "Helt nyt redskab"  # the newest first
    narrowed = fetch(professional, library, {"tag": "nyt-tema"})
    assert titles(narrowed) == ["Helt nyt redskab"]


@pytest.mark.django_db
def test_counts_follow_an_unpublished_material(professional, library):
    material = new_material(library, "Snart væk", "snart-vaek")
    before = fetch(professional, library)
    assert counts(before, "tag")["snart-vaek"] == 1

    material.unpublish()
    after = fetch(professional, library)
    assert total(after) == total(before) - 1
    assert counts(after, "kind")["tool"] == counts(before, "kind")["tool"] - 1
    assert "snart-vaek" not in counts(after, "tag")
    assert "Snart væk" not in titles(after)


@pytest.mark.django_db
def test_counts_follow_a_deleted_and_a_moved_material(professional, library):
    gone = new_material(library, "Slettes", "slettes")
    moved = new_material(library, "Flyttes", "flyttes")
    before = fetch(professional, library)
    assert {"slettes", "flyttes"} <= set(counts(before, "tag"))

    gone.delete()
    moved.move(LibraryIndexPage.objects.get(locale__language_code="en"), pos="last-child")
    after = fetch(professional, library)
    assert total(after) == total(before) - 2
    assert not {"slettes", "flyttes"} & set(counts(after, "tag"))


@pytest.mark.django_db
def test_counts_follow_a_material_whose_facets_change(professional, library):
    material = new_material(library, "Skifter tema", "gammelt-tema")
    fetch(professional, library)
    material.tags.set(["nyt-tema"])
    material.kind = "method"
    material.save_revision().publish()
    soup = fetch(professional, library)
    assert counts(soup, "tag").get("nyt-tema") == 1
    assert "gammelt-tema" not in counts(soup, "tag")
    assert titles(fetch(professional, library, {"kind": "method", "tag": "nyt-tema"})) == [
        "Skifter tema"
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("secretary_first", [True, False])
def test_a_private_material_counts_only_for_those_who_may_see_it(client, library, secretary_first):
    call_command("update_index", verbosity=0)
    material = new_material(library, "Fortroligt redskab", "fortroligt")
    only_for_the_secretariat(material)
    public = MaterialPage.objects.live().child_of(library).exclude(pk=material.pk)
    users = get_user_model().objects
    readers = [(SECRETARY, True), (PROFESSIONAL, False)]
    if not secretary_first:
        readers.reverse()
    for username, sees_it in readers:
        client.force_login(users.get(username=username))
        # The same cache serves both: a shared index would show one reader the other's.
        for params in [{}, {"kind": "tool"}, {"sort": "title"}, {"q": "Fortroligt"}]:
            soup = fetch(client, library, params)
            assert ("fortroligt" in counts(soup, "tag")) is sees_it, (username, params)
            if not sees_it:
                assert "Fortroligt redskab" not in titles(soup), params
            elif "sort" not in params:  # the newest, or the best match: on the first page
                assert "Fortroligt redskab" in titles(soup), params
        shown = total(fetch(client, library))
        assert shown == public.count() + (1 if sees_it else 0)
        tools = counts(fetch(client, library), "kind")["tool"]
        assert tools == public.filter(kind="tool").count() + (1 if sees_it else 0)
        narrowed = fetch(client, library, {"tag": "fortroligt"})
        assert total(narrowed) == (1 if sees_it else 0)


@pytest.mark.django_db
def test_a_restriction_added_later_hides_the_material_at_once(professional, library):
    material = new_material(library, "Bliver fortroligt", "bliver-fortroligt")
    assert counts(fetch(professional, library), "tag")["bliver-fortroligt"] == 1
    only_for_the_secretariat(material)  # no publish: the restriction alone must suffice
    soup = fetch(professional, library)
    assert "bliver-fortroligt" not in counts(soup, "tag")
    assert "Bliver fortroligt" not in titles(soup)


@pytest.mark.django_db
def test_a_search_keeps_to_this_library(professional, library):
    english = LibraryIndexPage.objects.get(locale__language_code="en")
    MaterialPageFactory(parent=english, title="Fædregruppe i udlandet", slug="faedregruppe-udland")
    call_command("update_index", verbosity=0)
    found = titles(fetch(professional, library, {"q": "fædregruppe"}))
    assert found and "Fædregruppe i udlandet" not in found
    danish = set(MaterialPage.objects.child_of(library).values_list("title", flat=True))
    assert set(found) <= danish


@pytest.mark.django_db
def test_a_cached_search_finds_a_material_published_after_it(professional, library):
    draft = new_material(library, "Sovekalender til nybagte forældre", "soevn", live=False)
    assert "Sovekalender til nybagte forældre" not in titles(
        fetch(professional, library, {"q": "sovekalender"})
    )
    draft.save_revision().publish()
    found = titles(fetch(professional, library, {"q": "sovekalender"}))
    assert found == ["Sovekalender til nybagte forældre"]


@pytest.mark.django_db
def test_a_repeated_search_is_not_run_again(professional, library, monkeypatch):
    from library import facets

    searches = []
    search = facets._search
    monkeypatch.setattr(facets, "_search", lambda *args: searches.append(args) or search(*args))
    first = fetch(professional, library, {"q": "fædre"})
    again = fetch(professional, library, {"q": "fædre", "kind": "tool"})
    assert len(searches) == 1
    assert total(again) <= total(first)


@pytest.mark.django_db
def test_cached_counts_need_no_query_on_the_facet_tables(professional, library):
    fetch(professional, library, {"kind": "tool"})
    with CaptureQueriesContext(connection) as queries:
        soup = fetch(professional, library, {"kind": "tool", "target": "faedre"})
    assert total(soup) > 0 and counts(soup, "tag")
    tables = ["library_materialtag", "library_materialfile", "_target_groups", "_phases"]
    assert not [q["sql"] for q in queries if any(table in q["sql"] for table in tables)]


@pytest.mark.django_db
def test_even_a_stale_index_never_shows_a_page_that_is_gone(professional, library):
    material = new_material(library, "Forsvinder stille", "stille")
    assert "Forsvinder stille" in titles(fetch(professional, library))
    # A bulk update sends no signal: the cached index still counts the material ...
    Page.objects.filter(pk=material.pk).update(live=False)
    # ... but the page of results is read through the reader's own queryset.
    assert "Forsvinder stille" not in titles(fetch(professional, library))


@pytest.mark.django_db
def test_cached_fieldsets_follow_the_choices_and_the_language(professional, library):
    def tool_box(soup):
        return soup.select_one("input[name=kind][value=tool]")

    plain = fetch(professional, library)
    chosen = fetch(professional, library, {"kind": "tool"})
    tagged = fetch(professional, library, {"utm_source": "nyhedsbrev"})
    assert not tool_box(plain).has_attr("checked")
    assert tool_box(chosen).has_attr("checked")
    assert str(tagged.select_one(".facets")) == str(plain.select_one(".facets"))
    english = fetch(professional, LibraryIndexPage.objects.get(locale__language_code="en"))
    legends = [legend.get_text() for legend in english.select(".facet legend")]
    assert "Kind" in legends and "Type" not in legends
