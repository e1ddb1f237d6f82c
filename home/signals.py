"""Keep a page's view restriction on all its translations; read a saved document's text.

wagtail-localize copies a restriction when it creates or updates a translation, but a
restriction added or changed later on one language would leave the other language's page
open. These handlers mirror it at once, in both directions. Removing a restriction is not
mirrored: that leaves the other language closed, which errs on the safe side (and a page
deleted in one language must not open its translation).
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction
from wagtail.search import index

from .models import DocumentText
from .tasks import extract_document_text


def _mirror(restriction, groups=False):
    """Copy the restriction's type and password, and with groups=True its groups, to the
    page's translations. Groups follow only a change of groups: a restriction is saved
    before its groups are set, and its empty set must not wipe the other language's."""
    for translation in restriction.page.get_translations(inclusive=False):
        mirrored = translation.view_restrictions.first()
        created = mirrored is None
        if created:
            mirrored = PageViewRestriction(page=translation)
        changed = (mirrored.restriction_type, mirrored.password) != (
            restriction.restriction_type,
            restriction.password,
        )
        if changed or created:
            mirrored.restriction_type = restriction.restriction_type
            mirrored.password = restriction.password
            mirrored.save()
        if groups or created:
            wanted = set(restriction.groups.all())
            if set(mirrored.groups.all()) != wanted:
                mirrored.groups.set(wanted)


@receiver(post_save, sender=PageViewRestriction)
def mirror_saved_restriction(sender, instance, raw=False, **kwargs):
    if not raw:
        _mirror(instance)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def mirror_restriction_groups(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(
        instance, PageViewRestriction
    ):
        _mirror(instance, groups=True)


@receiver(post_save, sender=get_document_model())
def read_document_text(sender, instance, raw=False, update_fields=None, **kwargs):
    """A saved document has its DocumentText at once (its title is searchable with it) and its
    file is read by the background queue once the save is committed, never in the request.
    Moving a document to another collection changes neither its file nor its title."""
    if raw or (update_fields is not None and not {"file", "title"} & set(update_fields)):
        return
    row, created = DocumentText.objects.get_or_create(document=instance)
    if not created:
        index.insert_or_update_object(row)  # the title may have changed
    if created or row.state == row.State.PENDING or row.file_hash != instance.file_hash:
        transaction.on_commit(lambda: extract_document_text.enqueue(instance.pk))
