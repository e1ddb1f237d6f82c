"""Themes (tags) are one set for both languages, named in English on English pages."""

import pytest
from bs4 import BeautifulSoup
from taggit.models import Tag

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


@pytest.mark.django_db
def test_the_english_library_filters_and_names_themes_in_english(professional):
    library = material("en", "Fathers' group during pregnancy").get_parent()
    fathers = Tag.objects.get(name="fædre")
    page = soup(professional.get(library.url, {"tag": fathers.slug}))
    option = page.select_one(f"input[name=tag][value='{fathers.slug}']").find_parent("label")
    assert "fathers" in option.get_text() and "fædre" not in option.get_text()
    chips = [chip.get_text() for chip in page.select(".chips a.chip")]
    assert any("fathers" in chip for chip in chips)
    titles = [a.get_text(strip=True) for a in page.select(".library__results h2 a, .card a")]
    assert "Fathers' group during pregnancy" in titles

    theme_page = soup(professional.get(f"{library.url}tema/{fathers.slug}/"))
    assert theme_page.h1.get_text(strip=True) == "Theme: fathers"


@pytest.mark.django_db
def test_a_theme_without_an_english_name_keeps_its_danish_one(professional):
    ThemeName.objects.filter(tag__name="fædre").delete()
    english = material("en", "Fathers' group during pregnancy")
    themes = [a.get_text() for a in soup(professional.get(english.url)).select("a.tag")]
    assert sorted(themes) == ["fædre", "group courses"]
