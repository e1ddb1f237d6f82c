"""The reminder of a funding deadline: one e-mail to each follower two weeks before it, on the
Copenhagen calendar, never twice for the same deadline, and again when the deadline moves.

The command `send_funding_reminders` runs daily (README); here it runs as cron would, with the
clock set on the days around each deadline, a leap day, a year's end and both daylight-saving
changes among them."""

import datetime
import smtplib
import zoneinfo
from io import StringIO

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core import mail
from django.core.mail import EmailMessage
from django.core.management import call_command

from home.dates import days_until, weeks_before
from home.roles import PROFESSIONALS
from network.factories import FundingOpportunityFactory
from network.models import FundingFollow, FundingOpportunity, FundingPage, Municipality
from network.models.funding import reminder_day
from tests.people import new_user
from tests.tasks import task_queue  # noqa: F401  (the fixture)

COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")


def run_on(day, hour=7, minute=0):
    """The command as cron runs it on `day` at `hour` in Copenhagen; the mails it sent."""
    before = len(mail.outbox)
    moment = datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=COPENHAGEN)
    with time_machine.travel(moment, tick=False):
        call_command("send_funding_reminders", stdout=StringIO())
    return mail.outbox[before:]


@pytest.fixture
def no_demo_funding(db):
    FundingOpportunity.objects.all().delete()


def follower(opportunity, username="foelger", language="da"):
    user = new_user(username, Group.objects.get(name=PROFESSIONALS), last_name="Følgesen")
    return FundingFollow.objects.create(opportunity=opportunity, user=user, language=language)


def days(day, n):
    return day + datetime.timedelta(days=n)


# The dates themselves


@pytest.mark.parametrize(
    ("deadline", "expected"),
    [
        (datetime.date(2027, 3, 10), datetime.date(2027, 2, 24)),
        (datetime.date(2028, 2, 29), datetime.date(2028, 2, 15)),
        (datetime.date(2028, 3, 14), datetime.date(2028, 2, 29)),
        (datetime.date(2028, 1, 1), datetime.date(2027, 12, 18)),
        (datetime.date(2028, 1, 15), datetime.date(2028, 1, 1)),
        (datetime.date(2027, 4, 11), datetime.date(2027, 3, 28)),
        (datetime.date(2027, 11, 14), datetime.date(2027, 10, 31)),
    ],
)
def test_the_reminder_day_is_two_weeks_before_the_same_weekday(deadline, expected):
    assert reminder_day(deadline) == expected == weeks_before(deadline, 2)
    assert expected.weekday() == deadline.weekday()
    assert days_until(deadline, expected) == 14


# Sent once, two weeks before

# Deadlines whose reminder falls on an awkward day: an ordinary one; a deadline on the leap day;
# a reminder on the leap day; a deadline on New Year's Day; a reminder on New Year's Day; and
# reminders on the days summer time starts (28 March 2027) and ends (31 October 2027).
DEADLINES = [
    datetime.date(2027, 3, 10),
    datetime.date(2028, 2, 29),
    datetime.date(2028, 3, 14),
    datetime.date(2028, 1, 1),
    datetime.date(2028, 1, 15),
    datetime.date(2027, 4, 11),
    datetime.date(2027, 11, 14),
]


@pytest.mark.django_db
@pytest.mark.parametrize("deadline", DEADLINES, ids=str)
def test_the_reminder_is_sent_once_two_weeks_before(no_demo_funding, deadline):
    opportunity = FundingOpportunityFactory(fund="Forårspuljen", deadline=deadline)
    follow = follower(opportunity)
    sent = {}
    # Twice a day, just after midnight and just before, from 16 days before to the day after.
    for offset in range(-16, 2):
        day = days(deadline, offset)
        for hour, minute in [(0, 30), (23, 30)]:
            for message in run_on(day, hour, minute):
                sent.setdefault(day, []).append(message)
    assert list(sent) == [reminder_day(deadline)]
    (message,) = sent[reminder_day(deadline)]
    assert message.to == [follow.user.email]
    assert message.subject == "Frist om 14 dage: Forårspuljen"
    follow.refresh_from_db()
    assert follow.reminded_for == deadline and follow.reminded_at is not None


