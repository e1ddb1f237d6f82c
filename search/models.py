"""What the search remembers: the searches that found nothing, for the secretariat's report.

Wagtail's query log (`wagtail.contrib.search_promotions`) counts every search per word and day,
but not whether it found anything; this model counts those that found nothing for the reader.
It holds the query string itself, not a link to Wagtail's `Query`: Wagtail's garbage collection
deletes a query's daily hits after a week, and the report looks back a month.
"""

from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from wagtail.search.utils import MAX_QUERY_STRING_LENGTH, normalise_query_string

from home.dates import today


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
