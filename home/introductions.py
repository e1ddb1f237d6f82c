"""The introductions of a list of pages, without asking each page type's table every time.

A page's `introduction` lives in the table of its own page type (BasePage is abstract), so a list
of pages of ten types costs ten queries to show them: the professional area's front page did so
on every request. Here the introductions are kept in the cache under a key made of the listed
pages' ids, places in the tree and publishing times: publishing a change, moving, adding,
unpublishing or deleting a page makes a new key, and the types' tables are read once for it.
Only introductions of the pages in the list are kept under its key, so a reader never gets an
introduction of a page that is not in the list made for them.
"""

import hashlib

from django.core.cache import cache
from wagtail.models import Page

KEEP_SECONDS = 24 * 60 * 60


def with_introductions(pages):
    """The pages (a queryset of plain or specific pages) as a list, each with `introduction`."""
    pages = list(pages)
    if not pages:
        return pages
    fingerprint = repr([(page.pk, page.path, page.last_published_at) for page in pages])
    key = "introductions:" + hashlib.sha256(fingerprint.encode()).hexdigest()
    introductions = cache.get(key)
    if introductions is None:
        specific = Page.objects.filter(pk__in=[page.pk for page in pages]).specific()
        introductions = {page.pk: getattr(page, "introduction", "") for page in specific}
        cache.set(key, introductions, KEEP_SECONDS)
    for page in pages:
        page.introduction = introductions.get(page.pk, "")
    return pages
