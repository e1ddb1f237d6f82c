"""Municipalities, their professional contacts, and the users who belong to them."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable
from wagtail.search import index


class Region(models.IntegerChoices):
    """The five Danish regions, by their official region code."""

    HOVEDSTADEN = 1084, _("Capital Region of Denmark")
    SJAELLAND = 1085, _("Region Zealand")
    SYDDANMARK = 1083, _("Region of Southern Denmark")
    MIDTJYLLAND = 1082, _("Central Denmark Region")
    NORDJYLLAND = 1081, _("North Denmark Region")


class MunicipalityQuerySet(models.QuerySet):
    def offering(self):
        return self.filter(status=Municipality.Status.OFFERS)

    def with_contacts(self):
        return self.prefetch_related(
            Prefetch("contacts", queryset=MunicipalityContact.objects.order_by("sort_order"))
        )


class Municipality(index.Indexed, ClusterableModel):
    """A Danish municipality and where it stands with FIV; edited by the secretariat."""

    class Status(models.TextChoices):
        OFFERS = "offers", _("Offers FIV")
        STARTING = "starting", _("Starting")
        INTERESTED = "interested", _("Interested")
        STOPPED = "stopped", _("Stopped")
        NONE = "none", _("Not involved")

    code = models.PositiveSmallIntegerField(_("municipality code"), unique=True)
    name = models.CharField(_("name"), max_length=80, unique=True)
    official_name = models.CharField(_("official name"), max_length=120, blank=True)
    region = models.PositiveSmallIntegerField(_("region"), choices=Region.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NONE, db_index=True
    )
    offering_since = models.PositiveSmallIntegerField(
        _("offering FIV since"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("The year the municipality began offering the course."),
    )
    website = models.URLField(_("website"), blank=True)
    contributor_group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("contributor group"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="contributor_for",
        help_text=_("Users in this group submit material and data for the municipality."),
    )

    objects = MunicipalityQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("code")]),
        FieldPanel("official_name"),
        FieldRowPanel([FieldPanel("region"), FieldPanel("status"), FieldPanel("offering_since")]),
        FieldPanel("website"),
        InlinePanel("contacts", label=_("Professional contacts")),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("official_name"),
        index.AutocompleteField("name"),
        # The admin's list searches the names and sorts its results by any of its columns.
        index.FilterField("name"),
        index.FilterField("region"),
        index.FilterField("status"),
        index.FilterField("offering_since"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self):
        return self.name

    def status_sentence(self):
        """Where the municipality stands with FIV, in a sentence for parents."""
        sentences = {
            self.Status.OFFERS: _("%(name)s offers the course."),
            self.Status.STARTING: _(
                "%(name)s is getting ready to offer the course, but does not offer it yet."
            ),
            self.Status.INTERESTED: _(
                "%(name)s is interested in the course, but does not offer it yet."
            ),
            self.Status.STOPPED: _(
                "%(name)s has offered the course before, but does not offer it any more."
            ),
            self.Status.NONE: _("%(name)s does not offer the course."),
        }
        return sentences.get(self.status, sentences[self.Status.NONE]) % {"name": self.name}


class MunicipalityContact(Orderable):
    """A professional whom colleagues in other municipalities may contact about FIV."""

    class Role(models.TextChoices):
        HEALTH_VISITOR = "health_visitor", _("Health visitor")
        MIDWIFE = "midwife", _("Midwife")
        COORDINATOR = "coordinator", _("Coordinator")
        MANAGER = "manager", _("Manager")
        OTHER = "other", _("Other")

    municipality = ParentalKey(Municipality, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return f"{self.name} ({self.get_role_display()})"


class Membership(models.Model):
    """Which municipality a user works for."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="membership",
        verbose_name=_("user"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="members",
        verbose_name=_("municipality"),
    )

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self):
        return f"{self.user} – {self.municipality}"
