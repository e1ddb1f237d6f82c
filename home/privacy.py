"""Who may see what: page and document restrictions applied to whole lists at once.

Wagtail checks a restriction when a page or document is served, but a list of pages or
files (a menu, a meeting list, a feed) must leave out what the reader may not open, or its
titles leak. These helpers cost a fixed number of queries, however long the list.
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.models import PageViewRestriction

from . import framecache


class Reader:
    """The minimum of a request that restrictions look at, for a user without a request
    (a calendar program using a feed link). Password restrictions never pass for it."""

    def __init__(self, user):
        self.user = user
        self.session = {}


def page_restrictions(request):
    """Every page view restriction with its page's path and groups: from the frame cache in a
    request, read once for a Reader (menus, lists and the language switcher all ask)."""
    restrictions = getattr(request, "_fiv_page_restrictions", None)
    if restrictions is None:
        restrictions = framecache.page_restrictions()
        try:
            request._fiv_page_restrictions = restrictions
        except AttributeError:  # an object that takes no attributes: ask again next time
            pass
    return restrictions


def _excluding(pages, paths):
    if not paths:
        return pages
    return pages.exclude(reduce(or_, (Q(path__startswith=path) for path in paths)))


def refused_page_paths(request):
    """The paths of the pages whose restrictions the reader does not pass, sorted: together
    they say what the reader may not see (a cache key for lists that differ by reader)."""
    return sorted(
        restriction.page.path
        for restriction in page_restrictions(request)
        if not restriction.accept_request(request)
    )


def viewable_pages(pages, request, refused=None):
    """The pages of the queryset whose own and ancestors' restrictions the reader passes
    (`refused`: refused_page_paths(request), when the caller has it already)."""
    if refused is None:
        refused = refused_page_paths(request)
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
    refused = refused_collection_paths(request)
    if not refused:
        return documents
    paths = framecache.collection_paths()
    # A collection made since the paths were read (in another process, a moment ago) is
    # left out for this request rather than guessed.
    return [
        document
        for document in documents
        if document.collection_id in paths
        and not any(paths[document.collection_id].startswith(path) for path in refused)
    ]


def visible_attachments(attachments, request):
    """Attachments (anything with a .document) whose files the reader may open."""
    attachments = list(attachments)
    visible = {
        document.pk for document in visible_documents([a.document for a in attachments], request)
    }
    return [attachment for attachment in attachments if attachment.document_id in visible]


def refused_collection_paths(request):
    """The paths of the collections whose restrictions the reader does not pass."""
    return [
        restriction.collection.path
        for restriction in framecache.collection_restrictions()
        if request is None or not restriction.accept_request(request)
    ]


def viewable_documents(documents, request):
    """The documents of the queryset whose collections' restrictions (and their ancestors')
    the reader passes: a queryset, for lists too long to hold, such as a search's."""
    refused = refused_collection_paths(request)
    if not refused:
        return documents
    return documents.exclude(
        reduce(or_, (Q(collection__path__startswith=path) for path in refused))
    )


def is_restricted(page):
    """Whether any view restriction applies to the page (its own or an ancestor's), in one
    query: the ancestors' paths are the prefixes of the page's own."""
    if page.alias_of_id:
        return page.get_view_restrictions().exists()
    step = page.steplen
    paths = [page.path[:end] for end in range(step, len(page.path) + 1, step)]
    return PageViewRestriction.objects.filter(page__path__in=paths).exists()
