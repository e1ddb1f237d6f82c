from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Network")
    default_auto_field = "django.db.models.BigAutoField"
    secretariat_permissions = [
        ("network", f"{action}_{model}")
        for model in ("municipality", "boardmember", "membership")
        for action in ("add", "change", "delete", "view")
    ]

    def ready(self):
        from . import signals

        signals.connect()

    def sync_roles(self):
        from .roles import sync_contributor_groups

        sync_contributor_groups()

    def load_demo_content(self, log):
        from .demo import load

        load(log)
