"""Suggestions for the header's search box as the reader types: titles they may open only.

JSON, `{"suggestions": [{"title", "url", "kind"}]}`, for the pages of the active language that
the reader may see (a stranger: the public pages), whose title has a word beginning like each
typed word; on PostgreSQL, when none has, those whose title is most like the typed words without
accents ("sovngui" suggests "Søvnguide til det første år"), from the same pages. Answers are cached for a minute under the language, the words and the paths the
reader may not see: readers with the same restrictions share them, and no answer for one
reaches a reader with other restrictions. The cache has a fixed number of places.
"""

from django.contrib.postgres.search import TrigramWordSimilarity
from django.db.models import Value
from django.http import JsonResponse
from django.utils.translation import get_language
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from home.params import text_param, words
from home.privacy import refused_page_paths, viewable_pages
from home.search_language import backend_for_language
from library.facets import BoundedCache

from .backend import Unaccent, supports_fuzzy
from .results import KINDS_BY_SLUG, page_kind_slugs

MAX_SUGGESTIONS = 8
MAX_QUERY_LENGTH = 100
TITLE_SIMILARITY = 0.5  # of the typed words to the likest part of a title, from 0 to 1
SUGGESTIONS = BoundedCache("search:suggest", slots=512, timeout=60)


def suggestions(request, query):
    refused = refused_page_paths(request)
    pages = viewable_pages(
        Page.objects.live().filter(locale=Locale.get_active()).exclude(depth__lte=1),
        request,
        refused=refused,
    )

    def compute():
        kinds = page_kind_slugs()
        fields = pages.only("pk", "title", "url_path", "content_type", "locale")
        found = list(fields.autocomplete(query, operator="and")[:MAX_SUGGESTIONS])
        if not found and supports_fuzzy(get_search_backend(backend_for_language())):
            found = similar_titles(fields, query)
        return [
            {
                "title": page.title,
                "url": page.get_url(request),
                "kind": str(KINDS_BY_SLUG[kinds.get(page.content_type_id, "page")].label),
            }
            for page in found
        ]

    return SUGGESTIONS.get_or_set(repr((get_language(), refused, query)), compute)


def similar_titles(pages, query):
    """The pages whose titles are likest the query, accents aside (PostgreSQL's pg_trgm)."""
    similarity = TrigramWordSimilarity(Unaccent(Value(query.lower())), Unaccent("title"))
    return list(
        pages.annotate(similarity=similarity)
        .filter(similarity__gte=TITLE_SIMILARITY)
        .order_by("-similarity", "title")[:MAX_SUGGESTIONS]
    )


def suggest(request):
    query = words(text_param(request.GET, "q", max_length=MAX_QUERY_LENGTH))
    found = suggestions(request, query) if len(query) >= 2 else []
    response = JsonResponse({"suggestions": found})
    response["Cache-Control"] = "private, max-age=60"
    return response
