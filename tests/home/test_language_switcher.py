import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale, PageViewRestriction

from home.factories import ConceptPageFactory


def switcher_links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {a["hreflang"]: a["href"] for a in soup.select(".language-switcher a")}


@pytest.mark.django_db
def test_switcher_leads_to_the_same_page_in_the_other_language(client):
    assert switcher_links(client.get("/for-foraeldre/")) == {"en": "/en/for-parents/"}
    assert switcher_links(client.get("/en/for-parents/")) == {"da": "/for-foraeldre/"}
    assert switcher_links(client.get("/en/")) == {"da": "/"}


@pytest.mark.django_db
def test_switcher_falls_back_to_the_home_page_without_a_translation(client, home_da):
    ConceptPageFactory(parent=home_da, title="Kun på dansk", slug="kun-paa-dansk")
    assert switcher_links(client.get("/kun-paa-dansk/")) == {"en": "/en/"}


@pytest.mark.django_db
def test_switcher_on_the_search_page_keeps_the_query(client):
    links = switcher_links(client.get("/search/?query=fædre"))
    assert links["en"].startswith("/en/search/")


@pytest.mark.django_db
def test_switcher_in_the_professional_area_leads_to_the_english_page_after_login(professional):
    assert switcher_links(professional.get("/fagligt-omraade/moeder/")) == {
        "en": "/en/professional-area/meetings/"
    }


@pytest.mark.django_db
def test_switcher_never_reveals_a_private_translation(client, home_da):
    page = ConceptPageFactory(parent=home_da, title="Offentlig på dansk", slug="offentlig")
    english = page.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save_revision().publish()
    PageViewRestriction.objects.create(page=english, restriction_type=PageViewRestriction.LOGIN)
    PageViewRestriction.objects.filter(page=page).delete()
    assert switcher_links(client.get("/offentlig/")) == {"en": "/en/"}
