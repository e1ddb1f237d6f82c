"""New materials in the themes a member chose: only those themes when some are ticked, every new
material when none is, and never a material the member may not see."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from taggit.models import Tag

from library.factories import MaterialPageFactory
from library.models import LibraryIndexPage
from tests.notifying import digest, publish, subscriber

WEEKLY = "weekly"


def library():
    return LibraryIndexPage.objects.get(locale__language_code="da")


def material(title, *tags):
    return publish(MaterialPageFactory(parent=library(), title=title, tags=list(tags)))


@pytest.mark.django_db
def test_only_materials_in_the_chosen_themes_are_sent():
    fathers = material("Fædreaften", "fædregrupper-test")
    slug = Tag.objects.get(name="fædregrupper-test").slug
    user = subscriber(materials=(WEEKLY, {"choices": [slug]}))
    material("Søvnguide", "søvn-test")
    chosen = material("Fædre i fællesskab", "fædregrupper-test")
    (message,) = digest()
    assert message.to == [user.email]
    assert "Nye materialer i biblioteket" in message.body
    assert chosen.title in message.body
    assert "Søvnguide" not in message.body
    assert fathers.title not in message.body, "published before the member chose"


@pytest.mark.django_db
def test_no_theme_ticked_means_every_new_material():
    subscriber(materials=WEEKLY)
    material("Søvnguide", "søvn-test")
    material("Fædreaften", "fædregrupper-test")
    (message,) = digest()
    assert "Søvnguide" in message.body and "Fædreaften" in message.body


@pytest.mark.django_db
def test_the_themes_offered_are_those_of_published_materials(professional):
    material("Fædreaften", "fædregrupper-test")
    response = professional.get(reverse("notification_preferences"))
    soup = BeautifulSoup(response.content, "html.parser")
    labels = [label.get_text(strip=True) for label in soup.select(".notifications__options label")]
    assert "fædregrupper-test" in labels
