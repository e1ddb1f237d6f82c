"""The searches without results are kept 13 months, then deleted by a daily command: a search word
may name a person, and a year and a month is enough to compare a month with last year's."""

import datetime
import zoneinfo

import pytest
import time_machine
from django.core.management import CommandError, call_command

from home.dates import anniversary
from search.models import UnansweredQuery

pytestmark = pytest.mark.django_db

CPH = zoneinfo.ZoneInfo("Europe/Copenhagen")


def searched_on(*days):
    for number, day in enumerate(days):
        UnansweredQuery.objects.create(query_string=f"ord {number}", day=day, hits=1)


def days_left():
    return sorted(UnansweredQuery.objects.values_list("day", flat=True))


@pytest.mark.parametrize(
    ("moment", "last_deleted", "first_kept"),
    [
        # Just after midnight in Copenhagen, still the day before in UTC: the site's calendar.
        pytest.param(
            datetime.datetime(2028, 2, 29, 0, 30, tzinfo=CPH),
            datetime.date(2027, 1, 28),
            datetime.date(2027, 1, 29),
            id="29-february",
        ),
        # November has no 31st: 13 months before 31 December is the month's last day.
        pytest.param(
            datetime.datetime(2027, 12, 31, 23, 30, tzinfo=CPH),
            datetime.date(2026, 11, 29),
            datetime.date(2026, 11, 30),
            id="31-december",
        ),
        pytest.param(
            datetime.datetime(2028, 1, 1, 0, 15, tzinfo=CPH),
            datetime.date(2026, 11, 30),
            datetime.date(2026, 12, 1),
            id="1-january",
        ),
    ],
)
def test_searches_are_deleted_thirteen_months_after_their_day(
    settings, moment, last_deleted, first_kept
):
    settings.FIV_UNANSWERED_SEARCH_RETENTION_MONTHS = 13
    a_year_ago = anniversary(moment.date(), years=-1)  # the same day last year: kept
    searched_on(last_deleted - datetime.timedelta(days=400), last_deleted, first_kept, a_year_ago)

    with time_machine.travel(moment, tick=False):
        call_command("delete_old_unanswered_searches", dry_run=True, verbosity=0)
        assert len(days_left()) == 4
        call_command("delete_old_unanswered_searches", verbosity=0)

    assert days_left() == [first_kept, a_year_ago]


SPRING_DAYS = [(2026, 9, 29), (2026, 9, 30), (2027, 1, 30), (2027, 1, 31)]


def test_the_period_comes_from_the_setting_or_the_command_line(settings):
    settings.FIV_UNANSWERED_SEARCH_RETENTION_MONTHS = 6
    with time_machine.travel(datetime.datetime(2027, 3, 31, 12, tzinfo=CPH), tick=False):
        searched_on(*[datetime.date(*day) for day in SPRING_DAYS])
        call_command("delete_old_unanswered_searches", verbosity=0)
        assert days_left() == [datetime.date(*day) for day in SPRING_DAYS[1:]]
        call_command("delete_old_unanswered_searches", months=2, verbosity=0)
        assert days_left() == [datetime.date(2027, 1, 31)]  # two months before 31 March


def test_the_period_never_cuts_into_the_report():
    with pytest.raises(CommandError, match="30 days"):
        call_command("delete_old_unanswered_searches", months=1)
