"""What the library does when its content changes.

Keep a material's target groups and phases the same in every language: wagtail-localize
translates text and synchronises foreign keys and tags, but leaves many-to-many fields as
they were copied; the facets would drift apart between languages.

Forget the facet indexes (see facets.py) whenever something they are built from changes:
a material is published, unpublished, saved, moved or deleted; its files, tags, target
groups or phases change; or a vocabulary the facets use (tags, target groups, phases,
municipalities, the English names of themes) is edited or deleted; or the text of a file has
been read.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from taggit.models import Tag
from wagtail.models import Locale
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.models import DocumentText
from network.models import Municipality

from .facets import FacetIndex
from .models import MaterialFile, MaterialPage, MaterialTag, Phase, TargetGroup, ThemeName


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


def forget_facets(sender, **kwargs):
    FacetIndex.invalidate()


def forget_facets_after_m2m(sender, action, **kwargs):
    if action.startswith("post_"):
        FacetIndex.invalidate()


def connect():
    page_published.connect(mirror_vocabularies, sender=MaterialPage, dispatch_uid="library.mirror")
    for signal in (page_published, page_unpublished):
        signal.connect(forget_facets, sender=MaterialPage, dispatch_uid="library.facets")
    # A move can carry materials along with any ancestor: every move counts.
    post_page_move.connect(forget_facets, dispatch_uid="library.facets")
    # DocumentText: the text of a file, read in the background after it was attached.
    models = (MaterialPage, MaterialFile, MaterialTag, Tag, TargetGroup, Phase, Municipality)
    # A theme's English name: the facets' labels are cached with the index (facets.Vocabulary).
    models += (ThemeName,)
    for model in (*models, DocumentText):
        for signal in (post_save, post_delete):
            signal.connect(forget_facets, sender=model, dispatch_uid="library.facets")
    for through in (MaterialPage.target_groups.through, MaterialPage.phases.through):
        m2m_changed.connect(forget_facets_after_m2m, sender=through, dispatch_uid="library.facets")
