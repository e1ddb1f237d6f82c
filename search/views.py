"""Site search over the public pages of the active language."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200
PER_PAGE = 10


def search(request):
    query = request.GET.get("query", "").strip()[:MAX_QUERY_LENGTH]
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
        {"search_query": query, "search_results": page},
    )
