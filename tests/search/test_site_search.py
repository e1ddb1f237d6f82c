import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from home.factories import ConceptPageFactory


def result_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".card__title")]


def result_links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a["href"] for a in soup.select(".card__title a")]


@pytest.mark.django_db
def test_finds_pages_in_the_active_language_only(client):
    danish = client.get("/search/", {"query": "erhvervslivet"})
    assert "For kommuner" in result_titles(danish)
    assert not any(link.startswith("/en/") for link in result_links(danish))

    english = result_links(client.get("/en/search/", {"query": "civil society"}))
    assert "/en/for-municipalities/" in english
    assert all(link.startswith("/en/") for link in english)


@pytest.mark.django_db
def test_private_pages_stay_out_of_results(client, home_da):
    secret = ConceptPageFactory(
        parent=home_da, title="Fortroligt referat om sundhedsplejen", slug="fortroligt"
    )
    secret.save_revision().publish()
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    call_command("update_index", verbosity=0)
    response = client.get("/search/", {"query": "fortroligt referat"})
    assert "Fortroligt referat" not in response.content.decode()


@pytest.mark.django_db
def test_empty_state_helps(client):
    response = client.get("/search/", {"query": "zxqvy"})
    assert response.status_code == 200
    assert "Intet matchede" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"query": "x" * 10_000},
        {"query": "forældre", "page": "abc"},
        {"query": "'\"<>&%"},
        {"page": "-3"},
    ],
)
def test_bad_input_never_breaks_the_search(client, params):
    response = client.get("/search/", params)
    assert response.status_code == 200
