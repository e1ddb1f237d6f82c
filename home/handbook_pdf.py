"""The PDF of a whole handbook: WeasyPrint renders the chapters with the templates of the web
pages, in the background queue (home/tasks.py), whenever the handbook or a chapter changes.

WeasyPrint never reaches the network. Its URL fetcher answers only the site's own addresses:
static files (the stylesheet, the font) from the static files, and images from the images'
rows, checked like the /media/ view checks them; anything else is refused. The PDF is rendered
for the least privileged reader who may view the handbook, so a file or an image that some of
its readers may not open never gets into it: a public handbook's PDF shows what a stranger sees,
and a private playbook's what any logged-in user sees.
"""

import uuid
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, Group
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.models import BaseViewRestriction, Site
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from .dates import local_day, today
from .handbook import HandbookPage, HandbookPdf
from .media import Access, content_type, find_image_file
from .pagepurge import purge_page
from .privacy import Reader

TEMPLATE = "home/handbook/pdf.html"
# The address the PDF's relative links resolve against when no Wagtail site says otherwise.
FALLBACK_ROOT = "http://localhost"


class LoggedInStranger:
    """A logged-in user in no group: what every reader of a login-only page at least is."""

    is_authenticated = True
    is_anonymous = False
    is_superuser = False
    is_active = True
    pk = id = None

    class groups:
        @staticmethod
        def all():
            return Group.objects.none()


def least_reader(handbook):
    """The reader the PDF is made for: a logged-in stranger when only login or group restrictions
    guard the handbook (each of its readers is logged in), otherwise anyone (a public handbook,
    or one behind a password, which a stranger can know)."""
    restrictions = list(handbook.get_view_restrictions())
    logged_in = {BaseViewRestriction.LOGIN, BaseViewRestriction.GROUPS}
    if restrictions and all(r.restriction_type in logged_in for r in restrictions):
        return Reader(LoggedInStranger())
    return Reader(AnonymousUser())


class SiteFilesOnly(URLFetcher):
    """Fetches the site's own static files and the images `reader` may see; refuses the rest,
    without a single network connection."""

    def __init__(self, root, reader):
        super().__init__()
        self.root = urlsplit(root)
        self.reader = reader

    def fetch(self, url, headers=None):
        parts = urlsplit(url)
        if (parts.scheme, parts.netloc) != (self.root.scheme, self.root.netloc):
            raise ValueError(f"Not one of the site's own files: {url}")
        path = unquote(parts.path)
        if path.startswith(settings.STATIC_URL):
            return self._static(url, path.removeprefix(settings.STATIC_URL))
        if path.startswith(settings.MEDIA_URL):
            return self._image(url, path.removeprefix(settings.MEDIA_URL))
        raise ValueError(f"Not a static file or an image: {url}")

    def _static(self, url, name):
        try:
            found = (
                staticfiles_storage.path(name)
                if staticfiles_storage.exists(name)
                else finders.find(name)
            )
        except (SuspiciousFileOperation, NotImplementedError):
            found = None
        if not found:
            raise ValueError(f"No such static file: {name}")
        with open(found, "rb") as handle:
            body = handle.read()
        return URLFetcherResponse(url, body, {"Content-Type": content_type(name)})

    def _image(self, url, name):
        found = find_image_file(name)
        if found is None:
            raise ValueError(f"No such image: {name}")
        images, file = found
        if not Access({image.collection for image in images}, self.reader).allowed:
            raise ValueError(f"An image this handbook's readers may not all see: {name}")
        with file.open("rb") as handle:
            body = handle.read()
        return URLFetcherResponse(url, body, {"Content-Type": content_type(name)})


def site_root(handbook):
    site = handbook.get_site() or Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else FALLBACK_ROOT).rstrip("/") + "/"


def render_pdf(handbook, version):
    """The handbook's PDF, as bytes, dated `version` on every page."""
    reader = least_reader(handbook)
    root = site_root(handbook)
    with translation.override(handbook.locale.language_code):
        html = render_to_string(
            TEMPLATE,
            {
                "page": handbook,
                "handbook": handbook,
                "chapters": list(handbook.chapters(reader).specific()),
                "version": version,
                "request": reader,
            },
        )
    document = HTML(string=html, base_url=root, url_fetcher=SiteFilesOnly(root, reader))
    return document.write_pdf()


@transaction.atomic
def store_pdf(handbook_id):
    """Make and keep the PDF of the handbook `handbook_id`; what was made (or None for a
    handbook that is gone or not live, whose old PDF then goes too)."""
    handbook = HandbookPage.objects.filter(pk=handbook_id).first()
    old = HandbookPdf.objects.filter(handbook_id=handbook_id).select_for_update().first()
    if handbook is None or not handbook.live:
        if old is not None:
            old.delete()
            _delete_file_later(old.file.name)
        return None
    moment = handbook.version_moment()
    version = local_day(moment) if moment else today()
    data = render_pdf(handbook, version)
    stored = old or HandbookPdf(handbook=handbook)
    old_name = old.file.name if old else None
    # A name nobody can guess: the file must never be reachable but through the page.
    stored.file.save(f"{uuid.uuid4().hex}.pdf", ContentFile(data), save=False)
    stored.version = version
    stored.size = len(data)
    stored.made_at = timezone.now()
    stored.save()
    if old_name and old_name != stored.file.name:
        _delete_file_later(old_name)
    purge_page(handbook)  # the cached page still says the PDF is being made, or its old date
    return stored


def _delete_file_later(name):
    storage = HandbookPdf._meta.get_field("file").storage
    transaction.on_commit(lambda: storage.delete(name), robust=True)
