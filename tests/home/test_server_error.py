"""The 404 and 500 pages speak the language of the address, and render without the database."""

from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.db import OperationalError
from django.http import Http404
from django.test import Client, RequestFactory, override_settings
from django.urls import get_resolver, path

from cms import urls as site_urls


def broken(request):
    raise RuntimeError("the database is gone")


urlpatterns = [
    path("en/broken/", broken),
    path("broken/", broken),
    *site_urls.urlpatterns,
]
handler500 = site_urls.handler500


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__)
@pytest.mark.parametrize(
    ("address", "language", "heading"),
    [("/broken/", "da", "Der opstod en fejl"), ("/en/broken/", "en", "Something went wrong")],
)
def test_a_server_error_is_told_in_the_language_of_the_address(
    address, language, heading, django_assert_num_queries
):
    client = Client(raise_request_exception=False)
    with django_assert_num_queries(0):
        response = client.get(address)
    assert response.status_code == 500
    assert response["Content-Language"] == language
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    assert soup.h1.get_text() == heading


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("address", "language", "heading", "home", "search", "other"),
    [
        ("/findes-ikke/", "da", "Siden blev ikke fundet", "/", "/search/", "/en/"),
        ("/en/does-not-exist/", "en", "Page not found", "/en/", "/en/search/", "/"),
    ],
    ids=["Danish", "English"],
)
def test_a_missing_page_is_told_in_the_language_of_the_address_and_helps_on(
    client, address, language, heading, home, search, other
):
    response = client.get(address)
    assert response.status_code == 404
    assert response["Content-Language"] == language
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    assert soup.h1.get_text() == heading
    assert soup.select_one('main form[role="search"]')["action"] == search
    assert soup.select_one("main form input")["name"] == "query"
    links = [a["href"] for a in soup.select("main a")]
    assert links == [home, other]
    assert soup.select_one('link[rel="stylesheet"]')["href"].endswith("home/css/site.css")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("address", "language", "heading", "statement"),
    [
        ("/findes/ikke/", "da", "Siden blev ikke fundet", "Tilgængelighedserklæring"),
        ("/en/not/here/", "en", "Page not found", "Accessibility statement"),
    ],
)
def test_the_404_page_asks_the_database_only_for_the_legal_links(
    address, language, heading, statement, django_assert_num_queries
):
    handler = get_resolver().resolve_error_handler(404)
    handler(RequestFactory().get(address), Http404())  # the first fills Wagtail's site cache
    with django_assert_num_queries(1):
        response = handler(RequestFactory().get(address), Http404())
    assert response.status_code == 404
    assert response["Content-Language"] == language
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == heading
    assert statement in soup.select_one("footer nav").get_text()


@pytest.mark.django_db
def test_the_404_page_is_shown_without_the_database():
    handler = get_resolver().resolve_error_handler(404)
    with mock.patch("home.errors.legal_pages", side_effect=OperationalError("gone")):
        response = handler(RequestFactory().get("/en/not/here/"), Http404())
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "Page not found"
    assert soup.select_one("main form")["action"] == "/en/search/"
    assert soup.footer is None
