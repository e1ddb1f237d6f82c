"""Themes (tags) are one set for both languages, named in English on English pages."""

import pytest
from bs4 import BeautifulSoup
from taggit.models import Tag
from wagtail.models import Locale

from library.models import MaterialPage, ThemeName


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def material(language, title):
    return MaterialPage.objects.get(locale__language_code=language, title=title)


@pytest.mark.django_db
def test_a_material_names_its_themes_in_the_reader_s_language(professional):
    danish = material("da", "Fædregruppe i graviditeten")
    english = material("en", "Fathers' group during pregnancy")
    themes_da = [a.get_text() for a in soup(professional.get(danish.url)).select("a.tag")]
    themes_en = [a.get_text() for a in soup(professional.get(english.url)).select("a.tag")]
    assert sorted(themes_da) == ["fædre", "gruppeforløb"]
    assert sorted(themes_en) == ["fathers", "group courses"]


def libraries():
    danish = material("da", "Fædregruppe i graviditeten").get_parent().specific
    return danish, danish.get_translation(Locale.objects.get(language_code="en")).specific


def results(page):
    return [a.get_text(strip=True) for a in page.select(".library__results h2 a")]


def english_titles(danish_titles):
    """The English titles of the English versions of the Danish materials."""
    pages = MaterialPage.objects.filter(locale__language_code="da", title__in=danish_titles)
    english = Locale.objects.get(language_code="en")
    return sorted(
        translation.title
        for page in pages
        if (translation := page.get_translation_or_none(english)) and translation.live
    )


@pytest.mark.django_db
def test_the_english_library_filters_and_names_themes_in_english(professional):
    library = libraries()[1]
    page = soup(professional.get(library.url, {"tag": "fathers"}))
    option = page.select_one("input[name=tag][value=fathers]").find_parent("label")
    assert "fathers" in option.get_text() and "fædre" not in option.get_text()
    assert not page.select("input[name=tag][value=fædre]")
    chips = [chip.get_text() for chip in page.select(".chips a.chip")]
    assert any("fathers" in chip for chip in chips)
    assert "Fathers' group during pregnancy" in results(page)
    # Every theme's checkbox has the English slug the secretariat's name made.
    values = {box["value"] for box in page.select("input[name=tag]")}
    assert {"group-courses", "mental-health"} & values
    assert not values & {"gruppeforløb", "mental-sundhed"}

    theme_page = soup(professional.get(f"{library.url}tema/fathers/"))
    assert theme_page.h1.get_text(strip=True) == "Theme: fathers"


@pytest.mark.django_db
def test_the_themes_of_a_material_link_to_their_pages_in_its_language(professional):
    danish, english = libraries()
    page = soup(professional.get(material("en", "Fathers' group during pregnancy").url))
    links = {a.get_text(): a["href"] for a in page.select("a.tag")}
    assert links["fathers"] == f"{english.url}tema/fathers/"
    assert links["group courses"] == f"{english.url}tema/group-courses/"
    page = soup(professional.get(material("da", "Fædregruppe i graviditeten").url))
    links = {a.get_text(): a["href"] for a in page.select("a.tag")}
    assert links["fædre"] == danish.url + danish.reverse_subpage("theme", args=["fædre"])
    assert soup(professional.get(links["fædre"])).h1.get_text(strip=True) == "Tema: fædre"


@pytest.mark.django_db
def test_filtering_by_the_english_slug_finds_what_the_danish_one_finds_in_danish(professional):
    danish, english = libraries()
    found_da = results(soup(professional.get(danish.url, {"tag": "gruppeforløb"})))
    found_en = results(soup(professional.get(english.url, {"tag": "group-courses"})))
    assert len(found_da) > 1
    assert sorted(found_en) == english_titles(found_da)
    theme_da = results(soup(professional.get(f"{danish.url}tema/gruppeforløb/")))
    theme_en = results(soup(professional.get(f"{english.url}tema/group-courses/")))
    assert sorted(theme_da) == sorted(found_da) and sorted(theme_en) == sorted(found_en)


@pytest.mark.django_db
def test_an_old_danish_slug_still_works_in_the_english_library(professional):
    english = libraries()[1]
    response = professional.get(f"{english.url}tema/gruppeforløb/?sort=title")
    assert response.status_code == 302
    assert response["Location"] == f"{english.url}tema/group-courses/?sort=title"
    # In the filters it is understood, and the links made from it use the English slug.
    page = soup(professional.get(english.url, {"tag": ["gruppeforløb", "group-courses"]}))
    assert [box["value"] for box in page.select("input[name=tag][checked]")] == ["group-courses"]
    assert "group courses" in page.select_one(".chips a.chip").get_text()
    sort_links = [a["href"] for a in page.select(".library__sort a")]
    assert sort_links and all("tag=group-courses" in href for href in sort_links)
    assert not [href for href in sort_links if "gruppeforl" in href]
    assert sorted(results(page)) == sorted(
        results(soup(professional.get(english.url, {"tag": "group-courses"})))
    )


@pytest.mark.django_db
def test_the_danish_library_knows_only_the_danish_slugs(professional):
    danish = libraries()[0]
    assert professional.get(f"{danish.url}tema/group-courses/").status_code == 404
    page = soup(professional.get(danish.url, {"tag": "group-courses"}))
    assert not page.select(".chips a.chip")
    assert not page.select("input[name=tag][checked]")


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["no-such-theme", "x" * 300, "fædrex", "'"])
def test_an_unknown_theme_is_ignored_in_the_filters_and_not_found_as_a_page(professional, slug):
    english = libraries()[1]
    everything = soup(professional.get(english.url)).select_one(".library__count").get_text()
    page = soup(professional.get(english.url, {"tag": slug}))
    assert page.select_one(".library__count").get_text() == everything
    assert not page.select(".chips a.chip")
    assert professional.get(f"{english.url}tema/{slug}/").status_code == 404


@pytest.mark.django_db
def test_an_english_slug_left_empty_is_made_from_the_english_name_and_kept_unique():
    sleep = ThemeName.objects.get(tag__name="søvn")
    assert sleep.slug_en == "sleep"
    tag = Tag.objects.create(name="nattesøvn", slug="nattesoevn")
    theme = ThemeName.objects.create(tag=tag, name_en="Sleep!")
    assert theme.slug_en == "sleep-2"
    theme.name_en = "Night sleep"
    theme.save()
    assert theme.slug_en == "sleep-2"  # an address once given stays


@pytest.mark.django_db
def test_a_theme_without_an_english_name_keeps_its_danish_one(professional):
    ThemeName.objects.filter(tag__name="fædre").delete()
    english = material("en", "Fathers' group during pregnancy")
    themes = [a.get_text() for a in soup(professional.get(english.url)).select("a.tag")]
    assert sorted(themes) == ["fædre", "group courses"]
