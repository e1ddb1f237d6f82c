"""The network's background work: mail to many people at once."""

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from home.roles import secretariat_users
from home.tasks import background_task

from .models.meetings import MeetingPage
from .models.onboarding import JoinRequest


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
