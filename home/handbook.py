"""Handbooks: the concept description and the professionals' playbook, in ordered chapters.

A handbook is a page whose children are its chapters, in the page tree's order (editors reorder
them in the admin). It shows a table of contents, the chapters' change log (with an Atom feed
that municipalities can follow) and a PDF of the whole handbook. The PDF is made by the
background queue whenever the handbook or one of its chapters is published, unpublished or moved
(home/handbook_pdf.py), never in the request that publishes. The PDF and the feed are sub-routes
of the page, so Wagtail checks the page's view restrictions before either is served: a private
playbook's PDF and feed go only to readers who may view the playbook.

The ground floor names no page type of the apps above it: an app whose page may hold handbooks
(the professional area) lists it in `handbook_parent_page_types` on its AppConfig.
"""

from django.apps import apps
from django.contrib.syndication.views import Feed
from django.db import models
from django.http import FileResponse, Http404
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.coreutils import resolve_model_string
from wagtail.fields import StreamField
from wagtail.search import index

from .blocks import HandbookStreamBlock
from .dates import local_day
from .models import BasePage
from .privacy import is_restricted, viewable_pages

# How long a browser or a shared cache may keep a public handbook's PDF or feed.
PUBLIC_MAX_AGE = 60 * 10
CHANGES_ON_PAGE = 20
CHANGES_IN_FEED = 50


class HandbookPage(RoutablePageMixin, BasePage):
    """A handbook: its chapters are the pages under it, in the order shown in the admin. The
    page shows their table of contents, a PDF of the whole handbook and a change log."""

    parent_page_types = ["home.HomePage", "home.ConceptPage"]
    subpage_types = ["home.HandbookChapterPage"]

    class Meta:
        verbose_name = _("handbook")
        verbose_name_plural = _("handbooks")

    @classmethod
    def clean_parent_page_models(cls):
        """The home page, and the pages that apps further up name in their AppConfig's
        `handbook_parent_page_types` (the professional area)."""
        if cls._clean_parent_page_models is None:
            labels = list(cls.parent_page_types)
            for app_config in apps.get_app_configs():
                labels.extend(getattr(app_config, "handbook_parent_page_types", ()))
            cls._clean_parent_page_models = [
                resolve_model_string(label, cls._meta.app_label) for label in labels
            ]
        return cls._clean_parent_page_models

    def chapters(self, request):
        """The live chapters the reader may view, in the tree's order."""
        pages = HandbookChapterPage.objects.child_of(self).live()
        return viewable_pages(pages, request).order_by("path")

    def version_moment(self):
        """When the handbook or one of its live chapters was last published."""
        moments = [
            self.last_published_at,
            *HandbookChapterPage.objects.child_of(self)
            .live()
            .values_list("last_published_at", flat=True),
        ]
        moments = [moment for moment in moments if moment]
        return max(moments) if moments else None

    def stored_pdf(self):
        return HandbookPdf.objects.filter(handbook=self).first()

    def pdf_url(self):
        return self.url + self.reverse_subpage("pdf")

    def feed_url(self):
        return self.url + self.reverse_subpage("feed")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chapters"] = self.chapters(request)
        context["pdf"] = self.stored_pdf()
        context["changes"] = self.changes.all()[:CHANGES_ON_PAGE]
        return context

    @path("pdf/", name="pdf")
    def pdf(self, request):
        """The whole handbook as a PDF, for whoever may view the page (Wagtail has checked)."""
        stored = self.stored_pdf()
        if stored is None:
            raise Http404
        try:
            handle = stored.file.open("rb")
        except OSError as error:  # the row outlived its file: the queue will make another
            raise Http404 from error
        response = FileResponse(
            handle,
            as_attachment=True,
            filename=stored.filename(),
            content_type="application/pdf",
        )
        return self._cache_for_readers(response)

    @path("feed/", name="feed")
    def feed(self, request):
        """The change log as an Atom feed, for whoever may view the page (Wagtail has checked)."""
        return self._cache_for_readers(HandbookChangesFeed()(request, handbook=self))

    def _cache_for_readers(self, response):
        if is_restricted(self):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
            patch_vary_headers(response, ["Cookie"])
        else:
            patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
        return response


