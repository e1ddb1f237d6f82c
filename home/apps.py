from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users import apps as wagtail_users_apps


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Public site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import english_slugs, framecache, pagepurge, signals, workflow_mail  # noqa: F401
        from .roles import sync_roles_after_migrate

        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="home.sync_roles")
        post_migrate.connect(create_cache_tables, sender=self, dispatch_uid="home.cache_tables")
        pagepurge.connect()
        framecache.connect()
        workflow_mail.connect()


def create_cache_tables(using, **kwargs):
    """The tables of any database cache a deployment configures, made by every `migrate` (the
    site's own caches are Redis or files: cms/settings/base.py)."""
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=0)


class WagtailUsersConfig(wagtail_users_apps.WagtailUsersAppConfig):
    """Wagtail's users app, with a user admin that keeps superuser rights to superusers.

    Listed in INSTALLED_APPS instead of "wagtail.users"; `default = False` so that "home"
    still gets HomeConfig.
    """

    default = False
    user_viewset = "home.users_admin.UserViewSet"
