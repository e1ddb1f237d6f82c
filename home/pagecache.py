"""A page cache for anonymous visitors, shared by every app process and purged on change.

A public page (no view restriction on it or above it) asked for by a visitor without a session
is built once and then served from the cache alias `pages` (Redis when `REDIS_URL` is set, so
that every container sees the same entries; otherwise a private folder of files that every
gunicorn worker and the task worker of the machine share, cms/cache.py) for
`PAGE_CACHE_SECONDS`. Nothing else is stored or served from it:

- a request with a session or a pending message (anyone logged in, anyone who passed a
  password restriction) always gets a page built for them, and so does any method but GET/HEAD;
- a query string other than `?page=N` (N up to `MAX_PAGE_NUMBER`) is never cached, so that
  random parameters cannot fill the cache;
- only a Wagtail page's own 200 response is stored: no preview, no sub-route of a routable page,
  no error, no response that sets a cookie, that holds a CSRF token (the contact form), that is
  already marked private or no-cache, or that varies on anything but Cookie and the language.

The address decides the language (Danish without a prefix, English under /en/), so the key is
the path and the page number. The site has one Wagtail Site and its pages link without a host
name; ALLOWED_HOSTS keeps foreign Host headers out in production.

home/pagepurge.py removes entries (and tells a CDN) when what a page shows changes.
"""

import hashlib
import time

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
)
from django.utils.http import http_date

from .privacy import is_restricted

CACHE_ALIAS = "pages"
PAGE_PARAM = "page"
MAX_PAGE_NUMBER = 10
HEADER = "X-Page-Cache"
# What a stored page may vary on: the session (anonymous only here) and the language (the path).
ALLOWED_VARY = {"cookie", "accept-language", "accept-encoding"}
# Headers the cache sets itself, or that belong to one response only.
NOT_STORED = {"set-cookie", "date", "etag", "last-modified", "cache-control", HEADER.lower()}


def cache_seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def page_cache():
    return caches[CACHE_ALIAS]


def variants():
    """The query strings a page is cached under: none, and each page number."""
    return ["", *(f"{PAGE_PARAM}={number}" for number in range(1, MAX_PAGE_NUMBER + 1))]


def key_for(path, variant=""):
    digest = hashlib.sha256(f"{path}?{variant}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"page:{digest}"


def keys_for_paths(paths):
    return [key_for(path, variant) for path in paths for variant in variants()]


def query_variant(request):
    """The request's query string as the cache knows it, or None when it may not be cached:
    none, or one page number (home/readercache.py holds to the same)."""
    if not request.META.get("QUERY_STRING"):
        return ""
    if list(request.GET) != [PAGE_PARAM] or len(request.GET.getlist(PAGE_PARAM)) != 1:
        return None
    value = request.GET[PAGE_PARAM]
    if not (value.isascii() and value.isdigit() and len(value) <= 3):
        return None
    number = int(value)
    if not 1 <= number <= MAX_PAGE_NUMBER:
        return None
    return f"{PAGE_PARAM}={number}"


def _anonymous(request):
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and CookieStorage.cookie_name not in cookies


def request_key(request):
    """The cache key of this request, or None when it may neither use nor fill the cache."""
    if cache_seconds() <= 0 or request.method not in ("GET", "HEAD"):
        return None
    if getattr(request, "is_dummy", False) or getattr(request, "is_preview", False):
        return None  # Wagtail runs a preview through the middleware at the page's own address
    if not _anonymous(request):
        return None
    variant = query_variant(request)
    if variant is None:
        return None
    return key_for(request.path, variant)


def note_page(page, request, args, kwargs):
    """Called before Wagtail serves a page (home/wagtail_hooks.py): the response may be stored
    if it is the page's own address, not a sub-route of a routable page."""
    if not args and not kwargs:
        request.page_cache_page = page


def _storable(request, response):
    page = getattr(request, "page_cache_page", None)
    if page is None or getattr(request, "is_preview", False):
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_USED"):
        return False  # the page holds a CSRF token, tied to this visitor's cookie
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-cache", "no-store")):
        return False
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    if vary - ALLOWED_VARY:
        return False
    return not is_restricted(page)


def _entry(response):
    content = response.content
    return {
        "status": response.status_code,
        "content": content,
        "headers": [(k, v) for k, v in response.items() if k.lower() not in NOT_STORED],
        "etag": f'"{hashlib.sha256(content).hexdigest()[:32]}"',
        "stored": int(time.time()),
    }


def _mark_public(response, entry, state):
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = http_date(entry["stored"])
    patch_cache_control(
        response,
        public=True,
        max_age=getattr(settings, "PAGE_CACHE_BROWSER_SECONDS", 60),
        s_maxage=cache_seconds(),
    )
    response[HEADER] = state
    return response


def _from_entry(request, entry):
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    _mark_public(response, entry, "hit")
    conditional = get_conditional_response(
        request, etag=entry["etag"], last_modified=entry["stored"], response=response
    )
    return conditional


class PageCacheMiddleware:
    """Serves stored pages before sessions, users or the database are touched, and stores the
    pages that may be stored. Placed after WhiteNoise and before the session middleware; the
    security headers around it are added to hits and misses alike."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = request_key(request)
        if key is not None:
            entry = page_cache().get(key)
            if entry is not None:
                return _from_entry(request, entry)
        response = self.get_response(request)
        if key is not None and request.method == "GET" and _storable(request, response):
            entry = _entry(response)
            page_cache().set(key, entry, cache_seconds())
            _mark_public(response, entry, "miss")
        elif getattr(request, "page_cache_page", None) is not None:
            private_page_headers(request, response)
        return response


def private_page_headers(request, response):
    """A page that was not stored and was made for this visitor alone (logged in, or holding a
    cookie or CSRF token of theirs): no shared cache keeps it, nor the browser on its disk."""
    if response.has_header("Cache-Control"):
        return
    user = getattr(request, "user", None)
    if (
        (user is not None and user.is_authenticated)
        or response.cookies
        or request.META.get("CSRF_COOKIE_USED")
    ):
        patch_cache_control(response, private=True, no_store=True)
        patch_vary_headers(response, ["Cookie"])
