"""An image shown on a page behind login goes behind login with it, unless a public page uses it
too: then it stays public and the log and the editor are told."""

import io
import logging

import pytest
from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from django.test import Client
from wagtail.images.models import Image
from wagtail.models import Collection
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.demo.files import make_family_image
from home.models import ConceptPage
from network.documents import PROFESSIONAL_COLLECTION
from network.models import AdvisoryBoardPage


def new_image(title):
    data = make_family_image(width=300, height=200, variant=3)
    image = Image(title=title, file=ImageFile(io.BytesIO(data), name=f"{title}.png"))
    image.save()
    return image


def image_block(image, alt="Et billede"):
    return ("image", {"image": image, "alt_text": alt, "caption": ""})


def publish_with(page, image):
    page.body = [image_block(image)]
    page.save_revision().publish()


def image_sources(response):
    return [
        img["src"]
        for img in BeautifulSoup(response.content, "html.parser").select(
            "img:not(.article__illustration)"
        )
    ]


@pytest.fixture
def board(db):
    return AdvisoryBoardPage.objects.get(locale__language_code="da")


@pytest.fixture
def shared_image(db):
    """The demo's image on the public page "For forældre"."""
    page = ConceptPage.objects.get(locale__language_code="da", slug="for-foraeldre")
    return next(block.value["image"] for block in page.body if block.block_type == "image")


@pytest.mark.django_db
def test_an_image_on_a_page_behind_login_goes_behind_login_when_published(professional, board):
    stranger = Client()
    image = new_image("kun-i-raadet")
    assert image.collection.depth == 1  # uploaded to the root collection, public
    assert stranger.get(image.file.url).status_code == 200

    publish_with(board, image)

    image.refresh_from_db()
    assert image.collection.name == PROFESSIONAL_COLLECTION
    sources = image_sources(professional.get(board.url))
    assert len(sources) == 1 and sources[0].startswith("/media/images/")
    for address in (sources[0], image.file.url):
        response = professional.get(address)
        assert response.status_code == 200, address
        assert "private" in response["Cache-Control"]
        refused = stranger.get(address)
        assert refused.status_code == 404, address
        assert b"\x89PNG" not in refused.content


@pytest.mark.django_db
def test_an_image_also_used_on_a_public_page_stays_public(board, shared_image, caplog):
    with caplog.at_level(logging.WARNING, logger="network.images"):
        publish_with(board, shared_image)

    shared_image.refresh_from_db()
    assert shared_image.collection.depth == 1
    assert "stays public" in caplog.text and "For forældre" in caplog.text
    stranger = Client()
    sources = image_sources(stranger.get("/for-foraeldre/"))
    assert sources
    for address in [*sources, shared_image.file.url]:
        response = stranger.get(address)
        assert response.status_code == 200, address
        assert "public" in response["Cache-Control"]


@pytest.mark.django_db
def test_a_public_page_leaves_its_images_public(client):
    page = ConceptPage.objects.get(locale__language_code="da", slug="for-foraeldre")
    image = new_image("offentligt-billede")
    page.body = [image_block(image)]
    page.save_revision().publish()
    image.refresh_from_db()
    assert image.collection.depth == 1
    sources = image_sources(client.get(page.url))
    assert sources and all(client.get(src).status_code == 200 for src in sources)


@pytest.mark.django_db
def test_a_private_image_on_a_public_page_stays_private_and_the_log_says_so(caplog):
    page = ConceptPage.objects.get(locale__language_code="da", slug="for-foraeldre")
    image = new_image("fortroligt-billede")
    image.collection = Collection.objects.get(name=PROFESSIONAL_COLLECTION)
    image.save()
    with caplog.at_level(logging.WARNING, logger="network.images"):
        page.body = [image_block(image)]
        page.save_revision().publish()
    image.refresh_from_db()
    assert image.collection.name == PROFESSIONAL_COLLECTION
    assert "not logged in do not see it" in caplog.text
    stranger = Client()
    sources = image_sources(stranger.get(page.url))
    assert sources and all(stranger.get(src).status_code == 404 for src in sources)


@pytest.mark.django_db
def test_the_editor_who_publishes_is_told_which_images_stay_public(
    admin_client, board, shared_image
):
    data = nested_form_data(
        {
            "title": board.title,
            "slug": board.slug,
            "introduction": board.introduction,
            "body": streamfield(
                [("image", {"image": shared_image.pk, "alt_text": "En familie", "caption": ""})]
            ),
            "action-publish": "action-publish",
        }
    )
    response = admin_client.post(f"/admin/pages/{board.pk}/edit/", data, follow=True)
    assert response.status_code == 200
    messages = [str(message) for message in response.context["messages"]]
    told = [message for message in messages if shared_image.title in message]
    assert len(told) == 1, messages
    assert "For forældre" in told[0] and "forbliver offentligt" in told[0]  # in Danish
    board.refresh_from_db()
    assert board.body[0].value["image"] == shared_image  # published
    shared_image.refresh_from_db()
    assert shared_image.collection.depth == 1
