"""Remind the contact person of each material 30 days before its review (run it daily, see
README)."""

from django.core.management.base import BaseCommand

from library.reviews import NOTICE, reminders_due, send_review_reminders


class Command(BaseCommand):
    help = (
        f"Mail the contact person of each live material whose review date comes within "
        f"{NOTICE.days} days, once per review date: a changed review date makes a new reminder due."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List whom it would remind; send nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        if dry_run:
            materials = list(reminders_due())
            for material in materials:
                self.stdout.write(
                    f"  {material.pk}: {material.title} ({material.next_review}) "
                    f"→ {material.contact_email}"
                )
            self.stdout.write(f"{len(materials)} review reminder(s) would be sent.")
            return
        self.stdout.write(f"{send_review_reminders()} review reminder(s) sent.")
