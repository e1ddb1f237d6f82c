"""English pages get English addresses from their translated titles (home/english_slugs.py), the
translator may write another, and an address that changes sends its readers on with a 301."""

from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from home.factories import ConceptPageFactory
from tests.people import SECRETARY, demo_user


@pytest.fixture
def secretary(client, db):
    client.force_login(demo_user(SECRETARY))
    return client


@pytest.fixture
def new_translation(secretary, home_da, english):
    """A new live Danish page, sent to translation into English as the secretariat does."""

    def make(title="Ny side om søvn", slug="ny-side-om-soevn"):
        page = ConceptPageFactory(parent=home_da, title=title, slug=slug)
        page.save_revision().publish()
        response = secretary.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [english.pk]},
        )
        assert response.status_code == 302
        source = TranslationSource.objects.get_for_instance(page)
        return Translation.objects.get(source=source, target_locale=english)

    return make


def translate(client, translation, field, value):
    """Type a translation of one field into wagtail-localize's translation editor."""
    segment = StringSegment.objects.get(source=translation.source, context__path=field)
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in {200, 201}, response.content


def publish(client, commits, translation):
    """Press "Publish" in the translation editor; the English page as it is then."""
    english = translation.get_target_instance()
    url = reverse("wagtailadmin_pages:edit", args=[english.pk])
    response = commits(lambda: client.post(url, {"action": "publish"}))
    assert response.status_code == 302
    return Page.objects.get(pk=english.pk)


@pytest.mark.django_db
def test_a_new_translation_gets_its_address_from_the_english_title(
    secretary, new_translation, commits
):
    translation = new_translation()
    translate(secretary, translation, "title", "New page about sleep")
    # The translator sees the address under the slug, before publishing.
    editor = secretary.get(
        reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk])
    )
    assert "new-page-about-sleep" in editor.content.decode()

    english = publish(secretary, commits, translation)
    assert english.live and english.url == "/en/new-page-about-sleep/"
    response = Client().get("/en/new-page-about-sleep/")
    assert response.status_code == 200
    assert "New page about sleep" in response.content.decode()


@pytest.mark.django_db
def test_the_address_follows_the_title_until_it_is_published_then_stays(
    secretary, new_translation, commits
):
    translation = new_translation()
    translate(secretary, translation, "title", "New page about sleep")
    translate(secretary, translation, "title", "Sleep in the first year")
    assert publish(secretary, commits, translation).slug == "sleep-in-the-first-year"

    # A better title later does not move a published (and perhaps shared) address.
    translate(secretary, translation, "title", "Sleep during the first year")
    english = publish(secretary, commits, translation)
    assert english.title == "Sleep during the first year"
    assert english.slug == "sleep-in-the-first-year"


@pytest.mark.django_db
@pytest.mark.parametrize("order", ["slug first", "title first"])
def test_an_address_the_translator_wrote_is_kept(secretary, new_translation, commits, order):
    translation = new_translation()
    if order == "slug first":
        translate(secretary, translation, "slug", "sleep")
        translate(secretary, translation, "title", "New page about sleep")
    else:
        translate(secretary, translation, "title", "New page about sleep")
        translate(secretary, translation, "slug", "sleep")
    assert publish(secretary, commits, translation).url == "/en/sleep/"

    translate(secretary, translation, "title", "All about sleep")
    assert publish(secretary, commits, translation).url == "/en/sleep/"


@pytest.mark.django_db
def test_a_taken_address_gets_a_number(secretary, new_translation, commits, home_en):
    ConceptPageFactory(parent=home_en, title="New page about sleep", slug="new-page-about-sleep")
    translation = new_translation()
    translate(secretary, translation, "title", "New page about sleep")
    english = publish(secretary, commits, translation)
    assert english.url == "/en/new-page-about-sleep-2/"
    assert Client().get(english.url).status_code == 200


@pytest.mark.django_db
def test_a_shared_danish_address_of_an_english_page_redirects_to_its_english_one(
    secretary, new_translation, commits, page_cache
):
    translation = new_translation()
    # Published before anyone translated the title: English, at the Danish address.
    english = publish(secretary, commits, translation)
    visitor = Client()
    assert english.url == "/en/ny-side-om-soevn/"
    assert visitor.get(english.url).status_code == 200
    assert visitor.get(english.url)["X-Page-Cache"] == "hit"

    translate(secretary, translation, "title", "New page about sleep")
    english = publish(secretary, commits, translation)
    assert english.url == "/en/new-page-about-sleep/"
    moved = visitor.get("/en/ny-side-om-soevn/")
    assert (moved.status_code, moved["Location"]) == (301, "/en/new-page-about-sleep/")
    assert visitor.get(moved["Location"]).status_code == 200
    # The Danish page keeps its own address.
    assert visitor.get("/ny-side-om-soevn/").status_code == 200


@pytest.mark.django_db
def test_an_address_changed_by_hand_redirects_from_the_old_one(
    secretary, new_translation, commits, page_cache
):
    translation = new_translation()
    translate(secretary, translation, "title", "New page about sleep")
    publish(secretary, commits, translation)
    visitor = Client()
    visitor.get("/en/new-page-about-sleep/")  # now in the page cache

    translate(secretary, translation, "slug", "sleep")
    assert publish(secretary, commits, translation).url == "/en/sleep/"
    moved = visitor.get("/en/new-page-about-sleep/")
    assert (moved.status_code, moved["Location"]) == (301, "/en/sleep/")


@pytest.mark.django_db
def test_a_new_danish_slug_leaves_the_english_address(secretary, new_translation, commits):
    translation = new_translation()
    translate(secretary, translation, "title", "New page about sleep")
    translate(secretary, translation, "slug", "sleep")
    publish(secretary, commits, translation)

    danish = translation.source.get_source_instance()
    danish.slug = "soevn"
    commits(lambda: danish.save_revision().publish())
    response = secretary.post(
        reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    )
    assert response.status_code == 302
    assert publish(secretary, commits, translation).url == "/en/sleep/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("😴🌙", "ny-side-om-soevn"),
        ("!!! ... ???", "ny-side-om-soevn"),
        ("Søvn – æbler & Ørsted", "soevn-aebler-oersted"),
        ("Sleep " * 42, ("sleep-" * 40)[:-1]),
    ],
    ids=["emoji", "punctuation", "danish letters", "very long"],
)
def test_titles_with_nothing_or_too_much_to_spell_still_publish(
    secretary, new_translation, commits, title, slug
):
    translation = new_translation()
    translate(secretary, translation, "title", title)
    english = publish(secretary, commits, translation)
    assert english.slug == slug
    assert english.title.strip() == title.strip()
    assert Client().get(english.url).status_code == 200
