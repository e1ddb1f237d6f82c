from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet, SnippetViewSetGroup

from home.desk import SecretariatMenuItem
from home.roles import is_secretariat

from .desk import DownloadReportView, DownloadsPanel, ReviewReportView, ReviewsPanel
from .models import Phase, TargetGroup, ThemeName


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = _("Target groups")
    list_display = ["name", "name_en", "sort_order"]


class PhaseViewSet(SnippetViewSet):
    model = Phase
    icon = "date"
    menu_label = _("Phases")
    list_display = ["name", "name_en", "sort_order"]


class ThemeNameCreateView(CreateView):
    """The translation overview links a theme without an English name here with `?tag=<id>`:
    the form opens with that theme chosen."""

    def get_initial(self):
        initial = super().get_initial()
        tag = self.request.GET.get("tag", "")
        if tag.isdigit() and len(tag) < 19:
            initial["tag"] = int(tag)
        return initial


class ThemeNameViewSet(SnippetViewSet):
    model = ThemeName
    add_view_class = ThemeNameCreateView
    icon = "tag"
    menu_label = _("Themes in English")
    list_display = ["tag", "name_en"]


class LibraryViewSetGroup(SnippetViewSetGroup):
    items = (TargetGroupViewSet, PhaseViewSet, ThemeNameViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Library")
    menu_name = "library"


register_snippet(LibraryViewSetGroup)


# The secretariat's desk on the dashboard (see `desk.py` and `home.desk`): nobody else's.


@hooks.register("construct_homepage_panels")
def secretariat_desk(request, panels):
    if is_secretariat(request.user):
        panels.extend([ReviewsPanel(), DownloadsPanel()])


@hooks.register("register_admin_urls")
def desk_report_urls():
    return [
        path("reports/reviews/", ReviewReportView.as_view(), name="library_review_report"),
        path(
            "reports/reviews/results/",
            ReviewReportView.as_view(results_only=True),
            name="library_review_report_results",
        ),
        path("reports/downloads/", DownloadReportView.as_view(), name="library_download_report"),
        path(
            "reports/downloads/results/",
            DownloadReportView.as_view(results_only=True),
            name="library_download_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def review_report_menu_item():
    return SecretariatMenuItem(
        _("Materials due for review"),
        reverse("library_review_report"),
        name="material-reviews",
        icon_name="history",
        order=1210,
    )


@hooks.register("register_reports_menu_item")
def download_report_menu_item():
    return SecretariatMenuItem(
        _("Downloads"),
        reverse("library_download_report"),
        name="downloads",
        icon_name="download",
        order=1220,
    )
