"""The library as professionals use it: facets, counts, search, sorting, paging, bad input."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from taggit.models import Tag

from library.factories import MaterialPageFactory
from library.models import LibraryIndexPage, MaterialPage, Phase, TargetGroup
from network.models import Municipality

ON_POSTGRES = connection.vendor == "postgresql"


@pytest.fixture
def library(db):
    return LibraryIndexPage.objects.get(locale__language_code="da")


@pytest.fixture
def materials(library):
    return MaterialPage.objects.live().child_of(library)


def fetch(client, library, params=None, path=""):
    response = client.get(library.url + path, params or {})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(soup):
    return [h.get_text(strip=True) for h in soup.select(".material-card .card__title")]


def total(soup):
    return int(soup.select_one(".library__count").get_text().split()[0])


def counts(soup, param):
    """{value: count} of one facet as the page shows it."""
    result = {}
    for box in soup.select(f"input[type=checkbox][name={param}]"):
        label = box.find_parent("label")
        result[box["value"]] = int(label.select_one(".facet__count").get_text().strip("()"))
    return result


def all_titles(client, library, params):
    """Every title over all pages of a result."""
    found, page = [], 1
    while True:
        soup = fetch(client, library, {**params, "page": page})
        found += titles(soup)
        if not soup.select_one(".pagination a[rel=next]"):
            return found
        page += 1


@pytest.mark.django_db
def test_demo_library_has_at_least_40_materials_with_files(materials):
    assert materials.count() >= 40
    for material in materials:
        assert material.files.exists(), material.title
    kinds = set(materials.values_list("kind", flat=True))
    assert kinds == {"method", "tool", "material"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "param,lookup,value",
    [
        ("kind", "kind", "tool"),
        ("target", "target_groups__slug", "faedre"),
        ("phase", "phases__slug", "graviditet"),
        ("tag", "tagged_items__tag__slug", "parforhold"),
        ("municipality", "municipality__code", "751"),
        ("format", "files__file_format", "docx"),
    ],
)
def test_each_facet_narrows_the_results(professional, library, materials, param, lookup, value):
    expected = set(materials.filter(**{lookup: value}).values_list("title", flat=True))
    assert 0 < len(expected) < materials.count()
    assert set(all_titles(professional, library, {param: value})) == expected


@pytest.mark.django_db
def test_counts_match_the_results_they_lead_to(professional, library):
    soup = fetch(professional, library, {"target": "faedre"})
    for param in ["kind", "phase", "format", "municipality", "tag"]:
        shown = counts(soup, param)
        assert shown and any(shown.values()), param
        for value, count in shown.items():
            narrowed = fetch(professional, library, {"target": "faedre", param: value})
            assert total(narrowed) == count, (param, value)
    # The facet's own counts ignore its own selection: choosing more widens (OR within).
    own = counts(soup, "target")
    both = fetch(professional, library, {"target": ["faedre", "fagpersoner"]})
    assert total(both) <= own["faedre"] + own["fagpersoner"]
    assert total(both) >= max(own["faedre"], own["fagpersoner"])


@pytest.mark.django_db
def test_combined_facets_are_and_across_and_or_within(professional, library, materials):
    params = {"kind": ["method", "tool"], "phase": "det-foerste-aar"}
    expected = set(
        materials.filter(kind__in=["method", "tool"], phases__slug="det-foerste-aar").values_list(
            "title", flat=True
        )
    )
    assert set(all_titles(professional, library, params)) == expected


@pytest.mark.django_db
def test_state_lives_in_the_query_string_and_filters_can_be_removed(professional, library):
    soup = fetch(professional, library, {"kind": "tool", "tag": "fædre"})
    assert soup.select_one("input[name=kind][value=tool]").has_attr("checked")
    chips = {a.get_text(" ", strip=True): a["href"] for a in soup.select(".chip")}
    remove_kind = next(href for label, href in chips.items() if label.startswith("Type"))
    assert "kind=" not in remove_kind and "tag=" in remove_kind


@pytest.mark.django_db
@pytest.mark.skipif(
    not ON_POSTGRES, reason="Danish stemming needs PostgreSQL; SQLite's FTS5 has none"
)
def test_search_finds_another_inflection_of_a_danish_word(professional, library, materials):
    call_command("update_index", verbosity=0)
    soup = fetch(professional, library, {"q": "forældrene"})
    found = titles(soup)
    assert any("forældre" in title.lower() for title in found)


@pytest.mark.django_db
def test_search_narrows_and_combines_with_facets(professional, library, materials):
    call_command("update_index", verbosity=0)
    soup = fetch(professional, library, {"q": "fædregruppe"})
    assert any("ædregruppe" in title for title in titles(soup))
    assert total(soup) < materials.count()
    with_facet = fetch(professional, library, {"q": "fædregruppe", "kind": "nonexistent"})
    assert total(with_facet) == total(soup)


@pytest.mark.django_db
def test_a_search_from_the_form_sorts_by_relevance(professional, library):
    soup = fetch(professional, library)
    assert soup.select_one("input[name=sort]") is None  # nothing chosen: nothing sent
    searched = fetch(professional, library, {"q": "søvn"})
    assert searched.select_one(".library__sort strong").get_text() == "Relevans"


@pytest.mark.django_db
def test_sorting_by_title_and_newest(professional, library, materials):
    by_title = all_titles(professional, library, {"sort": "title"})
    # The database's collation decides where æ, ø and å go; the page must follow it.
    assert by_title == [m.title for m in materials.order_by("title", "pk")]
    assert by_title != [m.title for m in materials.order_by("-first_published_at", "-pk")]
    newest = all_titles(professional, library, {})
    assert newest == [m.title for m in materials.order_by("-first_published_at", "-pk")]


@pytest.mark.django_db
@pytest.mark.parametrize("sort", ["title", "newest"])
def test_a_search_sorted_by_title_or_date_finds_what_the_ranked_one_does(
    professional, library, sort
):
    call_command("update_index", verbosity=0)
    ranked = all_titles(professional, library, {"q": "fædre"})
    in_order = all_titles(professional, library, {"q": "fædre", "sort": sort})
    assert ranked and sorted(in_order) == sorted(ranked)


@pytest.mark.django_db
def test_pagination(professional, library, materials):
    first = fetch(professional, library)
    second = fetch(professional, library, {"page": 2})
    assert len(titles(first)) == 20
    assert not set(titles(first)) & set(titles(second))
    assert "page=2" in first.select_one(".pagination a[rel=next]")["href"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "-1"},
        {"page": "99999"},
        {"kind": "nonsense"},
        {"target": "'; DROP TABLE"},
        {"municipality": "abc"},
        {"municipality": "99999999"},
        {"tag": "<script>"},
        {"tag": "findes-ikke"},
        {"municipality": "9999"},
        {"sort": "evil"},
        {"q": "x" * 10_000},
        {"q": "\"' OR 1=1 -- <>&%*"},
    ],
)
def test_bad_parameters_answer_200_with_the_filter_ignored(
    professional, library, materials, params
):
    soup = fetch(professional, library, params)
    if "q" not in params:
        assert total(soup) == materials.count()


@pytest.mark.django_db
def test_an_empty_result_says_which_filter_to_loosen(professional, library, materials):
    call_command("update_index", verbosity=0)
    soup = fetch(professional, library, {"kind": "tool", "q": "zyxwvutsrq"})
    assert total(soup) == 0
    text = soup.select_one(".empty-state").get_text(" ", strip=True)
    assert "Prøv at fjerne" in text
    tools = materials.filter(kind="tool").count()
    # Dropping the query would give every tool; dropping the kind would still give nothing.
    assert f"Fjern “zyxwvutsrq”: {tools} materialer" in text
    assert "Fjern Type: Redskab" not in text


@pytest.mark.django_db
def test_theme_page_lists_materials_with_the_tag(professional, library, materials):
    tag = Tag.objects.get(name="søvn")
    soup = fetch(professional, library, path=f"tema/{tag.slug}/")
    expected = set(materials.filter(tagged_items__tag=tag).values_list("title", flat=True))
    assert set(titles(soup)) == expected
    assert soup.h1.get_text() == "Tema: søvn"
    assert professional.get(library.url + "tema/findes-ikke/").status_code == 404


@pytest.mark.django_db
def test_material_page_shows_files_facts_and_related(professional, materials):
    material = materials.get(title="Samtalekort om parforholdet")
    soup = BeautifulSoup(professional.get(material.url).content, "html.parser")
    files = soup.select(".documents__list li")
    assert len(files) == material.files.count() >= 1
    for item in files:
        assert re.search(r"\((PDF|DOCX), \d+([,.]\d+)?\s(kB|MB|byte)\)", item.get_text()), item
    related = [
        h.get_text(strip=True)
        for h in soup.select("#related ~ ul .card__title, section .card__title")
    ]
    shared = set(material.tags.values_list("pk", flat=True))
    for title in related:
        other = materials.get(title=title)
        assert shared & set(other.tags.values_list("pk", flat=True))


@pytest.mark.django_db
def test_library_is_behind_login(client, library):
    response = client.get(library.url)
    assert response.status_code == 302 and "/log-ind/" in response["Location"]


def make_materials(library, count):
    MaterialPage.objects.filter(pk__in=MaterialPage.objects.child_of(library).values("pk")).delete()
    groups, phases = list(TargetGroup.objects.all()), list(Phase.objects.all())
    municipalities = list(Municipality.objects.offering())
    for number in range(count):
        MaterialPageFactory(
            parent=library,
            title=f"Materiale {number}",
            slug=f"materiale-{number}",
            kind=["method", "tool", "material"][number % 3],
            municipality=municipalities[number % len(municipalities)],
            target_groups=[groups[number % len(groups)]],
            phases=[phases[number % len(phases)]],
            tags=[f"tema{number % 7}"],
        )


@pytest.mark.django_db
@pytest.mark.parametrize("count", [10, 200])
def test_library_queries_do_not_grow_with_materials(
    professional, library, count, django_assert_max_num_queries
):
    library = LibraryIndexPage.objects.get(pk=library.pk)
    make_materials(library, count)
    fetch(professional, library, {"kind": "tool"})
    with django_assert_max_num_queries(40):
        soup = fetch(professional, library, {"kind": "tool", "target": "faedre"})
    assert total(soup) > 0


def test_a_long_facet_shows_its_largest_options_and_folds_the_rest(professional, library):
    soup = fetch(client=professional, library=library)
    municipality = next(
        fieldset
        for fieldset in soup.select("fieldset.facet")
        if fieldset.legend.get_text(strip=True) == "Kommune"
    )
    shown = counts(BeautifulSoup(str(municipality.ul), "html.parser"), "municipality")
    folded = counts(
        BeautifulSoup(str(municipality.select_one("details.facet__more")), "html.parser"),
        "municipality",
    )
    assert len(shown) == 6 and len(folded) > 2
    assert min(shown.values()) >= max(folded.values())
    summary = municipality.select_one(".facet__more summary").get_text(" ", strip=True)
    assert summary.startswith(f"Vis alle {len(shown) + len(folded)}")

    # A chosen municipality from the folded ones is shown at once; a short facet folds nothing.
    chosen = min(folded, key=folded.get)
    soup = fetch(professional, library, {"municipality": chosen})
    municipality = soup.select_one(f"fieldset.facet > ul input[value='{chosen}']")
    assert municipality is not None and municipality.has_attr("checked")
    kind = soup.select_one("input[name=kind]").find_parent("fieldset")
    assert kind.select_one("details") is None


def test_the_filters_button_counts_the_chosen_filters(professional, library):
    button = fetch(professional, library).select_one("[data-filters-button]")
    assert button.select_one("[data-filters-count]").has_attr("hidden")
    soup = fetch(professional, library, {"kind": "tool", "target": "faedre"})
    count = soup.select_one("[data-filters-button] [data-filters-count]")
    assert not count.has_attr("hidden")
    assert count.get_text(" ", strip=True) == "2 valgt"
