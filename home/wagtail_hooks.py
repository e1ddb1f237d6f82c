from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .pagecache import note_page
from .roles import is_secretariat
from .translation_report import TranslationPanel, TranslationReportMenuItem, TranslationReportView
from .translations import DraftSyncView
from .users_admin import AssignRoleBulkAction, SetActiveStateBulkAction

# Registered after Wagtail's own (order=1): an action replaces the one of the same type before it.
for action_class in [AssignRoleBulkAction, SetActiveStateBulkAction]:
    hooks.register("register_bulk_action", action_class, order=1)


@hooks.register("register_admin_urls", order=-1)
def sync_translations_as_drafts():
    """wagtail-localize's sync address, answered by a view that never publishes: listed before
    wagtail-localize's own URLs, so it is the one that resolves."""
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            DraftSyncView.as_view(),
            name="sync_translation_as_draft",
        )
    ]


@hooks.register("register_admin_urls")
def translation_report_urls():
    return [
        path(
            "reports/translations/",
            TranslationReportView.as_view(),
            name="home_translation_report",
        ),
        path(
            "reports/translations/results/",
            TranslationReportView.as_view(results_only=True),
            name="home_translation_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return TranslationReportMenuItem(
        _("Translations"),
        reverse("home_translation_report"),
        name="translations",
        icon_name="globe",
        order=1200,
    )


@hooks.register("construct_homepage_panels")
def translation_panel(request, panels):
    if is_secretariat(request.user):
        panels.append(TranslationPanel())


# Marks the page being served, so that the page cache may store its response (home/pagecache.py).
hooks.register("before_serve_page", note_page)
