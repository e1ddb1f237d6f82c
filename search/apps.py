from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    # The secretariat chooses the promoted results ("anbefalede resultater") of a search word.
    secretariat_permissions = [
        ("wagtailsearchpromotions", f"{action}_searchpromotion")
        for action in ("add", "change", "delete")
    ]

    def ready(self):
        from . import signals

        signals.connect()