class HandbookChapterPage(BasePage):
    """A chapter of a handbook: running text, checklists and templates to download. Write what
    changed in "What changed" before you publish: it goes into the handbook's change log."""

    body = StreamField(HandbookStreamBlock(), verbose_name=_("body"), blank=True)
    change_note = models.CharField(
        _("what changed"),
        max_length=300,
        blank=True,
        help_text=_(
            "One sentence for the change log that municipalities follow, e.g. 'New checklist "
            "for the first meeting'. Emptied once published; leave it empty for small fixes."
        ),
    )

    content_panels = BasePage.content_panels + [FieldPanel("body"), FieldPanel("change_note")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HandbookPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("handbook chapter")
        verbose_name_plural = _("handbook chapters")

    def revised_on(self):
        """The day the chapter was last published, on Copenhagen's calendar."""
        return local_day(self.last_published_at) if self.last_published_at else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        handbook = self.get_parent().specific
        chapters = list(handbook.chapters(request))
        position = next((i for i, c in enumerate(chapters) if c.pk == self.pk), None)
        context["handbook"] = handbook
        context["chapters"] = chapters
        if position is not None:
            context["number"] = position + 1
            context["previous_chapter"] = chapters[position - 1] if position > 0 else None
            context["next_chapter"] = (
                chapters[position + 1] if position + 1 < len(chapters) else None
            )
        return context


class HandbookChange(models.Model):
    """One entry of a handbook's change log: the note a chapter was published with."""

    handbook = models.ForeignKey(
        HandbookPage, on_delete=models.CASCADE, related_name="changes", verbose_name=_("handbook")
    )
    chapter = models.ForeignKey(
        HandbookChapterPage,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("chapter"),
    )
    # Kept as it was when published: the log still reads right if the chapter is renamed or goes.
    chapter_title = models.CharField(_("chapter title"), max_length=255)
    note = models.CharField(_("what changed"), max_length=300)
    date = models.DateTimeField(_("date"), default=timezone.now)

    class Meta:
        verbose_name = _("handbook change")
        verbose_name_plural = _("handbook changes")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.chapter_title}: {self.note}"

    def day(self):
        return local_day(self.date)


class HandbookPdf(models.Model):
    """The PDF of a whole handbook, made by the background queue (home/handbook_pdf.py). Kept
    apart from the page so that no revision, copy or translation of the page carries it. Its
    file lies outside every address the site serves by path: only the page's PDF route gives it."""

    handbook = models.OneToOneField(
        HandbookPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("handbook")
    )
    file = models.FileField(_("file"), upload_to="handbooks/")
    version = models.DateField(_("version date"))
    size = models.PositiveIntegerField(_("size in bytes"))
    made_at = models.DateTimeField(_("made at"), default=timezone.now)

    class Meta:
        verbose_name = _("handbook PDF")
        verbose_name_plural = _("handbook PDFs")

    def __str__(self):
        return self.filename()

    def filename(self):
        return f"{self.handbook.slug}-{self.version.isoformat()}.pdf"


class HandbookChangesFeed(Feed):
    """A handbook's change log, newest first, as Atom."""

    feed_type = Atom1Feed

    def get_object(self, request, handbook):
        self.handbook_url = handbook.url
        return handbook

    def title(self, handbook):
        return _("Changes to %(title)s") % {"title": handbook.title}

    def link(self, handbook):
        return handbook.url

    def subtitle(self, handbook):
        return handbook.introduction

    def items(self, handbook):
        return handbook.changes.all()[:CHANGES_IN_FEED]

    def item_title(self, change):
        return change.chapter_title

    def item_description(self, change):
        return change.note

    def item_link(self, change):
        return f"{self.handbook_url}#change-{change.pk}"

    def item_guid(self, change):
        return f"handbook-change-{change.pk}"

    def item_pubdate(self, change):
        return change.date

    def item_updateddate(self, change):
        return change.date
