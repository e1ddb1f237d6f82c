from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import BoardMember, Membership, Municipality


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "home"
    menu_label = _("Municipalities")
    list_display = ["name", "region", "status", "offering_since"]
    list_filter = ["region", "status"]
    search_fields = ["name", "official_name"]
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


class NetworkViewSetGroup(SnippetViewSetGroup):
    items = (MunicipalityViewSet, BoardMemberViewSet, MembershipViewSet)
    menu_icon = "globe"
    menu_label = _("Network")
    menu_name = "network"


register_snippet(NetworkViewSetGroup)
