from django.core.management.base import BaseCommand

from home.roles import sync_roles


class Command(BaseCommand):
    help = "Create the role groups (Sekretariat, Fagpersoner) and give them their permissions."

    def handle(self, *args, **options):
        sync_roles()
        self.stdout.write(self.style.SUCCESS("The roles are in place."))
