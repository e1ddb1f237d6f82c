"""Calendar arithmetic that holds on 29 February and across a year's end.

Never move a date by hand, by changing its year field, adding a year's worth of days or counting
months yourself: that breaks on a leap day or a month's end. Use these helpers (built on
dateutil's relativedelta), each tested with the clock set on the awkward days.
"""

import datetime

from dateutil.relativedelta import relativedelta
from django.utils import timezone

ONE_DAY = datetime.timedelta(days=1)


def anniversary(day, years=1):
    """The same calendar date `years` later (or earlier, with a negative number).

    29 February has its anniversary on 1 March in a common year: the day on which a full year
    has passed, as Danish law counts it for ages and terms.
    """
    moved = day + relativedelta(years=years)
    return moved if moved.day == day.day else moved + ONE_DAY


def term_end(start, years):
    """The last day of a term that starts on `start` and lasts `years` whole years."""
    return anniversary(start, years) - ONE_DAY


def today():
    """Today on the site's calendar, in Copenhagen whatever the server's clock zone: every rule
    that counts days from today counts from this, so that a test sets the clock, not the code."""
    return timezone.localdate()


def local_day(moment):
    """The day a moment (an aware datetime, stored in UTC) falls on in Copenhagen: a page
    published at 23:30 UTC on 4 December was published on 5 December here."""
    return timezone.localdate(moment)


def days_until(day, on=None):
    """Calendar days from `on` (today by default) to `day`: 0 on the day itself, negative once it
    has passed. Counted on dates, never on moments: the day the clocks change has 23 or 25 hours
    and is still one day."""
    return (day - (on or today())).days


def weeks_before(day, weeks):
    """The same weekday `weeks` weeks before `day` (across a month's or a year's end alike)."""
    return day - datetime.timedelta(weeks=weeks)
