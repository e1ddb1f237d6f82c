"""Funding opportunities: foundations and public pools the network could apply to, with their
deadline, who may apply and who in the network is applying; and the professionals who follow
one, each reminded by e-mail two weeks before its deadline.

An opportunity is one row for both languages: the deadline, the status and the followers are the
same on the Danish and the English page, and the texts that differ have an English field beside
the Danish one (as the library's vocabularies do), shown on English pages when filled in.
"""

import datetime
import unicodedata

from django import forms
from django.conf import settings
from django.core.validators import URLValidator
from django.db import models
from django.db.models import F, Q
from django.utils import translation
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from home.dates import days_until, weeks_before

from .municipalities import Municipality

REMINDER_WEEKS = 2
REMINDER_DAYS = REMINDER_WEEKS * 7
SAFE_SCHEMES = ("http", "https")


def reminder_day(deadline):
    """The day a follower is reminded of `deadline`: two weeks before it, the same weekday."""
    return weeks_before(deadline, REMINDER_WEEKS)


def deadline_wording(deadline, today):
    """How far off a deadline is, as the list and the reminder say it: "Frist om 12 dage",
    "Frist i morgen", "Frist i dag", "Fristen er overskredet"; "Løbende frist" for none."""
    if deadline is None:
        return gettext("Rolling deadline")
    days = days_until(deadline, today)
    if days < 0:
        return gettext("The deadline has passed")
    if days == 0:
        return gettext("Deadline today")
    if days == 1:
        return gettext("Deadline tomorrow")
    return ngettext("Deadline in %(days)d day", "Deadline in %(days)d days", days) % {"days": days}


# Danish order: æ, ø and å come after z (as "{", "|" and "}" do in ASCII); other accented
# letters sort with their plain letter.
DANISH_ORDER = str.maketrans({"æ": "{", "ø": "|", "å": "}"})


def danish_sort_key(text):
    text = unicodedata.normalize("NFC", str(text)).casefold().translate(DANISH_ORDER)
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


class FundingQuerySet(models.QuerySet):
    def for_listing(self):
        return self.prefetch_related(
            models.Prefetch("applicants", queryset=Municipality.objects.order_by("name"))
        )


