"""Faceted search over the library: every filter in the query string, counts that follow.

Facets combine with AND; values within a facet with OR. Each facet's counts are taken with
all the other active filters applied, so a count always says how many results that choice
would give. Unknown or malformed values are ignored, never an error.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import CharField, Count, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from network.models import Municipality

from .models import MaterialFile, MaterialPage, MaterialTag, Phase, TargetGroup

PER_PAGE = 20
MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FACET = 20
SORTS = {
    "relevance": _("Relevance"),
    "newest": _("Newest"),
    "title": _("Title"),
}


def clean_query(raw):
    """Words only: operators mean nothing to readers and some break SQLite's FTS5."""
    return " ".join(re.sub(r"[^\w]+", " ", raw[:MAX_QUERY_LENGTH]).split())


def ranked_pks(materials, query):
    """The primary keys of the materials the text query finds, best match first.

    The search runs once per request; the facets and the results reuse its answer.
    """
    results = materials.search(query)
    if hasattr(results, "get_queryset"):  # the database backends: no model instances needed
        return list(results.get_queryset().values_list("pk", flat=True))
    return [material.pk for material in results]  # Elasticsearch


def id_set(ids):
    """A list of primary keys for an IN filter. On PostgreSQL it travels as one array
    parameter: thousands of separate parameters cost Django more than the query itself."""
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::integer[])", [list(ids)])
    return list(ids)


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False
    remove_url: str = ""


@dataclass
class Facet:
    param: str
    label: str
    lookup: str
    options: list = field(default_factory=list)
    selected: list = field(default_factory=list)

    @property
    def active(self):
        return bool(self.selected)


