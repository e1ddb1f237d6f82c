"""The facets' labels come from the cache, and follow every edit of a vocabulary; the facet
index is built in two queries however many materials there are (library/facets.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag
from wagtail.models import Locale

from library.facets import FacetIndex
from library.models import LibraryIndexPage, MaterialPage, TargetGroup, ThemeName
from network.models import Municipality

from .test_library import fetch, make_materials

# What the facets' labels were read from: the vocabularies' own tables (the materials shown
# bring their municipality's name along, and the header asks which municipality the reader
# contributes for: neither is a vocabulary read).
VOCABULARY_READS = (
    'FROM "library_targetgroup"',
    'FROM "library_phase"',
    'FROM "taggit_tag"',
    'FROM "library_themename"',
    'AS "name" FROM "network_municipality"',
)


# The index under the page is tested: a page that readers share would answer first.
pytestmark = pytest.mark.usefixtures("pages_built_each_time")


@pytest.fixture
def library(db):
    return LibraryIndexPage.objects.get(locale__language_code="da")


def label_of(soup, param, value):
    box = soup.select_one(f"input[type=checkbox][name={param}][value='{value}']")
    return box.find_parent("label").get_text(" ", strip=True).rsplit(" (", 1)[0]


@pytest.mark.django_db
@pytest.mark.parametrize("params", [{}, {"kind": "tool", "target": "faedre"}])
def test_a_warm_library_asks_the_database_for_no_vocabulary(professional, library, params):
    fetch(professional, library, params)
    with CaptureQueriesContext(connection) as queries:
        fetch(professional, library, params)
    asked = [
        query["sql"]
        for query in queries.captured_queries
        if any(read in query["sql"] for read in VOCABULARY_READS)
    ]
    assert asked == []


@pytest.mark.django_db
def test_facet_labels_follow_an_edited_target_group_and_municipality(professional, library):
    before = fetch(professional, library)
    code = next(iter(box["value"] for box in before.select("input[name=municipality]")))
    fathers = TargetGroup.objects.get(slug="faedre")
    fathers.name = "Kommende fædre"
    fathers.save()
    municipality = Municipality.objects.get(code=int(code))
    municipality.name = "Nyby"
    municipality.save()

    after = fetch(professional, library)
    assert label_of(after, "target", "faedre") == "Kommende fædre"
    assert label_of(after, "municipality", code) == "Nyby"


@pytest.mark.django_db
def test_theme_labels_follow_an_edited_english_name(professional, library):
    english = library.get_translation(Locale.objects.get(language_code="en"))
    assert label_of(fetch(professional, english), "tag", "fathers") == "fathers"
    theme = ThemeName.objects.get(tag=Tag.objects.get(slug="fædre"))
    theme.name_en = "dads"
    theme.save()
    assert label_of(fetch(professional, english), "tag", "fathers") == "dads"
    # The Danish library keeps the tag's own name.
    assert label_of(fetch(professional, library), "tag", "fædre") == "fædre"


@pytest.mark.django_db
@pytest.mark.parametrize("count", [10, 60])
def test_the_facet_index_is_built_in_two_queries(library, count, django_assert_num_queries):
    make_materials(library, count)
    materials = MaterialPage.objects.live().child_of(library)
    with django_assert_num_queries(2):
        pks, _by_title, postings = FacetIndex.build(materials)
    assert len(pks) == count
    assert sum(mask.bit_count() for mask in postings["tag"].values()) == count
    assert sum(mask.bit_count() for mask in postings["target"].values()) == count
