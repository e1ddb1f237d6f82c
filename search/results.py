"""One search over everything the reader may see, in the active language.

Anyone finds the public pages. A logged-in reader also finds the pages of the professional area
(materials, meetings and their minutes, contributions, the agreement, fees, the board), the
municipalities, and the files attached to those pages by the words inside them (DocumentText).

Privacy comes first, and from one place: every source is narrowed by home.privacy *before* it
is searched, so a page, file or municipality the reader may not see is never matched, counted,
suggested or shown. Files count only when attached to a live page the reader may see, in the
active language, and when their own collection lets the reader in.

The hits of every source (at most MAX_HITS each) are merged by the backend's score, counted by
kind, and only the page of results shown is loaded: a fixed number of queries per search.

Every word must be there, anywhere in the text; words in quotes must stand next to each other in
that order (asked_for()). Other signs mean nothing (home.params.words()).

Typo tolerance (PostgreSQL): when the words as written find nothing, the same sources, narrowed
the same way, are searched again for the words of the index most like them (search.backend.
spelled_like(), trigrams of the words without accents: "foraeldre" and "sovnguide" find
"forældre" and "søvnguide", "fædrer" finds "fædre"); "did you mean" then offers the likest
word of each, if it finds something the reader may see. SQLite has no trigrams: there the
search stays exact, and "did you mean" offers the words of titles the reader may see.

Editors' tools: the secretariat's promoted results for a search word (Wagtail's search
promotions) come first, those the reader may open only; every search is counted in Wagtail's
query log, and a search that found nothing also in `UnansweredQuery`, for the report
"Søgninger uden resultater" (search/report.py).
"""

import difflib
import html
import re
import uuid
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Phrase, PlainText
from wagtail.search.utils import normalise_query_string

from home.dates import today
from home.models import DocumentText
from home.params import choice_param, int_param, text_param, words
from home.privacy import (
    refused_collection_paths,
    refused_page_paths,
    viewable_documents,
    viewable_pages,
)
from home.search_language import backend_for_language
from library.facets import BoundedCache
from library.models import LibraryIndexPage, MaterialFile, MaterialPage
from network.models import (
    AdvisoryBoardPage,
    AgreementAppendix,
    AgreementPage,
    AgreementVersionPage,
    FeesPage,
    MeetingAttachment,
    MeetingContributionFile,
    MeetingContributionPage,
    MeetingIndexPage,
    MeetingPage,
    Municipality,
    MunicipalityIndexPage,
)

from .backend import spelled_like, spellings, supports_fuzzy
from .models import UnansweredQuery

MAX_QUERY_LENGTH = 200
PER_PAGE = 10
MAX_HITS = 500  # per source: what a reader could ever page through
SNIPPET_LENGTH = 220
MAX_VOCABULARY = 5000  # titles whose words "did you mean" may suggest


@dataclass(frozen=True)
class Kind:
    slug: str
    label: str
    page_models: tuple = ()
    members_only: bool = True


KINDS = [
    Kind("page", _("Pages"), members_only=False),
    Kind("material", _("Materials"), (MaterialPage, LibraryIndexPage)),
    Kind("meeting", _("Meetings and minutes"), (MeetingPage, MeetingIndexPage)),
    Kind("contribution", _("Meeting contributions"), (MeetingContributionPage,)),
    Kind("agreement", _("Agreement"), (AgreementPage, AgreementVersionPage)),
    Kind("fees", _("Fees"), (FeesPage,)),
    Kind("board", _("Advisory board"), (AdvisoryBoardPage,)),
    Kind("municipality", _("Municipalities"), (MunicipalityIndexPage,)),
    Kind("document", _("Documents")),
]
KINDS_BY_SLUG = {kind.slug: kind for kind in KINDS}
# The inline files of pages: (model, its page field); a file is found through these only.
ATTACHMENTS = [
    (MaterialFile, "page"),
    (MeetingAttachment, "page"),
    (MeetingContributionFile, "page"),
    (AgreementAppendix, "page"),
]
# Where a page keeps the date shown with it, in order of preference.
DATE_FIELDS = ("date", "start", "version_date")


