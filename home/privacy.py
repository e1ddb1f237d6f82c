"""Who may see what: page and document restrictions applied to whole lists at once.

Wagtail checks a restriction when a page or document is served, but a list of pages or
files (a menu, a meeting list, a feed) must leave out what the reader may not open, or its
titles leak. These helpers cost a fixed number of queries, however long the list.
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction


class Reader:
    """The minimum of a request that restrictions look at, for a user without a request
    (a calendar program using a feed link). Password restrictions never pass for it."""

    def __init__(self, user):
        self.user = user
        self.session = {}


def page_restrictions(request):
    """Every page view restriction with its page's path, read once per request (a request, or
    a Reader, remembers them: menus, lists and the language switcher all ask)."""
    restrictions = getattr(request, "_fiv_page_restrictions", None)
    if restrictions is None:
        restrictions = list(
            PageViewRestriction.objects.select_related("page").prefetch_related("groups")
        )
        try:
            request._fiv_page_restrictions = restrictions
        except AttributeError:  # an object that takes no attributes: ask again next time
            pass
    return restrictions


def _excluding(pages, paths):
    if not paths:
        return pages
    return pages.exclude(reduce(or_, (Q(path__startswith=path) for path in paths)))


def viewable_pages(pages, request):
    """The pages of the queryset whose own and ancestors' restrictions the reader passes."""
    refused = [
        restriction.page.path
        for restriction in page_restrictions(request)
        if not restriction.accept_request(request)
    ]
    return _excluding(pages, refused)


def public_pages(pages, request):
    """The pages of the queryset that no restriction applies to, whoever reads: Wagtail's
    `.public()` without asking for the restrictions again."""
    return _excluding(pages, [restriction.page.path for restriction in page_restrictions(request)])


def may_view(page, request):
    """Whether the reader passes every restriction on the page and its ancestors."""
    if page.alias_of_id:
        return all(r.accept_request(request) for r in page.get_view_restrictions())
    return all(
        restriction.accept_request(request)
        for restriction in page_restrictions(request)
        if page.path.startswith(restriction.page.path)
    )


def visible_documents(documents, request):
    """The documents whose collections' restrictions (and their ancestors') the reader passes."""
    documents = [document for document in documents if document is not None]
    if not documents:
        return []
    refused = [
        restriction.collection.path
        for restriction in CollectionViewRestriction.objects.select_related(
            "collection"
        ).prefetch_related("groups")
        if request is None or not restriction.accept_request(request)
    ]
    if not refused:
        return documents
    ids = {document.collection_id for document in documents}
    paths = dict(Collection.objects.filter(pk__in=ids).values_list("pk", "path"))
    return [
        document
        for document in documents
        if not any(paths[document.collection_id].startswith(path) for path in refused)
    ]


def is_restricted(page):
    """Whether any view restriction applies to the page (its own or an ancestor's), in one
    query: the ancestors' paths are the prefixes of the page's own."""
    if page.alias_of_id:
        return page.get_view_restrictions().exists()
    step = page.steplen
    paths = [page.path[:end] for end in range(step, len(page.path) + 1, step)]
    return PageViewRestriction.objects.filter(page__path__in=paths).exists()
