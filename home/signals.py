"""Keep a page's view restriction on all its translations; read a saved document's text; keep
a handbook's change log and have its PDF made again when a chapter changes.

wagtail-localize copies a restriction when it creates or updates a translation, but a
restriction added or changed later on one language would leave the other language's page
open. These handlers mirror it at once, in both directions. Removing a restriction is not
mirrored: that leaves the other language closed, which errs on the safe side (and a page
deleted in one language must not open its translation).
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import DocumentText, HandbookChange, HandbookChapterPage, HandbookPage
from .tasks import extract_document_text, make_handbook_pdf


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


def make_pdf_after_commit(handbook_id):
    """Ask the queue for the handbook's PDF once the transaction commits, never in the request
    that publishes: once however many of its chapters the transaction publishes."""
    connection = transaction.get_connection()
    for _savepoints, callback, _robust in connection.run_on_commit:
        if getattr(callback, "handbook_pdf_of", None) == handbook_id and not callback.done:
            return

    def enqueue():
        enqueue.done = True
        make_handbook_pdf.enqueue(handbook_id)

    enqueue.done = False
    enqueue.handbook_pdf_of = handbook_id
    transaction.on_commit(enqueue)


def _handbook_above(chapter_path):
    parent_path = chapter_path[: -HandbookChapterPage.steplen]
    return HandbookPage.objects.filter(path=parent_path).values_list("pk", flat=True).first()


def log_change(chapter, revision=None):
    """The chapter's "what changed" note into its handbook's change log, then emptied: on the
    live page and in the published revision, so that the next edit starts without it."""
    note = chapter.change_note.strip()
    handbook_id = _handbook_above(chapter.path)
    if not note or handbook_id is None:
        return
    HandbookChange.objects.create(
        handbook_id=handbook_id, chapter=chapter, chapter_title=chapter.title, note=note
    )
    chapter.change_note = ""
    HandbookChapterPage.objects.filter(pk=chapter.pk).update(change_note="")
    for stored in {revision, chapter.latest_revision} - {None}:
        if stored.content.get("change_note"):
            stored.content["change_note"] = ""
            stored.save(update_fields=["content"])


@receiver(page_published, sender=HandbookChapterPage)
def chapter_published(sender, instance, revision=None, **kwargs):
    log_change(instance, revision)
    if handbook_id := _handbook_above(instance.path):
        make_pdf_after_commit(handbook_id)


@receiver(page_unpublished, sender=HandbookChapterPage)
@receiver(post_delete, sender=HandbookChapterPage)
def chapter_gone(sender, instance, **kwargs):
    if handbook_id := _handbook_above(instance.path):
        make_pdf_after_commit(handbook_id)


@receiver(post_page_move, sender=HandbookChapterPage)
def chapter_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """A new order of the chapters, or a chapter moved to another handbook: both PDFs change."""
    for parent in {parent_page_before.pk, parent_page_after.pk}:
        if HandbookPage.objects.filter(pk=parent).exists():
            make_pdf_after_commit(parent)


@receiver(page_published, sender=HandbookPage)
@receiver(page_unpublished, sender=HandbookPage)
def handbook_published(sender, instance, **kwargs):
    make_pdf_after_commit(instance.pk)
