"""Keep a material's target groups and phases the same in every language.

wagtail-localize translates text and synchronises foreign keys and tags, but leaves
many-to-many fields as they were copied; the facets would drift apart between languages.
"""

from wagtail.models import Locale
from wagtail.signals import page_published

from .models import MaterialPage


def mirror_vocabularies(sender, instance, **kwargs):
    default = Locale.get_default()
    if instance.locale_id == default.pk:
        source, targets = instance, list(instance.get_translations().specific())
    else:
        source = instance.get_translation_or_none(default)
        if source is None:
            return
        source, targets = source.specific, [instance]
    groups, phases = list(source.target_groups.all()), list(source.phases.all())
    for target in targets:
        target.target_groups.set(groups)
        target.phases.set(phases)
        target.save(update_fields=["target_groups", "phases"])  # writes just the relations


def connect():
    page_published.connect(mirror_vocabularies, sender=MaterialPage, dispatch_uid="library.mirror")
