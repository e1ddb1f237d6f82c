"""The site search: everything the reader may see, in the active language (search/results.py)."""

from django.template.response import TemplateResponse

from .results import SiteSearch
from .suggest import suggest

__all__ = ["search", "suggest"]


def search(request):
    search = SiteSearch(request)
    search.log()
    return TemplateResponse(
        request,
        "search/search.html",
        {"search": search, "search_query": search.raw_query, "search_results": search.page},
    )
