"""The network's pages: the professional area and what lives in it, and "FIV near you"."""

import datetime
from itertools import groupby
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, PageViewRestriction
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from home.models import BasePage, ContactPage
from home.params import int_param, text_param
from home.privacy import viewable_pages, visible_attachments

from .. import meetings as sign_up
from ..attachments import is_public, used_without_login
from ..calendar import calendar_for, feed_url
from ..documents import professional_collection
from ..municipality_search import search_municipalities
from ..permissions import (
    ContributionPageForm,
    ContributorPermissionsMixin,
    MunicipalityContributionMixin,
)
from ..roles import ContributionParent
from .board import BoardMember
from .municipalities import Municipality, MunicipalityContact, Region


class ProfessionalAreaPage(BasePage):
    """The landing page of the area for the network's professionals: it always requires login."""

    parent_page_types = ["home.HomePage"]
    # No subpage_types: the area's sections (meetings, agreement, fees, board, directory, and the
    # library of the app above) each name this page as their parent.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("professional area")
        verbose_name_plural = _("professional areas")

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if not PageViewRestriction.objects.filter(page=self).exists():
            PageViewRestriction.objects.create(
                page=self, restriction_type=PageViewRestriction.LOGIN
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = viewable_pages(self.get_children().live(), request).specific()
        return context


class MunicipalityIndexPage(BasePage):
    """A list of municipalities by region: in public "FIV near you", in the area a directory."""

    list_all = models.BooleanField(
        _("list every municipality"),
        default=False,
        help_text=_(
            "Off: only municipalities that offer FIV (for the public page). On: all of them, "
            "with their status (for the directory in the professional area)."
        ),
    )

    content_panels = BasePage.content_panels + [FieldPanel("list_all")]

    parent_page_types = ["home.HomePage", "network.ProfessionalAreaPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("municipality list")
        verbose_name_plural = _("municipality lists")

    def find(self, query="", with_contacts=False):
        """The municipalities to list for `query` (by region and name), and on the public page
        the ones it names that do not offer FIV, each with those of its region that do."""
        everyone = list(Municipality.objects.order_by("region", "name"))
        found = search_municipalities(query, everyone)
        offers = Municipality.Status.OFFERS
        listed = [m for m in found.matches if self.list_all or m.status == offers]
        if with_contacts:
            prefetch_related_objects(
                listed,
                Prefetch("contacts", queryset=MunicipalityContact.objects.order_by("sort_order")),
            )
        answers = []
        if query and not self.list_all:
            elsewhere = [m for m in found.matches if m.status != offers]
            for municipality in elsewhere[: self.max_answers]:
                nearby = [
                    m for m in everyone if m.region == municipality.region and m.status == offers
                ]
                answers.append({"municipality": municipality, "nearby": nearby})
        return listed, answers, found.suggestions

    max_answers = 3  # "b" names many municipalities: answer for a few, not a page of them

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = text_param(request.GET, "q")
        show_contacts = request.user.is_authenticated
        municipalities, answers, suggestions = self.find(query, with_contacts=show_contacts)
        by_region = [
            (Region(code).label, list(group))
            for code, group in groupby(municipalities, key=lambda m: m.region)
        ]
        by_region.sort(key=lambda pair: str(pair[0]))
        # Back to this list after login, with the query understood, not whatever else was sent.
        back = request.path + (f"?{urlencode({'q': query})}" if query else "")
        login_url = f"{reverse('login')}?{urlencode({'next': back})}"
        context.update(
            login_url=login_url,
            query=query,
            regions=by_region,
            total=len(municipalities),
            show_contacts=show_contacts,
            answers=answers,
            suggestions=suggestions,
            contact_page=ContactPage.objects.live().public().filter(locale=self.locale).first()
            if answers
            else None,
        )
        return context


class MeetingIndexPage(ContributionParent, ContributorPermissionsMixin, BasePage):
    """Upcoming meetings, and past meetings year by year."""

    parent_page_types = ["network.ProfessionalAreaPage"]
    subpage_types = ["network.MeetingPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("meeting list")
        verbose_name_plural = _("meeting lists")

    def get_meetings(self, request):
        return viewable_pages(MeetingPage.objects.live().child_of(self), request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        meetings = self.get_meetings(request)
        # Years in local time, as the year filter below counts them.
        past_years = meetings.filter(start__lt=now).datetimes("start", "year", order="DESC")
        years = [moment.year for moment in past_years]
        year = int_param(request.GET, "year", minimum=1, maximum=9999)
        if year not in years:
            year = years[0] if years else None
        context.update(
            upcoming=meetings.filter(start__gte=now).order_by("start"),
            years=years,
            year=year,
            past=meetings.filter(start__lt=now, start__year=year).order_by("-start")
            if year
            else [],
            feed_url=feed_url(request) if request.user.is_authenticated else None,
        )
        return context


class MeetingForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("start"), cleaned_data.get("end")
        if start and end and end <= start:
            self.add_error("end", _("The meeting must end after it starts."))
        return cleaned_data


class MeetingPage(ContributorPermissionsMixin, RoutablePageMixin, BasePage):
    """A network meeting, advisory board meeting or theme day, with agenda, minutes and files."""

    class Kind(models.TextChoices):
        NETWORK = "network", _("Network meeting")
        BOARD = "board", _("Advisory board meeting")
        THEME_DAY = "theme_day", _("Theme day")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.NETWORK)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    location = models.CharField(_("place"), max_length=200, blank=True)
    agenda = RichTextField(_("agenda"), blank=True, features=RICH_TEXT_FEATURES)
    minutes = RichTextField(_("minutes"), blank=True, features=RICH_TEXT_FEATURES)
    municipalities = ParentalManyToManyField(
        Municipality,
        blank=True,
        related_name="meetings",
        verbose_name=_("participating municipalities"),
    )
    registration_open = models.BooleanField(
        _("registration open"),
        default=True,
        help_text=_(
            "Professionals sign up on the meeting's page until it starts (not for advisory "
            "board meetings). Untick to close registration, for example when the room is full."
        ),
    )

    base_form_class = MeetingForm
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("location"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("registration_open"),
        FieldPanel("agenda"),
        FieldPanel("minutes"),
        InlinePanel("attachments", label=_("Attachments")),
        FieldPanel("municipalities", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("agenda"),
        index.SearchField("minutes"),
        index.SearchField("location"),
        index.FilterField("start"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["network.MeetingIndexPage"]
    subpage_types = ["network.MeetingContributionPage"]

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["attachments"] = visible_attachments(
            self.attachments.select_related("document"), request
        )
        contributions = viewable_pages(
            MeetingContributionPage.objects.live().child_of(self).select_related("municipality"),
            request,
        ).prefetch_related("files__document")
        for contribution in contributions:
            contribution.visible_files = visible_attachments(contribution.files.all(), request)
        context["contributions"] = contributions
        context.update(sign_up.registration_context(self, request))
        return context

    def source_meeting(self):
        """The Danish page, which holds the registrations and their switch for a translation."""
        source = self.get_translation_or_none(Locale.get_default())
        return source.specific if source is not None else self

    def accepts_registrations(self):
        source = self.source_meeting()
        return (
            source.registration_open
            and source.kind != self.Kind.BOARD
            and source.start > timezone.now()
        )

    @path("register/", name="register")
    def register(self, request):
        return sign_up.register(self, request)

    @path("register/cancel/", name="cancel_registration")
    def cancel_registration(self, request):
        return sign_up.cancel(self, request)

    def participating(self):
        """Municipalities are chosen on the Danish page; translations show the same."""
        source = self.get_translation_or_none(Locale.get_default()) or self
        return source.specific.municipalities.order_by("name")

    @path("ics/", name="ics")
    def ics(self, request):
        response = HttpResponse(
            calendar_for([self], request, name=self.title),
            content_type="text/calendar; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response


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


class MeetingAttachment(AttachedFile):
    page = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="attachments")


class MeetingContributionPage(MunicipalityContributionMixin, BasePage):
    """What a municipality brings to a meeting: a short account and its files. Contributors add
    these under a meeting; the secretariat approves them before they appear."""

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="meeting_contributions",
        verbose_name=_("municipality"),
    )
    body = RichTextField(_("contribution"), blank=True, features=RICH_TEXT_FEATURES)

    base_form_class = ContributionPageForm
    content_panels = BasePage.content_panels + [
        FieldPanel("municipality"),
        FieldPanel("body"),
        InlinePanel("files", label=_("Files")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["network.MeetingPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("meeting contribution")
        verbose_name_plural = _("meeting contributions")

    def serve(self, request, *args, **kwargs):
        # A contribution is read on its meeting's page.
        return redirect(self.get_parent().url)


class MeetingContributionFile(AttachedFile):
    page = ParentalKey(MeetingContributionPage, on_delete=models.CASCADE, related_name="files")


class AgreementPage(BasePage):
    """The network agreement: always shows its newest version; older ones stay in the archive."""

    parent_page_types = ["network.ProfessionalAreaPage"]
    subpage_types = ["network.AgreementVersionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("network agreement")
        verbose_name_plural = _("network agreements")

    def get_versions(self):
        return AgreementVersionPage.objects.live().child_of(self).order_by("-version_date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        versions = list(viewable_pages(self.get_versions(), request))
        context["current"] = versions[0] if versions else None
        context["archive"] = versions[1:]
        if context["current"]:
            context["appendices"] = context["current"].visible_appendices(request)
        return context


class AgreementVersionPage(BasePage):
    """One version of the agreement with its appendices and a note of what changed."""

    version_date = models.DateField(_("version date"), default=timezone.localdate)
    change_note = models.TextField(_("what changed"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("agreement text"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("version_date")]),
        FieldPanel("change_note"),
        FieldPanel("body"),
        InlinePanel("appendices", label=_("Appendices")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["network.AgreementPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("agreement version")
        verbose_name_plural = _("agreement versions")

    def visible_appendices(self, request):
        return visible_attachments(self.appendices.select_related("document"), request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["appendices"] = self.visible_appendices(request)
        return context

    def is_current(self):
        newest = self.get_parent().specific.get_versions().first()
        return newest is not None and newest.pk == self.pk

    def serve(self, request, *args, **kwargs):
        if self.is_current():
            return redirect(self.get_parent().get_url(request))
        return super().serve(request, *args, **kwargs)


class AgreementAppendix(AttachedFile):
    page = ParentalKey(AgreementVersionPage, on_delete=models.CASCADE, related_name="appendices")


class FeesForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        seen = set()
        for form in self.formsets["fees"].forms:
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            year = form.cleaned_data.get("year")
            if year in seen:
                form.add_error("year", _("%(year)s is entered twice.") % {"year": year})
            seen.add(year)
        return cleaned_data


class FeesPage(BasePage):
    """The yearly user fee and the start-up fee; a new year takes effect on 1 January."""

    base_form_class = FeesForm
    content_panels = BasePage.content_panels + [InlinePanel("fees", label=_("Fees per year"))]

    parent_page_types = ["network.ProfessionalAreaPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("fees page")
        verbose_name_plural = _("fees pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        this_year = timezone.localdate().year
        fees = sorted(self.fees.all(), key=lambda fee: fee.year, reverse=True)
        in_force = [fee for fee in fees if fee.year <= this_year]
        context.update(
            current=in_force[0] if in_force else None,
            history=in_force[1:],
            announced=sorted((fee for fee in fees if fee.year > this_year), key=lambda f: f.year),
        )
        return context


class AnnualFee(Orderable):
    page = ParentalKey(FeesPage, on_delete=models.CASCADE, related_name="fees")
    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("The fees apply from 1 January of this year."),
    )
    user_fee = models.DecimalField(_("yearly user fee (DKK)"), max_digits=10, decimal_places=2)
    startup_fee = models.DecimalField(_("start-up fee (DKK)"), max_digits=10, decimal_places=2)
    note = models.TextField(_("note"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("user_fee"), FieldPanel("startup_fee")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("fee")
        verbose_name_plural = _("fees")

    def clean(self):
        super().clean()
        for field in ("user_fee", "startup_fee"):
            value = getattr(self, field)
            if value is not None and value < 0:
                raise ValidationError({field: _("A fee cannot be negative.")})

    def takes_effect(self):
        return datetime.date(self.year, 1, 1)


class AdvisoryBoardPage(BasePage):
    """The advisory board: current members, terms that end soon, and the board's history."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]

    parent_page_types = ["network.ProfessionalAreaPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("advisory board page")
        verbose_name_plural = _("advisory board pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        current = sorted(
            BoardMember.objects.current(today),
            key=lambda m: (not m.is_chair, m.name),
        )
        for member in current:
            member.ending_soon = member.ends_soon(today)
        context.update(
            current=current,
            chair=next((m for m in current if m.is_chair), None),
            past=BoardMember.objects.past(today).order_by("-term_end", "name"),
        )
        return context
