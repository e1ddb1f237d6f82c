"""The professional area's front page: the library first among the sections, and for those
who contribute a "Bidrag med materiale" tile before everything else."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from network.models import ProfessionalAreaPage


def card_titles(client, language="da"):
    area = ProfessionalAreaPage.objects.get(locale__language_code=language)
    response = client.get(area.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [(a.get_text(strip=True), a["href"]) for a in soup.select(".card-list .card__title a")]


@pytest.mark.django_db
def test_a_professional_sees_the_library_first_and_no_contribution_tile(professional):
    titles = [title for title, _ in card_titles(professional)]
    assert titles[0] == "Bibliotek"
    assert "Bidrag med materiale" not in titles
    assert [title for title, _ in card_titles(professional, "en")][0] == "Library"


@pytest.mark.django_db
def test_a_contributor_starts_with_contributing(contributor):
    with translation.override("da"):
        contribute = reverse("contribute")
    (first_title, first_url), (second_title, _) = card_titles(contributor)[:2]
    assert (first_title, first_url) == ("Bidrag med materiale", contribute)
    assert second_title == "Bibliotek"
    assert contributor.get(contribute).status_code == 200
    with translation.override("en"):
        contribute_en = reverse("contribute")
    assert card_titles(contributor, "en")[0] == ("Contribute material", contribute_en)


@pytest.mark.django_db
def test_the_secretariat_may_contribute_too(secretariat):
    assert card_titles(secretariat)[0][0] == "Bidrag med materiale"
