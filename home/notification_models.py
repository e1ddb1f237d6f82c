"""What each user chose to be told by e-mail, and what they were told (see home/notifications.py)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class NotificationPreference(models.Model):
    """How often one user hears of one kind of news: never, at once, or in a weekly digest.
    Chosen by the user on "Mine notifikationer"; a kind without a row is off."""

    OFF = "off"
    IMMEDIATE = "immediate"
    WEEKLY = "weekly"
    FREQUENCIES = [
        (OFF, _("Off")),
        (IMMEDIATE, _("At once")),
        (WEEKLY, _("Weekly digest")),
    ]

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preferences",
        verbose_name=_("user"),
    )
    kind = models.CharField(_("kind"), max_length=50)
    frequency = models.CharField(_("how often"), max_length=10, choices=FREQUENCIES, default=OFF)
    options = models.JSONField(_("options"), default=dict, blank=True)
    language = models.CharField(
        _("language of the e-mails"), max_length=10, default=settings.LANGUAGE_CODE
    )
    since = models.DateTimeField(
        _("news from"),
        default=timezone.now,
        help_text=_("When the kind was switched on: nothing older is sent."),
    )
    last_sent_at = models.DateTimeField(_("last looked for news"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="one_preference_per_kind")
        ]

    def __str__(self):
        return f"{self.user} – {self.kind}: {self.frequency}"


class NotificationSent(models.Model):
    """One item (a page, a funding opportunity) that one user has been told of: never twice."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications_sent",
        verbose_name=_("user"),
    )
    kind = models.CharField(_("kind"), max_length=50)
    item_key = models.CharField(_("item"), max_length=200)
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)

    class Meta:
        verbose_name = _("notification sent")
        verbose_name_plural = _("notifications sent")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind", "item_key"], name="each_item_sent_once")
        ]

    def __str__(self):
        return f"{self.user} – {self.kind}: {self.item_key}"
