from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

TRANSLATED_FUNDING_FIELDS = ("amount", "eligibility", "topic", "applicant_note")


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Network")
    default_auto_field = "django.db.models.BigAutoField"
    # The playbook is a handbook (home/handbook.py) inside the professional area.
    handbook_parent_page_types = ["network.ProfessionalAreaPage"]
    secretariat_permissions = [
        ("network", f"{action}_{model}")
        for model in (
            "municipality",
            "boardmember",
            "membership",
            "localreport",
            "joinrequest",
            "onboarding",
            "fundingopportunity",
        )
        for action in ("add", "change", "delete", "view")
    ]

    def ready(self):
        from wagtail.models.reference_index import ReferenceIndex

        from home.framecache import watch
        from home.pagepurge import register_listing
        from home.translations import TranslatedFields, register_translated_fields

        from . import calendar_admin, feed_logging, images, notifications, personal_data, signals
        from .models import (
            FiguresPage,
            FundingOpportunity,
            LocalReport,
            MeetingRegistration,
            Municipality,
            MunicipalityIndexPage,
        )

        watch(Municipality)  # which municipality a contributor group is for (network/roles.py)

        signals.connect()
        personal_data.connect()
        notifications.connect()
        images.connect()
        calendar_admin.register()
        feed_logging.install()
        # Registered here, not only by its admin viewset (which loads with the admin's URLs): a
        # report saved by a command must count as a use of its municipality, or the admin would
        # offer to delete a municipality the database refuses to delete.
        ReferenceIndex.register_model(LocalReport)
        ReferenceIndex.register_model(MeetingRegistration)
        # "FIV near you" lists the municipalities: a change to one purges it from the page cache.
        register_listing(Municipality, lambda municipality: MunicipalityIndexPage.objects.all())
        # "FIV i tal" adds up the final reports: marking one final (or correcting one) purges it.
        register_listing(LocalReport, lambda report: FiguresPage.objects.all())
        # The funding opportunities' texts in English, for the translation overview. The fund's
        # own name is left out: English pages show the Danish one when it has no English name.
        register_translated_fields(
            TranslatedFields(
                FundingOpportunity,
                {field: f"{field}_en" for field in TRANSLATED_FUNDING_FIELDS},
            )
        )

    def sync_roles(self):
        from .roles import sync_contributor_groups

        sync_contributor_groups()

    def load_demo_content(self, log):
        from .demo import load

        load(log)
