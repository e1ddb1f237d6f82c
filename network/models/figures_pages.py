"""The network's figures as pages: for professionals in the area, and in public ("FIV i tal").

Both show only what `network.localdata.figures` lets through: final reports, no group under
the privacy threshold."""

from django.utils.translation import gettext_lazy as _

from home.models import BasePage
from home.params import int_param

from ..localdata.chart import participation_chart
from ..localdata.figures import REASONS, network_figures, own_reports
from ..roles import contributor_municipalities
from .localdata import FIRST_YEAR


def chosen_year(request, figures):
    """The year asked for (`?year=`) if the figures have it, else the latest complete year."""
    year = int_param(request.GET, "year", minimum=FIRST_YEAR, maximum=9999)
    if year is not None and figures.total(year) is not None:
        return year
    return figures.latest_year()


def _context(request, figures):
    year = chosen_year(request, figures)
    return {
        "figures": figures,
        "year": year,
        "total": figures.total(year) if year else None,
        "regions": figures.regions.get(year, []),
        "chart": participation_chart(figures.shown_totals()),
        "threshold": figures.threshold,
        "reasons": [text % {"count": figures.threshold} for text in REASONS.values()],
    }


class FiguresPage(BasePage):
    """The public page "FIV i tal": the network's key figures for the last complete year and a
    small chart of the years before, from the reports the secretariat has marked final. The
    figures fill themselves in; the editor writes the title and the introduction."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("public figures page")
        verbose_name_plural = _("public figures pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(_context(request, network_figures()))
        return context


class NetworkFiguresPage(BasePage):
    """The network's figures for professionals: every year, every region, a chart, and for a
    municipality's contributors their own figures beside the network's."""

    parent_page_types = ["network.ProfessionalAreaPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("network figures page")
        verbose_name_plural = _("network figures pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        figures = network_figures()
        context.update(_context(request, figures))
        municipality = contributor_municipalities(request.user).order_by("name").first()
        if municipality is not None:
            context.update(municipality=municipality, own=own_reports(municipality, figures))
        return context
