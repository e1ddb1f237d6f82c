from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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


class ThemeNameViewSet(SnippetViewSet):
    model = ThemeName
    icon = "tag"
    menu_label = _("Themes in English")
    list_display = ["tag", "name_en"]


class LibraryViewSetGroup(SnippetViewSetGroup):
    items = (TargetGroupViewSet, PhaseViewSet, ThemeNameViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Library")
    menu_name = "library"


register_snippet(LibraryViewSetGroup)
