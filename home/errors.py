"""The error pages in the reader's language, chosen from the address without the database."""

from django.http import HttpResponseNotFound
from django.template import loader
from django.utils import translation
from django.views import defaults


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


def page_not_found(request, exception):
    """A page that helps on: the front page and the search of the address's language, in the
    site's own style. Rendered without the request's context (no menu, settings or user), so
    an address that leads nowhere costs no query beyond those that found nothing there."""
    language = _language(request)
    home_url = "/en/" if language == "en" else "/"
    with translation.override(language):
        body = loader.get_template("404.html").render({"language": language, "home_url": home_url})
    response = HttpResponseNotFound(body)
    response["Content-Language"] = language
    return response
