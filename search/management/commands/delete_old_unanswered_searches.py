"""Delete the searches without results older than the retention period (run it daily, see
README)."""

import math

from django.conf import settings
from django.core.management.base import CommandError

from home.housekeeping import DeletingCommand
from search.models import UnansweredQuery
from search.report import REPORT_DAYS

# The report must keep its days: a retention of fewer months could cut into them.
MIN_MONTHS = math.ceil(REPORT_DAYS / 28)


class Command(DeletingCommand):
    help = (
        "Delete the searches without results (the report 'Søgninger uden resultater') of days "
        "more than FIV_UNANSWERED_SEARCH_RETENTION_MONTHS months ago (default 13): a search "
        "word may name a person."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--months",
            type=int,
            default=None,
            help="Keep them this many months instead of FIV_UNANSWERED_SEARCH_RETENTION_MONTHS.",
        )

    def handle(self, *args, months=None, dry_run=False, **options):
        months = settings.FIV_UNANSWERED_SEARCH_RETENTION_MONTHS if months is None else months
        if months < MIN_MONTHS:
            raise CommandError(
                f"The retention period must be at least {MIN_MONTHS} months: the report looks "
                f"back {REPORT_DAYS} days."
            )
        what = f"search(es) without results older than {months} months"
        self.delete(UnansweredQuery.expired(months), what, dry_run=dry_run)
