"""Load the demo site: pages in Danish and English, images, files and a user for every role."""

import os

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from home import roles
from home.demo import Bilingual
from home.demo import content as public_site

DEFAULT_PASSWORD = "fiv-demo-2026"  # noqa: S105 (demo users only; the command refuses to run in production)

DEMO_USERS = [
    # username, first name, last name, group, is_superuser
    ("sekretariat", "Sara", "Sekretær", roles.SECRETARIAT),
    ("kommune", "Karin", "Kommunesen", roles.PROFESSIONALS),
    ("fagperson", "Frederik", "Fagsen", roles.PROFESSIONALS),
]


class Command(BaseCommand):
    help = (
        "Load the demo content: the public site in Danish with English translations, and demo "
        "users for every role (password from DEMO_PASSWORD). Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even when DEBUG is off (never do this on a production site).",
        )

    def handle(self, *args, force=False, verbosity=1, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "DEBUG is off: this looks like a production site. Demo content and demo users "
                "with a known password do not belong there. Use --force if you are sure."
            )
        self.verbosity = verbosity
        with transaction.atomic():
            roles.sync_roles()
            self._users()
            public_site.load(Bilingual(), self._log)
            # Apps further up the stack add their own demo content through a `demo` module.
            for app_config in apps.get_app_configs():
                loader = getattr(app_config, "load_demo_content", None)
                if loader:
                    loader(self._log)
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

    def _log(self, message):
        if self.verbosity >= 1:
            self.stdout.write(f"  {message}")

    def _users(self):
        password = os.environ.get("DEMO_PASSWORD", DEFAULT_PASSWORD)
        User = get_user_model()
        for username, first_name, last_name, group_name in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first_name,
                    "last_name": last_name,
                    "email": f"{username}@example.org",
                },
            )
            if created:
                user.set_password(password)
                user.save()
                user.groups.add(Group.objects.get(name=group_name))
                self._log(f"Created the demo user {username}")
