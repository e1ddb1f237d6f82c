"""The secretariat sees a page before it goes live: every page type of the demo previews from its
latest revision, in both languages, in the revision view, in the workflow's preview and in the
page editor's preview panel. A preview renders a page built in memory from a revision, where
tags, files and other child objects are not in the database: a query on them crashes."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from library.models import MaterialPage, Phase, TargetGroup
from network.models import Municipality
from tests.library.contributions import (
    current_task_state,
    second_secretary,
    submitted_material,
)
from tests.people import CONTRIBUTOR, SECRETARY, demo_user


def demo_pages():
    """One page of every type in the demo, per language: the first of each in tree order."""
    pages = {}
    for page in Page.objects.filter(depth__gt=1).order_by("path").select_related("locale"):
        pages.setdefault((page.content_type_id, page.locale.language_code), page.pk)
    names = {ct.pk: ct.model for ct in ContentType.objects.filter(pk__in={k[0] for k in pages})}
    return sorted(((names[ct], lang), pk) for (ct, lang), pk in pages.items())


def text_of(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


@pytest.mark.django_db
def test_the_demo_has_every_page_type_in_both_languages():
    kinds = {kind for kind, _ in demo_pages()}
    assert len(kinds) >= 14 * 2


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["da", "en"])
def test_every_page_type_previews_from_its_latest_revision(secretariat, language):
    previewed = []
    for (model, page_language), pk in demo_pages():
        if page_language != language:
            continue
        page = Page.objects.get(pk=pk).specific
        revision = page.latest_revision or page.save_revision(user=demo_user(SECRETARY))
        response = secretariat.get(
            reverse("wagtailadmin_pages:revisions_view", args=[pk, revision.pk])
        )
        assert response.status_code == 200, model
        assert page.title in text_of(response), model
        previewed.append(model)
    assert "materialpage" in previewed and "meetingpage" in previewed


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["da", "en"])
def test_every_page_type_previews_in_the_workflow(secretariat, language):
    """Submitted by a colleague: nobody reviews their own submission."""
    colleague = second_secretary()
    for (model, page_language), pk in demo_pages():
        if page_language != language:
            continue
        page = Page.objects.get(pk=pk).specific
        workflow = page.get_workflow()
        if workflow is None:
            continue
        page.save_revision(user=colleague)
        workflow.start(page, colleague)
        task = current_task_state(page).task
        response = secretariat.get(
            reverse("wagtailadmin_pages:workflow_preview", args=[pk, task.pk])
        )
        assert response.status_code == 200, model
        assert page.title in text_of(response), model


@pytest.mark.django_db
def test_the_secretariat_previews_a_submitted_contribution_with_its_themes(secretariat):
    """The contribution's themes exist only in its revision until it is approved."""
    material = submitted_material(
        "Ny tjekliste", Municipality.objects.get(name="Aarhus"), demo_user(CONTRIBUTOR)
    )
    material.tags.add("helt nyt tema", "fædre")
    material.save_revision(user=demo_user(CONTRIBUTOR))
    response = secretariat.get(
        reverse(
            "wagtailadmin_pages:workflow_preview",
            args=[material.pk, current_task_state(material).task.pk],
        )
    )
    assert response.status_code == 200
    assert "Ny tjekliste" in text_of(response)


@pytest.mark.django_db
def test_the_editor_preview_panel_shows_a_material_with_new_themes(secretariat):
    material = (
        MaterialPage.objects.live().filter(locale__language_code="da", files__isnull=False).first()
    )
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[material.pk])
    data = nested_form_data(
        {
            "title": "Forhåndsvist titel",
            "slug": material.slug,
            "introduction": "Kort om materialet.",
            "kind": material.kind,
            "material_language": "da",
            "body": streamfield(
                [("paragraph", rich_text("<p>Brødtekst til forhåndsvisning.</p>"))]
            ),
            "target_groups": [TargetGroup.objects.first().pk],
            "phases": [Phase.objects.first().pk],
            "tags": "søvn, et helt nyt tema",
            "files": inline_formset(
                [{"id": f.pk, "document": f.document_id} for f in material.files.all()],
                initial=material.files.count(),
            ),
            "municipality": material.municipality_id or "",
            "contact_name": "",
            "contact_email": "",
            "last_reviewed": "",
            "next_review": "",
        }
    )
    posted = secretariat.post(url, data)
    assert posted.status_code == 200 and posted.json()["is_valid"], posted.content
    response = secretariat.get(url)
    assert response.status_code == 200
    assert "Forhåndsvist titel" in text_of(response)
    assert "Brødtekst til forhåndsvisning." in text_of(response)
