"""Network meetings: the list, a meeting with its agenda, minutes, files and sign-up, and what
the municipalities contribute to it."""

from django import forms
from django.core.validators import URLValidator
from django.db import models
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage
from home.params import int_param
from home.privacy import viewable_pages, visible_attachments

from .. import meetings as sign_up
from ..calendar import calendar_for, feed_url
from ..permissions import (
    ContributionPageForm,
    ContributorPermissionsMixin,
    MunicipalityContributionMixin,
)
from ..roles import ContributionParent
from .files import AttachedFile
from .municipalities import Municipality


class MeetingIndexPage(ContributionParent, ContributorPermissionsMixin, BasePage):
    """Upcoming meetings, and past meetings year by year."""

    parent_page_types = ["network.ProfessionalAreaPage"]
    subpage_types = ["network.MeetingPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("meeting list")
        verbose_name_plural = _("meeting lists")

    # The same for every reader of the same groups, built once per change and again when the
    # next meeting starts (home/readercache.py).
    shared_with_readers = True

    def get_meetings(self, request):
        return viewable_pages(MeetingPage.objects.live().child_of(self), request)

    def shared_seconds(self, request):
        """Until the next meeting starts and moves from upcoming to past (a day at most)."""
        now = timezone.now()
        start = self.get_meetings(request).filter(start__gte=now).order_by("start")
        start = start.values_list("start", flat=True).first()
        if start is None:
            return 24 * 60 * 60
        return int((start - now).total_seconds())

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
    online_url = models.URLField(
        _("link to join online"),
        max_length=500,
        blank=True,
        validators=[URLValidator(schemes=["https", "http"])],
        help_text=_(
            "For a meeting held online, or with the option to join online: the Teams, Zoom or "
            "other link. Shown to logged-in participants until the meeting has ended."
        ),
    )
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
                FieldPanel("online_url"),
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
        """The Danish page, which holds the registrations and their switch for a translation.
        Looked up once per page object: the meeting page asks for it several times a request."""
        if not hasattr(self, "_source_meeting"):
            source = self.get_translation_or_none(Locale.get_default())
            if source is None or source.pk == self.pk:
                self._source_meeting = self
            else:
                self._source_meeting = source.specific
        return self._source_meeting

    def is_over(self):
        return self.end <= timezone.now()

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
        return self.source_meeting().municipalities.order_by("name")

    @path("ics/", name="ics")
    def ics(self, request):
        response = HttpResponse(
            calendar_for([self], request, name=self.title),
            content_type="text/calendar; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response


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
