"""manage.py restore ARCHIVE: the database and media files of a backup, checked twice.

Refuses a database with tables or a media folder with files unless given --force, checks every
checksum of the archive before changing anything, and the rows and files afterwards."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from home import backup
from home.management.commands.backup import media_on_disk


class Command(BaseCommand):
    help = "Restore a backup archive into an empty database and media folder, and verify it."

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace the tables of a database and the files of a media folder that are not "
            "empty",
        )

    def handle(self, *args, archive, force, **options):
        connection = connections["default"]
        database = connection.settings_dict
        try:
            manifest = backup.restore(
                archive,
                database=database,
                media_root=settings.MEDIA_ROOT,
                force=force,
                media_in_storage=media_on_disk(),
                # The restore writes the database through a connection of its own.
                before_changes=connection.close,
            )
        except (backup.BackupError, OSError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored {len(manifest['tables'])} tables "
            f"({sum(manifest['tables'].values())} rows) and "
            f"{len(manifest['media'] or {})} media files from {archive}: all match the manifest."
        )
