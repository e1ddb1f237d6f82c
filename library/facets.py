"""Faceted search over the library: every filter in the query string, counts that follow.

Facets combine with AND; values within a facet with OR. Each facet's counts are taken with
all the other active filters applied, so a count always says how many results that choice
would give. Every parameter is cleaned by home.params; unknown or malformed values are
ignored, never an error, and never part of a link or a cache key. A theme is chosen by the
slug of the reader's language (its English slug in the English library, which understands the
Danish one too); the index knows the tags' own slugs, the same in both languages.

The counting happens on a `FacetIndex`: the materials a reader may see in one library, each
one a bit of an integer, and per facet value the integer of the materials that have it.
Filters are then `&` and `|` and a count is `int.bit_count()`, for the whole library or any
combination of choices, without a query. The index lives in Django's cache (Redis in
production, shared by every process): its key holds the materials query itself, so readers
with different restrictions never share an index, and a version that signals.py bumps
whenever a material or a facet's vocabulary changes. A text query's matches and the
rendered fieldsets are cached too, each under one of a fixed number of keys (`BoundedCache`):
readers choose them freely, and made-up ones must not fill the cache.
"""

import hashlib
import uuid
from dataclasses import dataclass, field
from functools import cached_property, partial
from itertools import compress
from operator import is_not
from urllib.parse import urlencode

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Aggregate, TextField, Value
from django.db.models.sql.constants import MULTI
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.documents import get_document_model

from home.models import DocumentText
from home.params import choice_param, choice_params, clean_int, int_param, text_param, words
from home.privacy import viewable_documents
from home.search_language import backend_for_language
from network.models import Municipality

from .models import (
    MaterialFile,
    MaterialPage,
    MaterialTag,
    Phase,
    TargetGroup,
    theme_labels,
    themes_by_address,
)

PER_PAGE = 20
MAX_FILE_HITS = 5000  # files whose text a query finds, at most
MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FACET = 20
# A facet with more options than FACET_TOP + FACET_SLACK shows its first FACET_TOP and the
# chosen ones; "Vis alle" opens the rest (hiding one or two would only cost a click).
FACET_TOP = 6
FACET_SLACK = 2
SORTS = {
    "relevance": _("Relevance"),
    "newest": _("Newest"),
    "title": _("Title"),
}


class BoundedCache:
    """Entries in Django's cache under a fixed number of keys, however many different requests
    ask: an entry may sit in either of two of `slots` places, picked by a hash of what it is for,
    and keeps that hash to tell whether it is the one asked for. A new entry takes a free one
    of its two places, else the first (a two-way set-associative cache: two entries that one
    request needs, such as a search's materials and its files, no longer push each other out
    when they meet in one place, which happened once in 256 searches).

    For what readers choose freely (the words of a search, a combination of filters): keyed by
    those alone, anyone sending made-up queries could fill the cache without end."""

    def __init__(self, prefix, slots, timeout):
        self.prefix = prefix
        self.slots = slots
        self.timeout = timeout

    def place(self, hexdigits):
        return f"{self.prefix}:{int(hexdigits, 16) % self.slots}"

    def get_or_set(self, what, compute):
        """The value cached for `what` (a string), or compute() cached in its place."""
        digest = hashlib.sha256(what.encode()).hexdigest()
        keys = [self.place(digest[:16]), self.place(digest[16:32])]
        entries = cache.get_many(keys)
        for entry in entries.values():
            if entry[0] == digest:
                return entry[1]
        value = compute()
        free = next((key for key in keys if key not in entries), keys[0])
        cache.set(free, (digest, value), self.timeout)
        return value


# The answers of text searches: a few hundred kilobytes at most, at 5,000 materials.
SEARCHES = BoundedCache("library:search", slots=256, timeout=15 * 60)
# The rendered fieldsets of the facets, some 40 kB each.
FIELDSETS = BoundedCache("library:fieldsets", slots=128, timeout=15 * 60)


def found_pks(query, ranked=True):
    """The primary keys of the materials the text query finds, best match first if ranked.

    The search runs over every material: the facet index then keeps what the reader may see
    in this library, which spares the database joining the page tree for every match.
    Unranked, it spares computing a score for each one too. The answer is cached under the
    index's version, which every change to a material bumps: a reader who ticks facets or
    turns pages with the same words does not search again. It holds only ids, the same for
    every reader, so nothing private is in it.
    """
    return SEARCHES.get_or_set(
        f"{FacetIndex.version()}|{int(ranked)}|{query}", lambda: _search(query, ranked)
    )


