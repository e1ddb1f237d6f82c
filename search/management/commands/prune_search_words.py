"""Delete the words of the search index's word list that no indexed object holds any longer
(run it daily, see README)."""

from django.core.management.base import BaseCommand

from search.models import SearchWord


class Command(BaseCommand):
    help = (
        "Delete the words that typo tolerance corrects to (search.SearchWord) which no indexed "
        "page, file or municipality holds any longer: a word may name a person."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be deleted; delete nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        unused = SearchWord.unused()
        if dry_run:
            count = unused.count()
        else:
            count, _ = unused.delete()
        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(f"{count} word(s) no longer in the search index {verb}.")
