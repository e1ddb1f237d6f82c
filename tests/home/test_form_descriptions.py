"""Every help text and error message a field is described by exists on the page: a screen reader
reads the help when it reaches the field, and the error when the form comes back."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from home.models import ContactPage
from network.models import JoinPage


def missing_descriptions(response):
    soup = BeautifulSoup(response.content, "html.parser")
    described = soup.select("[aria-describedby]")
    missing = [
        (element.get("name") or element.get("id"), reference)
        for element in described
        for reference in element["aria-describedby"].split()
        if soup.find(id=reference) is None
    ]
    return described, missing


@pytest.mark.django_db
@pytest.mark.parametrize("sent", [False, True], ids=["empty form", "form with errors"])
def test_the_public_forms_point_at_help_and_errors_that_exist(client, sent):
    for page in (
        ContactPage.objects.live().get(locale__language_code="da"),
        JoinPage.objects.live().get(locale__language_code="da"),
    ):
        response = client.post(page.url, {}) if sent else client.get(page.url)
        described, missing = missing_descriptions(response)
        assert described, f"{page.url}: no field is described"
        assert not missing, f"{page.url}: {missing}"
        if sent:
            assert response.context["form"].errors
            soup = BeautifulSoup(response.content, "html.parser")
            invalid = soup.select("[aria-invalid=true]")
            assert invalid and all(
                any(ref.endswith("_error") for ref in field["aria-describedby"].split())
                for field in invalid
            )


@pytest.mark.django_db
@pytest.mark.parametrize("sent", [False, True], ids=["empty form", "form with errors"])
def test_the_contribution_form_points_at_help_and_errors_that_exist(contributor, sent):
    url = reverse("contribute")
    response = contributor.post(url, {"submit": "1"}) if sent else contributor.get(url)
    described, missing = missing_descriptions(response)
    assert described
    assert not missing, missing


@pytest.mark.django_db
def test_the_login_form_points_at_what_exists(client):
    response = client.post(reverse("login"), {"username": "nogen", "password": "forkert"})
    _, missing = missing_descriptions(response)
    assert not missing, missing