def file_hits(query):
    """(material pk, document pk, English title) for each file of a material whose text (or
    title) has the words of the query. Ids only and the title the editors gave, the same for
    every reader, cached like found_pks(); the reader's own restrictions are applied to the
    documents afterwards (MaterialSearch)."""
    return SEARCHES.get_or_set(
        f"{FacetIndex.version()}|files:2|{query}", lambda: _search_files(query)
    )


def _search_files(query):
    texts = DocumentText.objects.filter(document__in=MaterialFile.objects.values("document_id"))
    results = texts.search(query, backend=backend_for_language())
    if hasattr(results, "get_queryset"):  # the database backends
        ids = list(results.get_queryset().values_list("document_id", flat=True)[:MAX_FILE_HITS])
    else:
        ids = [text.document_id for text in results[:MAX_FILE_HITS]]  # Elasticsearch
    return list(
        MaterialFile.objects.filter(document_id__in=ids)
        .order_by("page_id", "sort_order")
        .values_list("page_id", "document_id", "title_en")
    )


def _search(query, ranked):
    # By "id", which Page indexes as a filter field: unranked, the search backends refuse to
    # sort by "pk", which they do not know (a sorted search was a server error).
    materials = MaterialPage.objects.order_by("id")
    results = materials.search(query, order_by_relevance=ranked, backend=backend_for_language())
    if hasattr(results, "get_queryset"):  # the database backends: no model instances needed
        return list(results.get_queryset().values_list("pk", flat=True))
    return [material.pk for material in results]  # Elasticsearch


class IdList(Aggregate):
    """The ids of a group as one text, "12,7,31" (in no order): PostgreSQL's string_agg,
    SQLite's group_concat."""

    function = "GROUP_CONCAT"
    output_field = TextField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            function="STRING_AGG",
            template="%(function)s(%(expressions)s::text, ',')",
            **extra_context,
        )


KNOWN = partial(is_not, None)


def raw_rows(queryset):
    """The rows of a values_list() queryset as the database driver returns them: without
    Django's per-row converters, which cost more than the query at 50,000 rows. For columns
    that need none (integers, texts)."""
    compiler = queryset.query.get_compiler(using=queryset.db)
    return [row for chunk in compiler.execute_sql(MULTI) for row in chunk]


# A set of materials as one byte per material (0 or 1) and back: the byte strings let
# Python's C code do the per-material work.
FLAG_BYTES = bytes.maketrans(b"01", b"\x00\x01")
DIGIT_BYTES = bytes.maketrans(b"\x00\x01", b"01")


def to_mask(bits):
    """The integer with the given bits set."""
    if not bits:
        return 0
    flags = bytearray(max(bits) + 1)
    for bit in bits:
        flags[bit] = 1
    return int(flags[::-1].translate(DIGIT_BYTES), 2)


# The facets that live in tables of their own: (table, its material column, its value column).
LINKED_FACETS = {
    "target": (MaterialPage.target_groups.through, "materialpage_id", "targetgroup__slug"),
    "phase": (MaterialPage.phases.through, "materialpage_id", "phase__slug"),
    "tag": (MaterialTag, "content_object_id", "tag__slug"),
    "format": (MaterialFile, "page_id", "file_format"),
}


def known_municipality_codes(codes):
    """Those of `codes` (texts) that are the code of a municipality, as written there."""
    numbers = [clean_int(code, minimum=1, maximum=9999) for code in codes]
    known = Municipality.objects.filter(code__in=[n for n in numbers if n])
    return [str(code) for code in known.values_list("code", flat=True)]


