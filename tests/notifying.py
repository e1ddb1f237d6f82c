"""Helpers of the notification tests: members who chose what to hear of, pages published as the
admin publishes them (with a revision, so they have a first publication date), and the digest
run as cron runs it."""

from io import StringIO

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from home.models import NotificationPreference
from home.roles import PROFESSIONALS
from network.factories import MemberNewsPageFactory
from network.models import MemberNewsIndexPage
from tests.people import new_user


def subscriber(username="abonnent", language="da", since=None, groups=None, **choices):
    """A professional who chose `kind=frequency` (or `kind=(frequency, options)`), counting from
    `since` (now by default)."""
    user = new_user(username, *(groups or [Group.objects.get(name=PROFESSIONALS)]))
    for kind, choice in choices.items():
        frequency, options = choice if isinstance(choice, tuple) else (choice, {})
        NotificationPreference.objects.create(
            user=user,
            kind=kind,
            frequency=frequency,
            options=options,
            language=language,
            since=since or timezone.now(),
        )
    return user


def publish(page):
    """Publish as the admin does: a revision, published (so the page has its publication dates)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def member_news_index(language="da"):
    return MemberNewsIndexPage.objects.get(locale__language_code=language)


def news_for_members(title, **fields):
    return publish(MemberNewsPageFactory(parent=member_news_index(), title=title, **fields))


def digest():
    """Run the weekly digest as cron does; the mails it sent."""
    before = len(mail.outbox)
    call_command("send_notification_digest", stdout=StringIO())
    return mail.outbox[before:]