@dataclass
class Result:
    kind: Kind
    title: str
    url: str
    snippet: str = ""
    date: object = None
    parent_title: str = ""
    parent_url: str = ""


@dataclass
class Promotion:
    """A result the secretariat promoted for the search word: a page or a link elsewhere."""

    title: str
    url: str
    description: str = ""


def page_kind_slugs():
    """{content type id: kind slug} of the page types that are not plain pages."""
    return {
        ContentType.objects.get_for_model(model).pk: kind.slug
        for kind in KINDS
        for model in kind.page_models
    }


QUOTED = re.compile(r'"([^"]*)"')
# Quotation marks as phones and word processors write them, read as the plain one.
QUOTES = str.maketrans(dict.fromkeys("“”„‟«»", '"'))


def asked_for(text):
    """What the words of the search box ask for: the words (words()), each anywhere; words the
    reader put in quotes next to each other in that order (a Phrase), the others anywhere. A
    quote without its pair, or around one word, is only a sign and means nothing."""
    text = text.translate(QUOTES)
    phrases = [words(quoted) for quoted in QUOTED.findall(text)]
    phrases = [phrase for phrase in phrases if len(phrase.split()) > 1]
    if not phrases:
        return words(text)

    def apart(quoted):  # a phrase goes; one quoted word stays among the others
        inside = words(quoted.group(1))
        return " " if len(inside.split()) > 1 else f" {inside} "

    rest = words(QUOTED.sub(apart, text))
    parts = [Phrase(phrase) for phrase in dict.fromkeys(phrases)]
    parts += [PlainText(rest)] if rest else []
    return parts[0] if len(parts) == 1 else And(parts)


def terms_pattern(query):
    """A pattern for the words of the query as written, and their inflections: a word that
    begins like a query word, less its last letters (forældre, forældrene, forældres)."""
    stems = []
    for term in words(query).split():
        stem = term[: max(min(len(term), 4), len(term) - 2)]
        stems.append(re.escape(stem))
    if not stems:
        return None
    return re.compile(r"\b(?:" + "|".join(sorted(stems, key=len, reverse=True)) + r")\w*", re.I)