@pytest.mark.django_db
def test_the_reminder_says_what_the_follower_needs_in_danish(no_demo_funding):
    opportunity = FundingOpportunityFactory(
        fund="Skuddagsfonden",
        deadline=datetime.date(2028, 2, 29),
        amount="op til 500.000 kr.",
        eligibility="Kommuner og regioner",
        topic="Forældreforberedelse",
        status=FundingOpportunity.Status.PREPARING,
        applicants=Municipality.objects.filter(name__in=["Odense", "Aarhus"]),
        applicant_note="Aarhus samler en fælles ansøgning.",
    )
    follower(opportunity)
    (message,) = run_on(datetime.date(2028, 2, 15))
    body = message.body
    page = FundingPage.objects.live().get(locale__language_code="da")
    assert body.startswith("Kære Foelger Følgesen\n")
    assert "Du følger “Skuddagsfonden”" in body
    assert "Ansøgningsfristen er 29. februar 2028, om 14 dage." in body
    assert "Beløb: op til 500.000 kr." in body
    assert "Hvem kan søge: Kommuner og regioner" in body
    assert "Status: Ansøgning under forberedelse" in body
    assert "Hvem i netværket søger: Aarhus, Odense. Aarhus samler en fælles ansøgning." in body
    assert "https://fond.example/opslag" in body
    assert page.get_full_url() in body
    assert body.rstrip().endswith("Venlig hilsen\nFamilieiværksætterne")


@pytest.mark.django_db
def test_an_english_follower_gets_the_reminder_in_english(no_demo_funding):
    opportunity = FundingOpportunityFactory(
        fund="Nytårsfonden",
        fund_en="The New Year Foundation",
        deadline=datetime.date(2028, 1, 1),
        amount="op til 50.000 kr.",
        amount_en="up to DKK 50,000",
    )
    follower(opportunity, language="en")
    (message,) = run_on(datetime.date(2027, 12, 18))
    assert message.subject == "Deadline in 14 days: The New Year Foundation"
    assert "Amount: up to DKK 50,000" in message.body
    assert "Dear Foelger Følgesen," in message.body
    english = FundingPage.objects.live().get(locale__language_code="en")
    assert english.get_full_url() in message.body and "/en/" in english.get_full_url()


@pytest.mark.django_db
def test_a_day_the_command_did_not_run_is_caught_up_the_next(no_demo_funding):
    deadline = datetime.date(2027, 10, 20)
    follower(FundingOpportunityFactory(fund="Efterårspuljen", deadline=deadline))
    assert only_reminder(days(deadline, -13)).subject == "Frist om 13 dage: Efterårspuljen"


@pytest.mark.django_db
def test_caught_up_on_the_deadline_itself_the_reminder_says_today(no_demo_funding):
    deadline = datetime.date(2028, 1, 1)
    follower(FundingOpportunityFactory(fund="Nytårspuljen", deadline=deadline))
    (message,) = run_on(deadline, 0, 30)
    assert message.subject == "Frist i dag: Nytårspuljen"
    assert "Ansøgningsfristen er i dag, 1. januar 2028." in message.body
    assert run_on(days(deadline, 1)) == []


def reminder_morning_of_a_followed_opportunity():
    """The clock at 07:00 on the day the one follower of an opportunity is owed a reminder."""
    deadline = datetime.date(2027, 9, 1)
    follower(FundingOpportunityFactory(deadline=deadline))
    moment = datetime.datetime.combine(reminder_day(deadline), datetime.time(7), COPENHAGEN)
    return time_machine.travel(moment, tick=False)


def only_reminder(day):
    """The one reminder sent on the day, when none follows the day after."""
    (message,) = run_on(day)
    assert run_on(days(day, 1)) == []
    return message


def reminded_of(deadline):
    """An opportunity with one follower, who has had the reminder of its deadline."""
    opportunity = FundingOpportunityFactory(fund="Majpuljen", deadline=deadline)
    follower(opportunity)
    assert len(run_on(reminder_day(deadline))) == 1
    return opportunity


