"""English versions are drafts until the secretariat publishes them, and say when they fall behind.

A new translation of a live Danish page is saved as a draft; a Danish change published after the
last sync marks the English version outdated; a sync clears that and saves a draft, never
publishing, even when asked to; publishing the English draft makes it up to date.
"""

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, TranslationSource

from home.factories import ConceptPageFactory
from home.models import ConceptPage
from home.translations import EnglishState, danish_pages, english_state
from library.demo.contributions import CONTRIBUTIONS
from tests.people import SECRETARY, demo_user

# Approved contributions are live in Danish and have no English yet.
CONTRIBUTIONS_PUBLISHED = {
    entry["title"] for entry in CONTRIBUTIONS if entry["state"] == "published"
}


@pytest.fixture
def secretary(client, db):
    client.force_login(demo_user(SECRETARY))
    return client


def concept_page(slug="for-foraeldre"):
    return ConceptPage.objects.get(locale__language_code="da", slug=slug)


def publish_danish_change(page, title):
    page.title = title
    page.save_revision().publish()
    return page


def later(hours=1):
    return time_machine.travel(timezone.now() + timedelta(hours=hours), tick=True)


@pytest.mark.django_db
def test_the_demo_shows_every_state_of_an_english_version():
    """Every live Danish page has English, up to date, but one material deliberately left
    without, one whose English is a draft, one whose Danish text moved on after it was
    translated, and the approved
    contribution, which nobody has translated yet."""
    live = danish_pages().filter(live=True)
    states = dict(live.values_list("title", "english_state"))
    assert states[concept_page().title] == EnglishState.UP_TO_DATE
    assert states["Søvnguide til det første år"] == EnglishState.OUTDATED
    assert states["Skema til lokal dataindsamling om deltagelse"] == EnglishState.MISSING
    assert states["Ammecafé i sundhedsplejen"] == EnglishState.DRAFT
    unusual = {title: state for title, state in states.items() if state != EnglishState.UP_TO_DATE}
    assert set(unusual) == {
        "Søvnguide til det første år",
        "Ammecafé i sundhedsplejen",
        "Skema til lokal dataindsamling om deltagelse",
        *CONTRIBUTIONS_PUBLISHED,
    }, unusual


@pytest.mark.django_db
def test_english_pages_of_the_demo_have_english_addresses(english):
    same = [
        page.url
        for page in Page.objects.filter(locale=english, depth__gt=2)
        if page.slug == page.get_translation(page.locale.get_default()).slug
    ]
    # "Cookies" and "Advisory board" are the pages' names in Danish too
    assert set(same) == {"/en/cookies/", "/en/professional-area/advisory-board/"}
    material = Page.objects.get(locale=english, title="Fathers' group during pregnancy")
    assert material.url == "/en/professional-area/library/fathers-group-during-pregnancy/"


@pytest.mark.django_db
def test_the_translation_editor_shows_the_demo_s_english_as_a_translator_typed_it(english):
    """Apostrophes and quotes as themselves, not "Fathers&#x27; group" in the editor."""
    typed = StringTranslation.objects.filter(locale=english)
    assert typed.filter(data__contains="Fathers' group").exists()
    assert not typed.filter(data__contains="&#x27;").exists()
    assert not typed.filter(data__contains="&quot;").exists()


@pytest.mark.django_db
def test_a_new_translation_of_a_live_page_stays_a_draft_until_published(
    secretary, home_da, english
):
    page = ConceptPageFactory(parent=home_da, title="Ny side om søvn", slug="ny-side-om-soevn")
    page.save_revision().publish()
    assert english_state(page) == EnglishState.MISSING

    response = secretary.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [english.pk]},
    )
    assert response.status_code == 302
    english = page.get_translation(english)
    assert not english.live
    assert english_state(page) == EnglishState.DRAFT
    # Untranslated, the English draft has the Danish slug; either way nobody reads it yet.
    assert english.slug == "ny-side-om-soevn"
    assert secretary.get(f"/en/{english.slug}/").status_code == 404

    with later():
        english.get_latest_revision().publish()
    assert english_state(page) == EnglishState.UP_TO_DATE


@pytest.mark.django_db
def test_a_danish_change_makes_english_outdated_and_a_sync_publishes_nothing(
    secretary, english, django_capture_on_commit_callbacks
):
    page = concept_page()
    english = page.get_translation(english)
    english_title = english.title
    with later(1):
        publish_danish_change(page, "For forældre og bedsteforældre")
    assert english_state(page) == EnglishState.OUTDATED

    source = TranslationSource.objects.get_for_instance(page)
    with later(2):
        # Even asked to publish, the sync publishes nothing.
        response = secretary.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302
    english = Page.objects.get(pk=english.pk).specific
    assert english.live and english.title == english_title
    assert english_state(page) == EnglishState.DRAFT
    assert english_title in secretary.get(english.url).content.decode()

    # The secretariat publishes in the translation editor; the untranslated title is Danish.
    with later(3), django_capture_on_commit_callbacks(execute=True):
        response = secretary.post(
            reverse("wagtailadmin_pages:edit", args=[english.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    assert english_state(page) == EnglishState.UP_TO_DATE
    english.refresh_from_db()
    assert english.title == "For forældre og bedsteforældre"


@pytest.mark.django_db
def test_the_sync_form_offers_no_publish_button(secretary):
    source = TranslationSource.objects.get_for_instance(concept_page())
    response = secretary.get(reverse("wagtail_localize:update_translations", args=[source.pk]))
    assert response.status_code == 200
    assert b'name="publish_translations"' not in response.content
