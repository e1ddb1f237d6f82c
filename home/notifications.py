"""Staying informed: each user chooses which kinds of news reach them by e-mail, and how often.

The ground floor knows no kind of news itself. An app above declares its kinds with
`register(Kind(...))` in its `AppConfig.ready()` (network: minutes, meetings, funding, news for
members; library: new materials in chosen themes). A kind is a key, a label, and a function that
lists the items a user may see that are new since a moment::

    def items(user, since, reader, language, options):
        yield Item(kind="minutes", key=..., title=..., url=..., date=...)

`page_items()` builds them from a queryset of pages: it keeps what the user may view (the
restrictions of the page and its ancestors, in every language) and gives one item per page in
the user's language.

Each user has a `NotificationPreference` per kind (off by default: nobody gets mail they did not
ask for), and each item a user was sent is recorded in `NotificationSent`, unique per user, kind
and item: `deliver()` claims an item before it sends it, so a second run, a second worker or an
item published again never reaches the same person twice. "At once" is delivered by the
background task queued when something is published (`home.tasks.queue_immediate_notifications`);
the weekly digest by `manage.py send_notification_digest`.

Every e-mail carries a signed link (`unsubscribe_url()`) that switches off the kinds it is about
without logging in, and the RFC 8058 headers that let a mail program do it in one click.
"""

import datetime
import logging
import smtplib
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Site

from .models import NotificationPreference, NotificationSent
from .privacy import Reader, viewable_pages

logger = logging.getLogger(__name__)

MAIL_ERRORS = (smtplib.SMTPException, OSError)
UNSUBSCRIBE_SALT = "home.notifications.unsubscribe"
ALL_KINDS = "*"
LANGUAGES = ("da", "en")
LOOK_BACK = datetime.timedelta(hours=1)


@dataclass(frozen=True)
class Item:
    """Something new: `key` names it once for all its languages (a page's translation key), so
    that the Danish and the English page are one item."""

    kind: str
    key: str
    title: str
    url: str
    date: Any


@dataclass(frozen=True)
class Kind:
    """A kind of news a user may choose: `items(user, since, reader, language, options)` lists
    what is new for them since `since`; `choices(language)` the values of its option, if any
    (the themes of the library), as [(value, label)], offered under `option_label` with the
    help text `hint`; the chosen values reach `items` as `options["choices"]`."""

    key: str
    label: Any
    help_text: Any
    items: Any
    order: int = 100
    option_label: Any = None
    choices: Any = None
    hint: Any = None


_KINDS = {}


def register(kind):
    _KINDS[kind.key] = kind


def kinds():
    """Every registered kind, in the order of the profile page."""
    return sorted(_KINDS.values(), key=lambda kind: (kind.order, kind.key))


def get_kind(key):
    return _KINDS.get(key)


def page_items(kind, pages, reader, language, date_field):
    """An Item for each page of `pages` (in all languages) whose every language the reader may
    view: a restriction added to the Danish page after its translation was made is not on the
    English one, and must hide both. One page per translation key, in `language` if there is
    one, else in the language it has; oldest first by `date_field`, which is also the date the
    mail shows."""
    everything = list(pages.live().select_related("locale"))
    if not everything:
        return []
    # Every language of each page, also those outside the window `pages` was filtered to.
    versions = pages.model.objects.filter(
        translation_key__in={page.translation_key for page in everything}
    )
    visible = set(viewable_pages(versions, reader).values_list("pk", flat=True))
    refused = {
        key for pk, key in versions.values_list("pk", "translation_key") if pk not in visible
    }
    chosen = {}
    for page in everything:
        if page.translation_key in refused:
            continue
        current = chosen.get(page.translation_key)
        if current is None or (
            page.locale.language_code == language and current.locale.language_code != language
        ):
            chosen[page.translation_key] = page
    found = sorted(chosen.values(), key=lambda page: (getattr(page, date_field), page.pk))
    return [
        Item(
            kind=kind,
            key=str(page.translation_key),
            title=page.title,
            url=page.get_full_url(),
            date=getattr(page, date_field),
        )
        for page in found
    ]


# Preferences


def preferences_of(user):
    """{kind key: NotificationPreference} of the user, for every registered kind: unsaved and
    off where the user has chosen nothing yet."""
    saved = {pref.kind: pref for pref in NotificationPreference.objects.filter(user=user)}
    return {
        kind.key: saved.get(kind.key) or NotificationPreference(user=user, kind=kind.key)
        for kind in kinds()
    }


def save_preferences(user, chosen, language):
    """Store {kind key: (frequency, options)}. A kind switched on starts from now: the first mail
    brings what is new from this moment, not the whole history of the site."""
    now = timezone.now()
    current = preferences_of(user)
    with transaction.atomic():
        for key, (frequency, options) in chosen.items():
            pref = current[key]
            if pref.frequency == NotificationPreference.OFF and frequency != pref.OFF:
                pref.since = now
            pref.frequency = frequency
            pref.options = options
            pref.language = language if language in LANGUAGES else settings.LANGUAGE_CODE
            pref.save()


def turn_off(user, kind_key):
    """Switch one kind, or every kind (`ALL_KINDS`), off for the user: how many were on."""
    prefs = NotificationPreference.objects.filter(user=user).exclude(
        frequency=NotificationPreference.OFF
    )
    if kind_key != ALL_KINDS:
        prefs = prefs.filter(kind=kind_key)
    return prefs.update(frequency=NotificationPreference.OFF)


# Unsubscribe links


