"""Sign-up for network meetings and theme days: who comes from which municipality, how many."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Sum
from django.utils.translation import gettext_lazy as _

MAX_PARTICIPANTS = 20
MAX_NOTE_LENGTH = 1000


class RegistrationQuerySet(models.QuerySet):
    def by_municipality(self):
        """Who comes, as the other professionals see it: municipalities and how many from each,
        never the names of the people."""
        return (
            self.values("municipality__name")
            .annotate(participants=Sum("participants"), registrations=Count("pk"))
            .order_by("municipality__name")
        )

    def totals(self):
        return self.aggregate(participants=Sum("participants"), registrations=Count("pk"))


class MeetingRegistration(models.Model):
    """One professional's sign-up for a meeting, for themselves and colleagues from their
    municipality. Kept on the Danish meeting page: its translation shows the same list."""

    meeting = models.ForeignKey(
        "network.MeetingPage",
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("meeting"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="meeting_registrations",
        verbose_name=_("registered by"),
    )
    municipality = models.ForeignKey(
        "network.Municipality",
        on_delete=models.PROTECT,
        related_name="meeting_registrations",
        verbose_name=_("municipality"),
    )
    participants = models.PositiveSmallIntegerField(
        _("number of participants"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PARTICIPANTS)],
        help_text=_("Yourself included: how many come from your municipality."),
    )
    note = models.TextField(
        _("note"),
        blank=True,
        max_length=MAX_NOTE_LENGTH,
        help_text=_("Diet, accessibility, or anything else the secretariat should know."),
    )
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    minutes_sent_at = models.DateTimeField(_("minutes sent"), null=True, blank=True, editable=False)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("meeting registration")
        verbose_name_plural = _("meeting registrations")
        ordering = ["municipality__name", "created_at"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "user"], name="one_registration_per_user")
        ]

    def __str__(self):
        return f"{self.meeting} – {self.municipality} ({self.participants})"
