"""Pictures in the size and format the screen needs: AVIF or WebP in several widths, the hero first
and the images further down only when scrolled to, all made before the first visitor asks."""

import pytest
from bs4 import BeautifulSoup
from wagtail.images import get_image_model

from home.models import ConceptPage, HomePage


def picture_on(page, client):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("picture")


def widths(srcset):
    return [int(candidate.split()[-1].rstrip("w")) for candidate in srcset.split(",")]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["da", "en"])
def test_the_hero_comes_in_modern_formats_and_widths_and_loads_first(client, language):
    home = HomePage.objects.get(locale__language_code=language)
    picture = picture_on(home, client)
    sources = {source["type"]: source for source in picture.find_all("source")}
    assert list(sources) == ["image/avif", "image/webp"]
    for source in sources.values():
        assert widths(source["srcset"]) == [360, 720, 1080]
        assert source["sizes"] == (
            "(min-width: 72rem) 26.6rem, (min-width: 50em) calc(40vw - 2.2rem), calc(100vw - 2rem)"
        )
    image = picture.img
    assert image["alt"] == home.hero_image_alt
    assert image["fetchpriority"] == "high" and "loading" not in image.attrs
    assert image["src"].endswith(".jpg")  # for a browser that knows neither
    assert image["width"] and image["height"]  # no jump in the layout while it loads


@pytest.mark.django_db
def test_an_image_in_a_page_s_text_waits_until_it_is_scrolled_to(client):
    page = ConceptPage.objects.live().get(slug="for-foraeldre")
    picture = picture_on(page, client)
    assert picture is not None, "the demo's page for parents has an image in its text"
    assert picture.img["loading"] == "lazy"
    assert widths(picture.find("source", type="image/avif")["srcset"]) == [400, 800, 1200]


@pytest.mark.django_db
def test_the_demo_s_pictures_are_encoded_before_the_first_visitor(client):
    renditions = get_image_model().renditions.rel.related_model.objects
    before = renditions.count()
    for page in [HomePage.objects.get(locale__language_code="da"), *ConceptPage.objects.live()]:
        assert client.get(page.url).status_code == 200
    assert renditions.count() == before
