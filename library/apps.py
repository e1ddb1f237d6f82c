from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("Library")
    default_auto_field = "django.db.models.BigAutoField"
    secretariat_permissions = [
        ("library", f"{action}_{model}")
        for model in ("targetgroup", "phase", "themename")
        for action in ("add", "change", "delete", "view")
    ]

    def ready(self):
        from wagtail.documents.models import document_served

        from . import area, notifications, personal_data, signals
        from .downloads import count_download

        document_served.connect(count_download, dispatch_uid="library.count_download")
        signals.connect()
        personal_data.connect()
        notifications.connect()
        area.connect()

    def load_demo_content(self, log):
        from .demo import load

        load(log)
