"""Where a file attached to a page of the professional area lives.

It moves behind the login, unless a public page uses it: then it stays where it is, whoever
attaches it, and the editor is told.
"""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model

from library.models import MaterialPage
from network.models import MeetingAttachment, MeetingPage
from tests.library.contributions import material_form, public_leaflet, user


def collection_of(document):
    return get_document_model().objects.get(pk=document.pk).collection


def downloads_for_anybody(document):
    response = Client().get(document.url)
    return response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")


@pytest.mark.django_db
def test_the_secretariat_attaching_a_public_file_keeps_it_public_and_is_told(client):
    client.force_login(user("sekretariat"))
    leaflet = public_leaflet()
    collection = collection_of(leaflet)
    material = (
        MaterialPage.objects.live().filter(locale__language_code="da", files__isnull=False).first()
    )
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[material.pk]),
        material_form(material, **{"files-0-document": leaflet.pk, "action-publish": "publish"}),
        follow=True,
    )
    assert response.status_code == 200
    material.refresh_from_db()
    assert [item.document_id for item in material.files.all()] == [leaflet.pk]
    assert collection_of(leaflet) == collection
    assert downloads_for_anybody(leaflet)
    warnings = BeautifulSoup(response.content, "html.parser").select(".messages .warning")
    assert any(leaflet.title in warning.get_text() for warning in warnings)


@pytest.mark.django_db
def test_a_file_a_public_page_uses_stays_public_when_attached_in_the_area():
    leaflet = public_leaflet()
    collection = collection_of(leaflet)
    meeting = MeetingPage.objects.filter(locale__language_code="da").first()
    MeetingAttachment.objects.create(page=meeting, document=leaflet)
    assert collection_of(leaflet) == collection
    assert downloads_for_anybody(leaflet)
