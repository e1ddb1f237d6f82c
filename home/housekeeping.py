"""What the daily commands that delete old rows share (README, "Uploads and zips: limits and
housekeeping"): a --dry-run that counts instead, and a sentence that says how many."""

from django.core.management.base import BaseCommand


class DeletingCommand(BaseCommand):
    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be deleted; delete nothing."
        )

    def delete(self, rows, what, dry_run=False):
        """Deletes the rows of the queryset, or only counts them with `dry_run`, and says so:
        "3 <what> deleted." or "3 <what> would be deleted."."""
        if dry_run:
            count = rows.count()
        else:
            count, _ = rows.delete()
        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(f"{count} {what} {verb}.")