class FacetIndex:
    """The visible materials of one library, shaped for counting.

    Material number i (newest first) is bit i; a set of materials is one integer.
    """

    VERSION_KEY = "library:facets:version"
    FORMAT = 2  # changes with the shape of the cached state: old entries are then not found
    TIMEOUT = 15 * 60  # also bounds how stale a cache that is not shared could be

    def __init__(self, pks, title_order, postings, materials=None, key=None):
        self.pks = pks  # primary keys, newest first
        # Bit numbers by title; None until a reader sorts by title (see title_pks).
        self.title_order = title_order
        self.postings = postings  # {facet param: {value: mask}}
        self.everything = (1 << len(pks)) - 1
        self.materials, self.key = materials, key

    @classmethod
    def for_materials(cls, materials):
        """The index of a queryset of materials, from the cache or built and cached."""
        sql, params = materials.values("pk").query.sql_with_params()
        digest = hashlib.sha256(f"{sql}\n{params!r}".encode()).hexdigest()
        key = f"library:facets:{cls.FORMAT}:{cls.version()}:{digest}"
        state = cache.get(key)
        if state is None:
            state = cls.build(materials)
            cache.set(key, state, cls.TIMEOUT)
        return cls(*state, materials=materials, key=key)

    @classmethod
    def version(cls):
        version = cache.get(cls.VERSION_KEY)
        if version is None:
            cache.add(cls.VERSION_KEY, uuid.uuid4().hex, None)
            version = cache.get(cls.VERSION_KEY)
        return version

    @classmethod
    def invalidate(cls):
        """Every index is rebuilt on its next use: now, and again once the change is committed
        (a request between the two could have read the data as it was)."""

        def bump():
            cache.set(cls.VERSION_KEY, uuid.uuid4().hex, None)

        bump()
        transaction.on_commit(bump)

    @staticmethod
    def build(materials):
        """(pks, None, postings) of the materials: two queries, however many there are (the
        order by title waits until a reader asks for it: title_pks).

        The first reads the materials the reader may see; the second each facet value once,
        with the ids of all the materials that have it in one text (IdList), whoever may see
        them: a few hundred rows at 50,000 materials, not one per material and value, and no
        second pass over the page tree and its restrictions. Only the ids of the first query
        become bits, so what the reader may not see is never counted."""
        rows = raw_rows(
            materials.order_by("-first_published_at", "-pk").values_list(
                "pk", "kind", "municipality__code"
            )
        )
        pks = [row[0] for row in rows]
        # By the id as text, as the lists below give it: no int() for each of their 400,000
        # ids at 50,000 materials.
        bit = dict(zip(map(str, pks), range(len(pks)), strict=True))
        bits = {"kind": {}, "municipality": {}, **{param: {} for param in LINKED_FACETS}}
        for number, (_pk, kind, code) in enumerate(rows):
            if kind is not None:
                bits["kind"].setdefault(kind, []).append(number)
            if code is not None:
                bits["municipality"].setdefault(str(code), []).append(number)
        parts = [
            model.objects.exclude(**{f"{value}__isnull": True})
            .values(value)
            .annotate(facet=Value(param), ids=IdList(material))
            .values_list("facet", value, "ids")
            .order_by()
            for param, (model, material, value) in LINKED_FACETS.items()
        ]
        for param, value, id_list in parts[0].union(*parts[1:], all=True):
            # The bits of the materials the reader may see (a material published between the
            # two queries waits for the next build); map and filter loop in C.
            numbers = filter(KNOWN, map(bit.get, id_list.split(",")))
            bits[param].setdefault(str(value), []).extend(numbers)
        postings = {
            param: {value: to_mask(numbers) for value, numbers in values.items() if numbers}
            for param, values in bits.items()
        }
        return pks, None, postings

    @cached_property
    def bit(self):
        return {pk: number for number, pk in enumerate(self.pks)}

    def mask(self, pks):
        """The mask of the given materials; those not in the index are left out."""
        bit = self.bit
        return to_mask([bit[pk] for pk in pks if pk in bit])

    def having(self, param, values):
        """The materials with any of the values of a facet."""
        postings = self.postings[param]
        mask = 0
        for value in values:
            mask |= postings.get(value, 0)
        return mask

    def count(self, param, mask):
        """{value: number of materials of the mask with it}, values with none left out."""
        counts = {value: (bits & mask).bit_count() for value, bits in self.postings[param].items()}
        return {value: n for value, n in counts.items() if n}

    def select(self, mask, sort, ranked=None):
        """The primary keys of the mask's materials: newest first, by title, or in the order
        of `ranked`, the primary keys of a search."""
        # One byte per material, 1 if it is in the mask: compress() then picks in C.
        flags = format(mask, f"0{len(self.pks)}b")[::-1].encode().translate(FLAG_BYTES)
        if sort == "relevance":
            bit = self.bit
            return [pk for pk in ranked if pk in bit and flags[bit[pk]]]
        if sort == "title":
            return [
                pk
                for pk, number in zip(self.title_pks, self.title_order, strict=True)
                if flags[number]
            ]
        return list(compress(self.pks, flags))

    @cached_property
    def title_pks(self):
        """The primary keys by title. The order by title is asked of the database the first
        time a reader sorts by title, not with every build (sorting 50,000 titles is most of
        a build's time), and cached beside the index, which it follows."""
        if self.title_order is None:
            key = f"{self.key}:title"
            self.title_order = cache.get(key) if self.key else None
            if self.title_order is None:
                bit = self.bit
                by_title = raw_rows(self.materials.order_by("title", "pk").values_list("pk"))
                # A material published since the index was built waits for the next one.
                self.title_order = [bit[pk] for (pk,) in by_title if pk in bit]
                if self.key:
                    cache.set(key, self.title_order, self.TIMEOUT)
        return [self.pks[number] for number in self.title_order]