class FundingOpportunity(models.Model):
    """A foundation or public pool the network's municipalities could apply to. The secretariat
    keeps the list; professionals find it under "Fondsmuligheder" in the professional area."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open for applications")
        PREPARING = "preparing", _("Application being prepared")
        APPLIED = "applied", _("Applied, awaiting an answer")
        GRANTED = "granted", _("Granted")
        REJECTED = "rejected", _("Rejected")
        CLOSED = "closed", _("Closed")

    # The deadline still matters to someone: a reminder is worth sending.
    ACTIVE = (Status.OPEN, Status.PREPARING)
    # Nothing more will happen: with no deadline, it belongs among the earlier ones.
    FINISHED = (Status.GRANTED, Status.REJECTED, Status.CLOSED)
    BADGES = {
        Status.OPEN: "badge--published",
        Status.PREPARING: "badge--awaiting",
        Status.APPLIED: "badge--awaiting",
        Status.GRANTED: "badge--published",
        Status.REJECTED: "badge--draft",
        Status.CLOSED: "badge--draft",
    }

    fund = models.CharField(
        _("fund or pool"),
        max_length=200,
        help_text=_("The foundation's or the public pool's name, as it writes it itself."),
    )
    fund_en = models.CharField(
        _("name in English"),
        max_length=200,
        blank=True,
        help_text=_("Only when it has an English name: English pages show the Danish otherwise."),
    )
    url = models.URLField(
        _("link"),
        max_length=500,
        blank=True,
        validators=[URLValidator(schemes=SAFE_SCHEMES)],
        help_text=_("The fund's own page about the call, with its conditions (http or https)."),
    )
    amount = models.CharField(
        _("amount"),
        max_length=150,
        blank=True,
        help_text=_("As the fund states it, e.g. “op til 500.000 kr.” or “100.000–300.000 kr.”."),
    )
    amount_en = models.CharField(
        _("amount in English"),
        max_length=150,
        blank=True,
        help_text=_("e.g. “up to DKK 500,000”."),
    )
    deadline = models.DateField(
        _("deadline"),
        null=True,
        blank=True,
        help_text=_(
            "The last day to apply. Leave it empty when the fund takes applications at any time "
            "(rolling). Followers are reminded by e-mail two weeks before, and again if the "
            "deadline is changed."
        ),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    eligibility = models.CharField(
        _("who may apply"),
        max_length=300,
        blank=True,
        help_text=_("e.g. “Kommuner og regioner” or “Foreninger med et socialt formål”."),
    )
    eligibility_en = models.CharField(_("who may apply, in English"), max_length=300, blank=True)
    topic = models.CharField(
        _("topic"),
        max_length=200,
        blank=True,
        help_text=_("What the fund supports, in a few words."),
    )
    topic_en = models.CharField(_("topic in English"), max_length=200, blank=True)
    applicants = models.ManyToManyField(
        Municipality,
        blank=True,
        related_name="funding_opportunities",
        verbose_name=_("municipalities applying"),
    )
    applicant_note = models.CharField(
        _("about the application"),
        max_length=300,
        blank=True,
        help_text=_(
            "Who else applies, or how: e.g. “Sekretariatet søger på vegne af netværket.” or "
            "“Aarhus samler en fælles ansøgning.”"
        ),
    )
    applicant_note_en = models.CharField(
        _("about the application, in English"), max_length=300, blank=True
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = FundingQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("fund"), FieldPanel("fund_en")]), FieldPanel("url")],
            heading=_("Fund"),
        ),
        FieldRowPanel([FieldPanel("deadline"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("amount"), FieldPanel("amount_en")]),
        FieldRowPanel([FieldPanel("eligibility"), FieldPanel("eligibility_en")]),
        FieldRowPanel([FieldPanel("topic"), FieldPanel("topic_en")]),
        MultiFieldPanel(
            [
                FieldPanel("applicants", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("applicant_note"), FieldPanel("applicant_note_en")]),
            ],
            heading=_("Who in the network is applying"),
        ),
    ]

    class Meta:
        ordering = [F("deadline").asc(nulls_last=True), "fund"]
        verbose_name = _("funding opportunity")
        verbose_name_plural = _("funding opportunities")

    def __str__(self):
        return self.fund

    def _localized(self, field):
        if translation.get_language() == "en":
            return getattr(self, f"{field}_en") or getattr(self, field)
        return getattr(self, field)

    @property
    def name(self):
        return self._localized("fund")

    @property
    def amount_text(self):
        return self._localized("amount")

    @property
    def eligibility_text(self):
        return self._localized("eligibility")

    @property
    def topic_text(self):
        return self._localized("topic")

    @property
    def applicant_note_text(self):
        return self._localized("applicant_note")

    @property
    def link(self):
        """The fund's address, only if it is a web address: never a `javascript:` one, even if
        one got past the form."""
        scheme = self.url.split(":", 1)[0].lower() if ":" in self.url else ""
        return self.url if scheme in SAFE_SCHEMES else ""

    @property
    def status_badge(self):
        return self.BADGES.get(self.status, "")

    def is_past(self, today):
        """Among the earlier ones: its deadline has passed, or, with no deadline, it is over."""
        if self.deadline is None:
            return self.status in self.FINISHED
        return self.deadline < today

    def days_left(self, today):
        return None if self.deadline is None else days_until(self.deadline, today)

    def deadline_wording(self, today):
        return deadline_wording(self.deadline, today)

    def deadline_is_near(self, today):
        days = self.days_left(today)
        return days is not None and 0 <= days <= REMINDER_DAYS


class FollowQuerySet(models.QuerySet):
    def due(self, today):
        """The follows owed a reminder on `today`: the deadline is two weeks off or nearer and
        not yet past, the opportunity still open or being prepared, and the follower has not
        been reminded of this deadline (a changed deadline is owed one again). A day on which
        the command did not run is caught up the next day."""
        return (
            self.filter(
                opportunity__deadline__gte=today,
                opportunity__deadline__lte=today + datetime.timedelta(weeks=REMINDER_WEEKS),
                opportunity__status__in=FundingOpportunity.ACTIVE,
                user__is_active=True,
            )
            .exclude(user__email="")
            .filter(Q(reminded_for__isnull=True) | ~Q(reminded_for=F("opportunity__deadline")))
        )


class FundingFollow(models.Model):
    """A professional who follows a funding opportunity, and the deadline they were reminded of.

    `reminded_for` is the deadline the follower knows of: set when the reminder is sent, or when
    they begin to follow inside the last two weeks (they saw the deadline as they clicked). A
    reminder is owed whenever the opportunity's deadline is another date."""

    opportunity = models.ForeignKey(
        FundingOpportunity,
        on_delete=models.CASCADE,
        related_name="follows",
        verbose_name=_("funding opportunity"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="funding_follows",
        verbose_name=_("user"),
    )
    language = models.CharField(
        _("language of the reminder"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the page on which they began to follow."),
    )
    created_at = models.DateTimeField(_("following since"), auto_now_add=True)
    reminded_for = models.DateField(_("reminded of the deadline"), null=True, editable=False)
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, editable=False)

    objects = FollowQuerySet.as_manager()

    class Meta:
        verbose_name = _("follower of a funding opportunity")
        verbose_name_plural = _("followers of funding opportunities")
        constraints = [
            models.UniqueConstraint(fields=["opportunity", "user"], name="one_follow_per_user")
        ]

    def __str__(self):
        return f"{self.user} – {self.opportunity}"
