"""Joining the network: a municipality's request through the public form (`join_page.py`), and
the checklist the secretariat works through with each starting municipality."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from .municipalities import Municipality

MAX_BIRTHS = 20000  # the largest municipality has about 10,000 births a year


class JoinRequest(models.Model):
    """A municipality that wants to offer FIV, as its contact person told us on the public form
    "Bliv en del af netværket". The secretariat is mailed each one."""

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="join_requests",
        verbose_name=_("municipality"),
    )
    contact_name = models.CharField(_("contact person"), max_length=120)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    expected_start = models.DateField(
        _("expected start"),
        null=True,
        blank=True,
        help_text=_("The first day of the quarter in which the municipality expects to start."),
    )
    births_per_year = models.PositiveIntegerField(
        _("births a year"),
        validators=[MinValueValidator(1), MaxValueValidator(MAX_BIRTHS)],
    )
    message = models.TextField(_("message"), blank=True, max_length=2000)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    panels = [
        FieldPanel("municipality"),
        FieldRowPanel([FieldPanel("contact_name"), FieldPanel("email"), FieldPanel("phone")]),
        FieldRowPanel([FieldPanel("expected_start"), FieldPanel("births_per_year")]),
        FieldPanel("message"),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("request to join")
        verbose_name_plural = _("requests to join")

    def __str__(self):
        return f"{self.municipality} – {self.contact_name}"

    def expected_quarter(self):
        return quarter_label(self.expected_start) if self.expected_start else ""

    expected_quarter.short_description = _("expected start")


def quarter_label(day):
    return _("Q%(quarter)s %(year)s") % {"quarter": (day.month - 1) // 3 + 1, "year": day.year}


class OnboardingQuerySet(models.QuerySet):
    def in_progress(self, on=None):
        """The checklists with a step not yet done on `on` (today by default): no date, or a
        date still to come."""
        on = on or timezone.localdate()
        open_step = models.Q()
        for step in Onboarding.STEPS:
            open_step |= models.Q(**{f"{step}__isnull": True}) | models.Q(**{f"{step}__gt": on})
        return self.filter(open_step)


class Onboarding(models.Model):
    """The steps from a signed agreement to a municipality's first data report. The secretariat
    fills in the date of each step as it is done; the municipality's contributors see it."""

    STEPS = [
        "agreement_signed",
        "startup_fee_invoiced",
        "startup_fee_paid",
        "contacts_invited",
        "playbook_handed_over",
        "first_course",
        "first_data_report",
    ]

    municipality = models.OneToOneField(
        Municipality,
        on_delete=models.CASCADE,
        related_name="onboarding",
        verbose_name=_("municipality"),
    )
    agreement_signed = models.DateField(_("agreement signed"), null=True, blank=True)
    startup_fee_invoiced = models.DateField(_("start-up fee invoiced"), null=True, blank=True)
    startup_fee_paid = models.DateField(_("start-up fee paid"), null=True, blank=True)
    contacts_invited = models.DateField(
        _("contact persons invited to the professional area"), null=True, blank=True
    )
    playbook_handed_over = models.DateField(_("playbook handed over"), null=True, blank=True)
    first_course = models.DateField(
        _("first course"),
        null=True,
        blank=True,
        help_text=_("The date of the first course, planned or held."),
    )
    first_data_report = models.DateField(_("first data report"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = OnboardingQuerySet.as_manager()

    panels = [
        FieldPanel("municipality"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("agreement_signed")]),
                FieldRowPanel([FieldPanel("startup_fee_invoiced"), FieldPanel("startup_fee_paid")]),
                FieldRowPanel([FieldPanel("contacts_invited"), FieldPanel("playbook_handed_over")]),
                FieldRowPanel([FieldPanel("first_course"), FieldPanel("first_data_report")]),
            ],
            heading=_("Steps: the date each was done"),
        ),
        FieldPanel("note"),
    ]

    class Meta:
        ordering = ["municipality__name"]
        verbose_name = _("onboarding")
        verbose_name_plural = _("onboardings")

    def __str__(self):
        return str(self.municipality)

    def steps(self, today=None):
        """Each step as (label, date, done): a date in the future is planned, not done."""
        today = today or timezone.localdate()
        return [
            (
                self._meta.get_field(name).verbose_name,
                getattr(self, name),
                getattr(self, name) is not None and getattr(self, name) <= today,
            )
            for name in self.STEPS
        ]

    def next_step(self, today=None):
        """The first step not done yet, as (label, planned date or None), or None when all are."""
        for label, day, done in self.steps(today):
            if not done:
                return label, day
        return None

    def progress(self, today=None):
        steps = self.steps(today)
        return _("%(done)s of %(total)s") % {
            "done": sum(done for _label, _date, done in steps),
            "total": len(steps),
        }

    progress.short_description = _("steps done")
