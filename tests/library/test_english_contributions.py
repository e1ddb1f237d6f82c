"""Contributors in English: the site's form at /en/ makes an English page in the English library,
"My contributions" lists contributions in both languages with their language, an English
material can get a Danish translation, and nobody but the secretariat publishes a translation."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page, PageLogEntry, WorkflowState
from wagtail_localize.models import TranslationSource

from library.models import LibraryIndexPage, MaterialPage
from tests.library.contributions import (
    contribution_data,
    current_task_state,
    pdf,
    workflow_action_url,
)
from tests.people import CONTRIBUTOR, SECRETARY, demo_user

WORKFLOW = "Sekretariatets godkendelse"


def url_in(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def contribute_in(client, language, title, municipality, **fields):
    client.force_login(demo_user(CONTRIBUTOR))
    data = contribution_data(title, municipality, files=[pdf()], **fields)
    response = client.post(url_in(language, "contribute"), data)
    assert response.status_code == 302
    assert response["Location"] == url_in(language, "my_contributions")
    return MaterialPage.objects.get(title=title)


def library_of(language):
    return LibraryIndexPage.objects.get(locale__language_code=language)


def listed(client, language):
    """{title: (status, language shown)} of the rows of "My contributions" in `language`."""
    rows = soup(client.get(url_in(language, "my_contributions"))).select("tr[data-status]")
    return {
        row.th.get_text(strip=True): (
            row["data-status"],
            row.select_one("td[data-language]").get_text(strip=True),
        )
        for row in rows
    }


@pytest.mark.django_db
def test_a_material_contributed_in_english_is_an_english_page_in_the_english_library(
    client, aarhus
):
    material = contribute_in(
        client,
        "en",
        "A first night alone with the baby",
        aarhus,
        introduction="What a father needs for the first night alone.",
        description="How we use it.",
    )

    assert material.locale.language_code == "en"
    assert material.get_parent().specific == library_of("en")
    assert material.material_language == MaterialPage.Language.ENGLISH
    assert not material.live
    state = material.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == WORKFLOW
    assert str(current_task_state(material).task.name)
    # No Danish page appeared beside it: a Danish version is the secretariat's to make.
    assert not material.get_translations().exists()


@pytest.mark.django_db
def test_a_material_contributed_in_danish_is_still_a_danish_page(client, aarhus):
    material = contribute_in(client, "da", "Fars første nat alene", aarhus)

    assert material.locale == Locale.get_default()
    assert material.get_parent().specific == library_of("da")
    assert material.material_language == MaterialPage.Language.DANISH


@pytest.mark.django_db
def test_without_an_english_library_the_english_form_says_so_and_uses_the_danish_one(
    client, aarhus
):
    english_library = library_of("en")
    Page.objects.filter(pk=english_library.pk).delete()  # its materials with it
    client.force_login(demo_user(CONTRIBUTOR))

    notice = soup(client.get(url_in("en", "contribute"))).select_one("[data-library-notice]")
    assert "no English section" in notice.get_text()
    assert soup(client.get(url_in("da", "contribute"))).select_one("[data-library-notice]") is None

    data = contribution_data("Written in English", aarhus, files=[pdf()])
    response = client.post(url_in("en", "contribute"), data, follow=True)
    assert response.status_code == 200
    assert "no English section" in response.content.decode()
    material = MaterialPage.objects.get(title="Written in English")
    assert material.locale == Locale.get_default()
    assert material.material_language == MaterialPage.Language.ENGLISH
    assert material.current_workflow_state.workflow.name == WORKFLOW


@pytest.mark.django_db
def test_without_any_library_the_form_says_so_instead_of_failing(client, aarhus):
    for library in LibraryIndexPage.objects.order_by("-depth"):
        Page.objects.filter(pk=library.pk).delete()
    client.force_login(demo_user(CONTRIBUTOR))
    for language in ("da", "en"):
        response = client.get(url_in(language, "contribute"), follow=True)
        assert response.status_code == 200
        assert response.redirect_chain[-1][0] == url_in(language, "my_contributions")
        with translation.override(language):
            expected = gettext(
                "The library is not open for contributions just now. Contact the secretariat, "
                "and try again later."
            )
        assert expected in response.content.decode()


@pytest.mark.django_db
def test_my_contributions_lists_both_languages_with_the_language_shown(client, aarhus):
    contribute_in(client, "en", "A first night alone with the baby", aarhus)
    contribute_in(client, "da", "Fars første nat alene", aarhus)

    in_english = listed(client, "en")
    assert in_english["A first night alone with the baby"] == ("awaiting", "English")
    assert in_english["Fars første nat alene"] == ("awaiting", "Danish")
    in_danish = listed(client, "da")
    assert in_danish["A first night alone with the baby"] == ("awaiting", "Engelsk")
    assert in_danish["Fars første nat alene"] == ("awaiting", "Dansk")
    # The demo's Danish contributions have English translations made by the secretariat:
    # each is listed once, in the language it was written in.
    english = Locale.objects.get(language_code="en")
    titles = [
        row.th.get_text(strip=True)
        for row in soup(client.get(url_in("en", "my_contributions"))).select("tr[data-status]")
    ]
    translated = [
        page
        for page in MaterialPage.objects.filter(locale__language_code="da", municipality=aarhus)
        if page.has_translation(english)
    ]
    assert translated
    for page in translated:
        assert titles.count(page.title) == 1
        assert in_english[page.title][1] == "Danish"
        english_title = page.get_translation(english).title
        assert english_title == page.title or english_title not in titles


def translate_into_danish(client, material):
    """The secretariat translates an English material into Danish with wagtail-localize."""
    client.force_login(demo_user(SECRETARY))
    danish = Locale.objects.get(language_code="da")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[material.pk]),
        {"locales": [danish.pk]},
    )
    assert response.status_code == 302
    return material.get_translation(danish)


def publish_translation(client, page, capture_on_commit):
    """The secretariat publishes `page` in wagtail-localize's translation editor (which
    publishes once the transaction commits)."""
    with capture_on_commit(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    page.refresh_from_db()


@pytest.mark.django_db
def test_an_english_material_can_get_a_danish_translation(
    client, aarhus, django_capture_on_commit_callbacks
):
    material = contribute_in(client, "en", "A first night alone with the baby", aarhus)
    client.force_login(demo_user(SECRETARY))
    assert client.post(workflow_action_url(material, "approve")).status_code == 302
    material.refresh_from_db()
    assert material.live

    danish = translate_into_danish(client, material)

    assert danish.get_parent().specific == library_of("da")
    assert not danish.live  # a draft until the secretariat publishes it
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[danish.pk]))
    assert editor.status_code == 200
    publish_translation(client, danish, django_capture_on_commit_callbacks)
    assert danish.live
    # It is still one contribution, written in English.
    client.force_login(demo_user(CONTRIBUTOR))
    rows = listed(client, "en")
    assert rows["A first night alone with the baby"] == ("published", "English")


@pytest.mark.django_db
def test_the_translation_overview_leaves_out_pages_translated_from_english(
    client, aarhus, django_capture_on_commit_callbacks
):
    material = contribute_in(client, "en", "A first night alone with the baby", aarhus)
    client.force_login(demo_user(SECRETARY))
    client.post(workflow_action_url(material, "approve"))
    danish = translate_into_danish(client, material)
    publish_translation(client, danish, django_capture_on_commit_callbacks)
    assert danish.live

    # The overview is about the English versions of Danish pages: this Danish page is itself a
    # translation, and its English source is no "English version" to keep up to date.
    for name in ("home_translation_report", "home_translation_report_results"):
        assert client.get(reverse(name)).status_code == 200
    export = client.get(reverse("home_translation_report"), {"export": "csv"})
    assert export.status_code == 200
    rows = b"".join(export.streaming_content).decode()
    assert "Invitation til fædremøde i Aarhus" in rows  # a Danish contribution is listed
    assert "A first night alone with the baby" not in rows
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


# Translations and the workflow: only the secretariat translates and publishes, and an English
# draft sent for approval goes to the secretariat like every other change.


def translated_aarhus_material():
    """A live Danish material of Aarhus (the demo contributor's) with a live English version."""
    english = Locale.objects.get(language_code="en")
    for material in MaterialPage.objects.live().filter(
        locale__language_code="da", municipality__name="Aarhus"
    ):
        translation_ = material.get_translation_or_none(english)
        if translation_ is not None and translation_.live and translation_.alias_of_id is None:
            return material, translation_.specific
    raise AssertionError("the demo has no translated material of Aarhus")


@pytest.mark.django_db
def test_a_contributor_neither_translates_nor_publishes_a_translation(client):
    danish, english = translated_aarhus_material()
    published_at = english.last_published_at
    client.force_login(demo_user(CONTRIBUTOR))
    source = TranslationSource.objects.get_for_instance(danish)

    # wagtail-localize's tools are the secretariat's, and so is the translation editor (the page
    # editor of a translation) with its "publish": the contributor is turned away from each.
    for url, data in (
        (reverse("wagtail_localize:submit_page_translation", args=[danish.pk]), {}),
        (reverse("wagtail_localize:update_translations", args=[source.pk]), {}),
        (reverse("wagtailadmin_pages:edit", args=[english.pk]), {"action": "publish"}),
    ):
        response = client.post(url, data)
        assert response.status_code == 403 or (
            response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
        ), url
    english.refresh_from_db()
    assert english.last_published_at == published_at
    assert not PageLogEntry.objects.filter(
        page=english, action="wagtail.publish", user=demo_user(CONTRIBUTOR)
    ).exists()


@pytest.mark.django_db
def test_an_english_draft_sent_for_approval_waits_for_the_secretariat(client):
    danish, english = translated_aarhus_material()
    contributor = demo_user(CONTRIBUTOR)
    assert not english.permissions_for_user(contributor).can_publish()
    english.title = "Fathers' meeting, new title"
    english.save_revision(user=contributor)
    workflow = english.get_workflow()
    assert workflow.name == WORKFLOW
    workflow.start(english, contributor)

    english = MaterialPage.objects.get(pk=english.pk)
    assert english.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert english.title != "Fathers' meeting, new title"  # readers still see the old one
    assert current_task_state(english).task.specific.get_actions(english, contributor) == []

    client.force_login(demo_user(SECRETARY))
    assert client.post(workflow_action_url(english, "approve")).status_code == 302
    english.refresh_from_db()
    assert english.title == "Fathers' meeting, new title"
    assert english.live and not english.has_unpublished_changes
