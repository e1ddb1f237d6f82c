"""The library: methods, tools and materials that professionals find, filter and download."""

import os

from django import forms
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.models import BasePage, DocumentText
from home.params import text_param, words
from home.privacy import viewable_pages, visible_attachments
from home.search_language import backend_for_language
from network.models.files import PrivateFileMixin
from network.permissions import (
    ContributionPageForm,
    ContributorPermissionsMixin,
    MunicipalityContributionMixin,
)
from network.roles import ContributionParent


class Vocabulary(models.Model):
    """A fixed list of terms for one facet, named in Danish and English."""

    name = models.CharField(_("name (Danish)"), max_length=80)
    name_en = models.CharField(_("name (English)"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("name_en")]),
        FieldRowPanel([FieldPanel("slug"), FieldPanel("sort_order")]),
    ]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.label

    @property
    def label(self):
        if translation.get_language() == "en" and self.name_en:
            return self.name_en
        return self.name


class TargetGroup(Vocabulary):
    """Whom a material is for: expectant first-time parents, fathers, professionals ..."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class Phase(Vocabulary):
    """When in the family's life a material is used: pregnancy, the first year ..."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("phase")
        verbose_name_plural = _("phases")


class ThemeName(models.Model):
    """The English name of a theme: themes are tags, one set shared by both languages, named
    in Danish by whoever tags a material; English pages show this name where there is one, and
    the English library's addresses and filters use its English slug."""

    tag = models.OneToOneField(
        Tag, on_delete=models.CASCADE, related_name="english", verbose_name=_("theme")
    )
    name_en = models.CharField(_("name (English)"), max_length=100)
    slug_en = models.SlugField(
        _("slug (English)"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_(
            "The theme in the English library's addresses. Left empty, it is made from the "
            "English name."
        ),
    )

    panels = [FieldPanel("tag"), FieldRowPanel([FieldPanel("name_en"), FieldPanel("slug_en")])]

    class Meta:
        verbose_name = _("theme in English")
        verbose_name_plural = _("themes in English")
        ordering = ["tag__name"]

    def __str__(self):
        return f"{self.tag.name} – {self.name_en}"

    def save(self, *args, **kwargs):
        self.fill_slug()
        super().save(*args, **kwargs)

    def clean(self):
        # Here and not only in save(): the form then checks the slug made is free.
        self.fill_slug()

    def fill_slug(self):
        """An empty English slug is made from the English name, numbered if another theme has
        it already."""
        if self.slug_en:
            return
        base = slugify(self.name_en)[:90] or "theme"
        taken = set(
            ThemeName.objects.exclude(pk=self.pk)
            .filter(slug_en__startswith=base)
            .values_list("slug_en", flat=True)
        )
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        self.slug_en = slug


def theme_labels(tags, addresses=False):
    """[(slug, name)] of `tags` (Tag objects or an in-memory set from a revision) in the active
    language: English names where the secretariat gave one, Danish otherwise. The slug is the
    tag's own (what a member's chosen themes are kept as) or, with `addresses`, the one of the
    active language's library addresses and filters: the English slug on English pages where
    the theme has one. One query."""
    tags = list(tags)
    english = {}
    if translation.get_language() == "en":
        english = {
            tag_id: (name, slug)
            for tag_id, name, slug in ThemeName.objects.filter(
                tag_id__in=[t.pk for t in tags if t.pk]
            ).values_list("tag_id", "name_en", "slug_en")
        }
    labels = []
    for tag in tags:
        name, slug = english.get(tag.pk, (tag.name, tag.slug))
        labels.append(((slug or tag.slug) if addresses else tag.slug, name or tag.name))
    return labels


def theme_label(tag):
    return theme_labels([tag])[0][1]


def themes_by_address(slugs):
    """{slug: (the tag's slug, the theme's address slug)} of those of `slugs` that name a theme
    in the active language's library; unknown ones are left out. The Danish library knows the
    tags' own slugs; the English one the English slugs and, so that links made before a theme
    had one keep working, the Danish ones too (an English slug wins over a Danish one spelt
    the same). One query."""
    slugs = {slug for slug in slugs if isinstance(slug, str)}
    if not slugs:
        return {}
    if translation.get_language() != "en":
        known = Tag.objects.filter(slug__in=slugs).values_list("slug", flat=True)
        return {slug: (slug, slug) for slug in known}
    rows = list(
        Tag.objects.filter(Q(slug__in=slugs) | Q(english__slug_en__in=slugs)).values_list(
            "slug", "english__slug_en"
        )
    )
    found = {slug_en: (slug, slug_en) for slug, slug_en in rows if slug_en in slugs}
    for slug, slug_en in rows:
        if slug in slugs and slug not in found:
            found[slug] = (slug, slug_en or slug)
    return found


class MaterialTag(TaggedItemBase):
    content_object = ParentalKey(
        "library.MaterialPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class LibraryIndexPage(
    ContributionParent, ContributorPermissionsMixin, RoutablePageMixin, BasePage
):
    """The library's front door: faceted search over all materials, and a page per theme."""

    parent_page_types = ["network.ProfessionalAreaPage"]
    subpage_types = ["library.MaterialPage"]
    max_count_per_parent = 1
    # The same for every reader of the same groups, built once per change (home/readercache.py).
    shared_with_readers = True
    shared_views = ("index_route", "theme_route")

    class Meta:
        verbose_name = _("library")
        verbose_name_plural = _("libraries")

    def get_materials(self, request):
        return viewable_pages(MaterialPage.objects.live().child_of(self), request)

    def get_context(self, request, *args, theme=None, **kwargs):
        from .facets import MaterialSearch

        context = super().get_context(request, *args, **kwargs)
        context["search"] = MaterialSearch(self, request, theme=theme)
        context["theme"] = theme
        context["theme_name"] = theme and theme_label(theme)
        return context

    @path("")
    def index_route(self, request):
        return self.render(request)

    @path("tema/<str:slug>/", name="theme")
    def theme_route(self, request, slug):
        found = themes_by_address([slug]).get(slug)
        if found is None:
            raise Http404
        tag_slug, address = found
        if address != slug:  # a Danish slug in the English library: to the English address
            url = self.get_url(request) + self.reverse_subpage("theme", args=[address])
            query = request.META.get("QUERY_STRING")
            return redirect(f"{url}?{query}" if query else url)
        return self.render(request, theme=Tag.objects.get(slug=tag_slug))


class MaterialPage(MunicipalityContributionMixin, RoutablePageMixin, BasePage):
    """A method, tool or material with its files, shared by a municipality of the network."""

    class Kind(models.TextChoices):
        METHOD = "method", _("Method")
        TOOL = "tool", _("Tool")
        MATERIAL = "material", _("Material")

    class Language(models.TextChoices):
        DANISH = "da", _("Danish")
        ENGLISH = "en", _("English")
        OTHER = "other", _("Other languages")

    # The same for every reader of the same groups, built once per change (home/readercache.py).
    shared_with_readers = True
    shared_views = ("material_route",)

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, db_index=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("description"), blank=True)
    target_groups = ParentalManyToManyField(
        TargetGroup, blank=True, related_name="materials", verbose_name=_("target groups")
    )
    phases = ParentalManyToManyField(
        Phase, blank=True, related_name="materials", verbose_name=_("phases")
    )
    tags = ClusterTaggableManager(
        through=MaterialTag, blank=True, verbose_name=_("themes"), help_text=_("Themes, as tags.")
    )
    municipality = models.ForeignKey(
        "network.Municipality",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="materials",
        verbose_name=_("contributing municipality"),
    )
    material_language = models.CharField(
        _("language of the material"), max_length=10, choices=Language.choices, default="da"
    )
    contact_name = models.CharField(_("whom to ask"), max_length=120, blank=True)
    contact_email = models.EmailField(_("their e-mail"), blank=True)
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    next_review = models.DateField(_("next review"), null=True, blank=True)

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("material_language")]),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("For whom, when, about what"),
        ),
        InlinePanel("files", label=_("Files"), min_num=0),
        MultiFieldPanel(
            [
                FieldPanel("municipality"),
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email")]),
                FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("next_review")]),
            ],
            heading=_("Who and when"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.FilterField("kind"),
        index.FilterField("municipality"),
    ]

    base_form_class = ContributionPageForm
    parent_page_types = ["library.LibraryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    def clean(self):
        super().clean()
        if self.last_reviewed and self.next_review and self.next_review < self.last_reviewed:
            raise ValidationError(
                {"next_review": _("The next review cannot come before the last one.")}
            )

    def site_edit_path(self):
        """Where contributors edit the material without the admin (the site's form)."""
        return reverse("edit_contribution", args=[self.pk])

    def themes(self, tags=None):
        """[(address slug, name)] of the material's themes, in the reader's language."""
        return theme_labels(self.tags.all() if tags is None else tags, addresses=True)

    def related_materials(self, request, limit=4, tags=None):
        # A preview renders the page from a revision, whose tags are an in-memory set: iterate
        # it, no query on it. A theme new in the revision has no id yet and no siblings.
        tags = self.tags.all() if tags is None else tags
        tag_ids = [tag.pk for tag in tags if tag.pk is not None]
        if not tag_ids:
            return MaterialPage.objects.none()
        siblings = viewable_pages(MaterialPage.objects.live().sibling_of(self), request)
        return (
            siblings.filter(tagged_items__tag_id__in=tag_ids)
            .exclude(pk=self.pk)
            .annotate(shared=models.Count("tagged_items", distinct=True))
            .order_by("-shared", "title")[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["files"] = files = self.visible_files(request)
        context["search_words"] = query = words(text_param(request.GET, "q", max_length=200))
        context["found_in"] = self.files_found(files, query)
        context["tags"] = tags = list(self.tags.all())
        context["themes"] = self.themes(tags)
        context["related"] = self.related_materials(request, tags=tags)
        context["library"] = LibraryIndexPage.objects.filter(
            path=self.path[: -self.steplen]
        ).first()
        context["review_due"] = bool(self.next_review and self.next_review < timezone.localdate())
        return context

    @staticmethod
    def files_found(files, query):
        """The ids of the documents among `files` whose text has the words of the query: the
        library's search links here with its query, and the page says where the match was."""
        if not query or not files:
            return set()
        texts = DocumentText.objects.filter(document__in=[file.document_id for file in files])
        return {text.document_id for text in texts.search(query, backend=backend_for_language())}

    def visible_files(self, request):
        return visible_attachments(self.files.select_related("document"), request)

    @path("")
    def material_route(self, request):
        return self.render(request)

    @path("download/", name="zip")
    def zip_route(self, request):
        from .downloads import zip_response

        files = self.visible_files(request)
        if not files:
            return redirect(self.get_url(request))
        return zip_response(self, files)


class MaterialFile(PrivateFileMixin, Orderable):
    """A file of a material; its format is kept for the library's format facet.

    Readers see the document's title, and on English pages the English title where the file
    has one. It is written beside the file on the Danish page: wagtail-localize copies a
    page's files to its translation (they are synchronised, not translated), so the English
    page gets it with its next sync, like every other change to the Danish page."""

    page = ParentalKey(MaterialPage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="+", verbose_name=_("file")
    )
    title_en = models.CharField(
        _("title (English)"),
        max_length=255,
        blank=True,
        help_text=_("The file's title on English pages; left empty, they show its own title."),
    )
    file_format = models.CharField(_("format"), max_length=10, editable=False, db_index=True)

    panels = [FieldPanel("document"), FieldPanel("title_en")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    @property
    def title(self):
        """The file's title in the reader's language."""
        if self.title_en and translation.get_language() == "en":
            return self.title_en
        return self.document.title

    def save(self, *args, **kwargs):
        self.file_format = os.path.splitext(self.document.file.name)[1].lstrip(".").lower()[:10]
        super().save(*args, **kwargs)


class DownloadCount(models.Model):
    """How many times a document has been downloaded, counted without losing a click."""

    document = models.OneToOneField(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="download_count"
    )
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("download count")
        verbose_name_plural = _("download counts")

    def __str__(self):
        return f"{self.document}: {self.count}"

    @classmethod
    def increment(cls, document):
        """One more download, with an UPDATE in the database so concurrent ones all count."""
        if cls.objects.filter(document=document).update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                cls.objects.create(document=document, count=1)
        except IntegrityError:  # another download created the row first
            cls.objects.filter(document=document).update(count=F("count") + 1)


class ReviewReminder(models.Model):
    """That a material's contact person was reminded of its review on one review date (see
    `reviews.py`). Kept apart from the page: a revision published later must not undo it."""

    material = models.ForeignKey(
        MaterialPage,
        on_delete=models.CASCADE,
        related_name="review_reminders",
        verbose_name=_("material"),
    )
    review_date = models.DateField(_("review date"))
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("review reminder")
        verbose_name_plural = _("review reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["material", "review_date"], name="one_reminder_per_review_date"
            )
        ]

    def __str__(self):
        return f"{self.material_id}: {self.review_date}"
