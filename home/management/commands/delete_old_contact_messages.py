"""Delete contact-form messages older than the retention period (run it daily, see README)."""

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from home.models import ContactPage


def expired_messages(months, now=None):
    """The contact-form submissions, in every language, that arrived more than `months` ago."""
    # Months on the Copenhagen calendar: the clock's summer-time shift does not move the limit.
    cutoff = timezone.localtime(now or timezone.now()) - relativedelta(months=months)
    contact_pages = ContactPage.objects.values("pk")
    return FormSubmission.objects.filter(page__in=contact_pages, submit_time__lt=cutoff)


class Command(BaseCommand):
    help = (
        "Delete messages sent through the contact form more than FIV_CONTACT_RETENTION_MONTHS "
        "months ago (default 6), as the privacy policy promises."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--months",
            type=int,
            default=None,
            help="Keep messages this many months instead of FIV_CONTACT_RETENTION_MONTHS.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be deleted; delete nothing."
        )

    def handle(self, *args, months=None, dry_run=False, **options):
        months = settings.FIV_CONTACT_RETENTION_MONTHS if months is None else months
        if months < 1:
            raise CommandError("The retention period must be at least one month.")
        messages = expired_messages(months)
        if dry_run:
            count = messages.count()
        else:
            count, _ = messages.delete()
        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(f"{count} contact message(s) older than {months} months {verb}.")
