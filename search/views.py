"""Site search over the public pages of the active language."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from home.params import int_param, text_param, words

MAX_QUERY_LENGTH = 200
PER_PAGE = 10


def search(request):
    raw_query = text_param(request.GET, "query", max_length=MAX_QUERY_LENGTH)
    query = words(raw_query)
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
    page = Paginator(results, PER_PAGE).get_page(int_param(request.GET, "page", minimum=1))
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": raw_query, "search_words": query, "search_results": page},
    )
