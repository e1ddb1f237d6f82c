"""The raw file addresses under /media/: nothing is read from MEDIA_ROOT by path (home/media.py)."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
)
from django.views.decorators.http import require_safe
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve_document
from wagtail.wagtail_hooks import require_wagtail_login

from .media import (
    PRIVATE_MAX_AGE,
    PUBLIC_MAX_AGE,
    Access,
    content_type,
    find_document,
    find_image_file,
    image_etag,
    not_found,
)
from .params import clean_int


@require_safe
def media_image(request, path):
    """An image's original or rendition, as `{% image %}` links it. Public images are cacheable
    by anyone; a private one goes to a reader its collection lets in, and to nobody else (the
    same 404 as for a file that does not exist)."""
    found = find_image_file(path)
    if found is None:
        return not_found(request)
    images, file = found
    access = Access({image.collection for image in images}, request)
    if not access.allowed:
        return not_found(request)

    etag = image_etag(images, file)
    response = get_conditional_response(request, etag=etag)
    if response is None:
        try:
            response = FileResponse(file.open("rb"), content_type=content_type(file.name))
        except OSError:  # the row outlived its file
            return not_found(request)
    response["ETag"] = etag
    if access.restricted:
        patch_cache_control(response, private=True, max_age=PRIVATE_MAX_AGE)
        patch_vary_headers(response, ["Cookie"])
    else:
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    return response


@require_safe
def media_document(request, path):
    """A document's raw file address leads to its serve view, which checks who may read it, and
    never gives bytes itself. A stranger gets the login page for a private file and for a file
    that does not exist alike; a logged-in reader the private file refuses gets a 404."""
    document = find_document(path)
    if document is not None and Access([document.collection], request).allowed:
        response = redirect(document.url)
    elif not request.user.is_authenticated:
        response = redirect_to_login(request.get_full_path())
    else:
        return not_found(request)
    add_never_cache_headers(response)
    patch_vary_headers(response, ["Cookie"])
    return response


def serve_document(request, document_id, document_filename):
    """Wagtail's serve view, which answers a stranger with the login page for a private document
    but a 404 for an id and name that match nothing: the difference would tell a stranger which
    files exist. A stranger gets the login page for both; everyone else gets Wagtail's answer."""
    if request.user.is_authenticated:
        return wagtail_serve_document(request, document_id, document_filename)
    pk = clean_int(document_id, minimum=1)
    document = get_document_model().objects.filter(pk=pk).first() if pk else None
    if document is None or document.filename != document_filename:
        response = require_wagtail_login(next=request.get_full_path())
    else:
        response = wagtail_serve_document(request, document_id, document_filename)
    if response.status_code == 302:  # the login page, for a file that exists or not alike
        add_never_cache_headers(response)
    return response


def media_not_found(request, *args, **kwargs):
    """Anything else under /media/: a path that names no image or document file."""
    return not_found(request)


@require_safe
def robots_txt(request):
    """What crawlers are asked to leave alone: the admin and the search results (endless
    combinations of words and filters). Pages behind login are not named: a crawler is sent to
    the login page anyway, and a list of their addresses would tell strangers what is there."""
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    searches = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            searches.append(reverse("search"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *(f"Disallow: {path}" for path in searches),
        "",
        f"Sitemap: {sitemap}",
        "",
    ]
    response = HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
    patch_cache_control(response, public=True, max_age=86400)
    return response
