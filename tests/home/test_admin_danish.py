"""The Wagtail admin in Danish: every interface text that Wagtail shows on the screens the
secretariat uses daily and that Wagtail's own Danish catalogue leaves in English is translated by
locale/wagtail-admin. When a Wagtail upgrade brings new English texts, this test names them."""

import json
import re
from pathlib import Path

import polib
import pytest
import wagtail
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse

from home.models import HomePage
from library.models import MaterialPage
from network.models import ProfessionalAreaPage

WAGTAIL = Path(wagtail.__file__).resolve().parent
# A placeholder in an escaped msgid: a number stands for %d, any text for %s and {}.
NUMBER = re.compile(r"%\\\(\w+\\\)d|%d")
TEXT = re.compile(r"%\\\(\w+\\\)s|%s|\\\{\w*\\\}")


def catalogue_entries(language):
    paths = list(WAGTAIL.glob(f"**/locale/{language}/LC_MESSAGES/django.po"))
    if language == "da":
        paths += [Path(path) / "da/LC_MESSAGES/django.po" for path in settings.LOCALE_PATHS]
    for path in paths:
        if path.exists():
            yield from polib.pofile(str(path))


def english_left_in(texts):
    """Of the texts shown, those that are one of Wagtail's English msgids (or a formatted one)
    with no Danish translation in Wagtail's catalogue or ours."""
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
    for tag in soup(["script", "style"]):
        tag.decompose()
    texts |= set(soup.stripped_strings)
    for attribute in ("placeholder", "aria-label", "title"):
        texts |= {element[attribute].strip() for element in soup.select(f"[{attribute}]")}
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
    texts = set()
    for url in urls:
        response = secretariat.get(url)
        assert response.status_code == 200, url
        texts |= shown_texts(response)
    assert english_left_in(texts) == set()
    # What every Danish editor meets first: the menu, the dashboard's review panel, the summary.
    assert {"Billeder", "Rapporter", "Hjælp", "Venter på din gennemgang"} <= texts
    assert any(re.fullmatch(r"\d+ sider", text) for text in texts)


def test_the_english_finder_finds_english():
    """The check above would pass on texts it cannot recognise: it must find what it looks for."""
    # Wagtail's English that no catalogue translates yet (the workflow editor, not used daily).
    untranslated = "Give your workflow a name"
    assert untranslated in {entry.msgid for entry in catalogue_entries("en")}
    assert english_left_in({untranslated, "3 sider"}) == {untranslated}
    assert english_left_in({"Awaiting your review", "Billeder", "Tekst fra sitet"}) == set()
    assert english_left_in({"Used 3 times"}) == set()  # translated here, with its number
