"""manage.py backup --output DIR: one dated archive of the database and the media files.

See home/backup.py for what the archive holds, and the README ("Backup and restore") for the
cron line and the retention rule (--prune)."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from home import backup


def media_on_disk():
    return isinstance(default_storage, FileSystemStorage)


class Command(BaseCommand):
    help = "Write one archive with the database, the media files and a manifest into --output."

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True, help="the folder the archive goes into")
        parser.add_argument(
            "--prune",
            action="store_true",
            help="then delete the archives in --output that the retention rule does not keep",
        )
        parser.add_argument("--keep-daily", type=int, default=14, metavar="DAYS")
        parser.add_argument("--keep-weekly", type=int, default=8, metavar="WEEKS")

    def handle(self, *args, output, prune, keep_daily, keep_weekly, **options):
        connection = connections["default"]
        sqlite_connection = None
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            sqlite_connection = connection.connection
        try:
            path = backup.backup(
                output,
                database=connection.settings_dict,
                sqlite_connection=sqlite_connection,
                media_root=settings.MEDIA_ROOT,
                media_in_storage=media_on_disk(),
            )
        except (backup.BackupError, OSError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Wrote {path}")
        if not media_on_disk():
            self.stdout.write("Media files are in object storage: its versioning backs them up.")
        if prune:
            for name in backup.prune(output, daily=keep_daily, weekly=keep_weekly):
                self.stdout.write(f"Removed {name}")