@pytest.mark.django_db
def test_a_deadline_moved_later_is_reminded_of_again(no_demo_funding):
    deadline = datetime.date(2027, 5, 20)
    opportunity = reminded_of(deadline)
    moved = days(deadline, 7)
    opportunity.deadline = moved
    opportunity.save()
    sent = [day for day in (days(deadline, n) for n in range(-13, 8)) if run_on(day)]
    assert sent == [reminder_day(moved)]


@pytest.mark.django_db
def test_a_deadline_moved_sooner_is_reminded_of_at_once(no_demo_funding):
    deadline = datetime.date(2027, 5, 20)
    opportunity = reminded_of(deadline)
    opportunity.deadline = days(deadline, -5)
    opportunity.save()
    assert only_reminder(days(deadline, -13)).subject == "Frist om 8 dage: Majpuljen"


@pytest.mark.django_db
def test_each_follower_gets_their_own_reminder(no_demo_funding):
    deadline = datetime.date(2027, 9, 1)
    opportunity = FundingOpportunityFactory(fund="Septemberpuljen", deadline=deadline)
    follower(opportunity, "en-foelger")
    follower(opportunity, "anden-foelger")
    messages = run_on(reminder_day(deadline))
    assert sorted(message.to[0] for message in messages) == [
        "anden-foelger@example.org",
        "en-foelger@example.org",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "status",
    [
        FundingOpportunity.Status.APPLIED,
        FundingOpportunity.Status.GRANTED,
        FundingOpportunity.Status.REJECTED,
        FundingOpportunity.Status.CLOSED,
    ],
)
def test_no_reminder_once_the_application_is_sent_or_the_fund_closed(no_demo_funding, status):
    deadline = datetime.date(2027, 9, 1)
    opportunity = FundingOpportunityFactory(deadline=deadline, status=status)
    follower(opportunity)
    assert run_on(reminder_day(deadline)) == []
    opportunity.status = FundingOpportunity.Status.OPEN  # opened again
    opportunity.save()
    assert len(run_on(days(reminder_day(deadline), 1))) == 1


@pytest.mark.django_db
def test_no_reminder_to_a_deactivated_user_or_one_without_an_address(no_demo_funding):
    deadline = datetime.date(2027, 9, 1)
    opportunity = FundingOpportunityFactory(deadline=deadline)
    gone = follower(opportunity, "stoppet").user
    gone.is_active = False
    gone.save()
    mute = follower(opportunity, "uden-adresse").user
    mute.email = ""
    mute.save()
    assert run_on(reminder_day(deadline)) == []


@pytest.mark.django_db
def test_a_rolling_deadline_has_no_reminder(no_demo_funding):
    follower(FundingOpportunityFactory(deadline=None))
    assert run_on(datetime.date(2027, 9, 1)) == []


@pytest.mark.django_db
def test_a_refused_mail_is_tried_again_the_next_day(no_demo_funding, monkeypatch):
    deadline = datetime.date(2027, 9, 1)
    follow = follower(FundingOpportunityFactory(fund="Genforsøgspuljen", deadline=deadline))

    def refuse(self, fail_silently=False):
        raise smtplib.SMTPServerDisconnected("the mail server went away")

    with monkeypatch.context() as patched:
        patched.setattr(EmailMessage, "send", refuse)
        assert run_on(reminder_day(deadline)) == []
    follow.refresh_from_db()
    assert follow.reminded_for is None
    (message,) = run_on(days(reminder_day(deadline), 1))
    assert message.subject == "Frist om 13 dage: Genforsøgspuljen"


@pytest.mark.django_db
def test_the_command_queues_the_work_for_the_worker(no_demo_funding, task_queue):  # noqa: F811
    with reminder_morning_of_a_followed_opportunity():
        out = StringIO()
        call_command("send_funding_reminders", stdout=out)
        assert "queued" in out.getvalue()
        assert mail.outbox == []
        # Run twice before the worker came by: the second finds nothing left to send.
        call_command("send_funding_reminders", stdout=StringIO())
        assert task_queue.drain() == 2
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_the_command_says_how_many_it_sent(no_demo_funding):
    with reminder_morning_of_a_followed_opportunity():
        out = StringIO()
        call_command("send_funding_reminders", stdout=out)
    assert out.getvalue().strip() == "1 funding reminder(s) sent."
