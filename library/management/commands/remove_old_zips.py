"""Remove the kept zips of materials' files older than a day (run it daily, see README)."""

from django.core.management.base import BaseCommand

from library.downloads import remove_old_zips


class Command(BaseCommand):
    help = (
        "Remove the zips of materials' files kept on the storage for more than a day; each is "
        "built again on its next download. A deleted or replaced file so leaves no copy behind."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"{remove_old_zips()} old zip(s) removed.")
