"""The server error page in the reader's language, chosen without the database."""

from django.views import defaults


def server_error(request):
    """English under /en/, Danish everywhere else: decided from the address alone and rendered
    from a static template without context processors, since the database may be what failed."""
    english = request.path_info == "/en" or request.path_info.startswith("/en/")
    response = defaults.server_error(
        request, template_name="500.en.html" if english else "500.html"
    )
    response["Content-Language"] = "en" if english else "da"
    return response
