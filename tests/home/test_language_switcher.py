import pytest
from bs4 import BeautifulSoup

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
