"""The 500 page speaks the language of the address, and renders without the database."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client, override_settings
from django.urls import path

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
