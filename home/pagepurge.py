"""Purging the page cache, and a CDN in front of the site, when what a page shows changes.

What a public page shows, and so what a change removes from the cache:

- a page: itself, its descendants (their breadcrumbs and addresses), its ancestors (the parent
  lists its children, the home page its latest news), its translations (their language switcher
  links to it), the pages that link to it or choose it (Wagtail's reference index), and, for a
  page at the menu's level, every page of its language (the main menu);
- a move or a new slug: all of that at the old address as well as at the new;
- an image, a document or a snippet: the pages that use it (the reference index), and the lists
  of it that an app registers with `register_listing` (network: "FIV near you");
- the site settings (the footer) and any view restriction: every public page.

A page inside a restricted subtree is never cached, and no public page lists it, so changing it
purges nothing. Purges wait for the transaction to commit, so that no request can store the old
page again in between; each address goes with its page numbers (`?page=2`). The same addresses,
absolute, go to `wagtail.contrib.frontend_cache` (WAGTAILFRONTENDCACHE, empty unless configured).
"""

import threading

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import (
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    ReferenceIndex,
)
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    pre_page_move,
)

from .pagecache import MAX_PAGE_NUMBER, PAGE_PARAM, keys_for_paths, page_cache
from .privacy import is_restricted

MENU_DEPTH = 3  # the children of a language's home page (the root is 1, a home page 2)
DELETE_CHUNK = 500

_listings = {}
_pending = threading.local()


def register_listing(model, pages):
    """`pages(instance)` gives the pages that list objects of `model`; a change to one of them
    purges those pages (as well as the pages that refer to it)."""
    _listings[model] = pages
    post_save.connect(_object_changed, sender=model, dispatch_uid=f"pagepurge.{model._meta}")
    post_delete.connect(_object_changed, sender=model, dispatch_uid=f"pagepurge.d.{model._meta}")


def _pages():
    return Page.objects.select_related("locale")


def pages_referring_to(obj):
    """The pages that link to or choose `obj`, as a filter (the index keeps ids as text)."""
    ids = ReferenceIndex.get_references_to(obj).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    return Q(pk__in=[int(pk) for pk in ids.values_list("object_id", flat=True).distinct()])


def shown_with(page):
    """The pages (a queryset) that show `page`, at its current place in the tree."""
    if is_restricted(page):
        return _pages().none()
    step = page.steplen
    ancestors = [page.path[:end] for end in range(step, len(page.path), step)]
    public = Q(path__startswith=page.path) | Q(path__in=ancestors)
    public |= Q(translation_key=page.translation_key) | pages_referring_to(page)
    if page.depth == MENU_DEPTH:
        public |= Q(path__startswith=page.path[: step * (MENU_DEPTH - 1)])
    # The page itself whether live or not (it may just have been unpublished).
    return _pages().filter(Q(pk=page.pk) | Q(pk__in=Page.objects.public().filter(public)))


def addresses(pages):
    """(root URL, path, paginated) of each page that has an address."""
    found = set()
    for page in pages:
        parts = page.get_url_parts()
        if parts is not None:
            found.add((parts[1], parts[2], hasattr(page.specific_class, "per_page")))
    return found


def purge(found):
    """Remove the addresses from the page cache once the transaction commits, and from a CDN."""
    if not found:
        return
    if not hasattr(_pending, "addresses"):
        _pending.addresses = set()
    _pending.addresses |= set(found)
    transaction.on_commit(_flush, robust=True)


def _flush():
    found, _pending.addresses = getattr(_pending, "addresses", set()), set()
    if not found:
        return
    keys = keys_for_paths(sorted({path for _root, path, _paginated in found}))
    cache = page_cache()
    for start in range(0, len(keys), DELETE_CHUNK):
        cache.delete_many(keys[start : start + DELETE_CHUNK])
    urls = []
    for root, path, paginated in sorted(found):
        urls.append(root + path)
        if paginated:
            urls.extend(f"{root}{path}?{PAGE_PARAM}={n}" for n in range(1, MAX_PAGE_NUMBER + 1))
    purge_urls_from_cache(urls)


def purge_page(page):
    purge(addresses(shown_with(page)))


def purge_everything_public(*also):
    purge(addresses(_pages().public().live()) | addresses(also))


def _moved_addresses(page, before_url, after_url):
    """The addresses the page and its descendants had before a move or a new slug."""
    moved = set()
    for root, path, paginated in addresses(_pages().filter(path__startswith=page.path)):
        if after_url and before_url and path.startswith(after_url):
            moved.add((root, before_url + path[len(after_url) :], paginated))
    return moved


def _page_published(sender, instance, **kwargs):
    purge_page(instance)


def _before_move(sender, instance, **kwargs):
    purge_page(instance)


def _after_move(sender, instance, **kwargs):
    purge_page(Page.objects.get(pk=instance.pk))


def _slug_changed(sender, instance, instance_before, **kwargs):
    before = instance_before.get_url_parts()
    after = instance.get_url_parts()
    if before and after:
        purge(_moved_addresses(instance, before[2], after[2]))
    purge_page(instance_before)


def _page_deleted(sender, instance, **kwargs):
    # Django deletes a page's base row as a plain Page, beside its specific row: once each.
    if type(instance) is Page:
        purge_page(instance)


def _object_changed(sender, instance, **kwargs):
    pages = _pages().filter(pages_referring_to(instance))
    listing = _listings.get(sender)
    if listing is not None:
        pages = pages | _pages().filter(pk__in=listing(instance).values("pk"))
    purge(addresses(pages.public()))


def _restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    subtree = _pages().filter(path__startswith=page.path) if page else []
    purge_everything_public(*subtree)


def _everything_changed(sender, instance, **kwargs):
    purge_everything_public()


def connect():
    """Called by HomeConfig.ready()."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from .models import SiteSettings

    page_published.connect(_page_published, dispatch_uid="pagepurge.published")
    page_unpublished.connect(_page_published, dispatch_uid="pagepurge.unpublished")
    pre_page_move.connect(_before_move, dispatch_uid="pagepurge.pre_move")
    post_page_move.connect(_after_move, dispatch_uid="pagepurge.post_move")
    page_slug_changed.connect(_slug_changed, dispatch_uid="pagepurge.slug")
    pre_delete.connect(_page_deleted, dispatch_uid="pagepurge.delete")
    for model in [get_image_model(), get_document_model()]:
        post_save.connect(_object_changed, sender=model, dispatch_uid=f"pagepurge.{model._meta}")
        post_delete.connect(
            _object_changed, sender=model, dispatch_uid=f"pagepurge.d.{model._meta}"
        )
    for model in [PageViewRestriction]:
        post_save.connect(_restriction_changed, sender=model, dispatch_uid="pagepurge.pvr")
        post_delete.connect(_restriction_changed, sender=model, dispatch_uid="pagepurge.pvr.d")
    for model in [SiteSettings, CollectionViewRestriction]:
        post_save.connect(
            _everything_changed, sender=model, dispatch_uid=f"pagepurge.{model._meta}"
        )
        post_delete.connect(
            _everything_changed, sender=model, dispatch_uid=f"pagepurge.e.{model._meta}"
        )
