"""The figures each municipality reports once a year, which the secretariat compiles for the
network: courses held, expectant parents who took part and how many of them were fathers, and
in a few words what went well, what was hard and what parents and professionals gained."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from .municipalities import Municipality

FIRST_YEAR = 2015
# Limits that no municipality comes near: they stop typing errors, not real figures.
MAX_COURSES = 1_000
MAX_PARTICIPANTS = 100_000
MAX_TEXT_LENGTH = 4_000


def next_year():
    """The last year that may be reported: a course that starts in December ends next year."""
    return timezone.localdate().year + 1


def share(part, whole):
    """`part` as a percentage of `whole` with one decimal, or None when there is no whole."""
    if not whole:
        return None
    return round(100 * part / whole, 1)


def who_did_it(verbose_name, **options):
    """The user who did something to a report, kept as None when the account is erased."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=verbose_name,
        **options,
    )


class LocalReportQuerySet(models.QuerySet):
    def for_municipalities(self, municipalities):
        return self.filter(municipality__in=municipalities)

    def final(self):
        """The reports the secretariat has checked: the only ones the network's figures use."""
        return self.filter(is_final=True)

    def for_overview(self):
        """Every report with its municipality, ready for the network table in one query."""
        return self.select_related("municipality").order_by("municipality__name", "year")


class LocalReport(models.Model):
    """One municipality's figures for one year. Contributors submit and correct them on the
    site; the secretariat reads them side by side and may correct them in the admin."""

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="local_reports",
        verbose_name=_("municipality"),
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(next_year)],
        help_text=_("The year the figures cover."),
    )
    courses = models.PositiveIntegerField(
        _("courses"),
        validators=[MinValueValidator(0), MaxValueValidator(MAX_COURSES)],
        help_text=_("How many FIV courses (teams) started during the year."),
    )
    participants = models.PositiveIntegerField(
        _("expectant parents"),
        validators=[MinValueValidator(0), MaxValueValidator(MAX_PARTICIPANTS)],
        help_text=_("How many expectant parents took part, mothers and fathers together."),
    )
    fathers = models.PositiveIntegerField(
        _("of whom fathers"),
        validators=[MinValueValidator(0), MaxValueValidator(MAX_PARTICIPANTS)],
        help_text=_("How many of the participants were fathers (or co-mothers)."),
    )
    went_well = models.TextField(_("what went well"), max_length=MAX_TEXT_LENGTH, blank=True)
    challenges = models.TextField(_("challenges"), max_length=MAX_TEXT_LENGTH, blank=True)
    parents_gained = models.TextField(
        _("what the parents gained"), max_length=MAX_TEXT_LENGTH, blank=True
    )
    professionals_gained = models.TextField(
        _("what the professionals gained"), max_length=MAX_TEXT_LENGTH, blank=True
    )
    submitted_by = who_did_it(
        _("submitted by"), help_text=_("Who last submitted or corrected the figures on the site.")
    )
    is_final = models.BooleanField(
        _("final"),
        default=False,
        editable=False,
        help_text=_(
            "Checked and marked final by the secretariat: only final reports count in the "
            "network's figures. The municipality can no longer correct a final report."
        ),
    )
    finalised_at = models.DateTimeField(_("marked final"), null=True, blank=True, editable=False)
    finalised_by = who_did_it(_("marked final by"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = LocalReportQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("municipality"), FieldPanel("year")]),
        FieldRowPanel([FieldPanel("courses"), FieldPanel("participants"), FieldPanel("fathers")]),
        MultiFieldPanel(
            [
                FieldPanel("went_well"),
                FieldPanel("challenges"),
                FieldPanel("parents_gained"),
                FieldPanel("professionals_gained"),
            ],
            heading=_("In words"),
        ),
    ]

    class Meta:
        ordering = ["municipality__name", "-year"]
        verbose_name = _("local report")
        verbose_name_plural = _("local reports")
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "year"],
                name="network_localreport_one_per_year",
                violation_error_message=_("The municipality has already reported for this year."),
            )
        ]

    def __str__(self):
        return f"{self.municipality} {self.year}"

    @property
    def fathers_share(self):
        return share(self.fathers, self.participants)

    def mark_final(self, user, final=True):
        """Mark (or unmark) the report final as the secretariat's `user`; saved at once, so
        that the public figures page is purged from the page cache."""
        self.is_final = final
        self.finalised_at = timezone.now() if final else None
        self.finalised_by = user if final else None
        self.save(update_fields=["is_final", "finalised_at", "finalised_by"])

    def clean(self):
        super().clean()
        errors = {}
        if (
            self.fathers is not None
            and self.participants is not None
            and self.fathers > self.participants
        ):
            errors["fathers"] = _(
                "There cannot be more fathers than participants: fathers are counted among "
                "the %(participants)s expectant parents."
            ) % {"participants": self.participants}
        if self.municipality_id and self.year and self._duplicate_year():
            errors["year"] = _(
                "%(municipality)s has already reported for %(year)s. Correct that report "
                "instead of making a new one."
            ) % {"municipality": self.municipality, "year": self.year}
        if errors:
            raise ValidationError(errors)

    def _duplicate_year(self):
        others = LocalReport.objects.filter(municipality_id=self.municipality_id, year=self.year)
        return others.exclude(pk=self.pk).exists() if self.pk else others.exists()
