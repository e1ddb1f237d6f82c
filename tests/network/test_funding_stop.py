"""The link in a funding reminder stops the follow without a login: GET asks (mail scanners
open links by themselves), POST stops, a mail program's one-click POST (RFC 8058) too, and a
changed link is a friendly 400."""

import datetime
from urllib.parse import urlparse

import pytest
from django.core import signing
from django.urls import reverse

from network.factories import FundingOpportunityFactory
from network.models import FundingFollow
from tests.network.test_funding_reminders import follower, run_on


@pytest.fixture
def reminded(db):
    """A follower's reminder, sent on the day two weeks before the deadline."""
    opportunity = FundingOpportunityFactory(fund="Stopfonden", deadline=datetime.date(2028, 3, 1))
    follow = follower(opportunity)
    (message,) = run_on(datetime.date(2028, 2, 16))
    return follow, message


def link_path(message):
    return urlparse(message.extra_headers["List-Unsubscribe"].strip("<>")).path


def test_the_reminder_has_the_link_and_the_one_click_headers(reminded):
    _follow, message = reminded
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert "Stop med at følge den (uden at logge ind):\n" + url in message.body
    assert link_path(message).startswith("/fondsmuligheder/stop/")


def test_get_asks_and_post_stops_without_a_login(client, reminded):
    follow, message = reminded
    response = client.get(link_path(message))
    assert response.status_code == 200
    assert "Vil du stoppe med at følge “Stopfonden”?" in response.content.decode()
    assert FundingFollow.objects.filter(pk=follow.pk).exists()
    response = client.post(link_path(message))
    assert response.status_code == 200
    assert "du følger ikke længere “Stopfonden”" in response.content.decode()
    assert not FundingFollow.objects.filter(pk=follow.pk).exists()
    # Again, or the GET of a scanner afterwards: the same answer, no error.
    assert client.post(link_path(message)).status_code == 200
    assert client.get(link_path(message)).status_code == 200


def test_the_one_click_post_of_a_mail_program_stops_it(client, reminded):
    follow, message = reminded
    response = client.post(
        link_path(message),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not FundingFollow.objects.filter(pk=follow.pk).exists()


@pytest.mark.parametrize(
    "token",
    [
        "x",
        signing.dumps(1, salt="home.notifications.unsubscribe"),
        signing.dumps("1", salt="network.funding.stop"),
        signing.dumps(True, salt="network.funding.stop"),
    ],
    ids=["short", "other-salt", "text-id", "boolean"],
)
def test_a_changed_link_is_a_friendly_400(client, reminded, token):
    follow, _message = reminded
    response = client.post(reverse("funding_stop", args=[token]))
    assert response.status_code == 400
    assert "Linket virker ikke" in response.content.decode()
    assert FundingFollow.objects.filter(pk=follow.pk).exists()
