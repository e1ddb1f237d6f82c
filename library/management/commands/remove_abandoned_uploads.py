"""Remove the files of contribution forms that were never finished (run it daily, see README)."""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.log_actions import log

from library.contribute import abandoned_uploads


class Command(BaseCommand):
    help = (
        "Remove files uploaded through the site's contribution form that no page, draft or "
        "revision uses more than a day after their upload. Admin uploads are never touched."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would be removed; remove nothing."
        )
        parser.add_argument(
            "--days",
            type=int,
            default=30,
            help="How far back to look for uploads (default 30); raise it after a long pause.",
        )

    def handle(self, *args, dry_run=False, days=30, verbosity=1, **options):
        documents = abandoned_uploads(look_back=datetime.timedelta(days=days))
        for document in documents:
            if verbosity >= 2 or dry_run:
                self.stdout.write(f"  {document.pk}: {document.file.name} ({document.created_at})")
            if not dry_run:
                with transaction.atomic():  # the file goes once the row's removal is committed
                    log(document, "wagtail.delete")
                    document.delete()
        verb = "would be removed" if dry_run else "removed"
        self.stdout.write(f"{len(documents)} abandoned upload(s) {verb}.")
