"""The network's background work: mail to many people at once."""

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from home.notifications import record_sent
from home.roles import secretariat_users
from home.tasks import background_task

from .funding import stop_url
from .models.funding import FundingFollow, danish_sort_key
from .models.funding_page import FundingPage
from .models.meetings import MeetingPage
from .models.onboarding import JoinRequest

logger = logging.getLogger(__name__)

MAIL_ERRORS = (smtplib.SMTPException, OSError)


@background_task()
def send_minutes(meeting_id):
    """Tell each participant of a meeting that its minutes are out, once: a participant who
    has had them is skipped, so running it again only reaches those who registered since."""
    meeting = MeetingPage.objects.filter(pk=meeting_id).first()
    if meeting is None or not meeting.live or not meeting.minutes:
        return 0
    waiting = (
        meeting.registrations.filter(minutes_sent_at__isnull=True)
        .exclude(user__email="")
        .select_related("user")
    )
    sent = 0
    with translation.override(settings.LANGUAGE_CODE), get_connection() as connection:
        url = meeting.get_full_url()
        for registration in waiting:
            user = registration.user
            context = {
                "meeting": meeting,
                "url": url,
                "name": user.get_full_name() or user.get_username(),
            }
            subject = render_to_string("network/meetings/minutes_subject.txt", context)
            EmailMessage(
                subject=" ".join(subject.split()),
                body=render_to_string("network/meetings/minutes_email.txt", context),
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=[user.email],
                connection=connection,
            ).send()
            registration.minutes_sent_at = timezone.now()
            registration.save(update_fields=["minutes_sent_at"])
            # Whoever asked to hear of new minutes has had these: not again in a digest.
            record_sent(user, "minutes", str(meeting.translation_key))  # network.notifications
            sent += 1
    return sent


@background_task()
def notify_secretariat_of_join_request(join_request_id):
    """Tell everyone who acts as the secretariat that a municipality wants to join."""
    join_request = JoinRequest.objects.select_related("municipality").filter(pk=join_request_id)
    join_request = join_request.first()
    recipients = sorted({user.email for user in secretariat_users() if user.email})
    if join_request is None or not recipients:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "join_request": join_request,
            "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("wagtailsnippets_network_joinrequest:list"),
        }
        subject = render_to_string("network/joining/secretariat_subject.txt", context)
        EmailMessage(
            subject=" ".join(subject.split()),
            body=render_to_string("network/joining/secretariat_email.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=recipients,
            reply_to=[join_request.email],
        ).send()
    return len(recipients)


def _funding_page_urls():
    """{language code: address} of the live funding page of each language."""
    urls = {}
    for page in FundingPage.objects.live().select_related("locale").order_by("path"):
        urls.setdefault(page.locale.language_code, page.get_full_url())
    return urls


def _claim(follow, deadline):
    """Mark the follow reminded of `deadline` if nobody did in the meantime (a second run of the
    command, a second worker): True when this run is the one to send the reminder."""
    unchanged = FundingFollow.objects.filter(pk=follow.pk)
    if follow.reminded_for is None:
        unchanged = unchanged.filter(reminded_for__isnull=True)
    else:
        unchanged = unchanged.filter(reminded_for=follow.reminded_for)
    return bool(unchanged.update(reminded_for=deadline, reminded_at=timezone.now()))


def _release(follow):
    """Owe the reminder again after the mail server refused it: the next run tries again."""
    FundingFollow.objects.filter(pk=follow.pk).update(
        reminded_for=follow.reminded_for, reminded_at=follow.reminded_at
    )


@background_task()
def send_funding_reminders():
    """Remind each follower of a funding opportunity two weeks before its deadline, once per
    deadline (see FundingFollow): in the language of the page on which they began to follow,
    counted on today's date in Copenhagen. Returns how many reminders were sent."""
    today = timezone.localdate()
    due = list(
        FundingFollow.objects.due(today)
        .select_related("opportunity", "user")
        .prefetch_related("opportunity__applicants")
        .order_by("opportunity__deadline", "pk")
    )
    if not due:
        return 0
    urls = _funding_page_urls()
    sent = 0
    with get_connection() as connection:
        for follow in due:
            opportunity, user = follow.opportunity, follow.user
            if not _claim(follow, opportunity.deadline):
                continue
            language = follow.language if follow.language in urls else settings.LANGUAGE_CODE
            with translation.override(language):
                context = {
                    "opportunity": opportunity,
                    "name": user.get_full_name() or user.get_username(),
                    "when": opportunity.deadline_wording(today),
                    "days": opportunity.days_left(today),
                    "applicants": sorted(
                        (m.name for m in opportunity.applicants.all()), key=danish_sort_key
                    ),
                    "url": urls.get(language, ""),
                    "stop_url": stop_url(follow),
                }
                subject = render_to_string("network/funding/reminder_subject.txt", context)
                message = EmailMessage(
                    subject=" ".join(subject.split()),
                    body=render_to_string("network/funding/reminder_email.txt", context),
                    from_email=settings.DEFAULT_FROM_EMAIL,
                    to=[user.email],
                    connection=connection,
                    headers={
                        "List-Unsubscribe": f"<{context['stop_url']}>",
                        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                    },
                )
            try:
                message.send()
            except MAIL_ERRORS:
                logger.exception("The funding reminder of follow %s could not be sent", follow.pk)
                _release(follow)
                continue
            sent += 1
    return sent