def highlight(text, pattern, length=SNIPPET_LENGTH):
    """An excerpt of `text` around the first match, HTML-escaped, matches in <mark>."""
    text = " ".join(html.unescape(strip_tags(text or "")).split())
    if not text:
        return ""
    match = pattern.search(text) if pattern else None
    start = 0
    if match and match.start() > length // 3:
        start = text.rfind(" ", 0, match.start() - length // 3) + 1
    excerpt = text[start : start + length]
    if start + length < len(text):
        excerpt = excerpt[: excerpt.rfind(" ")] if " " in excerpt else excerpt
    out, position = [], 0
    for found in pattern.finditer(excerpt) if pattern else ():
        out.append(escape(excerpt[position : found.start()]))
        out.append(f"<mark>{escape(found.group())}</mark>")
        position = found.end()
    out.append(escape(excerpt[position:]))
    prefix = "… " if start else ""
    suffix = " …" if start + len(excerpt) < len(text) else ""
    return mark_safe(prefix + "".join(out) + suffix)  # noqa: S308  every piece escaped above


def searchable_text(page):
    """The text the index holds of a page besides its title, in the order of its fields."""
    parts = []
    for field in page.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name == "title":
            continue
        value = field.get_value(page)
        if isinstance(value, list | tuple):
            parts += [str(item) for item in value]
        elif value:
            parts.append(str(value))
    return " ".join(parts)


# The answers of searches: ids and scores only, the same for every reader with the same
# restrictions; a fixed number of places, however many different words readers send.
HITS = BoundedCache("search:hits", slots=256, timeout=10 * 60)
HITS_VERSION_KEY = "search:hits:version"


def hits_version():
    version = cache.get(HITS_VERSION_KEY)
    if version is None:
        cache.add(HITS_VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(HITS_VERSION_KEY)
    return version


def forget_hits(**kwargs):
    """Every cached answer is forgotten: now, and again once the change is committed (a
    search between the two could have read the content as it was). search/signals.py calls
    it whenever searchable content changes."""

    def bump():
        cache.set(HITS_VERSION_KEY, uuid.uuid4().hex, None)

    bump()
    transaction.on_commit(bump)


class SiteSearch:
    def __init__(self, request):
        self.request = request
        self.member = request.user.is_authenticated
        self.raw_query = text_param(request.GET, "query", max_length=MAX_QUERY_LENGTH)
        self.query = words(self.raw_query)
        self.asked = asked_for(self.raw_query)
        self.kinds = [kind for kind in KINDS if self.member or not kind.members_only]
        self.kind = choice_param(request.GET, "type", [kind.slug for kind in self.kinds])
        number = int_param(request.GET, "page", minimum=1)
        hits, self.fuzzy, self.suggestion = self.found() if self.query else ([], False, "")
        self.counts = {}
        for _score, slug, _source, _pk in hits:
            self.counts[slug] = self.counts.get(slug, 0) + 1
        self.total = len(hits)
        shown = [hit for hit in hits if self.kind is None or hit[1] == self.kind]
        self.page = Paginator(shown, PER_PAGE).get_page(number)
        self.page.object_list = self.load(self.page.object_list)
        self.promotions = self.promoted() if self.query and self.page.number == 1 else []
        # A search is logged once (see log()): on its first page, before a type is chosen.
        self.first_view = number in (None, 1) and self.kind is None

    def found(self):
        """(hits, fuzzy, suggestion) of the query: what it finds (by similar words if it finds
        nothing as written and the database can tell: PostgreSQL), and "did you mean" when
        it found nothing as written. Cached (HITS) under everything the answer depends on:
        the words, the language, whether the reader is logged in, the pages and collections
        the reader may not see, and the version of the searchable content (forget_hits). A
        reader who turns the pages or chooses a type does not search again, nor does the next
        reader with the same restrictions; the results shown are loaded through the reader's
        own querysets all the same (load())."""
        refused = (
            refused_page_paths(self.request),
            refused_collection_paths(self.request) if self.member else None,
        )
        what = repr((hits_version(), get_language(), self.member, refused, self.asked))
        return HITS.get_or_set(what, self._search)

    def _search(self):
        hits = self.hits(self.asked)
        if hits:
            return hits, False, ""
        if self.phrased and self.finds(self.query):
            return [], False, self.query  # words in quotes, not found together: offer them apart
        if not supports_fuzzy(get_search_backend(backend_for_language())):
            return [], False, self.did_you_mean()
        # By the words of the index most like the query's, the likest of each suggested if the
        # reader may see it as it is written: the index's words are those of everything.
        found = spellings(self.query)
        hits = self.hits(spelled_like(self.query, found)) if found else []
        if not hits:
            return [], False, ""
        likest = " ".join(likest[0] for _word, likest in found)
        if likest == self.query.lower() or not self.finds(likest, written=True):
            likest = ""
        return hits, True, likest

    # What the reader may see: each source narrowed before it is searched

    @cached_property
    def pages(self):
        pages = Page.objects.live().filter(locale=Locale.get_active()).exclude(depth__lte=1)
        return viewable_pages(pages, self.request)

    @cached_property
    def documents(self):
        """The documents attached to the pages the reader may see whose collections let the
        reader in (a queryset, used as a subquery)."""
        page_ids = self.pages.values("pk")
        attached = Q()
        for model, page_field in ATTACHMENTS:
            attached |= Q(
                pk__in=model.objects.filter(**{f"{page_field}__in": page_ids}).values("document_id")
            )
        return viewable_documents(get_document_model().objects.filter(attached), self.request)

    # Searching

    def hits(self, query):
        """(score, kind slug, source, primary key) of everything the query (words, or a query
        of search.backend) finds, best first; the source is "page", "document" or
        "municipality"."""
        kinds = page_kind_slugs()
        found = [
            (score or 0, kinds.get(content_type, "page"), "page", pk)
            for pk, content_type, score in matching(self.pages, query, ("pk", "content_type_id"))
        ]
        if self.member:
            found += [
                (score or 0, "document", "document", pk)
                for pk, score in matching(self.texts, query, ("pk",))
            ]
            found += [
                (score or 0, "municipality", "municipality", pk)
                for pk, score in matching(Municipality.objects.all(), query, ("pk",))
            ]
        # Best first; within equal scores, each source keeps its own order.
        return sorted(found, key=lambda hit: -hit[0])

    def finds(self, query, written=False):
        """Whether the query finds anything the reader may see (unranked: cheaper than hits);
        `written`: with its words as written, not only by their stems (PostgreSQL)."""
        sources = [self.pages]
        if self.member:
            sources += [self.texts, Municipality.objects.all()]
        written = query if written else None
        return any(
            matching(source, query, ("pk",), limit=1, rank=False, written=written)
            for source in sources
        )

    @property
    def phrased(self):
        """Whether the reader put words that must stand together in quotes."""
        return self.asked != self.query

    @property
    def offer_quotes(self):
        """Whether to tell the reader of quotes: several words found as written (not similar
        ones, which quotes would not narrow), more results than one page."""
        several = len(self.query.split()) > 1
        return several and not (self.phrased or self.fuzzy) and self.total > PER_PAGE

    @cached_property
    def texts(self):
        """The text of the files the reader may see."""
        return DocumentText.objects.filter(document__in=self.documents.values("pk"))

    # The page of results shown, loaded again through the reader's querysets

    def load(self, hits):
        pattern = terms_pattern(self.query)
        ids = {"page": [], "document": [], "municipality": []}
        for _score, _slug, source, pk in hits:
            ids[source].append(pk)
        loaded = {}
        if ids["page"]:
            kinds = page_kind_slugs()
            for page in self.pages.filter(pk__in=ids["page"]).specific():
                loaded["page", page.pk] = Result(
                    kind=KINDS_BY_SLUG[kinds.get(page.content_type_id, "page")],
                    title=page.title,
                    url=page.get_url(self.request),
                    snippet=highlight(searchable_text(page), pattern),
                    date=page_date(page),
                )
        if ids["document"]:
            texts = list(
                DocumentText.objects.select_related("document").filter(
                    pk__in=ids["document"], document__in=self.documents.values("pk")
                )
            )
            parents = self.parent_pages([text.document_id for text in texts])
            for text in texts:
                parent_title, parent_url = parents.get(text.document_id, ("", ""))
                loaded["document", text.pk] = Result(
                    kind=KINDS_BY_SLUG["document"],
                    title=text.title,
                    url=text.document.url,
                    snippet=highlight(text.text, pattern),
                    date=text.document.created_at,
                    parent_title=parent_title,
                    parent_url=parent_url,
                )
        if ids["municipality"]:
            directory = self.directory_url()
            for municipality in Municipality.objects.filter(pk__in=ids["municipality"]):
                region, status = (
                    municipality.get_region_display(),
                    municipality.get_status_display(),
                )
                loaded["municipality", municipality.pk] = Result(
                    kind=KINDS_BY_SLUG["municipality"],
                    title=municipality.name,
                    url=f"{directory}?{urlencode({'q': municipality.name})}" if directory else "",
                    snippet=highlight(f"{municipality.official_name} {region}. {status}.", pattern),
                )
        return [loaded[source, pk] for _score, _slug, source, pk in hits if (source, pk) in loaded]

    def parent_pages(self, document_ids):
        """{document id: (title, url)} of a page the reader may see that the file belongs to."""
        page_of = {}
        for model, page_field in ATTACHMENTS:
            rows = model.objects.filter(
                document_id__in=document_ids, **{f"{page_field}__in": self.pages.values("pk")}
            ).values_list("document_id", f"{page_field}_id")
            for document_id, page_id in rows:
                page_of.setdefault(document_id, page_id)
        pages = self.pages.in_bulk(set(page_of.values()))
        return {
            document_id: (pages[page_id].title, pages[page_id].get_url(self.request))
            for document_id, page_id in page_of.items()
            if page_id in pages
        }

    def directory_url(self):
        """The list of municipalities the reader may see: the full directory if they may."""
        directory = (
            MunicipalityIndexPage.objects.filter(pk__in=self.pages.values("pk"))
            .order_by("-list_all", "path")
            .first()
        )
        return directory.get_url(self.request) if directory else ""

    # The secretariat's promoted results, and the query log

    def promoted(self):
        """The promotions of the search word, in the secretariat's order: a promoted page in
        the active language, and only if the reader may open it; a link elsewhere as it is."""
        picks = list(
            SearchPromotion.objects.filter(query__query_string=normalise_query_string(self.query))
            .select_related("page")
            .order_by("sort_order", "pk")
        )
        keys = [pick.page.translation_key for pick in picks if pick.page]
        pages = {
            page.translation_key: page
            for page in self.pages.filter(translation_key__in=keys).specific()
        }
        promotions = []
        for pick in picks:
            if pick.page:
                page = pages.get(pick.page.translation_key)
                if page is not None:
                    promotions.append(
                        Promotion(page.title, page.get_url(self.request), pick.description)
                    )
            elif pick.external_link_url:
                promotions.append(
                    Promotion(
                        pick.external_link_text or pick.external_link_url,
                        pick.external_link_url,
                        pick.description,
                    )
                )
        return promotions

    def log(self):
        """Counts the search in Wagtail's query log and, when it found nothing for this reader
        (no result, no promotion), among the searches without results. Paging through the
        results or choosing a type is the same search: only its first view counts."""
        if not self.query or not self.first_view:
            return
        day = today()
        Query.get(self.query).add_hit(date=day)
        if not self.total and not self.promotions:
            UnansweredQuery.add_hit(self.query, day=day)

    # "Did you mean"

    def vocabulary(self):
        """The words of the titles the reader may see (pages, and for members files and
        municipalities): the only words a suggestion may be made of."""
        titles = list(self.pages.values_list("title", flat=True)[:MAX_VOCABULARY])
        if self.member:
            titles += self.documents.values_list("title", flat=True)[:MAX_VOCABULARY]
            titles += Municipality.objects.values_list("name", flat=True)
        return {word.lower() for title in titles for word in words(title).split() if len(word) > 2}

    def did_you_mean(self):
        """A query like this one, of words in titles the reader may see, that finds something."""
        vocabulary = self.vocabulary()
        suggested, changed = [], False
        for word in self.query.lower().split():
            close = (
                [] if word in vocabulary else difflib.get_close_matches(word, vocabulary, 1, 0.7)
            )
            suggested.append(close[0] if close else word)
            changed = changed or bool(close)
        suggestion = " ".join(suggested)
        if changed and self.finds(suggestion):
            return suggestion
        return ""

    # Links

    def url(self, **changes):
        params = {"query": self.raw_query, "type": self.kind, **changes}
        return "?" + urlencode({key: value for key, value in params.items() if value})

    @property
    def all_url(self):
        return self.url(type=None)

    @property
    def suggestion_url(self):
        return self.url(query=self.suggestion, type=None)

    def page_url(self, number):
        return self.url(page=number)

    def kind_options(self):
        """(kind, count, url, selected) for each kind with results."""
        return [
            (kind, self.counts[kind.slug], self.url(type=kind.slug), kind.slug == self.kind)
            for kind in self.kinds
            if self.counts.get(kind.slug)
        ]


def matching(queryset, query, fields, limit=MAX_HITS, rank=True, written=None):
    """(*fields, score) of the objects of the queryset that have every word of the query (a
    string, or a query of search.backend.spelled_like()), best first, at most `limit`: the
    values only, no model instances for hits that are only counted. `rank=False`: any of them,
    for whether the query finds anything (PostgreSQL skips the ranking). `written`: words the
    objects must hold as written, not only by their stems (PostgreSQL only: typo tolerance,
    whose suggestions need it, is PostgreSQL's)."""
    backend = get_search_backend(backend_for_language())
    if hasattr(backend, "ranked"):  # PostgreSQL: search.backend.LanguageSearchBackend
        return backend.ranked(queryset, query, fields, limit, rank=rank, written=written)
    results = backend.search(query, queryset, operator="and").annotate_score("_score")
    results = results[:limit]
    if hasattr(results, "get_queryset"):  # the database backend of other databases
        return list(results.get_queryset().values_list(*fields, "_score"))
    return [  # Elasticsearch
        (*(getattr(obj, field) for field in fields), obj._score) for obj in results
    ]


def page_date(page):
    for name in DATE_FIELDS:
        value = getattr(page, name, None)
        if value:
            return value
    return page.last_published_at