class MaterialSearch:
    def __init__(self, index_page, request, theme=None):
        self.index_page = index_page
        self.params = params = request.GET
        self.theme = theme
        self.raw_query = " ".join(
            params.get("q", "")[:MAX_QUERY_LENGTH].replace("\x00", "").split()
        )
        self.query = clean_query(self.raw_query)
        sort = params.get("sort", "")
        self.sort = sort if sort in SORTS and (sort != "relevance" or self.query) else ""
        self.chosen_sort = self.sort
        if not self.sort:
            self.sort = "relevance" if self.query else "newest"
        self.base = index_page.get_materials(request)
        if theme is not None:
            tagged = MaterialPage.objects.filter(tagged_items__tag=theme)
            self.base = self.base.filter(pk__in=tagged.values("pk"))
        self.found = ranked_pks(self.base, self.query) if self.query else None
        self.facets = self._facets()
        self._parse_selection()
        # The materials matching every filter: the results and the counts of each facet
        # without a selection of its own come from it. With a text query it is fetched once
        # (the search then runs once), and so it is when filters are chosen; unfiltered it
        # stays a subquery, which the planner handles better for the whole library.
        if self.query or any(facet.selected for facet in self.facets):
            self.matching = list(self.filtered().values_list("pk", flat=True))
            self.matching_ref = id_set(self.matching)
        else:
            self.matching_ref = self.filtered().values("pk")
        self._count()
        if self.sort == "relevance":
            matching = set(self.matching)
            ranked = [pk for pk in self.found if pk in matching]
            self.page = Paginator(ranked, PER_PAGE).get_page(params.get("page"))
            materials = MaterialPage.objects.select_related("municipality").in_bulk(self.page)
            self.page.object_list = [materials[pk] for pk in self.page if pk in materials]
        else:
            results = (
                MaterialPage.objects.filter(pk__in=self.matching_ref)
                .select_related("municipality")
                .order_by(*self._ordering())
            )
            self.page = Paginator(results, PER_PAGE).get_page(params.get("page"))

    # The facets and their options

    def _facets(self):
        kinds = [Option(value, str(label)) for value, label in MaterialPage.Kind.choices]
        return [
            Facet("kind", _("Kind"), "kind", kinds),
            Facet(
                "target",
                _("Target group"),
                "target_groups__slug",
                [Option(g.slug, g.label) for g in TargetGroup.objects.all()],
            ),
            Facet(
                "phase",
                _("Phase"),
                "phases__slug",
                [Option(p.slug, p.label) for p in Phase.objects.all()],
            ),
            Facet("tag", _("Theme"), "tagged_items__tag__slug"),
            Facet("municipality", _("Municipality"), "municipality__code"),
            Facet("format", _("File format"), "files__file_format"),
        ]

    def _parse_selection(self):
        for facet in self.facets:
            values = [v for v in self.params.getlist(facet.param) if v][:MAX_VALUES_PER_FACET]
            if facet.options:  # a closed list: unknown values are ignored
                known = {option.value for option in facet.options}
                values = [v for v in values if v in known]
            elif facet.param == "municipality":
                codes = [int(v) for v in values if v.isdigit() and len(v) <= 4]
                known = Municipality.objects.filter(code__in=codes).values_list("code", flat=True)
                values = [v for v in values if v.isdigit() and len(v) <= 4 and int(v) in set(known)]
            elif facet.param == "tag":
                values = [v for v in values if len(v) <= 100]
                known = set(Tag.objects.filter(slug__in=values).values_list("slug", flat=True))
                values = [v for v in values if v in known]
            else:
                values = [v for v in values if re.fullmatch(r"[\w-]{1,100}", v)]
            facet.selected = list(dict.fromkeys(values))

    # Querying

    def filtered(self, without=None, without_value=None, without_query=False):
        """The materials matching every active filter, leaving out one facet or value if asked."""
        materials = self.base
        for facet in self.facets:
            values = facet.selected
            if facet is without:
                values = [v for v in values if without_value is not None and v != without_value]
            if values:
                matching = MaterialPage.objects.filter(**{f"{facet.lookup}__in": values})
                materials = materials.filter(pk__in=matching.values("pk"))
        if self.found is not None and not without_query:
            materials = materials.filter(pk__in=id_set(self.found))
        return materials

    def _count(self):
        # Facets without a selection of their own count over the same materials: one query
        # (UNION ALL) for all of them; each facet with a selection needs its own.
        shared = [facet for facet in self.facets if not facet.selected]
        rows = []
        if shared:
            parts = [self._count_rows(facet, self.matching_ref) for facet in shared]
            rows += list(parts[0].union(*parts[1:], all=True))
        for facet in self.facets:
            if facet.selected:
                ids = self.filtered(without=facet).values("pk")
                rows += list(self._count_rows(facet, ids))
        for facet in self.facets:
            counts = {str(value): n for param, value, n in rows if param == facet.param}
            if not facet.options:
                facet.options = self._open_options(facet, counts)
            for option in facet.options:
                option.count = counts.get(option.value, 0)
                option.selected = option.value in facet.selected
                if option.selected:
                    option.remove_url = self.url_without(facet.param, option.value)

    @staticmethod
    def _count_rows(facet, ids):
        """(value, number of materials) for one facet over the given materials.

        Counted on the smallest table that holds the facet (the many-to-many and tag
        tables themselves), without joining the page tree again.
        """
        sources = {
            "kind": (MaterialPage.objects, "pk", "kind", False),
            "municipality": (MaterialPage.objects, "pk", "municipality__code", False),
            "target": (
                MaterialPage.target_groups.through.objects,
                "materialpage_id",
                "targetgroup__slug",
                False,
            ),
            "phase": (MaterialPage.phases.through.objects, "materialpage_id", "phase__slug", False),
            "tag": (MaterialTag.objects, "content_object_id", "tag__slug", False),
            "format": (MaterialFile.objects, "page_id", "file_format", True),
        }
        manager, material_field, value_field, distinct = sources[facet.param]
        return (
            manager.filter(**{f"{material_field}__in": ids})
            .exclude(**{f"{value_field}__isnull": True})
            .annotate(facet=Value(facet.param), value=Cast(value_field, CharField()))
            .values_list("facet", "value")
            .annotate(n=Count(material_field, distinct=distinct))
            .order_by()
        )

    def _open_options(self, facet, counts):
        values = set(counts) | set(facet.selected)
        if facet.param == "tag":
            tags = Tag.objects.filter(slug__in=values)
            options = [Option(t.slug, t.name) for t in tags]
        elif facet.param == "municipality":
            municipalities = Municipality.objects.filter(code__in=[int(v) for v in values])
            options = [Option(str(m.code), m.name) for m in municipalities]
        else:
            options = [Option(v, v.upper()) for v in values]
        return sorted(options, key=lambda o: (-counts.get(o.value, 0), o.label.lower()))

    def _ordering(self):
        if self.sort == "title":
            return ["title", "pk"]
        return ["-first_published_at", "-pk"]

    # For the template

    @property
    def total(self):
        return self.page.paginator.count

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
                self.filtered(facet, option.value).count(),
            )
            for facet, option in self.active_filters
        ]
        if self.query:
            loosen.append(
                (
                    f"“{self.query}”",
                    self.url_without("q", self.query),
                    self.filtered(without_query=True).count(),
                )
            )
        return [item for item in loosen if item[2]]

    def query_items(self, drop=("page",)):
        items = []
        for key in self.params:
            if key in drop:
                continue
            items += [(key, value) for value in self.params.getlist(key)]
        return items

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
        items = self.query_items(drop=("page", "sort"))
        return [
            (value, label, "?" + urlencode([*items, ("sort", value)]))
            for value, label in SORTS.items()
            if value != "relevance" or self.query
        ]