class Vocabulary(dict):
    """The labels of the facets' values in the reader's language, from the cache: the target
    groups and phases [(slug, label)], the municipalities {code: name}, and the themes asked
    for so far {tag slug: (address slug, name)}. Cached under the facet index's version, which
    signals.py bumps whenever a vocabulary (tags, their English names, target groups, phases,
    municipalities) changes: a request with a warm cache asks the database for none of them.
    Only names that readers may see in any case: nothing private is in it."""

    TIMEOUT = FacetIndex.TIMEOUT

    def __init__(self, key, labels):
        super().__init__(labels)
        self.key = key

    @classmethod
    def current(cls):
        key = f"library:vocabulary:{FacetIndex.FORMAT}:{FacetIndex.version()}:{get_language()}"
        labels = cache.get(key)
        if labels is None:
            labels = {
                "target": [(g.slug, g.label) for g in TargetGroup.objects.all()],
                "phase": [(p.slug, p.label) for p in Phase.objects.all()],
                "municipality": {
                    str(code): name
                    for code, name in Municipality.objects.values_list("code", "name")
                },
                "tag": {},
            }
            cache.set(key, labels, cls.TIMEOUT)
        return cls(key, labels)

    def themes(self, slugs):
        """{tag slug: (address slug, name)} of those of `slugs` that are tags; looked up (one
        query) and kept only for those not asked for before."""
        known = self["tag"]
        missing = set(slugs) - set(known)
        if missing:
            tags = list(Tag.objects.filter(slug__in=missing))
            for tag, (address, name) in zip(tags, theme_labels(tags, addresses=True), strict=True):
                known[tag.slug] = (address, name)
            for slug in missing - {tag.slug for tag in tags}:
                known[slug] = None  # not a tag: not looked up again
            cache.set(self.key, dict(self), self.TIMEOUT)
        return {slug: known[slug] for slug in slugs if known.get(slug) is not None}


@dataclass
class Option:
    value: str  # in the query string
    label: str
    count: int = 0
    selected: bool = False
    remove_url: str = ""
    indexed: str = ""  # the value in the facet index, when it is not the same

    def __post_init__(self):
        self.indexed = self.indexed or self.value


@dataclass
class Facet:
    param: str
    label: str
    options: list = field(default_factory=list)
    selected: list = field(default_factory=list)

    @property
    def active(self):
        return bool(self.selected)

    def top(self):
        """The options shown at once: the first few (for the open lists, those with the most
        materials) and every chosen one; the rest wait behind "Vis alle"."""
        return [option for number, option in enumerate(self.options) if not self._folds(number)]

    def more(self):
        return [option for number, option in enumerate(self.options) if self._folds(number)]

    def _folds(self, number):
        return (
            len(self.options) > FACET_TOP + FACET_SLACK
            and number >= FACET_TOP
            and not self.options[number].selected
        )


