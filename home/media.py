"""Files under MEDIA_URL: found by their exact name among the site's images and documents, and
given only to a reader their collection lets in.

A request never names a path on disk. Its file name is looked up in the database, and only the
file of a row found is ever opened, so `..`, encoded slashes or absolute paths name nothing.
Images have no privacy of their own: an image (original or rendition) is private when its
collection, or an ancestor, has a view restriction, as documents are.
"""

import hashlib
import mimetypes

from django.http import Http404
from django.urls import get_resolver
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

# How long a browser or a shared cache may keep a public image without asking again. An image
# that turns private (see network/images.py) can stay in a shared cache for this long.
PUBLIC_MAX_AGE = 60 * 60 * 24
# How long the reader's own browser may keep a private image.
PRIVATE_MAX_AGE = 60 * 60


class Access:
    """Whether a collection is restricted, and whether the reader passes its restrictions."""

    def __init__(self, collections, request):
        restrictions = set()
        for collection in collections:
            restrictions.update(collection.get_view_restrictions().prefetch_related("groups"))
        self.restricted = bool(restrictions)
        self.allowed = all(restriction.accept_request(request) for restriction in restrictions)


def find_image_file(path):
    """The images and the file named exactly `path` (`images/...` for a rendition,
    `original_images/...` for an original), or None. Several rows could share a file name
    only by accident; then each of their images must let the reader in."""
    image_model = get_image_model()
    if path.startswith("original_images/"):
        rows = list(image_model.objects.select_related("collection").filter(file=path)[:10])
        images = rows
    else:
        rows = list(
            image_model.get_rendition_model()
            .objects.select_related("image__collection")
            .filter(file=path)[:10]
        )
        images = [row.image for row in rows]
    if not rows:
        return None
    return images, rows[0].file


def find_document(path):
    return get_document_model().objects.select_related("collection").filter(file=path).first()


def image_etag(images, file):
    """Changes when the image's file or the rendition's name does (a rendition's name holds its
    filter and focal point), so a browser can ask again cheaply once its copy expires."""
    key = "\n".join([*(image.file_hash for image in images), file.name])
    return f'"{hashlib.sha256(key.encode()).hexdigest()[:32]}"'


def content_type(name):
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def not_found(request):
    """The site's 404 page, with the same headers whatever was or was not found: a stranger must
    not tell a private file from a missing one, and no shared cache may keep the answer (a
    logged-in reader of the same address gets the file)."""
    response = get_resolver().resolve_error_handler(404)(request, Http404())
    patch_vary_headers(response, ["Cookie"])
    add_never_cache_headers(response)
    return response
