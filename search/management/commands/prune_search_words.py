"""Delete the words of the search index's word list that no indexed object holds any longer
(run it daily, see README)."""

from home.housekeeping import DeletingCommand
from search.models import SearchWord


class Command(DeletingCommand):
    help = (
        "Delete the words that typo tolerance corrects to (search.SearchWord) which no indexed "
        "page, file or municipality holds any longer: a word may name a person."
    )

    def handle(self, *args, dry_run=False, **options):
        what = "word(s) no longer in the search index"
        self.delete(SearchWord.unused(), what, dry_run=dry_run)
