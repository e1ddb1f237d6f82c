"""The Wagtail admin in Danish: every interface text that Wagtail or wagtail-localize shows on the
screens the secretariat uses daily and that their own Danish catalogues leave in English is
translated by locale/wagtail-admin. When an upgrade brings new English texts, this test names them."""

import json
import re
from pathlib import Path

import polib
import pytest
import wagtail
import wagtail_localize
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse
from wagtail_localize.models import TranslationSource

from home.models import HomePage
from library.demo.materials import MATERIALS
from library.models import MaterialPage
from network.models import ProfessionalAreaPage

PACKAGES = [Path(package.__file__).resolve().parent for package in (wagtail, wagtail_localize)]
EDITOR_MSGIDS = PACKAGES[1] / "locale/en/LC_MESSAGES/djangojs.po"
# A placeholder in an escaped msgid: a number stands for %d, any text for %s and {}.
NUMBER = re.compile(r"%\\\(\w+\\\)d|%d")
TEXT = re.compile(r"%\\\(\w+\\\)s|%s|\\\{\w*\\\}")


def catalogue_entries(language, domain="django"):
    paths = [
        path
        for package in PACKAGES
        for path in package.glob(f"**/locale/{language}/LC_MESSAGES/{domain}.po")
    ]
    if language == "da":
        paths += [Path(path) / f"da/LC_MESSAGES/{domain}.po" for path in settings.LOCALE_PATHS]
    for path in paths:
        if path.exists():
            yield from polib.pofile(str(path))


def english_left_in(texts):
    """Of the texts shown, those that are one of Wagtail's or wagtail-localize's English msgids (or
    a formatted one) with no Danish translation in their catalogues or ours."""
    danish = {entry.msgid for entry in catalogue_entries("da") if entry.translated()}
    english = [entry for entry in catalogue_entries("en") if entry.msgid not in danish]
    plain = {entry.msgid for entry in english}
    left = {text for text in texts if text in plain}
    for entry in english:
        forms = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
        for form in forms:
            escaped = re.escape(form)
            if NUMBER.search(escaped) or TEXT.search(escaped):
                escaped = TEXT.sub(".+", NUMBER.sub(r"\\d[\\d.]*", escaped))
                pattern = re.compile("^" + escaped + "$")
                left |= {f"{entry.msgid} ({text})" for text in texts if pattern.match(text)}
    return left


def shown_texts(response):
    soup = BeautifulSoup(response.content, "html.parser")
    texts = set()

    def walk(value):  # the sidebar and other components get their texts as JSON
        if isinstance(value, str):
            texts.add(value.strip())
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for script in soup.select("script[type='application/json']"):
        try:
            walk(json.loads(script.string or "null"))
        except ValueError:
            pass
    for element in soup.select("[data-props]"):  # wagtail-localize's translation editor
        walk(json.loads(element["data-props"]))
    for tag in soup(["script", "style"]):
        tag.decompose()
    texts |= set(soup.stripped_strings)
    for attribute in ("placeholder", "aria-label", "title"):
        texts |= {element[attribute].strip() for element in soup.select(f"[{attribute}]")}
    texts |= {button["value"].strip() for button in soup.select("input[type=submit][value]")}
    return texts


def texts_on(client, urls):
    """Every text the screens show, each screen asked for once and answering 200."""
    texts = set()
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        texts |= shown_texts(response)
    return texts


@pytest.mark.django_db
def test_the_secretariats_daily_admin_screens_have_no_english_left(secretariat):
    home = HomePage.objects.get(locale__language_code="da")
    area = ProfessionalAreaPage.objects.get(locale__language_code="da")
    material = MaterialPage.objects.filter(locale__language_code="da").first()
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[home.pk]),
        reverse("wagtailadmin_explore", args=[area.pk]),
        reverse("wagtailadmin_pages:edit", args=[home.pk]),
        reverse("wagtailadmin_pages:edit", args=[material.pk]),
        reverse("wagtailadmin_pages:add_subpage", args=[home.pk]),
        reverse("wagtailimages:index"),
        reverse("wagtaildocs:index"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:locked_pages"),
        reverse("wagtailusers_users:index"),
        reverse("wagtailsnippets_network_onboarding:list"),
        reverse("wagtailsnippets_network_joinrequest:list"),
        reverse("wagtailforms:index"),
        reverse("wagtailadmin_account"),
    ]
    texts = texts_on(secretariat, urls)
    assert english_left_in(texts) == set()
    # What every Danish editor meets first: the menu, the dashboard's review panel, the summary.
    assert {"Billeder", "Rapporter", "Hjælp", "Venter på din gennemgang"} <= texts
    assert any(re.fullmatch(r"\d+ sider", text) for text in texts)


# The demo's material whose Danish text moved on after its English was made, and the one without
# English (library/demo/materials.py).
OUTDATED = next(entry for entry in MATERIALS if entry.get("update"))
MISSING = next(entry for entry in MATERIALS if entry.get("translate") is False)


def material(entry, language="da"):
    danish = MaterialPage.objects.get(locale__language_code="da", slug=entry["slug"])
    return MaterialPage.objects.get(
        locale__language_code=language, translation_key=danish.translation_key
    )


@pytest.mark.django_db
def test_wagtail_localizes_screens_have_no_english_left(secretariat):
    """Syncing the outdated material, its English version in the translation editor and the
    screen that converts it to an alias, sending the material without English to translation,
    and wagtail-localize's report."""
    english = material(OUTDATED, "en")
    source = TranslationSource.objects.get_for_instance(material(OUTDATED))
    urls = [
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        reverse("wagtailadmin_pages:edit", args=[english.pk]),
        reverse("wagtail_localize:convert_to_alias", args=[english.pk]),
        reverse("wagtail_localize:submit_page_translation", args=[material(MISSING).pk]),
        reverse("wagtail_localize:translations_report"),
    ]
    texts = texts_on(secretariat, urls)
    assert english_left_in(texts) == set()
    assert {"Opdatér eksisterende oversættelser", "Oversæt side", "Udfør"} <= texts


@pytest.mark.django_db
def test_the_translation_editors_javascript_speaks_danish(secretariat):
    """The editor is a React app: its texts come from the JavaScript catalogue the page loads,
    where locale/wagtail-admin's djangojs.po wins over wagtail-localize's as in Python."""
    english = material(OUTDATED, "en")
    response = secretariat.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    catalogue_url = reverse("wagtail_localize:javascript_catalog")
    assert f'src="{catalogue_url}"' in response.content.decode()
    script = secretariat.get(catalogue_url).content.decode()
    catalogue = json.loads(re.search(r"const newcatalog = (.*?);\n", script, re.DOTALL)[1])
    msgids = {entry.msgid for entry in polib.pofile(str(EDITOR_MSGIDS))}
    assert sorted(msgids - set(catalogue)) == []
    assert catalogue["Publish in "] == "Udgiv: "  # followed by the locale's name: "Engelsk"


def test_the_english_finder_finds_english():
    """The check above would pass on texts it cannot recognise: it must find what it looks for."""
    # Wagtail's English that no catalogue translates yet (the workflow editor, not used daily).
    untranslated = "Give your workflow a name"
    english = {entry.msgid for entry in catalogue_entries("en")}
    assert {untranslated, "Update existing translations"} <= english  # wagtail-localize's too
    assert english_left_in({untranslated, "3 sider"}) == {untranslated}
    assert english_left_in({"Awaiting your review", "Billeder", "Tekst fra sitet"}) == set()
    assert english_left_in({"Used 3 times"}) == set()  # translated here, with its number
