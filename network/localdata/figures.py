"""The network's figures, built from the reports the secretariat has marked final: per year the
courses, expectant parents, fathers, fathers' share and the number of municipalities reporting,
and the same per region and year. Shown to professionals in the area (NetworkFiguresPage) and to
everyone on "FIV i tal" (FiguresPage).

One aggregate query (final reports grouped by year and region) gives everything, so the pages
cost the same for ten reporting municipalities or all 98.

What is protected. `FIV_FIGURES_MIN_FAMILIES` (the threshold, 5 unless set) counts families by
the expectant parents reported (the only count the reports hold; a couple counts twice, so raise
the setting to be stricter). A group, the network in a year or a region in a year, is shown only
when all of these hold, on the public page and in the professional area alike, so that the two
never tell different things:

1. it is built from at least the threshold of participants ("few");
2. it holds more than one municipality ("one"): a region from one municipality would be that
   municipality's own figure;
3. the group without its largest municipality still has at least the threshold of participants
   ("dominant"): otherwise the largest municipality, which knows its own figure, could subtract
   it and read a small neighbour's figure (a region of a large town and one small island);
4. what is hidden in a year cannot be worked out from what is shown ("complement"): the
   network's total minus the regions shown gives the regions hidden taken together, so while
   those together would fail 1 to 3, the smallest region still shown is hidden too.

Numbers of a hidden group are removed before the page sees them (`Group.hide`), so no template
can print them. No municipality's own figures are ever shown here, except to its own
contributors beside the network's (`own_reports`). Not protected: a municipality that reports
in a two-municipality region can subtract its figure from the region's and learn the other's,
which then is at least the threshold; and figures of other years are other groups (a report
marked final cannot be changed by its municipality, so a year's figures only move when the
secretariat corrects them).
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db.models import Count, Max, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models.localdata import LocalReport
from ..models.municipalities import Region

ONE_DECIMAL = Decimal("0.1")
FIGURES = ("courses", "participants", "fathers")

# Why a group is not shown, as the page says it ("–" and the reason).
FEW, ONE, DOMINANT, COMPLEMENT = "few", "one", "dominant", "complement"
REASONS = {
    FEW: _("Fewer than %(count)s families: not shown"),
    ONE: _("From one municipality only: not shown"),
    DOMINANT: _("Fewer than %(count)s families outside the largest municipality: not shown"),
    COMPLEMENT: _("Not shown, so that a hidden figure cannot be worked out"),
}


def min_families():
    return settings.FIV_FIGURES_MIN_FAMILIES


def percentage(part, whole):
    """`part` of `whole` in per cent as a Decimal with one decimal (half up), or None."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


@dataclass
class Group:
    """Final reports added up: the network's in a year (`region` None) or a region's."""

    year: int
    region: int | None = None
    municipalities: int = 0
    courses: int | None = 0
    participants: int | None = 0
    fathers: int | None = 0
    largest: int | None = 0  # the participants of the group's largest municipality
    reason: str | None = None
    threshold: int = 5

    @property
    def shown(self):
        return self.reason is None and self.municipalities > 0

    @property
    def empty(self):
        return self.municipalities == 0

    @property
    def region_label(self):
        return Region(self.region).label if self.region else ""

    @property
    def fathers_share(self):
        return percentage(self.fathers, self.participants) if self.shown else None

    @property
    def explanation(self):
        if self.reason is None:
            return ""
        return REASONS[self.reason] % {"count": self.threshold}

    def add(self, other):
        self.municipalities += other.municipalities
        self.courses += other.courses
        self.participants += other.participants
        self.fathers += other.fathers
        self.largest = max(self.largest, other.largest)

    def verdict(self):
        """Why the group may not be shown (rules 1 to 3 of the module), or None."""
        if self.participants < self.threshold:
            return FEW
        if self.municipalities == 1:
            return ONE
        if self.participants - self.largest < self.threshold:
            return DOMINANT
        return None

    def hide(self, reason):
        self.reason = reason
        self.courses = self.participants = self.fathers = self.largest = None


