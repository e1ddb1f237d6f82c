"""The professional area at a fixed number of queries: its front page, the library, a material,
the meeting list, a meeting and the funding opportunities, for a logged-in professional, and the
same with more content.

The ceilings are what the pages cost now (measured on SQLite and PostgreSQL alike); a change
that adds a query per item, or repeats one, breaks them."""

import pytest

from library.factories import MaterialPageFactory
from library.models import LibraryIndexPage, MaterialPage
from network.factories import FundingFollowFactory, FundingOpportunityFactory, MeetingPageFactory
from network.models import (
    FundingPage,
    MeetingIndexPage,
    MeetingPage,
    Municipality,
    ProfessionalAreaPage,
)
from tests.people import PROFESSIONAL, demo_user

# Since the first ceilings: every page +1 for the footer's legal pages (one query for the three);
# the front page +1 for the onboarding tile's check; a meeting +4 for sign-up (the reader's own
# registration, who comes, the totals and the Danish source page of the sign-up list). The front
# page's sections are plain pages with their introductions from the cache (home/introductions.py),
# so a new section type (funding, playbook, figures, news for members) costs it nothing: 33 to 23.
CEILINGS = {
    "front page": 23,
    "library": 26,
    "material": 31,
    "meetings": 24,
    "meeting": 30,
    "home page": 24,
    "funding": 24,
}


def urls():
    danish = {"locale__language_code": "da"}
    return {
        "front page": ProfessionalAreaPage.objects.get(**danish).url,
        "library": LibraryIndexPage.objects.get(**danish).url,
        "material": MaterialPage.objects.live().filter(**danish).first().url,
        "meetings": MeetingIndexPage.objects.get(**danish).url,
        "meeting": MeetingPage.objects.live().filter(**danish).first().url,
        "home page": "/",
        "funding": FundingPage.objects.get(**danish).url,
    }


def more_content():
    library = LibraryIndexPage.objects.get(locale__language_code="da")
    meetings = MeetingIndexPage.objects.get(locale__language_code="da")
    for number in range(15):
        MaterialPageFactory(parent=library, title=f"Ekstra materiale {number}", tags=["ekstra"])
        MeetingPageFactory(parent=meetings, title=f"Ekstra møde {number}")
    reader = demo_user(PROFESSIONAL)
    municipalities = list(Municipality.objects.order_by("name")[:3])
    for number in range(15):
        opportunity = FundingOpportunityFactory(
            fund=f"Ekstra fond {number}", applicants=municipalities
        )
        FundingFollowFactory(opportunity=opportunity, user=reader)


@pytest.mark.django_db
@pytest.mark.parametrize("grown", [False, True], ids=["demo", "grown"])
@pytest.mark.parametrize("name", list(CEILINGS))
def test_each_area_page_stays_within_its_queries(
    professional, name, grown, django_assert_max_num_queries
):
    if grown:
        more_content()
    url = urls()[name]
    professional.get(url)  # the first request of a process fills Wagtail's caches
    with django_assert_max_num_queries(CEILINGS[name]):
        response = professional.get(url)
    assert response.status_code == 200
