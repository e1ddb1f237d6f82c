"""Date rules hold on the awkward days: a leap day, a year's end, the daylight-saving changes."""

import datetime
import zoneinfo

import pytest
import time_machine
from django.core.management import call_command
from django.test import override_settings
from django_tasks import default_task_backend
from wagtail.models import Page

from home.dates import anniversary, days_until, term_end, today, weeks_before
from home.desk import when
from network.models import BoardMember, FundingOpportunity, LocalReport, ProfessionalAreaPage

COPENHAGEN = datetime.timezone(datetime.timedelta(hours=1))
COPENHAGEN_ZONE = zoneinfo.ZoneInfo("Europe/Copenhagen")

# The days on which hand-made date arithmetic breaks, at noon in Copenhagen, and both
# daylight-saving changes of 2027 (28 March and 31 October) around the hour that moves.
TRICKY_MOMENTS = [
    datetime.datetime(2026, 12, 1, 12, tzinfo=COPENHAGEN),  # 1,006 days back is 29 February
    datetime.datetime(2028, 2, 29, 12, tzinfo=COPENHAGEN),
    datetime.datetime(2027, 12, 31, 23, 30, tzinfo=COPENHAGEN),
    datetime.datetime(2028, 1, 1, 0, 30, tzinfo=COPENHAGEN),
    datetime.datetime(2027, 3, 28, 1, 30, tzinfo=datetime.UTC),  # 03:30 summer time
    datetime.datetime(2027, 10, 31, 0, 30, tzinfo=datetime.UTC),  # 02:30, the hour that repeats
]


@pytest.mark.parametrize(
    ("day", "years", "expected"),
    [
        (datetime.date(2026, 3, 1), 1, datetime.date(2027, 3, 1)),
        (datetime.date(2024, 2, 29), 1, datetime.date(2025, 3, 1)),
        (datetime.date(2024, 2, 29), 4, datetime.date(2028, 2, 29)),
        (datetime.date(2024, 2, 29), -1, datetime.date(2023, 3, 1)),
        (datetime.date(2027, 12, 31), 1, datetime.date(2028, 12, 31)),
        (datetime.date(2028, 1, 1), -1, datetime.date(2027, 1, 1)),
    ],
)
def test_an_anniversary_is_the_same_date_and_a_leap_day_moves_to_1_march(day, years, expected):
    assert anniversary(day, years) == expected


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (datetime.date(2026, 3, 1), datetime.date(2028, 2, 29)),
        (datetime.date(2024, 2, 29), datetime.date(2026, 2, 28)),
        (datetime.date(2028, 2, 29), datetime.date(2030, 2, 28)),
        (datetime.date(2027, 1, 1), datetime.date(2028, 12, 31)),
        (datetime.date(2027, 12, 31), datetime.date(2029, 12, 30)),
    ],
)
def test_a_two_year_term_ends_the_day_before_its_second_anniversary(start, expected):
    assert term_end(start, 2) == expected


@pytest.mark.parametrize(
    ("day", "today", "expected"),
    [
        (datetime.date(2028, 2, 29), datetime.date(2028, 2, 15), 14),
        (datetime.date(2028, 3, 1), datetime.date(2028, 2, 28), 2),
        (datetime.date(2027, 3, 1), datetime.date(2027, 2, 28), 1),
        (datetime.date(2028, 1, 1), datetime.date(2027, 12, 31), 1),
        (datetime.date(2027, 12, 31), datetime.date(2028, 1, 1), -1),
        (datetime.date(2027, 3, 29), datetime.date(2027, 3, 27), 2),  # over summer time's start
        (datetime.date(2027, 11, 1), datetime.date(2027, 10, 30), 2),  # over its end
        (datetime.date(2027, 6, 1), datetime.date(2027, 6, 1), 0),
    ],
)
def test_days_until_counts_calendar_days(day, today, expected):
    assert days_until(day, today) == expected


