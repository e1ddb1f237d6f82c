"""Wagtail's workflow e-mails in each recipient's language, and in Danish when they chose none.

Wagtail renders each e-mail in the recipient's preferred admin language (their account's
setting), but a recipient without one gets the language of the request that sent it: a
contribution sent from the English form mailed the whole secretariat in English, and a
secretary working in an English admin answered a Danish contributor in English. Wagtail's four
notifiers are wrapped so that they run with the site's language (Danish) active; Wagtail's own
per-recipient switch to the preferred language still comes first.
"""

from django.conf import settings
from django.utils import translation
from wagtail.admin import signal_handlers as wagtail_handlers
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import (
    task_submitted,
    workflow_approved,
    workflow_rejected,
    workflow_submitted,
)


class SiteLanguageByDefault:
    """A notifier that runs with the site's default language active."""

    def __init__(self, notifier):
        self.notifier = notifier

    def __call__(self, *args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            return self.notifier(*args, **kwargs)


# (signal, sender, Wagtail's dispatch_uid, Wagtail's notifier), as wagtail.admin connects them.
NOTIFIERS = [
    (
        task_submitted,
        TaskState,
        "group_approval_task_submitted_email_notification",
        wagtail_handlers.task_submission_email_notifier,
    ),
    (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        wagtail_handlers.workflow_submission_email_notifier,
    ),
    (
        workflow_rejected,
        WorkflowState,
        "workflow_state_rejected_email_notification",
        wagtail_handlers.workflow_rejection_email_notifier,
    ),
    (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        wagtail_handlers.workflow_approval_email_notifier,
    ),
]


def connect():
    """Put the wrapped notifiers in the place of Wagtail's. Under Wagtail's dispatch_uid: when
    this runs before wagtail.admin is ready (home comes first in INSTALLED_APPS), Wagtail's own
    connection is then a no-op; when it runs after, Wagtail's is removed first."""
    for signal, sender, dispatch_uid, notifier in NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(
            SiteLanguageByDefault(notifier), sender=sender, dispatch_uid=dispatch_uid, weak=False
        )
