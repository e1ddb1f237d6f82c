"""Site search over the public pages of the active language."""

import re

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
PER_PAGE = 10


def clean_query(raw):
    """Words only: quotes and operators mean nothing to readers and break SQLite's FTS5."""
    return " ".join(re.sub(r"[^\w]+", " ", raw[:MAX_QUERY_LENGTH]).split())


def search(request):
    raw_query = " ".join(
        request.GET.get("query", "")[:MAX_QUERY_LENGTH].replace("\x00", "").split()
    )
    query = clean_query(raw_query)
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .exclude(depth__lte=1)
            .specific()
            .search(query)
        )
    else:
        results = Page.objects.none()
    page = Paginator(results, PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": raw_query, "search_words": query, "search_results": page},
    )
