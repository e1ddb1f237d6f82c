"""The area's front page lists its sections with their introductions from the cache: no query
per page type, a published change shows at once, and nobody sees a section they may not open."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from home.introductions import with_introductions
from home.roles import SECRETARIAT
from network.models import ProfessionalAreaPage
from tests.people import PROFESSIONAL, SECRETARY, demo_user


def area():
    return ProfessionalAreaPage.objects.get(locale__language_code="da")


def shown_sections(client):
    soup = BeautifulSoup(client.get(area().url).content, "html.parser")
    return {
        card.select_one(".card__title").get_text(strip=True): card.get_text(" ", strip=True)
        for card in soup.select(".card")
        if card.select_one(".card__title")
    }


@pytest.mark.django_db
def test_introductions_are_read_once_for_a_list(django_assert_num_queries):
    parent = area()
    sections = parent.get_children().live()
    expected = {page.pk: page.specific.introduction for page in sections}
    types = sections.values("content_type").distinct().count()
    assert types > 5
    with django_assert_num_queries(2 + types):  # the list, the ids by type, each type
        first = with_introductions(parent.get_children().live().order_by("path"))
    assert {page.pk: page.introduction for page in first} == expected
    with django_assert_num_queries(1):  # the list alone
        again = with_introductions(parent.get_children().live().order_by("path"))
    assert [page.introduction for page in again] == [page.introduction for page in first]


@pytest.mark.django_db
def test_a_published_introduction_shows_at_once(professional):
    section = area().get_children().live().first().specific
    assert section.introduction in shown_sections(professional)[section.title]
    section.introduction = "Helt ny indledning til afsnittet."
    section.save_revision().publish()
    assert "Helt ny indledning" in shown_sections(professional)[section.title]


@pytest.mark.django_db
def test_a_section_for_the_secretariat_alone_stays_hidden_after_it_was_cached(client):
    section = area().get_children().live().first().specific
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=SECRETARIAT))
    client.force_login(demo_user(SECRETARY))
    assert section.title in shown_sections(client)  # its introduction is cached now
    client.force_login(demo_user(PROFESSIONAL))
    shown = shown_sections(client)
    assert shown and section.title not in shown
    assert section.introduction not in " ".join(shown.values())
