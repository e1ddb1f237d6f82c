"""Pages behind login that read the same for every reader with the same groups, built once.

A professional's library and material pages show what the reader's groups may see, in the
reader's language, and nothing of the reader: no name, no choice of theirs. Built from scratch
they take 15-25 ms of Python each (the facets, twenty materials, the files and their
restrictions), and on two cores ten readers at once waited up to a quarter of a second. So a
page type that says so (`shared_with_readers`, and for a routable page the views in
`shared_views`) is kept in the shared cache (alias `pages`) under a key made of:

- the frame's generation (home/framecache.py): any page saved, published, moved or deleted, a
  view restriction, a group, a user's groups, a municipality, and the library's documents,
  tags, themes, target groups and phases (library/apps.py) make a new one, so that the next
  request builds the page again;
- the address with its query string, and the language;
- the reader's groups, and the pages and file collections whose restrictions the reader does
  not pass (a password given in this session included): readers who may see something the
  other may not never share an entry;
- the day (a material's review date), and an entry lives `READER_CACHE_SECONDS` at most (0:
  nothing is shared).

Only plain readers share: a reader with any permission of their own, staff, a superuser or
anyone who may enter the admin (the Wagtail user bar is theirs) always gets a page built for
them, and so does a reader with a message waiting, any method but GET, or an address with a
query string other than a page number (`?page=2`): filters, text queries and years are built
for the reader, so that made-up addresses cannot fill the cache.

Two holes stay personal: the page is built with placeholders for the logout form's CSRF token
(`csrf_hole`) and the reader's name in a greeting (`reader_name`), and each reader gets their
own token and name in their place. A page whose content changes at a known moment (the meeting
list, when a meeting starts) says how long it holds (`shared_seconds`). A page whose content asked
for a token anyway (a form of its own) is not stored, nor an error or anything but HTML.
Wagtail's view restriction check runs before this, for hits and misses alike.
"""

import hashlib

from django.conf import settings
from django.contrib import messages
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import get_language

from . import framecache
from .pagecache import query_variant
from .privacy import refused_collection_paths, refused_page_paths

CACHE_ALIAS = "pages"
CSRF_HOLE = "fiv-reader-cache-csrf-hole"
NAME_HOLE = "fiv-reader-cache-name-hole"
NOT_STORED = {"set-cookie", "date", "content-length"}
SHARED_RENDER = "_fiv_shared_render"


def csrf_hole(context):
    """The logout form's token: the placeholder while a shared page is built, else the
    reader's own."""
    if getattr(context.get("request"), SHARED_RENDER, False):
        return CSRF_HOLE
    return context.get("csrf_token")


def reader_name(context):
    """The reader's name for a greeting: the placeholder while a shared page is built."""
    request = context.get("request")
    if getattr(request, SHARED_RENDER, False):
        return NAME_HOLE
    return request.user.get_full_name() or request.user.get_username()


def reader_groups(user):
    """The ids of the reader's groups when the reader may share pages with others of the same
    groups, else None."""
    if not user.is_authenticated or not user.is_active or user.is_staff or user.is_superuser:
        return None
    if user.get_user_permissions() or user.has_perm("wagtailadmin.access_admin"):
        return None
    return tuple(sorted(group.pk for group in user.groups.all()))


def _shared_view(page, serve_args):
    if not getattr(page, "shared_with_readers", False):
        return False
    if not serve_args:  # not a routable page: its own address
        return True
    view = serve_args[0]
    return getattr(view, "__name__", None) in getattr(page, "shared_views", ())


def seconds():
    return getattr(settings, "READER_CACHE_SECONDS", 0)


def key_for(page, request, serve_args):
    """The entry's key, or None when this request neither uses nor fills the cache."""
    if seconds() <= 0 or request.method != "GET" or getattr(request, "is_preview", False):
        return None
    if not _shared_view(page, serve_args):
        return None
    # No query string, or a page number: filters and searches, which readers write as they like,
    # are built for the reader, so that nobody can fill the cache with made-up addresses.
    query = query_variant(request)
    if query is None:
        return None
    groups = reader_groups(request.user)
    if groups is None or len(messages.get_messages(request)):
        return None
    parts = [
        framecache.current_generation(),
        request.path,
        query,
        get_language(),
        groups,
        # What the reader may not see, pages and files (a password passed in this session too).
        refused_page_paths(request),
        sorted(refused_collection_paths(request)),
        timezone.localdate().isoformat(),
    ]
    return "reader:" + hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _storable(request, response):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_USED")
        and response.get("Content-Type", "").startswith("text/html")
    )


def _from_entry(request, entry):
    response = HttpResponse(_fill(entry["content"], request), status=200)
    for name, value in entry["headers"]:
        response[name] = value
    return response


def serve_shared(callback):
    """Wagtail's `on_serve_page` hook, registered to run inside the view restriction check."""

    def inner(page, request, serve_args, serve_kwargs):
        key = key_for(page, request, serve_args)
        if key is None:
            return callback(page, request, serve_args, serve_kwargs)
        cache = caches[CACHE_ALIAS]
        entry = cache.get(key)
        if entry is not None:
            return _from_entry(request, entry)
        setattr(request, SHARED_RENDER, True)
        try:
            response = callback(page, request, serve_args, serve_kwargs)
            if callable(getattr(response, "render", None)):
                response.render()
        finally:
            setattr(request, SHARED_RENDER, False)
        if not _storable(request, response):
            if not response.streaming:  # not stored after all: this reader's own token and name
                response.content = _fill(response.content, request)
            return response
        timeout = seconds()
        if hasattr(page, "shared_seconds"):
            timeout = min(timeout, page.shared_seconds(request))
        if timeout > 0:
            headers = [(k, v) for k, v in response.items() if k.lower() not in NOT_STORED]
            cache.set(key, {"content": response.content, "headers": headers}, timeout)
        response.content = _fill(response.content, request)
        return response

    return inner


def _fill(content, request):
    if CSRF_HOLE.encode() in content:
        content = content.replace(CSRF_HOLE.encode(), get_token(request).encode())
    if NAME_HOLE.encode() in content:
        user = request.user
        name = escape(user.get_full_name() or user.get_username())
        content = content.replace(NAME_HOLE.encode(), name.encode())
    return content
