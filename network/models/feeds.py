"""Personal calendar links: a secret in the address stands in for a login.

A calendar program cannot log in, so each user may have one secret link to the meetings they
may read. The token in it has two parts: a selector, to find the row, and a verifier, of which
only a SHA-256 digest is stored and which is compared in constant time. A copy of the database
therefore holds no working link, and the link is shown only once, when it is made. Making a new
one replaces the row, so the old link stops working at once; the secretariat revokes a link by
deleting the row.
"""

import datetime
import hashlib
import hmac
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

SELECTOR_LENGTH = 12  # secrets.token_urlsafe(9): 72 random bits, only to find the row
VERIFIER_LENGTH = 43  # secrets.token_urlsafe(32): 256 random bits, the secret itself
TOKEN_LENGTH = SELECTOR_LENGTH + VERIFIER_LENGTH
# How stale `last_used` may get: a calendar program fetching every few minutes writes once an hour.
LAST_USED_PRECISION = datetime.timedelta(hours=1)


def digest(verifier):
    return hashlib.sha256(verifier.encode()).hexdigest()


class CalendarFeedTokenQuerySet(models.QuerySet):
    def issue(self, user):
        """A new secret token for the user's calendar link; the link before it stops working."""
        selector = secrets.token_urlsafe(9)
        verifier = secrets.token_urlsafe(32)
        self.update_or_create(
            user=user,
            defaults={
                "selector": selector,
                "verifier_digest": digest(verifier),
                "created": timezone.now(),
                "last_used": None,
            },
        )
        return selector + verifier

    def for_token(self, token):
        """The link `token` opens, if it is current and its user active; otherwise None."""
        if not isinstance(token, str) or len(token) != TOKEN_LENGTH:
            return None
        selector, verifier = token[:SELECTOR_LENGTH], token[SELECTOR_LENGTH:]
        found = self.select_related("user").filter(selector=selector).first()
        if found is None or not found.user.is_active:
            return None
        if not hmac.compare_digest(found.verifier_digest, digest(verifier)):
            return None
        return found


class CalendarFeedToken(models.Model):
    """A user's personal calendar link, listed for the secretariat without its secret."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="calendar_feed_token",
        editable=False,
    )
    selector = models.CharField(max_length=SELECTOR_LENGTH, unique=True, editable=False)
    verifier_digest = models.CharField(max_length=64, editable=False)
    created = models.DateTimeField(_("made"), default=timezone.now, editable=False)
    last_used = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)

    objects = CalendarFeedTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("calendar link")
        verbose_name_plural = _("calendar links")
        ordering = ["user__username"]

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

    def mark_used(self):
        now = timezone.now()
        if self.last_used is None or now - self.last_used >= LAST_USED_PRECISION:
            type(self).objects.filter(pk=self.pk).update(last_used=now)
            self.last_used = now
