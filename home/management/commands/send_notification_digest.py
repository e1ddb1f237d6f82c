"""Queue the weekly digest of notifications (run it once a week, see README)."""

from django.core.management.base import BaseCommand, CommandError
from django_tasks import TaskResultStatus

from home.tasks import send_notification_digest


class Command(BaseCommand):
    help = (
        "Send each user who chose a weekly digest one e-mail with what is new in the kinds "
        "they chose, since their last digest. The mail is sent by the background worker; an "
        "item is never sent to the same person twice, so running the command again sends "
        "nothing new."
    )

    def handle(self, *args, **options):
        result = send_notification_digest.enqueue()
        if not result.is_finished:
            self.stdout.write("The notification digest is queued for the background worker.")
        elif result.status == TaskResultStatus.SUCCESSFUL:
            self.stdout.write(f"{result.return_value} digest(s) sent.")
        else:
            raise CommandError("The notification digest could not be sent: see the log.")
