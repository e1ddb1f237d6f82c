"""The project's background queue: work too slow for a request (text extraction, PDFs, digests).

Django's tasks API (the `django-tasks` backport) with two backends, set in `TASKS`:

- "default", immediate: Wagtail's own tasks (search index, reference index, removing a deleted
  file) run inside the request, so that a published page is found by search and its references
  are counted at once, exactly as without a queue.
- "background", the database: a task is stored with the request's transaction and run later by
  the worker, `manage.py db_worker --backend background --queue-name '*'`.

Declare the project's tasks with `@background_task()` so they never land on the immediate
backend by mistake::

    @background_task()
    def extract_text(document_id): ...

    extract_text.enqueue(document.pk)
"""

import functools

from django.db import transaction
from django_tasks import task

from .extraction import store_text
from .handbook_pdf import store_pdf
from .notification_models import NotificationPreference
from .notifications import deliver

BACKGROUND = "background"

background_task = functools.partial(task, backend=BACKGROUND)


@background_task()
def extract_document_text(document_id):
    """Reads the text of a document's file into its DocumentText (home/extraction.py)."""
    return store_text(document_id)


@background_task()
def make_handbook_pdf(handbook_id):
    """Renders the whole handbook as a PDF and keeps it (home/handbook_pdf.py)."""
    stored = store_pdf(handbook_id)
    return stored.size if stored else None


@background_task()
def send_immediate_notifications():
    """Mail what was just published to those who want to hear of it at once
    (home/notifications.py): queued by the apps when they publish something."""
    return deliver(NotificationPreference.IMMEDIATE)


@background_task()
def send_notification_digest():
    """The weekly digest: one e-mail per user with everything new in the kinds they chose."""
    return deliver(NotificationPreference.WEEKLY)


def queue_immediate_notifications():
    """Once the publishing transaction is committed, let the worker tell those who asked."""
    transaction.on_commit(lambda: send_immediate_notifications.enqueue())
