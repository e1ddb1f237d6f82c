"""The network's figures side by side: municipalities by year, and the network's total per year.

Built in Python from one query of reports, so the table costs the same for ten reports or a
thousand.
"""

from dataclasses import dataclass, field

from ..models.localdata import share


@dataclass
class YearTotal:
    year: int
    municipalities: int = 0
    courses: int = 0
    participants: int = 0
    fathers: int = 0
    final: int = 0  # how many of the year's reports the secretariat has marked final

    @property
    def fathers_share(self):
        return share(self.fathers, self.participants)

    def add(self, report):
        self.municipalities += 1
        self.courses += report.courses
        self.participants += report.participants
        self.fathers += report.fathers
        self.final += bool(getattr(report, "is_final", False))

    @property
    def all_final(self):
        return self.final == self.municipalities


@dataclass
class Row:
    municipality: object
    cells: list = field(default_factory=list)  # a report or None, one per year of the overview


@dataclass
class Overview:
    years: list
    rows: list
    totals: list  # a YearTotal per year, in the order of `years`

    def __bool__(self):
        return bool(self.rows)


def build_overview(reports):
    """`reports` with their municipalities (see `LocalReport.objects.for_overview()`).

    Years run without gaps from the first to the last reported, so a year nobody reported for
    shows as empty instead of silently disappearing from the table.
    """
    reports = list(reports)
    if not reports:
        return Overview(years=[], rows=[], totals=[])
    first = min(report.year for report in reports)
    last = max(report.year for report in reports)
    years = list(range(first, last + 1))
    totals = {year: YearTotal(year) for year in years}
    by_municipality = {}
    for report in reports:
        totals[report.year].add(report)
        row = by_municipality.setdefault(report.municipality_id, (report.municipality, {}))
        row[1][report.year] = report
    # In the order of the reports: the database's collation sorts Danish names properly.
    rows = [
        Row(municipality, [cells.get(year) for year in years])
        for municipality, cells in by_municipality.values()
    ]
    return Overview(years=years, rows=rows, totals=[totals[year] for year in years])
