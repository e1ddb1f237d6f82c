"""Queue today's reminders of funding deadlines (run it daily, see README)."""

from django.core.management.base import BaseCommand, CommandError
from django_tasks import TaskResultStatus

from network.tasks import send_funding_reminders


class Command(BaseCommand):
    help = (
        "Remind the followers of each funding opportunity by e-mail two weeks before its "
        "deadline, once per deadline (on the Copenhagen calendar; a day the command did not run "
        "is caught up the next). The mail is sent by the background worker; running the "
        "command again, or on a later day, sends nobody the same reminder twice."
    )

    def handle(self, *args, **options):
        result = send_funding_reminders.enqueue()
        if not result.is_finished:
            self.stdout.write("Funding reminders queued for the background worker.")
        elif result.status == TaskResultStatus.SUCCESSFUL:
            self.stdout.write(f"{result.return_value} funding reminder(s) sent.")
        else:
            raise CommandError("The funding reminders could not be sent: see the log.")
