"""The report "Søgninger uden resultater": what readers searched for and did not find.

The words searched most often in the last REPORT_DAYS days that found nothing for the reader
who searched (counted in `UnansweredQuery` by the search view), most searched first, with the
last day each was searched. For the secretariat only: a search word may name a person.
What to do about a word: write about it, or promote a page for it ("Anbefalede resultater").
"""

from django.db.models import Max, Sum
from django.utils.translation import gettext_lazy as _

from home.dates import ONE_DAY, today
from home.desk import SecretariatReportView

from .models import UnansweredQuery

REPORT_DAYS = 30


def unanswered(on=None):
    """{query_string, searches, last_day} of each word searched without results in the
    REPORT_DAYS days up to `on` (today), most searched first."""
    last = on or today()
    return (
        UnansweredQuery.objects.filter(day__gt=last - ONE_DAY * REPORT_DAYS, day__lte=last)
        .values("query_string")
        .annotate(searches=Sum("hits"), last_day=Max("day"))
        .order_by("-searches", "-last_day", "query_string")
    )


class UnansweredReportView(SecretariatReportView):
    page_title = _("Searches without results")
    header_icon = "search"
    results_template_name = "search/report/results.html"
    index_url_name = "search_unanswered_report"
    index_results_url_name = "search_unanswered_report_results"
    export_filename = "searches-without-results"
    list_export = ["query_string", "searches", "last_day"]
    export_headings = {
        "query_string": _("Search words"),
        "searches": _("Searches"),
        "last_day": _("Last searched"),
    }

    def get_queryset(self):
        return unanswered()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["report_days"] = REPORT_DAYS
        return context
