"""The secretariat's side of local data in the Wagtail admin: the network overview with its
chart, the CSV export, and the reports themselves to correct or delete."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from home.params import int_param
from home.roles import SecretariatOnlyMixin

from ..models import LocalReport
from ..models.localdata import FIRST_YEAR
from .chart import participation_chart
from .export import csv_response
from .overview import build_overview

REPORTS_NAMESPACE = "network_local_reports"


class OverviewView(SecretariatOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "network/localdata/admin_overview.html"
    page_title = _("Local data")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_header_buttons(self):
        return [
            HeaderButton(
                _("Download CSV"), url=reverse("network_local_data_export"), icon_name="download"
            ),
            HeaderButton(
                _("Correct reports"),
                url=reverse(f"{REPORTS_NAMESPACE}:index"),
                icon_name="edit",
            ),
        ]

    @cached_property
    def overview(self):
        return build_overview(LocalReport.objects.for_overview())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            overview=self.overview,
            chart=participation_chart(self.overview.totals),
            edit_url_name=f"{REPORTS_NAMESPACE}:edit",
        )
        return context


class FinalView(SecretariatOnlyMixin, View):
    """Mark a report final (`report`), or every report of a year (`year`); `final=0` opens a
    report again. Only final reports count in the network's figures, and a municipality can
    no longer correct a report once it is final."""

    http_method_names = ["post"]

    def post(self, request):
        final = request.POST.get("final", "1") != "0"
        pk = int_param(request.POST, "report", minimum=1)
        year = int_param(request.POST, "year", minimum=FIRST_YEAR, maximum=9999)
        if pk is not None:
            reports = LocalReport.objects.filter(pk=pk)
        elif year is not None and final:
            reports = LocalReport.objects.filter(year=year, is_final=False)
        else:
            reports = LocalReport.objects.none()
        changed = 0
        with transaction.atomic():
            # One by one: each save purges the public figures page from the page cache.
            for report in reports.select_for_update().select_related("municipality"):
                if report.is_final != final:
                    report.mark_final(request.user, final)
                    changed += 1
        if final:
            message = ngettext(
                "%(count)s report marked final.", "%(count)s reports marked final.", changed
            )
        else:
            message = ngettext(
                "%(count)s report opened again.", "%(count)s reports opened again.", changed
            )
        if changed:
            messages.success(request, message % {"count": changed})
        else:
            messages.info(request, gettext("Nothing changed."))
        return redirect("network_local_data")


class ExportView(SecretariatOnlyMixin, View):
    def get(self, request):
        return csv_response(LocalReport.objects.for_overview().select_related("submitted_by"))


class LocalReportViewSet(ModelViewSet):
    """The reports one by one, for the secretariat to correct or delete. Reached from the
    overview, so it has no menu item of its own."""

    model = LocalReport
    icon = "table"
    add_to_admin_menu = False
    url_prefix = "local-data/reports"
    name = REPORTS_NAMESPACE
    list_display = ["municipality", "year", "courses", "participants", "fathers", "is_final"]
    list_filter = ["year", "municipality__region", "is_final"]
    search_fields = ["municipality__name"]
    ordering = ["municipality__name", "-year"]
    list_per_page = 50
