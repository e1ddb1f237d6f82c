from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from . import personal_data
from .pagecache import note_page
from .personal_data_admin import PersonalDataView
from .readercache import serve_shared
from .roles import is_secretariat
from .translation_report import TranslationPanel, TranslationReportMenuItem, TranslationReportView
from .translations import DraftSyncView
from .users_admin import AssignRoleBulkAction, SetActiveStateBulkAction, may_manage

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
        _("Translation overview"),
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
# After Wagtail's view restriction check (order 0), which thus runs for stored pages too.
hooks.register("on_serve_page", serve_shared, order=100)


# One person's data: export and erasure for the secretariat (see `personal_data.py`).


@hooks.register("register_admin_urls")
def personal_data_urls():
    return [
        path(
            "users/<int:user_id>/personal-data/",
            PersonalDataView.as_view(),
            name="home_personal_data",
        )
    ]


@hooks.register("register_user_listing_buttons")
def personal_data_button(user, request_user):
    if is_secretariat(request_user) and may_manage(request_user, user):
        yield Button(
            _("Personal data"),
            url=reverse("home_personal_data", args=[user.pk]),
            icon_name="download",
            priority=60,
        )


@hooks.register("register_log_actions")
def personal_data_log_actions(actions):
    for action, label, message in personal_data.LOG_ACTIONS:
        actions.register_action(action, label, message)


@hooks.register("insert_global_admin_css")
def admin_in_the_site_colours():
    return format_html('<link rel="stylesheet" href="{}">', static("home/css/admin.css"))
