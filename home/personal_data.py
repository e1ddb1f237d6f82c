"""What the site holds about one person: exported as JSON for the secretariat, or erased.

The ground floor knows the account, the pages a person owns (their contributions, whatever their
type), the revisions and approval requests they made, the audit log, the login history kept by
django-axes and the contact form's messages sent from their address. The apps above add what they
hold with `register()` in their `AppConfig.ready()` (network: membership, meeting sign-ups, the
calendar link, local data); the ground floor names nothing above it.

Erasing deletes the account and what belongs only to it, keeps the contributions under their
municipality's name (Wagtail sets a deleted owner to nothing), and anonymises the audit log: the
entries the person made lose their user, and the entries about the account lose its name. Both
the export and the erasure are themselves logged, under the secretariat member who did them.
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import FormSubmission
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry, Revision, WorkflowState

from .notification_models import NotificationPreference, NotificationSent

EXPORT_ACTION = "fiv.personal_data.export"
ERASE_ACTION = "fiv.personal_data.erase"
LOG_ACTIONS = [
    (EXPORT_ACTION, _("Export personal data"), _("Personal data exported")),
    (ERASE_ACTION, _("Erase user"), _("User erased")),
]

# name -> (label, export(user) -> JSON-able or None, erase(user) -> None or None)
_SECTIONS = {}


def register(name, label, export, erase=None):
    """Add what an app holds about a person: `export(user)` returns plain data (lists, dicts,
    strings, numbers), `erase(user)` removes what a deleted account would leave behind."""
    _SECTIONS[name] = (label, export, erase)


def when(value):
    return value.isoformat() if value else None


def _account(user):
    return {
        "id": user.pk,
        "username": user.get_username(),
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "active": user.is_active,
        "joined": when(user.date_joined),
        "last_login": when(user.last_login),
        "groups": sorted(user.groups.values_list("name", flat=True)),
    }


def _pages(user):
    from wagtail.models import Page

    pages = Page.objects.filter(owner=user).select_related("locale").order_by("path")
    return [
        {
            "title": page.title,
            "type": page.specific_class._meta.verbose_name if page.specific_class else "",
            "language": page.locale.language_code,
            "live": page.live,
            "first_published": when(page.first_published_at),
            "last_published": when(page.last_published_at),
            "url_path": page.url_path,
        }
        for page in pages
    ]


def _revisions(user):
    revisions = Revision.objects.filter(user=user).order_by("created_at")
    return [
        {"object": revision.object_str, "saved": when(revision.created_at)}
        for revision in revisions
    ]


def _approval_requests(user):
    states = WorkflowState.objects.filter(requested_by=user).order_by("created_at")
    return [
        {
            "object": str(state.content_object or ""),
            "status": state.status,
            "made": when(state.created_at),
        }
        for state in states.prefetch_related("content_object")
    ]


def _audit_log(user):
    entries = [
        *PageLogEntry.objects.filter(user=user).values("timestamp", "action", "label"),
        *ModelLogEntry.objects.filter(user=user).values("timestamp", "action", "label"),
    ]
    entries.sort(key=lambda entry: entry["timestamp"])
    return [
        {"when": when(entry["timestamp"]), "action": entry["action"], "object": entry["label"]}
        for entry in entries
    ]


def _login_records(user):
    from axes.models import AccessAttempt, AccessLog

    names = _login_names(user)
    logins = AccessLog.objects.filter(username__in=names).order_by("attempt_time")
    failures = AccessAttempt.objects.filter(username__in=names).order_by("attempt_time")
    return {
        "logins": [
            {
                "when": when(entry.attempt_time),
                "logout": when(entry.logout_time),
                "ip_address": entry.ip_address,
                "user_agent": entry.user_agent,
            }
            for entry in logins
        ],
        "failed_attempts": [
            {
                "when": when(entry.attempt_time),
                "failures": entry.failures_since_start,
                "ip_address": entry.ip_address,
            }
            for entry in failures
        ],
    }


def _login_names(user):
    return {name for name in [user.get_username(), user.email] if name}


def _erase_login_records(user):
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    names = _login_names(user)
    for model in (AccessAttempt, AccessLog, AccessFailureLog):
        model.objects.filter(username__in=names).delete()


def _notifications(user):
    """What the person chose to hear of, and how many items they were sent (the items are
    pages and opportunities of the site, not theirs); both are deleted with the account."""
    return {
        "preferences": [
            {
                "kind": pref.kind,
                "frequency": pref.frequency,
                "options": pref.options,
                "language": pref.language,
                "since": when(pref.since),
                "last_looked": when(pref.last_sent_at),
            }
            for pref in NotificationPreference.objects.filter(user=user).order_by("kind")
        ],
        "items_sent": [
            {"kind": sent.kind, "item": sent.item_key, "sent": when(sent.sent_at)}
            for sent in NotificationSent.objects.filter(user=user).order_by("sent_at", "pk")
        ],
    }


def _contact_messages_of(user):
    """The contact form's messages sent from the person's address (kept six months)."""
    address = user.email.casefold()
    if not address:
        return []
    return [
        submission
        for submission in FormSubmission.objects.order_by("submit_time")
        if any(
            isinstance(value, str) and value.strip().casefold() == address
            for value in (submission.form_data or {}).values()
        )
    ]


def _contact_messages(user):
    return [
        {"sent": when(submission.submit_time), "message": submission.form_data}
        for submission in _contact_messages_of(user)
    ]


def _erase_contact_messages(user):
    FormSubmission.objects.filter(pk__in=[s.pk for s in _contact_messages_of(user)]).delete()


register("account", _("Account"), _account)
register("pages_owned", _("Pages they own (contributions)"), _pages)
register("revisions", _("Versions they saved"), _revisions)
register("approval_requests", _("Submitted for approval"), _approval_requests)
register("audit_log", _("Actions in the audit log"), _audit_log)
register("login_history", _("Logins and failed attempts"), _login_records, _erase_login_records)
register("notifications", _("Notifications by e-mail"), _notifications)
register(
    "contact_messages",
    _("Messages sent through the contact form"),
    _contact_messages,
    _erase_contact_messages,
)


def export(user, by):
    """Everything the site holds about `user`, as plain data; the export is logged under `by`."""
    data = {
        "exported": when(timezone.now()),
        **{name: section_export(user) for name, (_label, section_export, _e) in _SECTIONS.items()},
    }
    log(instance=user, action=EXPORT_ACTION, user=by)
    return data


def summary(user):
    """What the admin page shows before export or erasure: each section with its size."""
    rows = []
    for name, (label, section_export, _erase) in _SECTIONS.items():
        value = section_export(user)
        if isinstance(value, dict) and name != "account":
            count = sum(len(part) for part in value.values() if isinstance(part, list))
        elif isinstance(value, list):
            count = len(value)
        else:
            count = None if name == "account" else int(bool(value))
        rows.append({"name": name, "label": label, "count": count})
    return rows


def erased_label(pk):
    return gettext("Erased user %(id)s") % {"id": pk}


@transaction.atomic
def erase(user, by):
    """Delete the account and what belongs only to it; contributions stay, the log forgets who."""
    pk = user.pk
    label = erased_label(pk)
    log(instance=user, action=ERASE_ACTION, user=by, title=label)
    for _label, _export, section_erase in _SECTIONS.values():
        if section_erase is not None:
            section_erase(user)
    PageLogEntry.objects.filter(user_id=pk).update(user=None)
    ModelLogEntry.objects.filter(user_id=pk).update(user=None)
    about_the_account = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(get_user_model()), object_id=str(pk)
    )
    about_the_account.exclude(action=ERASE_ACTION).update(label=label, data={})
    about_the_account.filter(action=ERASE_ACTION).update(label=label)
    user.delete()
