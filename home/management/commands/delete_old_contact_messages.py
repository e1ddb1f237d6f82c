"""Delete contact-form messages older than the retention period (run it daily, see README)."""

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from home.housekeeping import DeletingCommand
from home.models import ContactPage


def expired_messages(months, now=None):
    """The contact-form submissions, in every language, that arrived more than `months` ago."""
    # Months on the Copenhagen calendar: the clock's summer-time shift does not move the limit.
    cutoff = timezone.localtime(now or timezone.now()) - relativedelta(months=months)
    contact_pages = ContactPage.objects.values("pk")
    return FormSubmission.objects.filter(page__in=contact_pages, submit_time__lt=cutoff)


class Command(DeletingCommand):
    help = (
        "Delete messages sent through the contact form more than FIV_CONTACT_RETENTION_MONTHS "
        "months ago (default 6), as the privacy policy promises."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--months",
            type=int,
            default=None,
            help="Keep messages this many months instead of FIV_CONTACT_RETENTION_MONTHS.",
        )

    def handle(self, *args, months=None, dry_run=False, **options):
        months = settings.FIV_CONTACT_RETENTION_MONTHS if months is None else months
        if months < 1:
            raise CommandError("The retention period must be at least one month.")
        what = f"contact message(s) older than {months} months"
        self.delete(expired_messages(months), what, dry_run=dry_run)
