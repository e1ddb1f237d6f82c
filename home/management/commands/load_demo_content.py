"""Load the demo site: pages in Danish and English, images, files and a user for every role."""

from contextlib import contextmanager

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models.signals import post_save
from modelcluster.fields import ParentalKey
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import update_reference_index_on_save
from wagtail.tasks import update_reference_index_task

from home import roles
from home.demo import Bilingual, users
from home.demo import content as public_site


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
        with transaction.atomic(), indexed_once_at_the_end(), references_once_at_the_end():
            roles.sync_roles()
            users.load(self._log)
            public_site.load(Bilingual(), self._log)
            # Apps further up the stack add their own demo content through their `demo` package.
            for app_config in apps.get_app_configs():
                loader = getattr(app_config, "load_demo_content", None)
                if loader:
                    loader(self._log)
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

    def _log(self, message):
        if self.verbosity >= 1:
            self.stdout.write(f"  {message}")


@contextmanager
def indexed_once_at_the_end():
    """The search index follows each saved object (modelsearch's post_save handler, one task per
    save); the demo saves some thousand objects, many of them several times, and `update_index`
    indexes all of it once afterwards. Saves while loading are therefore left unindexed: about a
    sixth of the loading time, in `make run` and in every test run."""
    models = [
        model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


@contextmanager
def references_once_at_the_end():
    """Wagtail's reference index follows each saved object too (a task per save, run at once):
    the demo saves its pages several times over (draft, revision, publication, translation) and
    each save of a file or comment counts its page's references again. Saves while loading are
    remembered instead, and each object that is still there has its references counted once at
    the end, in the same transaction: the index ends as it would have, in a sixth of the time.
    Deletions still update the index as they happen."""
    saved = set()

    def remember(sender, instance, raw=False, **kwargs):
        if raw:
            return
        # A child object (a page's file, a comment) is indexed as part of its parent.
        parental = next(
            (field for field in sender._meta.get_fields() if isinstance(field, ParentalKey)),
            None,
        )
        if parental is not None:
            parent_id = getattr(instance, parental.attname)
            if parent_id is not None:
                saved.add((parental.related_model, parent_id))
            return
        saved.add((sender, instance.pk))

    models = list(ReferenceIndex.tracked_models)
    for model in models:
        post_save.disconnect(update_reference_index_on_save, sender=model)
        post_save.connect(remember, sender=model, weak=False, dispatch_uid="demo.references")
    try:
        yield
    finally:
        for model in models:
            post_save.disconnect(remember, sender=model, dispatch_uid="demo.references")
            post_save.connect(update_reference_index_on_save, sender=model)
    by_model = {}
    for model, pk in saved:
        by_model.setdefault(model, set()).add(pk)
    for model, pks in by_model.items():
        meta = model._meta
        for pk in model.objects.filter(pk__in=pks).values_list("pk", flat=True).order_by("pk"):
            update_reference_index_task.enqueue(meta.app_label, meta.model_name, str(pk))
