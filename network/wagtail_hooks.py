from urllib.parse import urlparse

from django.db.models import Count
from django.urls import Resolver404, path, resolve, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import Button
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from home.roles import is_secretariat

from . import admin_views, desk, invitations, meetings_admin, onboarding_admin
from .admin_access import ExplorerPageViewSet, MunicipalityChooserViewSet, contributor_may_open
from .attachments import attached_documents, is_public, used_without_login
from .localdata import admin_views as localdata
from .models import (
    BoardMember,
    FundingOpportunity,
    JoinRequest,
    MeetingPage,
    Membership,
    Municipality,
    Onboarding,
)
from .permissions import (
    ContributorPagePermissionPolicy,
    DocumentPermissionPolicy,
    is_contributor_only,
    pages_for_contributor,
)

# Registered here, as Wagtail asks, before anything looks a policy up. Documents by their exact
# class: the documents app registers its own policy when it is ready, which may come later.
register_permission_policy(Page, ContributorPagePermissionPolicy())
register_permission_policy(get_document_model(), DocumentPermissionPolicy(), exact_class=True)


@hooks.register("register_admin_viewset")  # after Wagtail's own for Page, which it replaces
def register_page_viewset():
    return ExplorerPageViewSet()


def longest_searched_value(model, lookups):
    """The longest value any of the searched columns can hold (`municipality__name` followed)."""
    longest = 0
    for lookup in lookups:
        current = model
        *relations, name = lookup.split("__")
        for relation in relations:
            current = current._meta.get_field(relation).related_model
        longest = max(longest, current._meta.get_field(name).max_length or 0)
    return longest


class BoundedSearchIndexView(IndexView):
    def search_queryset(self, queryset):
        # A term longer than every searched column matches nothing; saying so before the database
        # is asked spares SQLite a LIKE pattern it refuses (over 50,000 bytes).
        if len(self.search_query) > longest_searched_value(self.model, self.search_fields):
            return queryset.none()
        return super().search_queryset(queryset)


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    index_view_class = BoundedSearchIndexView
    chooser_viewset_class = MunicipalityChooserViewSet
    icon = "home"
    menu_label = _("Municipalities")
    list_display = ["name", "region", "status", "offering_since"]
    list_filter = ["region", "status"]
    search_fields = ["name", "official_name"]
    # A plain filter on the columns: the search backend cannot count sorted results on SQLite.
    search_backend_name = None
    ordering = ["name"]
    list_per_page = 100


class BoardMemberViewSet(SnippetViewSet):
    model = BoardMember
    icon = "group"
    menu_label = _("Advisory board")
    list_display = ["name", "organisation", "role", "term_start", "term_end"]
    list_filter = ["role", "sector"]
    search_fields = ["name", "organisation"]


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "user"
    menu_label = _("Users' municipalities")
    list_display = ["user", "municipality"]
    list_filter = ["municipality"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "municipality__name"]


class JoinRequestViewSet(SnippetViewSet):
    model = JoinRequest
    index_view_class = BoundedSearchIndexView
    icon = "mail"
    menu_label = _("Requests to join")
    list_display = [
        "municipality",
        "contact_name",
        "email",
        "expected_quarter",
        "births_per_year",
        "created_at",
    ]
    search_fields = ["contact_name", "email", "municipality__name"]
    search_backend_name = None
    ordering = ["-created_at"]


class OnboardingViewSet(SnippetViewSet):
    model = Onboarding
    index_view_class = BoundedSearchIndexView
    icon = "tasks"
    menu_label = _("Onboarding")
    list_display = ["municipality", "progress", "first_course", "updated_at"]
    search_fields = ["municipality__name"]
    search_backend_name = None
    ordering = ["municipality__name"]


class FundingOpportunityViewSet(SnippetViewSet):
    """The secretariat's list of funding opportunities, soonest deadline first, with how many
    follow each (the names of the followers stay with them)."""

    model = FundingOpportunity
    index_view_class = BoundedSearchIndexView
    icon = "calendar-check"
    menu_label = _("Funding opportunities")
    list_display = [
        "fund",
        "deadline",
        "status",
        Column("follower_count", label=_("Followers"), sort_key="follower_count"),
    ]
    list_filter = ["status"]
    search_fields = ["fund", "fund_en", "topic"]
    search_backend_name = None

    def get_queryset(self, request):
        return FundingOpportunity.objects.annotate(follower_count=Count("follows"))


class NetworkViewSetGroup(SnippetViewSetGroup):
    items = (
        MunicipalityViewSet,
        JoinRequestViewSet,
        OnboardingViewSet,
        BoardMemberViewSet,
        MembershipViewSet,
        FundingOpportunityViewSet,
    )
    menu_icon = "globe"
    menu_label = _("Network")
    menu_name = "network"


register_snippet(NetworkViewSetGroup)


class SecretariatMenuItem(MenuItem):
    def is_shown(self, request):
        return is_secretariat(request.user)


