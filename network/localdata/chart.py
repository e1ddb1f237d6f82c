"""A bar chart of participation per year, drawn on the server as SVG.

No JavaScript and no chart service: the geometry is computed here and the template
(`network/localdata/participation_chart.html`) writes it out as inline SVG with a title, a
description and a title on every bar, and the page shows the same figures as a table.
"""

import math
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

WIDTH = 720
HEIGHT = 340
TOP, RIGHT, BOTTOM, LEFT = 48, 16, 40, 64  # room for the legend, the years and the values
GRIDLINES = 4


@dataclass(frozen=True)
class Series:
    key: str
    label: str


SERIES = (
    Series("participants", _("Expectant parents")),
    Series("fathers", _("Of whom fathers")),
)


@dataclass
class Bar:
    series: Series
    value: int
    x: float
    y: float
    width: float
    height: float

    @property
    def centre(self):
        return self.x + self.width / 2


@dataclass
class Group:
    year: int
    centre: float
    bars: list


@dataclass
class Tick:
    value: int
    y: float


@dataclass
class Chart:
    groups: list
    ticks: list
    series: tuple = SERIES
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM


def tick_step(largest, gridlines=GRIDLINES):
    """A round step (1, 2 or 5 times a power of ten) that covers `largest` in about
    `gridlines` steps."""
    if largest <= 0:
        return 1
    raw = largest / gridlines
    power = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 5):
        if raw <= multiple * power:
            return max(1, int(multiple * power))
    return int(10 * power)


def participation_chart(totals):
    """`totals`: a `YearTotal` per year, oldest first. None when there is nothing to draw."""
    if not totals:
        return None
    largest = max(total.participants for total in totals)
    step = tick_step(largest)
    top_value = max(step, math.ceil(largest / step) * step)
    plot_height = (HEIGHT - BOTTOM) - TOP
    plot_width = (WIDTH - RIGHT) - LEFT

    def y_for(value):
        return (HEIGHT - BOTTOM) - plot_height * value / top_value

    ticks = [Tick(value, round(y_for(value), 1)) for value in range(0, top_value + 1, step)]
    slot = plot_width / len(totals)
    bar_width = min(slot * 0.36, 48)
    groups = []
    for index, total in enumerate(totals):
        centre = LEFT + slot * (index + 0.5)
        bars = []
        for position, series in enumerate(SERIES):
            value = getattr(total, series.key)
            y = y_for(value)
            x = centre - bar_width + position * bar_width
            bars.append(
                Bar(
                    series=series,
                    value=value,
                    x=round(x, 1),
                    y=round(y, 1),
                    width=round(bar_width, 1),
                    height=round((HEIGHT - BOTTOM) - y, 1),
                )
            )
        groups.append(Group(year=total.year, centre=round(centre, 1), bars=bars))
    return Chart(groups=groups, ticks=ticks)
