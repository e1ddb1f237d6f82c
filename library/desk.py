"""The library's panels on the secretariat's desk (see `home.desk`): materials due for review
and how often materials are downloaded, each with a report that lists every row.

Downloads are counted per document (`DownloadCount`): a material's count is the sum over its
files. Nothing records who downloaded, so there is no count by the downloader's municipality,
only by the municipality that contributed the material; a material's zip is not counted.
"""

import django_filters
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from home.dates import today
from home.desk import DeskPanel, SecretariatReportView, when
from network.models import Municipality

from .downloads import DOWNLOADS, with_downloads
from .models import MaterialPage, ReviewReminder
from .reviews import due_for_review, live_materials


def decorate_reviews(materials, on):
    """Give each material its edit link, its review date from today, and when its contact person
    was reminded of that date (one query)."""
    reminders = {
        (reminder.material_id, reminder.review_date): reminder.sent_at
        for reminder in ReviewReminder.objects.filter(material__in=[m.pk for m in materials])
    }
    for material in materials:
        material.edit_url = reverse("wagtailadmin_pages:edit", args=[material.pk])
        material.review_when = when(material.next_review, on)
        material.overdue = material.next_review < on
        material.reminded_at = reminders.get((material.pk, material.next_review))
    return materials


class ReviewsPanel(DeskPanel):
    """Live materials whose review date has passed or comes within 30 days, the longest overdue
    first, with whom to ask and whether they were reminded."""

    name = "desk-reviews"
    heading = _("Materials due for review")
    empty_text = _("No materials are due for review")
    icon = "history"
    template_name = "library/desk/reviews.html"
    order = 223

    def get_queryset(self):
        return due_for_review(self.today)

    def decorate(self, rows):
        return decorate_reviews(rows, self.today)

    def more_url(self):
        return reverse("library_review_report")


class DownloadsPanel(DeskPanel):
    """The most downloaded materials and the municipalities whose materials are downloaded most,
    with the number of downloads in all."""

    name = "desk-downloads"
    heading = _("Downloads")
    empty_text = _("Nothing has been downloaded yet")
    icon = "download"
    template_name = "library/desk/downloads.html"
    limit = 5
    order = 260

    def get_queryset(self):
        return (
            with_downloads(live_materials())
            .filter(downloads__gt=0)
            .select_related("municipality")
            .order_by("-downloads", "title", "pk")
        )

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        materials = live_materials()
        total = materials.aggregate(total=DOWNLOADS)["total"]
        context["heading"] = f"{self.heading} ({total})"
        context["municipalities"] = (
            materials.filter(municipality__isnull=False)
            .values("municipality__name")
            .annotate(downloads=DOWNLOADS)
            .filter(downloads__gt=0)
            .order_by("-downloads", "municipality__name")[: self.limit]
        )
        return context

    def decorate(self, rows):
        for material in rows:
            material.edit_url = reverse("wagtailadmin_pages:edit", args=[material.pk])
        return rows

    def more_url(self):
        return reverse("library_download_report")


# The reports behind "Vis alle"


class MaterialFilterSet(WagtailFilterSet):
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"),
        queryset=Municipality.objects.filter(materials__isnull=False).distinct(),
    )

    class Meta:
        model = MaterialPage
        fields = ["municipality"]

    def _add_locale_filter(self):
        """None: the reports list the Danish pages, which hold the dates and the counts."""


class DownloadFilterSet(MaterialFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=MaterialPage.Kind.choices)

    class Meta:
        model = MaterialPage
        fields = ["municipality", "kind"]


class ReviewReportView(SecretariatReportView):
    page_title = _("Materials due for review")
    header_icon = "history"
    results_template_name = "library/desk/review_report_results.html"
    index_url_name = "library_review_report"
    index_results_url_name = "library_review_report_results"
    filterset_class = MaterialFilterSet
    export_filename = "materials-due-for-review"
    list_export = [
        "title",
        "municipality",
        "contact_name",
        "contact_email",
        "last_reviewed",
        "next_review",
        "reminded_at",
    ]
    export_headings = {
        "title": _("Title"),
        "municipality": _("Municipality"),
        "contact_name": _("Whom to ask"),
        "contact_email": _("E-mail"),
        "last_reviewed": _("Last reviewed"),
        "next_review": _("Next review"),
        "reminded_at": _("Reminder sent"),
    }

    def get_queryset(self):
        self.today = today()
        return due_for_review(self.today)

    def decorate_paginated_queryset(self, object_list):
        return decorate_reviews(list(object_list), self.today)


class DownloadReportView(SecretariatReportView):
    page_title = _("Downloads")
    header_icon = "download"
    results_template_name = "library/desk/download_report_results.html"
    index_url_name = "library_download_report"
    index_results_url_name = "library_download_report_results"
    filterset_class = DownloadFilterSet
    export_filename = "downloads"
    list_export = ["title", "municipality", "kind_label", "downloads"]
    export_headings = {
        "title": _("Title"),
        "municipality": _("Municipality"),
        "kind_label": _("Kind"),
        "downloads": _("Downloads"),
    }

    def get_queryset(self):
        return (
            with_downloads(live_materials())
            .select_related("municipality")
            .order_by("-downloads", "title", "pk")
        )

    def decorate_paginated_queryset(self, object_list):
        materials = list(object_list)
        for material in materials:
            material.edit_url = reverse("wagtailadmin_pages:edit", args=[material.pk])
            material.kind_label = material.get_kind_display()
        return materials