def unsubscribe_token(user, kind_key=ALL_KINDS):
    return signing.dumps({"u": user.pk, "k": kind_key}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token):
    """(user id, kind key) of a token this site signed, or None for anything else."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except (signing.BadSignature, ValueError, UnicodeError):
        return None
    if not isinstance(data, dict):
        return None
    user_id, kind_key = data.get("u"), data.get("k")
    if not isinstance(user_id, int) or not isinstance(kind_key, str):
        return None
    if kind_key != ALL_KINDS and kind_key not in _KINDS:
        return None
    return user_id, kind_key


def site_url(path):
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return root.rstrip("/") + path


def unsubscribe_url(user, kind_key=ALL_KINDS):
    """The signed link of an e-mail, in the active language."""
    return site_url(reverse("notifications_unsubscribe", args=[unsubscribe_token(user, kind_key)]))


def record_sent(user, kind_key, item_key):
    """Note that `user` has had the item by other means (the minutes mailed to the meeting's
    participants): the notifications will not bring it again. True if it was not noted yet."""
    try:
        with transaction.atomic():
            NotificationSent.objects.create(user=user, kind=kind_key, item_key=item_key)
    except IntegrityError:
        return False
    return True


# Delivery


def window_start(pref):
    """Where the search for news of a preference starts: where its last mail started looking,
    less `LOOK_BACK` (a page published in a transaction that committed after that mail looked
    is not lost; what the mail did send is left out by its record), never before the kind was
    switched on."""
    if pref.last_sent_at is None:
        return pref.since
    return max(pref.since, pref.last_sent_at - LOOK_BACK)


def new_items(user, preferences, reader):
    """{kind key: [Item]} of what is new for the user under `preferences` and not sent yet."""
    found = {}
    for pref in preferences:
        kind = _KINDS.get(pref.kind)
        if kind is None:
            continue
        since = window_start(pref)
        with translation.override(pref.language):
            items = list(
                kind.items(
                    user=user,
                    since=since,
                    reader=reader,
                    language=pref.language,
                    options=pref.options or {},
                )
            )
        if items:
            found[pref.kind] = items
    if not found:
        return {}
    sent = set(
        NotificationSent.objects.filter(
            user=user,
            kind__in=list(found),
            item_key__in=[item.key for items in found.values() for item in items],
        ).values_list("kind", "item_key")
    )
    found = {
        key: [item for item in items if (key, item.key) not in sent] for key, items in found.items()
    }
    return {key: items for key, items in found.items() if items}


def _claim(user, found):
    """Record each item as sent to the user, keeping those this run recorded first."""
    claimed, rows = {}, []
    for key, items in found.items():
        for item in items:
            try:
                with transaction.atomic():
                    rows.append(
                        NotificationSent.objects.create(user=user, kind=key, item_key=item.key)
                    )
            except IntegrityError:  # another run sent it meanwhile
                continue
            claimed.setdefault(key, []).append(item)
    return claimed, rows


def message_for(user, found, frequency, language, connection=None):
    """The e-mail of `found` ({kind key: [Item]}) to the user, in `language`."""
    with translation.override(language):
        unsubscribe_kind = next(iter(found)) if len(found) == 1 else ALL_KINDS
        if frequency == NotificationPreference.WEEKLY:
            unsubscribe_kind = ALL_KINDS
        groups = [
            {"label": kind.label, "items": found[kind.key]} for kind in kinds() if kind.key in found
        ]
        unsubscribe = unsubscribe_url(user, unsubscribe_kind)
        context = {
            "name": user.get_full_name() or user.get_username(),
            "groups": groups,
            "count": sum(len(group["items"]) for group in groups),
            "weekly": frequency == NotificationPreference.WEEKLY,
            "preferences_url": site_url(reverse("notification_preferences")),
            "unsubscribe_url": unsubscribe,
            "unsubscribe_all": unsubscribe_kind == ALL_KINDS,
            "kind_label": _KINDS[unsubscribe_kind].label if unsubscribe_kind in _KINDS else "",
        }
        subject = render_to_string("home/notifications/subject.txt", context)
        return EmailMessage(
            subject=" ".join(subject.split()),
            body=render_to_string("home/notifications/email.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[user.email],
            connection=connection,
            headers={
                "List-Unsubscribe": f"<{unsubscribe}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )


def deliver(frequency):
    """Send each user who chose `frequency` for some kind one e-mail with what is new for them
    in those kinds; returns how many e-mails were sent. The window of each kind starts where
    the user's last mail of it started looking (or where they switched it on); what was sent
    before is left out by its record, so running this twice sends nothing new."""
    prefs = (
        NotificationPreference.objects.filter(
            frequency=frequency, kind__in=list(_KINDS), user__is_active=True
        )
        .exclude(user__email="")
        .select_related("user")
        .order_by("user_id", "kind")
    )
    by_user = {}
    for pref in prefs:
        by_user.setdefault(pref.user, []).append(pref)
    sent = 0
    with get_connection() as connection:
        for user, user_prefs in by_user.items():
            looked_at = timezone.now()
            found = new_items(user, user_prefs, Reader(user))
            claimed, rows = _claim(user, found)
            if claimed:
                language = user_prefs[0].language
                message = message_for(user, claimed, frequency, language, connection)
                try:
                    message.send()
                except MAIL_ERRORS:
                    logger.exception("The notifications of user %s could not be sent", user.pk)
                    NotificationSent.objects.filter(pk__in=[row.pk for row in rows]).delete()
                    continue
                sent += 1
            NotificationPreference.objects.filter(pk__in=[p.pk for p in user_prefs]).update(
                last_sent_at=looked_at
            )
    return sent
