from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.desk import SecretariatMenuItem

from .report import UnansweredReportView


@hooks.register("register_admin_urls")
def unanswered_report_urls():
    return [
        path(
            "reports/searches-without-results/",
            UnansweredReportView.as_view(),
            name="search_unanswered_report",
        ),
        path(
            "reports/searches-without-results/results/",
            UnansweredReportView.as_view(results_only=True),
            name="search_unanswered_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def unanswered_report_menu_item():
    return SecretariatMenuItem(
        _("Searches without results"),
        reverse("search_unanswered_report"),
        name="searches-without-results",
        icon_name="search",
        order=1310,
    )