@pytest.mark.parametrize(
    ("day", "weeks", "expected"),
    [
        (datetime.date(2028, 2, 29), 2, datetime.date(2028, 2, 15)),
        (datetime.date(2028, 3, 14), 2, datetime.date(2028, 2, 29)),
        (datetime.date(2027, 3, 14), 2, datetime.date(2027, 2, 28)),
        (datetime.date(2028, 1, 1), 2, datetime.date(2027, 12, 18)),
        (datetime.date(2028, 1, 15), 2, datetime.date(2028, 1, 1)),
        (datetime.date(2027, 4, 11), 2, datetime.date(2027, 3, 28)),
    ],
)
def test_weeks_before_keeps_the_weekday_across_leap_days_and_years(day, weeks, expected):
    assert weeks_before(day, weeks) == expected
    assert expected.weekday() == day.weekday()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("today", "last_day"),
    [
        (datetime.date(2026, 12, 1), datetime.date(2028, 11, 30)),
        (datetime.date(2028, 2, 29), datetime.date(2030, 2, 28)),
        (datetime.date(2027, 12, 31), datetime.date(2029, 12, 30)),
        (datetime.date(2028, 1, 1), datetime.date(2029, 12, 31)),
    ],
)
def test_a_board_term_from_today_lasts_two_years_on_every_day(today, last_day):
    with time_machine.travel(datetime.datetime.combine(today, datetime.time(12)), tick=False):
        member = BoardMember(name="Ny", organisation="Ny Organisation", sector="business")
        member.full_clean()
    assert (member.term_start, member.term_end) == (today, last_day)


RECORDED_TASKS = {
    name: {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}
    for name in ("default", "background")
}


@pytest.mark.walk
@pytest.mark.django_db
@pytest.mark.parametrize("moment", TRICKY_MOMENTS, ids=lambda m: m.isoformat())
def test_the_demo_loads_on_every_tricky_day(moment):
    """The loader places review dates, meetings, board terms and reports around today: remove
    what it placed, set the clock on the day, and load again."""
    for area in ProfessionalAreaPage.objects.all():
        Page.objects.get(pk=area.pk).delete()
    BoardMember.objects.all().delete()
    LocalReport.objects.all().delete()
    FundingOpportunity.objects.all().delete()

    # What the queue does after the load (file text, PDFs, the reference index, mail) has its
    # own tests on these days; here the tasks are only recorded, which halves the time.
    with time_machine.travel(moment, tick=False), override_settings(TASKS=RECORDED_TASKS):
        call_command("load_demo_content", force=True, verbosity=0)
        assert default_task_backend.results  # the loader did ask for them

    area = ProfessionalAreaPage.objects.get(locale__language_code="da")
    assert area.get_descendants().live().count() > 60
    assert BoardMember.objects.current(on=moment.date()).exists()
    today = moment.astimezone(COPENHAGEN_ZONE).date()
    deadlines = FundingOpportunity.objects.values_list("deadline", flat=True)
    assert sorted(days_until(d, today) if d else 999 for d in deadlines) == [-30, 12, 40, 999]


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2027-12-31T23:30+01:00", datetime.date(2027, 12, 31)),
        ("2027-12-31T23:30+00:00", datetime.date(2028, 1, 1)),  # 00:30 in Copenhagen
        ("2028-02-28T23:30+00:00", datetime.date(2028, 2, 29)),
        ("2028-02-29T23:30+01:00", datetime.date(2028, 2, 29)),
        ("2027-10-30T22:30+00:00", datetime.date(2027, 10, 31)),  # summer time: 00:30
    ],
)
def test_today_is_the_date_in_copenhagen(moment, expected):
    with time_machine.travel(datetime.datetime.fromisoformat(moment), tick=False):
        assert today() == expected


@pytest.mark.parametrize(
    ("moment", "day", "days", "said"),
    [
        ("2028-02-28T12:00+01:00", datetime.date(2028, 3, 1), 2, "om 2 dage"),
        ("2028-02-29T12:00+01:00", datetime.date(2028, 3, 1), 1, "om 1 dag"),
        ("2027-12-31T23:30+01:00", datetime.date(2028, 1, 1), 1, "om 1 dag"),
        ("2028-01-01T00:30+01:00", datetime.date(2027, 12, 31), -1, "for 1 dag siden"),
        ("2028-01-01T00:30+01:00", datetime.date(2028, 1, 1), 0, "i dag"),
        ("2028-03-01T12:00+01:00", datetime.date(2027, 3, 1), -366, "for 366 dage siden"),
    ],
)
def test_a_day_is_counted_and_said_from_today(moment, day, days, said):
    with time_machine.travel(datetime.datetime.fromisoformat(moment), tick=False):
        assert days_until(day) == days
        assert str(when(day)) == said
