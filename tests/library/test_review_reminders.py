"""A material's contact person is reminded of its review once, 30 days before the review date,
counted on the Copenhagen calendar: on a leap day and across a year's end too."""

import datetime
import io
from smtplib import SMTPException

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from library.models import MaterialPage, ReviewReminder
from library.reviews import live_materials
from tests.people import SECRETARY, demo_user

CONTACT = "anne.holm@vejle.kommune.example"


@pytest.fixture
def material(db):
    """A live material, the only one with a review date: the demo's are set around the day the
    demo was loaded, which the clock below leaves far behind."""
    MaterialPage.objects.update(next_review=None)
    material = live_materials().order_by("pk").first()
    MaterialPage.objects.filter(pk=material.pk).update(
        contact_name="Anne Holm", contact_email=CONTACT
    )
    material.refresh_from_db()
    return material


def review_on(material, day):
    MaterialPage.objects.filter(pk=material.pk).update(next_review=day)


def run_at(moment):
    with time_machine.travel(datetime.datetime.fromisoformat(moment), tick=False):
        call_command("send_review_reminders", stdout=io.StringIO())
    return [message for message in mail.outbox if message.to == [CONTACT]]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("review", "day_before", "reminder_day"),
    [
        ("2028-03-30", "2028-02-28", "2028-02-29"),  # 30 days before is a leap day
        ("2028-01-30", "2027-12-30", "2027-12-31"),
        ("2028-01-31", "2027-12-31", "2028-01-01"),
        ("2029-03-30", "2029-02-27", "2029-02-28"),  # no leap day that year
    ],
)
def test_the_contact_is_reminded_once_30_days_before_the_review(
    material, review, day_before, reminder_day
):
    review_on(material, datetime.date.fromisoformat(review))
    assert run_at(f"{day_before}T12:00+01:00") == []
    (reminder,) = run_at(f"{reminder_day}T07:00+01:00")
    assert reminder.subject == f"Tid til at gennemgå “{material.title}”"
    assert "Kære Anne Holm" in reminder.body
    assert "skal gennemgås senest" in reminder.body
    assert material.get_full_url() in reminder.body
    # Once: the same day again, the next day and the review day itself send nothing more.
    for moment in [f"{reminder_day}T18:00+01:00", f"{review}T12:00+01:00"]:
        assert len(run_at(moment)) == 1
    assert ReviewReminder.objects.filter(material=material).count() == 1


@pytest.mark.django_db
def test_the_day_turns_in_copenhagen_not_at_midnight_utc(material):
    review_on(material, datetime.date(2028, 1, 30))
    assert run_at("2027-12-30T22:30+00:00") == []  # 23:30 on 30 December in Copenhagen
    assert len(run_at("2027-12-30T23:30+00:00")) == 1  # 00:30 on 31 December


@pytest.mark.django_db
def test_a_new_review_date_makes_a_new_reminder_due_and_a_revision_does_not(material, client):
    review_on(material, datetime.date(2028, 3, 30))
    assert len(run_at("2028-03-01T09:00+01:00")) == 1

    # Publishing the page again keeps the record: it lives beside the page, not in it.
    page = MaterialPage.objects.get(pk=material.pk)
    page.introduction += " Rettet."
    page.save_revision().publish()
    assert len(run_at("2028-03-02T09:00+01:00")) == 1

    page = MaterialPage.objects.get(pk=material.pk)
    page.next_review = datetime.date(2028, 3, 20)
    page.save_revision().publish()
    assert len(run_at("2028-03-02T09:00+01:00")) == 2
    assert sorted(
        ReviewReminder.objects.filter(material=material).values_list("review_date", flat=True)
    ) == [datetime.date(2028, 3, 20), datetime.date(2028, 3, 30)]

    # The secretariat's desk says who was reminded.
    with time_machine.travel(datetime.datetime(2028, 3, 2, 9), tick=False):
        client.force_login(demo_user(SECRETARY))
        response = client.get(reverse("wagtailadmin_home"))
    row = next(
        row
        for row in BeautifulSoup(response.content, "html.parser").select(
            "#desk-reviews-section tbody tr"
        )
        if material.title in row.get_text()
    )
    assert "påmindet 2. marts" in row.get_text()


@pytest.mark.django_db
def test_no_reminder_once_the_date_has_passed_without_an_address_or_for_a_draft(material):
    review_on(material, datetime.date(2028, 2, 1))
    assert run_at("2028-02-02T09:00+01:00") == []  # passed: the desk shows it instead

    MaterialPage.objects.filter(pk=material.pk).update(contact_email="")
    review_on(material, datetime.date(2028, 2, 20))
    assert run_at("2028-02-02T09:00+01:00") == []

    MaterialPage.objects.filter(pk=material.pk).update(contact_email=CONTACT, live=False)
    assert run_at("2028-02-02T09:00+01:00") == []
    assert not ReviewReminder.objects.exists()


@pytest.mark.django_db
def test_a_reminder_that_could_not_be_sent_is_tried_again(material, monkeypatch):
    review_on(material, datetime.date(2028, 3, 30))

    def refuse(self, *args, **kwargs):
        raise SMTPException("the mail server is down")

    with monkeypatch.context() as patched:
        patched.setattr("django.core.mail.EmailMessage.send", refuse)
        with pytest.raises(SMTPException):
            run_at("2028-02-29T07:00+01:00")
    assert not ReviewReminder.objects.exists()
    assert len(run_at("2028-03-01T07:00+01:00")) == 1


@pytest.mark.django_db
def test_a_dry_run_lists_whom_it_would_remind_and_sends_nothing(material, capsys):
    review_on(material, datetime.date(2028, 3, 30))
    with time_machine.travel(datetime.datetime(2028, 3, 1, 9), tick=False):
        call_command("send_review_reminders", "--dry-run")
    output = capsys.readouterr().out
    assert CONTACT in output and "1 review reminder(s) would be sent." in output
    assert not mail.outbox and not ReviewReminder.objects.exists()
