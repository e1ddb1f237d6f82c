"""The part of the admin a municipality contributor may open, and what they find there.

Contributors write and follow their municipality's contributions in the page editor; the rest
of the admin (reports, the documents and images libraries, snippets, settings, translation
tools, the admin APIs for documents and images, bulk actions on anything but pages) shows or
changes the whole site. Wagtail opens several of those views to anyone who may edit some page
or add some file, so this middleware lets contributors reach only the views named below; what
they see inside those is narrowed by the permission policies in `permissions.py`. Everyone who
is not the secretariat counts as a contributor here: a new admin view stays closed to them until
it is added to this list.

Two views that contributors do use list more than their permissions say: the explorer's filters
name everyone who owns or edited any page, and the municipality chooser offers every
municipality. Both are narrowed here.
"""

from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.pages.listing import GenericPageFilterSet
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, PageLogEntry
from wagtail.permissions import policy_registry
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenView,
)

from .permissions import is_contributor_only
from .roles import contribution_municipalities

# Namespaces whose every view contributors may open: the page editor and the choosers it uses.
CONTRIBUTOR_NAMESPACES = {
    "wagtailadmin_pages",
    "wagtailadmin_editing_sessions",
    "wagtaildocs_chooser",
    "wagtailimages_chooser",
    "wagtailembeds",
    "wagtailadmin_api:pages",
    "wagtailsnippetchoosers_network_municipality",
}
# Single views contributors may open.
CONTRIBUTOR_VIEWS = {
    "wagtailadmin_home",
    "wagtailadmin_account",
    "wagtailadmin_logout",
    "wagtailadmin_login",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_dismissibles",
    "wagtailadmin_block_preview",
    "wagtailadmin_explore_root",
    "wagtailadmin_explore",
    "wagtailadmin_explore_results",
    "wagtailadmin_choose_page",
    "wagtailadmin_choose_page_child",
    "wagtailadmin_choose_page_search",
    "wagtailadmin_choose_page_chosen_multiple",
    "wagtailadmin_choose_page_external_link",
    "wagtailadmin_choose_page_email_link",
    "wagtailadmin_choose_page_phone_link",
    "wagtailadmin_choose_page_anchor_link",
    "wagtailadmin_tag_autocomplete",
    "wagtailadmin_tag_model_autocomplete",
    "wagtail_localize:javascript_catalog",
}
# Views of the namespaces above that still show the whole site.
CLOSED_VIEWS = {
    "wagtailadmin_pages:type_use",  # every page of a type, whoever contributed it
    "wagtailadmin_pages:type_use_results",
}


def contributor_may_open(match):
    """Whether a contributor may open the view `match` (a ResolverMatch) resolves to."""
    if match.view_name in CLOSED_VIEWS:
        return False
    if match.view_name in CONTRIBUTOR_VIEWS or match.namespace in CONTRIBUTOR_NAMESPACES:
        return True
    if match.url_name == "wagtail_bulk_action":
        return (match.kwargs.get("app_label"), match.kwargs.get("model_name")) == (
            "wagtailcore",
            "page",
        )
    # Wagtail's own "page not found" for any other address under /admin/.
    return match.view_name == "wagtail.admin.views.home.default"


class ContributorAdminMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if (
            match is None
            or not request.path.startswith(reverse("wagtailadmin_home"))
            or not is_contributor_only(request.user)
            or not request.user.has_perm("wagtailadmin.access_admin")  # Wagtail refuses them
            or contributor_may_open(match)
        ):
            return None
        return permission_denied(request)


# What contributors find in the views they open


def explorable_pages(user):
    return policy_registry.get_by_type(Page).explorable_instances(user)


class ExplorablePageFilterSet(GenericPageFilterSet):
    """The explorer's filters, naming as owners and editors only the people of the pages the
    user may explore: Wagtail lists everyone who owns or edited any page, so a contributor
    would learn who contributes for the other municipalities."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["owner"].queryset = owners_of_explorable_pages
        self.filters["edited_by"].queryset = editors_of_explorable_pages


def owners_of_explorable_pages(request):
    pages = explorable_pages(request.user)
    return get_user_model().objects.filter(pk__in=pages.values("owner_id"))


def editors_of_explorable_pages(request):
    edits = PageLogEntry.objects.filter(
        action="wagtail.edit", page__in=explorable_pages(request.user).values("pk")
    )
    return get_user_model().objects.filter(pk__in=edits.values("user_id"))


class ExplorerPageViewSet(PageViewSet):
    """Wagtail's page views, with the explorer's filters of `ExplorablePageFilterSet`."""

    filterset_class = ExplorablePageFilterSet


class OwnMunicipalitiesMixin:
    """Contributors choose among the municipalities they contribute for."""

    def get_object_list(self):
        return contribution_municipalities(self.request.user)


class MunicipalityChooseView(OwnMunicipalitiesMixin, ChooseView):
    pass


class MunicipalityChooseResultsView(OwnMunicipalitiesMixin, ChooseResultsView):
    pass


class MunicipalityChosenView(SnippetChosenView):
    def get_object(self, pk):
        return contribution_municipalities(self.request.user).get(pk=pk)


class MunicipalityChooserViewSet(SnippetChooserViewSet):
    choose_view_class = MunicipalityChooseView
    choose_results_view_class = MunicipalityChooseResultsView
    chosen_view_class = MunicipalityChosenView
