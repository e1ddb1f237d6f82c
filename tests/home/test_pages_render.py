"""The demo site as a visitor meets it: every page answers, in its language, with sound markup."""

import re

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from home.models import ConceptPage, ContactPage, HomePage, NewsIndexPage, NewsPage
from tests.people import PROFESSIONAL, demo_user

PAGE_TYPES = [HomePage, ConceptPage, NewsIndexPage, NewsPage, ContactPage]


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda m: m.__name__)
@pytest.mark.parametrize("language", ["da", "en"])
def test_each_page_type_renders_in_each_language(client, page_type, language):
    page = page_type.objects.live().filter(locale__language_code=language).first()
    assert page is not None, f"the demo has a {page_type.__name__} in {language}"
    response = client.get(page.url)
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.html["lang"] == language
    assert soup.h1.get_text(strip=True) == page.title


@pytest.mark.django_db
def test_danish_is_served_at_the_root_and_english_under_en(client):
    danish = soup_of(client.get("/"))
    english = soup_of(client.get("/en/"))
    assert danish.html["lang"] == "da"
    assert "Spring til indholdet" in danish.get_text()
    assert english.html["lang"] == "en"
    assert "Skip to content" in english.get_text()


@pytest.mark.django_db
def test_every_demo_page_has_one_h1_its_language_and_alt_texts(client):
    client.force_login(demo_user(PROFESSIONAL))
    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert pages.count() >= 40
    for page in pages:
        response = client.get(page.url, follow=True)  # the current agreement redirects to its page
        assert response.status_code == 200, page.url
        soup = soup_of(response)
        assert len(soup.find_all("h1")) == 1, page.url
        assert soup.html["lang"] == page.locale.language_code, page.url
        for image in soup.find_all("img"):
            if "article__illustration" in image.get("class", []):
                assert image["alt"] == "", "a drawing that is decoration has an empty alt"
            else:
                assert image.get("alt", "").strip(), f"{page.url}: {image}"
        assert soup.find("a", class_="skip-link")["href"] == "#main"
        assert soup.find("main", id="main") is not None


@pytest.mark.django_db
def test_menu_is_built_from_the_page_tree(client, home_da):
    soup = soup_of(client.get("/for-foraeldre/"))
    menu = soup.find("nav", class_="main-nav")
    labels = [a.get_text(strip=True) for a in menu.find_all("a")]
    assert labels == [
        "Forside",
        "For forældre",
        "For kommuner",
        "Om netværket",
        "Nyheder",
        "Kontakt",
        "FIV nær dig",
        "FIV i tal",
    ]
    assert menu.find("a", attrs={"aria-current": "page"}).get_text() == "For forældre"

    hidden = home_da.get_children().get(slug="for-kommuner")
    hidden.show_in_menus = False
    hidden.save()
    soup = soup_of(client.get("/for-foraeldre/"))
    assert "For kommuner" not in soup.find("nav", class_="main-nav").get_text()


@pytest.mark.django_db
def test_breadcrumbs_lead_home(client):
    soup = soup_of(client.get("/om-netvaerket/historien/"))
    crumbs = soup.find("nav", class_="breadcrumbs")
    assert [li.get_text(strip=True) for li in crumbs.find_all("li")] == [
        "Forside",
        "Om netværket",
        "Historien bag",
    ]


@pytest.mark.django_db
def test_footer_shows_the_site_settings(client):
    text = soup_of(client.get("/")).find("footer").get_text()
    assert "sekretariat@familieivaerksaetterne.example" in text
    assert "12 34 56 78" in text
    assert "Følg os på Facebook" in text


@pytest.mark.django_db
def test_news_index_lists_newest_first_and_survives_a_bad_page_number(client):
    for query in ["", "?page=abc", "?page=999", "?page=-1"]:
        response = client.get(f"/nyheder/{query}")
        assert response.status_code == 200
    titles = [
        h.get_text(strip=True) for h in soup_of(client.get("/nyheder/")).select(".card__title")
    ]
    assert titles[0] == "Netværksmøde med fokus på fædre"
    assert titles[-1] == "Familieiværksætterne på Velfærdens Innovationsdag"


@pytest.mark.django_db
def test_unknown_page_answers_404_in_the_sites_design(client):
    response = client.get("/findes-ikke/")
    assert response.status_code == 404
    assert "Siden blev ikke fundet" in response.content.decode()


@pytest.mark.django_db
def test_the_window_title_names_the_site_once(client, home_da):
    assert soup_of(client.get("/")).title.get_text() == "Familieiværksætterne"
    assert soup_of(client.get("/en/")).title.get_text() == "Familieiværksætterne"
    concept = ConceptPage.objects.live().filter(locale__language_code="da").first()
    title = soup_of(client.get(concept.url)).title.get_text()
    assert title == f"{concept.title} · Familieiværksætterne"


@pytest.mark.django_db
def test_file_sizes_read_as_danish_on_danish_pages_and_english_on_english(professional):
    from library.models import MaterialPage

    sizes = {}
    for language in ["da", "en"]:
        material = (
            MaterialPage.objects.live().filter(locale__language_code=language, files__isnull=False)
        ).first()
        page = soup_of(professional.get(material.url))
        sizes[language] = " ".join(meta.get_text() for meta in page.select(".documents__meta"))
    assert re.search(r"\d(,\d)?\xa0(byte|kB|MB)\)", sizes["da"]), sizes["da"]
    assert "bytes" not in sizes["da"] and "KB" not in sizes["da"]
    assert re.search(r"\d(\.\d)?\xa0(bytes?|KB|MB)\)", sizes["en"]), sizes["en"]


@pytest.mark.django_db
def test_the_home_page_picture_comes_as_light_avif_and_webp_that_the_site_serves(client):
    picture = soup_of(client.get("/")).select_one(".hero__image picture")
    for kind, magic in [("image/avif", b"ftypavif"), ("image/webp", b"WEBP")]:
        smallest = picture.find("source", type=kind)["srcset"].split(",")[0].split()[0]
        response = client.get(smallest)
        assert response.status_code == 200
        assert response["Content-Type"] == kind
        body = b"".join(response.streaming_content if response.streaming else [response.content])
        assert magic in body[:16]
        assert len(body) < 30_000  # a phone's first picture, not the original drawing
