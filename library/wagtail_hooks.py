from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Phase, TargetGroup


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


class LibraryViewSetGroup(SnippetViewSetGroup):
    items = (TargetGroupViewSet, PhaseViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Library")
    menu_name = "library"


register_snippet(LibraryViewSetGroup)
