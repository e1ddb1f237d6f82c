"""A material's files have an English title beside their own, written by the editor on the
Danish page and carried to the English page by wagtail-localize's sync: English pages list the
files by it, Danish pages by the document's title, and a file without one keeps its own."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from library.models import MaterialFile, MaterialPage
from tests.library.contributions import material_form


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def listed(client, page):
    return [a.get_text(strip=True) for a in soup(client.get(page.url)).select(".documents__list a")]


def materials():
    danish = MaterialPage.objects.get(title="Samtalekort om parforholdet")
    return danish, danish.get_translation(Locale.objects.get(language_code="en"))


@pytest.mark.django_db
def test_an_english_material_lists_its_files_by_their_english_titles(professional):
    danish, english = materials()
    assert listed(professional, danish) == ["Samtalekort til print", "Vejledning til fagpersoner"]
    assert listed(professional, english) == [
        "Conversation cards to print",
        "Guidance for professionals",
    ]


@pytest.mark.django_db
def test_a_file_without_an_english_title_keeps_its_own(professional):
    english = materials()[1]
    MaterialFile.objects.filter(page=english, sort_order=1).update(title_en="")
    assert listed(professional, english) == [
        "Conversation cards to print",
        "Vejledning til fagpersoner",
    ]


@pytest.mark.django_db
def test_the_editor_writes_it_beside_the_file(secretariat):
    danish = materials()[0]
    url = reverse("wagtailadmin_pages:edit", args=[danish.pk])
    field = soup(secretariat.get(url)).select_one("input[name=files-1-title_en]")
    assert field["value"] == "Guidance for professionals"
    data = material_form(danish) | {
        "files-0-title_en": "Cards to print",
        "files-1-title_en": "A guide for professionals",
        "files-0-ORDER": "1",
        "files-1-ORDER": "2",
    }
    assert secretariat.post(url, data).status_code == 302
    draft = MaterialPage.objects.get(pk=danish.pk).get_latest_revision_as_object()
    assert [f.title_en for f in draft.files.all()] == [
        "Cards to print",
        "A guide for professionals",
    ]


@pytest.mark.django_db
def test_the_english_page_gets_a_changed_english_title_with_its_next_sync(professional):
    danish, english = materials()
    danish.files.filter(sort_order=0).update(title_en="Cards to print")
    assert listed(professional, english)[0] == "Conversation cards to print"
    source, _created = TranslationSource.update_or_create_from_instance(danish)
    Translation.objects.get(source=source, target_locale=english.locale).save_target(publish=True)
    assert listed(professional, english) == ["Cards to print", "Guidance for professionals"]
    assert listed(professional, danish) == ["Samtalekort til print", "Vejledning til fagpersoner"]