class MaterialSearch:
    def __init__(self, index_page, request, theme=None):
        self.index_page = index_page
        self.params = params = request.GET
        self.theme = theme
        self.theme_tags = {}  # {chosen theme's address slug: its tag's slug}
        self._themes_asked = {}
        self.raw_query = text_param(params, "q", max_length=MAX_QUERY_LENGTH)
        self.query = words(self.raw_query)
        self.chosen_sort = choice_param(
            params, "sort", [sort for sort in SORTS if sort != "relevance" or self.query]
        )
        self.sort = self.chosen_sort or ("relevance" if self.query else "newest")
        self.base = index_page.get_materials(request)
        self.index = FacetIndex.for_materials(self.base)
        self.scope = self.index.everything
        if theme is not None:
            self.scope = self.index.having("tag", [theme.slug])
        self.ranked = self.found = None
        self.in_files = {}
        if self.query:
            self.ranked = found_pks(self.query, ranked=self.sort == "relevance")
            # Materials found by the text of their files come after those found by their own.
            self.in_files = self._found_in_files(request)
            known = set(self.ranked)
            self.ranked = self.ranked + [pk for pk in self.in_files if pk not in known]
            self.found = self.index.mask(self.ranked)
        self.facets = self._facets()
        self._parse_selection()
        self.matching = self.filtered()
        self._count()
        pks = self.index.select(self.matching, self.sort, self.ranked)
        self.page = Paginator(pks, PER_PAGE).get_page(int_param(params, "page", minimum=1))
        # Through the reader's queryset once more: a stale index can never show a page that
        # is no longer live, or that the reader may not see.
        materials = self.base.select_related("municipality").in_bulk(self.page.object_list)
        self.page.object_list = [materials[pk] for pk in self.page.object_list if pk in materials]
        for material in self.page.object_list:
            material.found_in_files = self.in_files.get(material.pk, [])

    def _found_in_files(self, request):
        """{material pk: [titles]} of the files whose text has the query's words, among the
        files whose collections let the reader in (the index keeps the materials they may see),
        in the reader's language."""
        hits = file_hits(self.query)
        if not hits:
            return {}
        documents = viewable_documents(
            get_document_model().objects.filter(pk__in={hit[1] for hit in hits}),
            request,
        )
        visible = dict(documents.values_list("pk", "title"))  # no model instances: thousands
        english = get_language() == "en"
        found = {}
        for pk, document, title_en in hits:
            if document in visible:
                found.setdefault(pk, []).append(
                    title_en if english and title_en else visible[document]
                )
        return found

    # The facets and their options

    def _facets(self):
        kinds = [Option(value, str(label)) for value, label in MaterialPage.Kind.choices]
        vocabulary = self.vocabulary
        return [
            Facet("kind", _("Kind"), kinds),
            Facet("target", _("Target group"), [Option(*item) for item in vocabulary["target"]]),
            Facet("phase", _("Phase"), [Option(*item) for item in vocabulary["phase"]]),
            Facet("tag", _("Theme")),
            Facet("municipality", _("Municipality")),
            Facet("format", _("File format")),
        ]

    @cached_property
    def vocabulary(self):
        return Vocabulary.current()

    def _parse_selection(self):
        """Each facet's chosen values, those it knows only: an unknown one shows nothing and
        must not reach a cache key either."""
        for facet in self.facets:
            facet.selected = choice_params(
                self.params, facet.param, self._known(facet), max_count=MAX_VALUES_PER_FACET
            )
            if facet.param == "tag":
                # As the library's own links write them: a Danish slug chosen in the English
                # library becomes the English one, and counts once.
                themes = [self._themes_asked[value] for value in facet.selected]
                self.theme_tags = {address: slug for slug, address in themes}
                facet.selected = list(self.theme_tags)

    def _known(self, facet):
        """The values of a facet that can be chosen: a collection, or a function that picks
        them out of the values asked for."""
        if facet.options:  # a closed list
            return {option.value for option in facet.options}
        if facet.param == "municipality":
            return known_municipality_codes
        if facet.param == "tag":
            return self._known_themes
        return self.index.postings[facet.param]  # the formats of the library's files

    def _known_themes(self, slugs):
        """Those of `slugs` that name a theme in the reader's language (models.themes_by_address);
        what each one names is kept for _parse_selection."""
        self._themes_asked = themes_by_address(slugs)
        return self._themes_asked

    def _indexed(self, facet, values):
        """The facet's chosen values as the index has them (themes by their tags' slugs)."""
        if facet.param == "tag":
            return [self.theme_tags.get(value, value) for value in values]
        return values

    # Counting, on the index

    def filtered(self, without=None, without_value=None, without_query=False):
        """The mask of the materials matching every active filter, leaving out one facet or
        value if asked."""
        mask = self.scope
        for facet in self.facets:
            values = facet.selected
            if facet is without:
                values = [v for v in values if without_value is not None and v != without_value]
            if values:
                mask &= self.index.having(facet.param, self._indexed(facet, values))
        if self.found is not None and not without_query:
            mask &= self.found
        return mask

    def _count(self):
        for facet in self.facets:
            # A facet's own selection does not narrow its counts: values within it are OR.
            mask = self.filtered(without=facet) if facet.selected else self.matching
            counts = self.index.count(facet.param, mask)
            if not facet.options:
                facet.options = self._open_options(facet, counts)
            for option in facet.options:
                option.count = counts.get(option.indexed, 0)
                option.selected = option.value in facet.selected
                if option.selected:
                    option.remove_url = self.url_without(facet.param, option.value)

    def _open_options(self, facet, counts):
        values = set(counts) | set(self._indexed(facet, facet.selected))
        if facet.param == "tag":
            themes = self.vocabulary.themes(values)
            options = [
                Option(address, name, indexed=slug)
                for slug, (address, name) in themes.items()
                if slug in values
            ]
        elif facet.param == "municipality":
            names = self.vocabulary["municipality"]
            options = [Option(code, names[code]) for code in values if code in names]
        else:
            options = [Option(v, v.upper()) for v in values]
        return sorted(options, key=lambda o: (-counts.get(o.indexed, 0), o.label.lower()))

    # For the template

    @property
    def total(self):
        return self.page.paginator.count

    def fieldsets(self):
        """The facets' fieldsets, rendered, or found in the cache under everything they show:
        what is found can only be what would be rendered. Neither the query string nor the
        query is in the key, only the values a facet knows, so made-up parameters make no new
        entries, and every combination of real ones shares a bounded number of keys."""
        shown = [
            (
                facet.param,
                str(facet.label),
                [(o.value, o.label, o.count, o.selected) for o in facet.options],
            )
            for facet in self.facets
        ]
        html = FIELDSETS.get_or_set(
            repr((get_language(), shown)),
            lambda: render_to_string("library/includes/facet_fieldsets.html", {"search": self}),
        )
        return mark_safe(html)  # rendered from the template, which escaped it

    @property
    def active_filters(self):
        return [
            (facet, option) for facet in self.facets for option in facet.options if option.selected
        ]

    @property
    def is_filtered(self):
        return bool(self.query or self.active_filters)

    def suggestions(self):
        """For an empty result: what each active filter would give if it were removed."""
        if self.total:
            return []
        loosen = [
            (
                f"{facet.label}: {option.label}",
                option.remove_url,
                self.filtered(facet, option.value).bit_count(),
            )
            for facet, option in self.active_filters
        ]
        if self.query:
            loosen.append(
                (
                    f"“{self.query}”",
                    self.url_without("q", self.raw_query),
                    self.filtered(without_query=True).bit_count(),
                )
            )
        return [item for item in loosen if item[2]]

    def query_items(self, drop=()):
        """The search as query parameters, the page left out: what was understood of the
        query string, never what else it held (every link would repeat it, however long)."""
        items = [("q", self.raw_query)] if self.raw_query else []
        items += [(facet.param, value) for facet in self.facets for value in facet.selected]
        if self.chosen_sort:
            items.append(("sort", self.chosen_sort))
        return [(key, value) for key, value in items if key not in drop]

    def url_without(self, param, value):
        items = [(k, v) for k, v in self.query_items() if not (k == param and v == value)]
        return "?" + urlencode(items) if items else "?"

    def page_url(self, number):
        return "?" + urlencode([*self.query_items(), ("page", number)])

    @property
    def page_url_previous(self):
        return self.page_url(self.page.previous_page_number())

    @property
    def page_url_next(self):
        return self.page_url(self.page.next_page_number())

    def sort_options(self):
        """(value, label, url) for each way to sort; by relevance only when there is a query."""
        items = self.query_items(drop=("sort",))
        return [
            (value, label, "?" + urlencode([*items, ("sort", value)]))
            for value, label in SORTS.items()
            if value != "relevance" or self.query
        ]
