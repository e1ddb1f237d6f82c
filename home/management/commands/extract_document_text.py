from django.core.management.base import BaseCommand
from wagtail.documents import get_document_model

from home.extraction import store_text
from home.tasks import extract_document_text


class Command(BaseCommand):
    help = (
        "Read the text of every document's file again, for the site search (after an upgrade "
        "of the readers, or for documents uploaded before text was read)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Leave the reading to the background worker instead of doing it now.",
        )

    def handle(self, *args, enqueue=False, **options):
        ids = get_document_model().objects.order_by("pk").values_list("pk", flat=True)
        states = {}
        for document_id in ids.iterator():
            if enqueue:
                extract_document_text.enqueue(document_id)
                state = "queued"
            else:
                state = store_text(document_id, force=True)
            states[state] = states.get(state, 0) + 1
        summary = ", ".join(f"{state}: {count}" for state, count in sorted(states.items()))
        self.stdout.write(self.style.SUCCESS(f"Documents read: {summary or 'none'}."))
