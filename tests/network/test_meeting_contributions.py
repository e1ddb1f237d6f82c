"""What the municipalities bring to a meeting, as its page shows it to each reader."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction

from home.roles import SECRETARIAT
from network.models import MeetingContributionFile, MeetingContributionPage, MeetingPage
from tests.library.contributions import uploaded_document, user


@pytest.fixture
def secretariat_only(db):
    """A collection whose files only the secretariat may open."""
    collection = Collection.get_first_root_node().add_child(name="Kun sekretariatet")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=SECRETARIAT)])
    return collection


@pytest.mark.django_db
def test_a_contributions_file_shows_only_to_those_who_may_open_it(
    professional, secretariat_only, aarhus
):
    meeting = MeetingPage.objects.live().filter(locale__language_code="da").first()
    shared = uploaded_document("Aarhus' oplæg til mødet", by=user("kommune"))
    hidden = uploaded_document(
        "Fortroligt budgetudkast", by=user("sekretariat"), collection=secretariat_only
    )
    contribution = meeting.add_child(
        instance=MeetingContributionPage(title="Erfaringer fra Aarhus", municipality=aarhus)
    )
    for order, document in enumerate([shared, hidden]):
        MeetingContributionFile.objects.create(
            page=contribution, document=document, sort_order=order
        )

    text = professional.get(meeting.url).content.decode()
    assert "Erfaringer fra Aarhus" in text and "Aarhus&#x27; oplæg til mødet" in text
    assert "Fortroligt budgetudkast" not in text and hidden.url not in text

    professional.force_login(user("sekretariat"))
    assert "Fortroligt budgetudkast" in professional.get(meeting.url).content.decode()
