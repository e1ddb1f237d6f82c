"""The error pages in the reader's language, chosen from the address without the database."""

from django.db import DatabaseError
from django.http import HttpResponseNotFound
from django.template import loader
from django.utils import translation
from django.views import defaults

from .legal import legal_pages


def _language(request):
    """English under /en/, Danish everywhere else: the address alone decides."""
    english = request.path_info == "/en" or request.path_info.startswith("/en/")
    return "en" if english else "da"


def server_error(request):
    """Rendered from a static template without context processors, since the database may be
    what failed."""
    language = _language(request)
    response = defaults.server_error(
        request, template_name="500.en.html" if language == "en" else "500.html"
    )
    response["Content-Language"] = language
    return response


def _legal_links(language):
    """The footer's legal pages, as titles and addresses: the accessibility statement must be a
    click away on every page, this one too. One query, and none shown if the database fails."""
    try:
        return [(page.title, page.get_url()) for page in legal_pages(language)]
    except DatabaseError:
        return []


def page_not_found(request, exception):
    """A page that helps on: the front page and the search of the address's language, in the
    site's own style. Rendered without the request's context (no menu, switcher, settings or
    user): an address that leads nowhere costs one query beyond those that found nothing there,
    for the legal links of the footer."""
    language = _language(request)
    home_url = "/en/" if language == "en" else "/"
    with translation.override(language):
        body = loader.get_template("404.html").render(
            {"language": language, "home_url": home_url, "legal_links": _legal_links(language)}
        )
    response = HttpResponseNotFound(body)
    response["Content-Language"] = language
    return response
