"""Files attached to the pages of the professional area: they live in its restricted collection."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from ..attachments import is_public, used_without_login
from ..documents import professional_collection


class PrivateFileMixin:
    """A file attached to a page of the professional area lives in its restricted collection,
    wherever the editor uploaded it: otherwise its document address would be public. A file
    that a public page or anything else uses too stays where it is, or that page's download
    would break; the editor is warned that it stays public (see `wagtail_hooks.py`)."""

    def save(self, *args, **kwargs):
        document = self.document if self.document_id else None
        if (
            document is not None
            and is_public(document)
            and not used_without_login(document, page_id=self.page_id)
        ):
            document.collection = professional_collection()
            document.save(update_fields=["collection"])
        super().save(*args, **kwargs)


class AttachedFile(PrivateFileMixin, Orderable):
    """A document attached to a page of the professional area, with an optional title."""

    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty to use the document's title."),
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    def display_title(self):
        return self.title or self.document.title

    class Meta(Orderable.Meta):
        abstract = True
