"""What the network tells members who asked: news for members (a page type of its own, inside the
area), meeting invitations, minutes (never again for a participant who had them from the
meeting) and funding opportunities with their deadlines."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone

from network.factories import FundingOpportunityFactory, MeetingPageFactory
from network.models import FundingPage, MeetingIndexPage, MeetingRegistration, Municipality
from network.tasks import send_minutes
from tests.notifying import digest, member_news_index, news_for_members, publish, subscriber

WEEKLY = "weekly"


def meeting_index():
    return MeetingIndexPage.objects.get(locale__language_code="da")


# News for members


@pytest.mark.django_db
def test_news_for_members_is_listed_in_the_area_for_members_only(client, professional):
    index = member_news_index()
    news = news_for_members("Nyt om netværksaftalen")
    response = professional.get(index.url)
    assert response.status_code == 200
    titles = [a.get_text() for a in BeautifulSoup(response.content, "html.parser").select("h2 a")]
    assert titles[0] == news.title
    assert "Ny version af netværksaftalen er på vej" in titles  # the demo's
    page = professional.get(news.url)
    assert page.status_code == 200
    assert news.title in page.content.decode()
    client.logout()
    for url in (index.url, news.url):
        response = client.get(url)
        assert response.status_code == 302 and "/log-ind/" in response["Location"]


@pytest.mark.django_db
def test_the_demo_has_news_for_members_in_both_languages():
    english = member_news_index("en")
    titles = set(english.get_children().live().values_list("title", flat=True))
    assert titles == {
        "A new network agreement is on its way",
        "Materials for fathers' groups wanted",
    }


# Meetings and minutes


@pytest.mark.django_db
def test_a_new_meeting_is_an_invitation_and_its_minutes_come_later():
    user = subscriber(meetings=WEEKLY, minutes=WEEKLY)
    meeting = publish(MeetingPageFactory(parent=meeting_index(), title="Forårsmøde"))
    (invitation,) = digest()
    assert "Mødeindkaldelser" in invitation.body and "Forårsmøde" in invitation.body
    assert "Nye referater" not in invitation.body

    meeting.minutes = "<p>Vi aftalte at mødes igen.</p>"
    publish(meeting)
    (minutes,) = digest()
    assert minutes.to == [user.email]
    assert "Nye referater" in minutes.body and "Mødeindkaldelser" not in minutes.body

    meeting.minutes = "<p>Vi aftalte at mødes igen (rettet).</p>"
    publish(meeting)
    assert digest() == [], "a correction is not new minutes"


@pytest.mark.django_db
def test_a_meeting_that_has_begun_is_no_invitation():
    subscriber(meetings=WEEKLY)
    start = timezone.now() - datetime.timedelta(hours=1)
    publish(MeetingPageFactory(parent=meeting_index(), start=start, title="Allerede i gang"))
    assert digest() == []


@pytest.mark.django_db
def test_a_participant_who_had_the_minutes_from_the_meeting_is_not_sent_them_again():
    user = subscriber(minutes=WEEKLY)
    meeting = publish(MeetingPageFactory(parent=meeting_index(), title="Temadag"))
    MeetingRegistration.objects.create(
        meeting=meeting, user=user, municipality=Municipality.objects.get(name="Odense")
    )
    meeting.minutes = "<p>Referat.</p>"
    publish(meeting)
    send_minutes.enqueue(meeting.pk)
    assert [message.to for message in mail.outbox] == [[user.email]]
    assert digest() == []


# Funding


@pytest.mark.django_db
def test_a_new_opportunity_and_a_new_deadline_are_news_and_other_changes_are_not():
    user = subscriber(funding=WEEKLY)
    deadline = timezone.localdate() + datetime.timedelta(weeks=8)
    opportunity = FundingOpportunityFactory(fund="Forældrefonden", deadline=deadline)
    (first,) = digest()
    assert first.to == [user.email]
    assert "Fondsmuligheder og frister" in first.body
    assert "Forældrefonden, frist" in first.body
    assert f"#funding-{opportunity.pk}" in first.body

    opportunity.amount = "op til 1 mio. kr."
    opportunity.save()
    assert digest() == []

    opportunity.deadline = deadline + datetime.timedelta(weeks=2)
    opportunity.save()
    (moved,) = digest()
    assert "Forældrefonden, frist" in moved.body


@pytest.mark.django_db
def test_funding_is_not_news_to_someone_who_may_not_see_the_funding_page():
    subscriber(funding=WEEKLY)
    for page in FundingPage.objects.all():
        page.unpublish()
    FundingOpportunityFactory(fund="Skjult fond")
    assert digest() == []
