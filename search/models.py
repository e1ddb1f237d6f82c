"""What the search remembers: the searches that found nothing, for the secretariat's report,
and the words of the index that typo tolerance corrects to (SearchWord).

Wagtail's query log (`wagtail.contrib.search_promotions`) counts every search per word and day,
but not whether it found anything; this model counts those that found nothing for the reader.
It holds the query string itself, not a link to Wagtail's `Query`: Wagtail's garbage collection
deletes a query's daily hits after a week, and the report looks back a month.

A search word may name a person, so the rows are not kept for ever: `manage.py
delete_old_unanswered_searches`, run daily, deletes those of days more than
FIV_UNANSWERED_SEARCH_RETENTION_MONTHS (13) months ago; a month more than a year, so that a
month can be compared with the same month a year before.
"""

from dateutil.relativedelta import relativedelta
from django.db import connection, models
from django.db.models import F
from django.db.models.expressions import RawSQL
from django.utils.translation import gettext_lazy as _
from wagtail.search.utils import MAX_QUERY_STRING_LENGTH, normalise_query_string

from home.dates import today

# The SearchWords that no index entry holds, the entries' words read as search/backend.py's
# add_words() reads them: once each, then compared (NOT IN the 400,000 words of 10,000 entries
# compared them one by one, 78 s; this 1 s).
UNUSED_WORDS = """SELECT word.id FROM search_searchword AS word WHERE NOT EXISTS (
    SELECT FROM (
        SELECT DISTINCT lexeme FROM wagtailsearch_indexentry,
            unnest(to_tsvector('simple', title_text || ' ' || body_text))
    ) AS indexed WHERE indexed.lexeme = word.word)"""


class UnansweredQuery(models.Model):
    """A search word that found nothing, with how many times it was searched on one day."""

    query_string = models.CharField(_("search words"), max_length=MAX_QUERY_STRING_LENGTH)
    day = models.DateField(_("day"))
    hits = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        constraints = [
            models.UniqueConstraint(fields=["query_string", "day"], name="unanswered_query_day")
        ]

    def __str__(self):
        return self.query_string

    @classmethod
    def add_hit(cls, query_string, day=None):
        """Counts one more search of `query_string` (already cleaned) that found nothing."""
        query_string = normalise_query_string(query_string)
        if not query_string:
            return
        row, _created = cls.objects.get_or_create(query_string=query_string, day=day or today())
        cls.objects.filter(pk=row.pk).update(hits=F("hits") + 1)

    @classmethod
    def expired(cls, months, on=None):
        """The rows of days more than `months` calendar months before `on` (today): on
        29 February 2028, with 13 months, those before 29 January 2027; on 31 December 2027,
        those before 30 November 2026 (a month without a 31st ends on its last day)."""
        return cls.objects.filter(day__lt=(on or today()) - relativedelta(months=months))


class SearchWord(models.Model):
    """A word of the search index, once: what typo tolerance corrects a misspelled word to.

    Filled by the search backend (search/backend.py) as it indexes an object, from the title
    and text it indexes; `plain` is the word without accents, trigram-indexed on PostgreSQL
    (search/migrations/0002). A word stays when the object that had it goes, until the daily
    `prune_search_words` (unused()): meanwhile it can only be offered as a correction, and the
    search with it then finds what the reader may see, or nothing."""

    word = models.CharField(max_length=100, unique=True)
    plain = models.CharField(max_length=200)

    class Meta:
        verbose_name = _("word of the search index")
        verbose_name_plural = _("words of the search index")

    def __str__(self):
        return self.word

    @classmethod
    def unused(cls):
        """The words no index entry holds any longer: those of deleted or changed content. A
        word may name a person; `manage.py prune_search_words`, run daily, deletes them. On
        other databases than PostgreSQL, where the list is never filled, none."""
        if connection.vendor != "postgresql":
            return cls.objects.none()
        return cls.objects.filter(pk__in=RawSQL(UNUSED_WORDS, []))  # noqa: S611 (no input)
