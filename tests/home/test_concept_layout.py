"""A concept page uses the width of a screen: its drawing beside the title, "På denne side" with
a link to each section, and "Læs også" with the pages beside it."""

from datetime import date

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from home.factories import ConceptPageFactory, NewsPageFactory
from home.models import ConceptPage, NewsIndexPage
from home.sections import sections


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def paragraph(text):
    return ("paragraph", f"<p>{text}</p>")


@pytest.fixture
def parent(home_da):
    return ConceptPageFactory(parent=home_da, title="Om forløbet", slug="om-forloebet")


@pytest.mark.django_db
def test_each_section_has_a_readable_anchor_and_the_contents_link_to_them(client, parent):
    page = ConceptPageFactory(
        parent=parent,
        title="Møderne",
        slug="moederne",
        body=[
            heading("Møder før fødslen"),
            paragraph("Tre gange i gruppen."),
            heading("Hvem kommer?", level="h3"),
            heading("Møder efter fødslen"),
            heading("Møder før fødslen"),
        ],
    )
    soup = soup_of(client.get(page.url))

    contents = soup.find("nav", attrs={"aria-labelledby": "toc-heading"})
    assert contents.find(id="toc-heading").get_text() == "På denne side"
    links = [(a.get_text(), a["href"]) for a in contents.find_all("a")]
    # Level 3 headings are inside a section: the contents list the level 2 ones
    assert links == [
        ("Møder før fødslen", "#moeder-foer-foedslen"),
        ("Møder efter fødslen", "#moeder-efter-foedslen"),
        ("Møder før fødslen", "#moeder-foer-foedslen-2"),
    ]
    for text, href in links:
        target = soup.find(id=href[1:])
        assert target.name == "h2" and target.get_text() == text
    assert soup.find("h3", id="hvem-kommer").get_text() == "Hvem kommer?"
    ids = [tag["id"] for tag in soup.find_all(id=True)]
    assert len(ids) == len(set(ids)), "an id appears twice on the page"


@pytest.mark.django_db
def test_a_heading_of_only_signs_still_gets_an_anchor(parent):
    page = ConceptPageFactory(parent=parent, body=[heading("?!"), heading("?!")])
    assert [section.anchor for section in sections(page.body)] == ["afsnit-1", "afsnit-2"]


@pytest.mark.django_db
def test_a_page_with_one_section_has_no_contents(client, parent):
    page = ConceptPageFactory(parent=parent, body=[heading("Kun én"), paragraph("Tekst.")])
    soup = soup_of(client.get(page.url))
    assert soup.find(id="toc-heading") is None
    assert soup.find("h2", id="kun-en") is not None


@pytest.mark.django_db
def test_read_also_lists_the_public_pages_beside_it_and_hides_restricted_ones(client, parent):
    page = ConceptPageFactory(parent=parent, title="Før fødslen")
    beside = ConceptPageFactory(
        parent=parent, title="Efter fødslen", introduction="Når barnet er kommet."
    )
    private = ConceptPageFactory(parent=parent, title="Kun for netværket")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    soup = soup_of(client.get(page.url))

    related = soup.find("section", attrs={"aria-labelledby": "related-heading"})
    assert related.find(id="related-heading").get_text() == "Læs også"
    assert [a.get_text() for a in related.find_all("a")] == ["Efter fødslen"]
    assert related.find("a")["href"] == beside.url
    assert "Når barnet er kommet." in related.get_text()
    assert "Kun for netværket" not in soup.get_text()


@pytest.mark.django_db
def test_the_illustration_is_chosen_by_the_editor_and_skipped_by_screen_readers(client, parent):
    page = ConceptPageFactory(parent=parent, illustration="pram")
    bare = ConceptPageFactory(parent=parent, illustration="")

    drawing = soup_of(client.get(page.url)).find("img", class_="article__illustration")
    assert drawing["src"].endswith(".svg") and "pram" in drawing["src"]
    assert drawing["alt"] == ""
    assert soup_of(client.get(bare.url)).find("img", class_="article__illustration") is None


@pytest.mark.django_db
def test_the_demo_concept_pages_each_have_their_own_drawing_in_both_languages():
    for language in ("da", "en"):
        drawings = list(
            ConceptPage.objects.live()
            .filter(locale__language_code=language)
            .values_list("illustration", flat=True)
        )
        assert all(drawings), f"a {language} concept page has no drawing"
        assert len(set(drawings)) == len(drawings), "two concept pages share a drawing"


@pytest.mark.django_db
def test_every_page_asks_for_the_webfont_it_ships(client):
    soup = soup_of(client.get("/"))
    preload = soup.find("link", rel="preload", attrs={"as": "font"})
    assert preload["type"] == "font/woff2"
    assert preload.has_attr("crossorigin")
    assert "source-sans-3" in preload["href"]


@pytest.mark.django_db
def test_a_news_page_lists_the_newest_other_news_beside_it(client, home_da):
    news_index = NewsIndexPage.objects.get(locale__language_code="da")
    page = NewsPageFactory(parent=news_index, title="Nyt fra netværket", date=date(2026, 3, 1))
    newer = NewsPageFactory(parent=news_index, title="Endnu nyere", date=date(2099, 1, 2))
    hidden = NewsPageFactory(parent=news_index, title="Kun for netværket", date=date(2099, 1, 3))
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)

    soup = soup_of(client.get(page.url))

    more = soup.find("section", attrs={"aria-labelledby": "more-news-heading"})
    assert more.find(id="more-news-heading").get_text() == "Flere nyheder"
    titles = [a.get_text() for a in more.find_all("a")]
    assert titles[0] == newer.title
    assert page.title not in titles
    assert "Kun for netværket" not in soup.get_text()
    assert len(titles) <= 4
