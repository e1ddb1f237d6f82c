"""The secretariat's side of local data in the Wagtail admin: the network overview with its
chart, the CSV export, and the reports themselves to correct or delete."""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from home.roles import is_secretariat

from ..models import LocalReport
from .chart import participation_chart
from .export import csv_response
from .overview import build_overview

REPORTS_NAMESPACE = "network_local_reports"


class SecretariatOnlyMixin:
    """The overview shows every municipality's figures side by side: the secretariat's alone.
    (Contributors may enter the admin to add their material, so admin access is not enough.)"""

    def dispatch(self, request, *args, **kwargs):
        if not is_secretariat(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


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
    list_display = ["municipality", "year", "courses", "participants", "fathers", "updated_at"]
    list_filter = ["year", "municipality__region"]
    search_fields = ["municipality__name"]
    ordering = ["municipality__name", "-year"]
    list_per_page = 50