@dataclass
class Figures:
    threshold: int
    totals: list  # the network's Group per year, oldest first, years without gaps
    regions: dict  # year: a Group per region (all five, in the order of their names)

    def __bool__(self):
        return bool(self.totals)

    @property
    def years(self):
        return [total.year for total in self.totals]

    def total(self, year):
        return next((total for total in self.totals if total.year == year), None)

    def latest_year(self, today=None):
        """The last year that has ended and has final reports; the last year with final
        reports when none has ended yet. None without final reports."""
        this_year = (today or timezone.localdate()).year
        years = [total.year for total in self.totals if not total.empty]
        ended = [year for year in years if year < this_year]
        return (ended or years or [None])[-1]

    def shown_totals(self):
        """The years whose totals may be shown, for the chart (the table shows every year)."""
        return [total for total in self.totals if total.shown]


def _suppress(groups):
    """Hide `groups` (the regions of a year) that fail rules 1-3, then more (the smallest
    first) while the hidden ones together fail them (rule 4)."""
    reported = [group for group in groups if not group.empty]
    hidden = []
    for group in reported:
        reason = group.verdict()
        if reason:
            hidden.append((group, reason))
    shown = sorted(
        (group for group in reported if group.verdict() is None),
        key=lambda group: (group.participants, group.region),
    )
    while hidden and shown:
        together = Group(year=0, threshold=groups[0].threshold, courses=0)
        for group, _reason in hidden:
            together.add(group)
        if together.verdict() is None:
            break
        hidden.append((shown.pop(0), COMPLEMENT))
    for group, reason in hidden:
        group.hide(reason)


def network_figures(reports=None, threshold=None):
    """The network's figures from the final reports (or from `reports`, a queryset), in one
    query."""
    threshold = min_families() if threshold is None else threshold
    reports = LocalReport.objects.final() if reports is None else reports
    rows = list(
        reports.order_by()
        .values("year", "municipality__region")
        .annotate(
            n_municipalities=Count("pk"),
            sum_courses=Sum("courses"),
            sum_participants=Sum("participants"),
            sum_fathers=Sum("fathers"),
            largest=Max("participants"),
        )
        .order_by("year", "municipality__region")
    )
    if not rows:
        return Figures(threshold=threshold, totals=[], regions={})
    first, last = rows[0]["year"], rows[-1]["year"]
    order = sorted(Region, key=lambda region: str(region.label))
    regions = {
        year: {region.value: Group(year, region.value, threshold=threshold) for region in order}
        for year in range(first, last + 1)
    }
    for row in rows:
        region = regions[row["year"]].get(row["municipality__region"])
        if region is None:  # a region code the choices no longer know: counted nowhere
            continue
        region.add(
            Group(
                row["year"],
                municipalities=row["n_municipalities"],
                courses=row["sum_courses"],
                participants=row["sum_participants"],
                fathers=row["sum_fathers"],
                largest=row["largest"],
            )
        )
    totals = []
    for year, groups in regions.items():
        total = Group(year, threshold=threshold)
        for group in groups.values():
            total.add(group)
        reason = total.verdict() if not total.empty else None
        _suppress(list(groups.values()))
        if reason:
            total.hide(reason)
        totals.append(total)
    return Figures(
        threshold=threshold,
        totals=totals,
        regions={year: list(groups.values()) for year, groups in regions.items()},
    )


@dataclass
class OwnYear:
    """A year of the municipality's own figures beside the network's."""

    year: int
    report: object  # the municipality's LocalReport, final or not, or None
    network: Group | None


def own_reports(municipality, figures):
    """The municipality's own reports (final or not), year by year beside the network's, for
    its contributors: one query."""
    reports = {report.year: report for report in municipality.local_reports.order_by("year")}
    years = sorted(set(reports) | set(figures.years))
    return [OwnYear(year, reports.get(year), figures.total(year)) for year in years]