@hooks.register("register_admin_urls")
def local_data_urls():
    return [
        path("local-data/", localdata.OverviewView.as_view(), name="network_local_data"),
        path(
            "local-data/export/",
            localdata.ExportView.as_view(),
            name="network_local_data_export",
        ),
        path("local-data/final/", localdata.FinalView.as_view(), name="network_local_data_final"),
    ]


@hooks.register("register_admin_urls")
def register_invitation_urls():
    return [
        path("invitations/", admin_views.InviteUserView.as_view(), name="network_invite_user"),
        path(
            "invitations/<int:user_id>/resend/",
            admin_views.resend_invitation,
            name="network_resend_invitation",
        ),
    ]


@hooks.register("register_admin_urls")
def register_onboarding_urls():
    return [
        path(
            "onboarding/start/",
            onboarding_admin.start_onboarding,
            name="network_start_onboarding",
        ),
    ]


@hooks.register("register_admin_menu_item")
def local_data_menu_item():
    return SecretariatMenuItem(
        _("Local data"),
        reverse("network_local_data"),
        name="local-data",
        icon_name="table",
        order=350,
    )


@hooks.register("register_admin_viewset")
def local_report_viewset():
    return localdata.LocalReportViewSet()


@hooks.register("register_settings_menu_item")
def register_invitation_menu_item():
    # Beside Wagtail's own "Users" (order 600) in the Settings menu.
    return SecretariatMenuItem(
        _("Invite user"), reverse("network_invite_user"), icon_name="mail", order=601
    )


@hooks.register("register_log_actions")
def register_invitation_log_actions(actions):
    actions.register_action(invitations.INVITE_ACTION, _("Invite user"), _("User invited"))
    actions.register_action(
        invitations.RESEND_ACTION, _("Send invitation again"), _("Invitation sent again")
    )


# Contributors see in the admin what concerns their municipality (see `admin_access.py`).


@hooks.register("construct_page_chooser_queryset")
def contributors_choose_among_their_pages(pages, request):
    return pages_for_contributor(pages, request.user)


def leads_where_contributors_go(url):
    path = urlparse(str(url)).path
    if not path.startswith(reverse("wagtailadmin_home")):
        return True  # a submenu ("#"), or a link out of the admin
    try:
        return contributor_may_open(resolve(path))
    except Resolver404:
        return False


@hooks.register("construct_main_menu")
@hooks.register("construct_reports_menu")
@hooks.register("construct_settings_menu")
def show_contributors_what_they_may_open(request, menu_items):
    if is_contributor_only(request.user):
        menu_items[:] = [
            item for item in menu_items if leads_where_contributors_go(getattr(item, "url", ""))
        ]


@hooks.register("construct_homepage_summary_items", order=100)  # after Wagtail's own
def count_only_pages_for_contributors(request, summary_items):
    """The documents and images summaries lead to libraries contributors may not open."""
    if is_contributor_only(request.user):
        summary_items[:] = [item for item in summary_items if isinstance(item, PagesSummaryItem)]


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_of_files_that_stay_public(request, page):
    """A file attached in the professional area moves behind the login, unless a public page
    uses it too (see `PrivateFileMixin`): then the editor learns that it stays public."""
    for document in attached_documents(page):
        if is_public(document) and used_without_login(document, page_id=page.pk):
            messages.warning(
                request,
                _(
                    "“%(title)s” is also used on a public page, so it stays public: anyone with "
                    "its address can download it. Upload a copy if it should be private."
                )
                % {"title": document.title},
            )


# Meeting sign-up: the secretariat's lists, the CSV file and the minutes (see `meetings_admin.py`).


@hooks.register("register_admin_urls")
def meeting_registration_urls():
    return [
        path(
            "meeting-registrations/",
            meetings_admin.MeetingListView.as_view(),
            name="network_meeting_registrations",
        ),
        path(
            "meeting-registrations/<int:meeting_id>/",
            meetings_admin.RegistrationsView.as_view(),
            name="network_meeting_registration_list",
        ),
        path(
            "meeting-registrations/<int:meeting_id>/export/",
            meetings_admin.export_registrations,
            name="network_meeting_registrations_export",
        ),
        path(
            "meeting-registrations/<int:meeting_id>/minutes/",
            meetings_admin.publish_minutes,
            name="network_meeting_publish_minutes",
        ),
    ]


@hooks.register("register_admin_menu_item")
def meeting_registrations_menu_item():
    return SecretariatMenuItem(
        _("Meeting registrations"),
        reverse("network_meeting_registrations"),
        name="meeting-registrations",
        icon_name="group",
        order=340,
    )


@hooks.register("register_page_listing_more_buttons")
@hooks.register("register_page_header_buttons")
def meeting_registrations_button(page, user, *args, **kwargs):
    if issubclass(page.specific_class or object, MeetingPage) and is_secretariat(user):
        yield Button(
            _("Registrations"),
            url=reverse("network_meeting_registration_list", args=[page.pk]),
            icon_name="group",
            priority=45,
        )


# The secretariat's desk on the dashboard (see `desk.py` and `home.desk`): nobody else's.


@hooks.register("construct_homepage_panels")
def secretariat_desk(request, panels):
    if is_secretariat(request.user):
        panels.extend(panel() for panel in desk.PANELS)
