"""New materials in the themes a member chose, announced through home/notifications.py. Themes
are the library's tags: one set for both languages, named in English where the secretariat
gave a name (`ThemeName`). Choosing no theme means every new material."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.signals import page_published

from home.notifications import Kind, page_items, register
from home.tasks import queue_immediate_notifications
from network.models.funding import danish_sort_key

from .models import MaterialPage, theme_labels

MATERIALS = "materials"


def themes(language):
    """[(slug, name)] of the themes of the published materials, in alphabetical order."""
    tags = Tag.objects.filter(library_materialtag_items__content_object__live=True).distinct()
    with translation.override(language):
        labels = theme_labels(tags)
    return sorted(labels, key=lambda pair: danish_sort_key(pair[1]))


def new_materials(user, since, reader, language, options):
    """Materials published since `since`, in one of the chosen themes (any, if none chosen)."""
    pages = MaterialPage.objects.filter(first_published_at__gte=since)
    chosen = [slug for slug in options.get("choices", []) if isinstance(slug, str)]
    if chosen:
        pages = pages.filter(tagged_items__tag__slug__in=chosen).distinct()
    return page_items(MATERIALS, pages, reader, language, "first_published_at")


def material_published(sender, **kwargs):
    queue_immediate_notifications()


def connect():
    register(
        Kind(
            key=MATERIALS,
            label=_("New materials in the library"),
            help_text=_("Methods, tools and materials as they are published in the library."),
            items=new_materials,
            order=40,
            option_label=_("Only in these themes"),
            hint=_("Tick none to hear of every new material."),
            choices=themes,
        )
    )
    page_published.connect(
        material_published, sender=MaterialPage, dispatch_uid="library.notifications"
    )
