"""The database search backend, with one PostgreSQL text search configuration per language.

Wagtail's database backend stems every object with one `SEARCH_CONFIG` (django-modelsearch
issue 61): English pages stemmed as Danish miss "run" in "running". Here, on PostgreSQL:

- indexing: an object with a locale (every page) is stemmed with its language's configuration,
  from `LANGUAGE_CONFIGS` ({"da": "danish", "en": "english"}); objects without a locale (the
  text of files, municipalities) with `SEARCH_CONFIG`;
- searching a model with a locale: the query is stemmed with every language's configuration
  and any of them may match, so that one query finds each page by its own language's stems,
  whichever languages the queryset holds (the site search keeps to the active one; the admin
  searches all of them).

Matching and ranking (PostgreSQL): an index entry is matched by `search_document(title, body)`,
the costly-declared joining of its vectors that search/migrations/0003 indexes, so that the
planner reads the index rather than joining the vectors of every entry. The site search ranks
with `LanguageSearchBackend.ranked()`: the matching entries are ranked on their own, each word by
itself, and only their ids and scores are joined to what the reader may see.

Autocomplete keeps Wagtail's `simple` configuration (no stemming), as before. On SQLite and
other databases this is Wagtail's database backend unchanged: FTS5 does not stem at all.

Typo tolerance (PostgreSQL): every word the index holds is kept once in `SearchWord` as objects
are indexed; `spelled_like()` turns a query into the words of the index most like each of its
words (trigrams, accents aside), which the full-text search then finds with its own indexes.

    WAGTAILSEARCH_BACKENDS = {"default": {
        "BACKEND": "search.backend",
        "SEARCH_CONFIG": "danish",
        "LANGUAGE_CONFIGS": {"da": "danish", "en": "english"},
    }}

After changing the configurations, rebuild the index: `manage.py update_index`.
"""

import copy
import re
from functools import reduce
from operator import or_

from django.contrib.postgres.search import (
    SearchQuery,
    SearchVector,
    SearchVectorField,
    TrigramSimilarity,
)
from django.core.exceptions import EmptyResultSet
from django.db import connection, connections
from django.db.models import BigIntegerField, BooleanField, F, Func, Q, TextField, Value
from django.db.models.functions import Cast
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.backends.database.postgres.postgres import (  # IndexEntry: Wagtail's model
    IndexEntry,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks
from wagtail.models import Locale
from wagtail.search.query import And, Fuzzy, MatchAll, Not, Or, Phrase, PlainText

from .models import SearchWord

FUZZY_SIMILARITY_THRESHOLD = 0.6
MAX_SPELLINGS = 5  # words of the index a misspelled word may stand for
MIN_WORD_LENGTH = 3  # of the words kept in SearchWord


def has_locale(model):
    return any(field.name == "locale" for field in model._meta.concrete_fields)


class LanguageIndex(PostgresIndex):
    """Indexes each object with the configuration of its locale's language."""

    def add_items(self, model, objs):
        self._add_items(model, objs)
        self.add_words(model, objs)

    def add_words(self, model, objs):
        """Keeps the words of the objects' index entries in SearchWord (see spelled_like)."""
        ids = [str(obj.pk) for obj in objs]
        if not ids:
            return
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                """INSERT INTO search_searchword (word, plain)
                    SELECT DISTINCT lexeme, f_unaccent(lexeme)
                    FROM wagtailsearch_indexentry,
                         unnest(to_tsvector('simple', title_text || ' ' || body_text))
                    WHERE content_type_id = %s AND object_id = ANY(%s)
                      AND length(lexeme) BETWEEN %s AND 100
                    ORDER BY 1
                    ON CONFLICT (word) DO NOTHING""",
                [get_content_type_pk(model), ids, MIN_WORD_LENGTH],
            )

    def _add_items(self, model, objs):
        if not has_locale(model):
            return super().add_items(model, objs)
        by_config = {}
        for obj in objs:
            by_config.setdefault(self.backend.config_for_locale(obj.locale_id), []).append(obj)
        backend = self.backend
        try:
            for config, group in by_config.items():
                # ObjectIndexer reads the backend's `config`: hand it a copy set to this one.
                self.backend = copy.copy(backend)
                self.backend.config = config
                super().add_items(model, group)
        finally:
            self.backend = backend


class SearchDocument(Func):
    """`search_document(title, body)` of search/migrations/0003: an index entry's title and body
    as one vector, by the function its GIN index is made of."""

    function = "search_document"
    output_field = SearchVectorField()


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    """Matches a model with a locale by the stems of every language's configuration, and any
    model by search_document()."""

    def search(self, config, start, stop, score_field=None, backend=None):
        query = self.query
        if (
            self.fields is not None
            or isinstance(query, MatchAll | Fuzzy)
            or (isinstance(query, Not) and isinstance(query.subquery, MatchAll))
        ):
            return super().search(config, start, stop, score_field, backend)
        # Modelsearch's own, but for `(title || body) @@ query`, which the planner thinks cheap.
        search_query = self.build_tsquery(query, config=config)
        rank = self._build_rank_expression(self.get_index_vectors(search_query), config)
        document = SearchDocument(F("index_entries__title"), F("index_entries__body"))
        queryset = self.queryset.annotate(_vector_=document).filter(_vector_=search_query)
        return self._apply_ordering_and_scoring(queryset, rank, start, stop, score_field)

    def together(self, phrase, config):
        """The condition that an entry's title or body holds the phrase, in any language's
        configuration; a phrase that one of them reads as stop words only ("til det" in
        Danish) is not asked for, as its words are not (see phrases_apart())."""
        configs = self.backend_configs if has_locale(self.queryset.model) else None
        condition = Q()
        for each in configs or [config]:
            query = PostgresSearchQueryCompiler.build_tsquery(self, phrase, config=each)
            condition |= (
                Q(Matches(F("title"), query)) | Q(Matches(F("body"), query)) | Q(Empty(query))
            )
        return condition

    def build_tsquery(self, query, config=None):
        configs = self.backend_configs if has_locale(self.queryset.model) else None
        if not configs:
            return super().build_tsquery(query, config=config)
        build = super().build_tsquery  # (a comprehension has no zero-argument super())
        return reduce(or_, [build(query, config=each) for each in configs])

    @property
    def backend_configs(self):
        return list(dict.fromkeys(self._language_configs.values()))


class LanguageSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex

    def __init__(self, params):
        # Typo tolerance (`Fuzzy`): how alike, from 0 to 1, the query and the likest part of an
        # object's text must be. Modelsearch's 0.3 lets "sovnguide" find any "...guide"; at 0.6 a
        # word typed without æ, ø, å (1.0 without accents) or with a letter wrong in a long word
        # still matches.
        params = {"FUZZY_SIMILARITY_THRESHOLD": FUZZY_SIMILARITY_THRESHOLD, **params}
        super().__init__(params)
        self.language_configs = dict(params.get("LANGUAGE_CONFIGS") or {})
        self._locale_configs = {}

        backend = self

        class QueryCompiler(LanguageQueryCompiler):
            _language_configs = backend.language_configs

        self.query_compiler_class = QueryCompiler
        self.autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler

    def ranked(self, queryset, query, fields, limit, rank=True, written=None):
        """(*fields, score) of the objects of the queryset that match the query (every word of a
        string, or a query of spelled_like()), best first, at most `limit`; with `rank=False`
        any of them, unranked (score 0), for whether the query finds anything. `written`: words
        the objects must also hold as written, not only by their stems (a suggestion of the
        index's words, which is only ever shown in a form the reader may see).

        Modelsearch's search joins the queryset to the index entries and ranks the joined rows:
        the entries' vectors are carried through the join, and ts_rank of several words weighs
        how near they stand wherever they occur (calc_rank_and), 40 ms for two common words in
        10,000 files. Here the matching entries are ranked first, on their own, each word by
        itself (by_word()), and only their ids and scores are joined to the queryset, which
        says what the reader may see. Objects with integer keys only; others as modelsearch."""
        if queryset.model._meta.pk.get_internal_type() not in INTEGER_KEYS:
            results = self.search(query, queryset, operator="and").annotate_score("_score")
            return list(results[:limit].get_queryset().values_list(*fields, "_score"))
        compiler = self.query_compiler_class(queryset, query, operator="and")
        config = compiler.get_config(self)
        words, phrases = phrases_apart(compiler.query)
        tsquery = compiler.build_tsquery(words, config=config)
        score = Value(0.0)
        if rank:
            each_word = by_word(compiler.query)
            score = compiler.build_tsrank(F("title"), each_word, config=config) * F(
                "title_norm"
            ) + compiler.build_tsrank(F("body"), each_word, config=config)
        entries = (
            IndexEntry.objects.filter(
                content_type_id__in=get_descendants_content_types_pks(queryset.model)
            )
            .annotate(_vector_=SearchDocument(F("title"), F("body")))
            .filter(_vector_=tsquery)
            .annotate(_key=Cast("object_id", BigIntegerField()), _score=score)
        )
        for phrase in phrases:
            entries = entries.filter(compiler.together(phrase, config))
        if written:
            entries = entries.annotate(
                _written_=SearchVector("title_text", "body_text", config="simple")
            ).filter(_written_=SearchQuery(written, config="simple", search_type="plain"))
        entries = entries.values_list("_key", "_score")
        columns = list(dict.fromkeys(("pk", *fields)))
        try:
            entries_sql, entries_params = entries.query.sql_with_params()
            allowed_sql, allowed_params = (
                queryset.order_by().values_list(*columns).query.sql_with_params()
            )
        except EmptyResultSet:  # a queryset that can hold nothing, such as none()
            return []
        names = ", ".join(f"c{number}" for number in range(len(columns)))
        order = "ORDER BY hits.score DESC, allowed.c0 DESC" if rank else ""
        # Ranked, every match is ranked once, on its own; unranked, the first that the reader
        # may see will do, and the planner may stop there.
        materialized = "MATERIALIZED" if rank else "NOT MATERIALIZED"
        # Django's own compiled SQL of both querysets, every value of them passed as a parameter.
        sql = (
            f"WITH hits (key, score) AS {materialized} ({entries_sql}) "  # noqa: S608
            f"SELECT {names}, hits.score FROM ({allowed_sql}) AS allowed ({names}) "
            f"JOIN hits ON hits.key = allowed.c0 {order} LIMIT %s"
        )
        with connections[queryset.db].cursor() as cursor:
            cursor.execute(sql, [*entries_params, *allowed_params, limit])
            rows = cursor.fetchall()
        positions = [columns.index(field) for field in fields]
        return [(*(row[position] for position in positions), row[-1]) for row in rows]

    def config_for_locale(self, locale_id):
        """The configuration of a locale's language, or SEARCH_CONFIG for any other."""
        if locale_id not in self._locale_configs:
            language = (
                Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True).first()
            )
            self._locale_configs[locale_id] = self.language_configs.get(language, self.config)
        return self._locale_configs[locale_id]


# A longer text is ranked as a whole: building the rank of each of the 40 words that fit in a
# search box took 300 ms of Python for each source, for a text nobody types but to try the site.
MAX_WORDS_RANKED_APART = 8


class Matches(Func):
    """`vector @@ query` as the function it calls: not a condition an index could answer, so
    PostgreSQL tests it on the entries the index found, rather than reading the index for it
    too and testing every entry that has the words against search_document() again."""

    function = "ts_match_vq"
    output_field = BooleanField()


class Empty(Func):
    """Whether a query holds no word at all (a phrase of stop words such as "til det")."""

    function = "numnode"
    template = "%(function)s(%(expressions)s) = 0"
    output_field = BooleanField()


def phrases_apart(query):
    """(the query with each of its phrases as words anywhere, the phrases): the GIN index finds
    the entries with the words exactly, and only those are tested for the phrases. Matched
    whole, a phrase of two common words had the index's every entry with both tested again
    against search_document(), twice as slow at 10,000 files."""
    if isinstance(query, Phrase):
        return PlainText(query.query_string), [query]
    if isinstance(query, And):
        parts = [phrases_apart(part) for part in query.subqueries]
        return And([words for words, _phrases in parts]), [
            phrase for _words, phrases in parts for phrase in phrases
        ]
    return query, []


INTEGER_KEYS = {"AutoField", "BigAutoField", "IntegerField", "BigIntegerField", "SmallAutoField"}


def by_word(query):
    """The query to rank by: a text of several words that must all be there as the And of its
    words (ranked each by itself, the ranks multiplied; more than MAX_WORDS_RANKED_APART as
    the text it is), and alternatives as one text of any of their words (one rank of the
    likest)."""
    if isinstance(query, PlainText):
        terms = re.split(r"[\s\-]+", query.query_string.strip())
        if query.operator == "or" or not 2 <= len(terms) <= MAX_WORDS_RANKED_APART:
            return query
        return And([PlainText(term) for term in terms])
    if isinstance(query, Or) and all(isinstance(part, PlainText) for part in query.subqueries):
        return PlainText(" ".join(part.query_string for part in query.subqueries), operator="or")
    if isinstance(query, And | Or):
        return type(query)([by_word(part) for part in query.subqueries])
    return query


def SearchBackend(params):  # noqa: N802  (the name Wagtail looks for in a backend's module)
    if connection.vendor == "postgresql":
        return LanguageSearchBackend(params)
    return DatabaseSearchBackend(params)


def spellings(query):
    """[(word, its spellings)] of the words of the query: the words of the index most like each
    (trigram similarity of the words without accents, at least FUZZY_SIMILARITY_THRESHOLD),
    likest first, the word itself first if the index has it; a word shorter than
    MIN_WORD_LENGTH as it is. None when a word is like nothing in the index. PostgreSQL only."""
    found = []
    for word in dict.fromkeys(query.lower().split()):
        if len(word) < MIN_WORD_LENGTH:  # "og", "i": not worth correcting, nor kept
            found.append((word, [word]))
            continue
        plain = Unaccent(Value(word))
        likest = list(
            SearchWord.objects.annotate(similarity=TrigramSimilarity("plain", plain))
            .filter(plain__trigram_similar=plain, similarity__gte=FUZZY_SIMILARITY_THRESHOLD)
            .order_by("-similarity", "word")
            .values_list("word", flat=True)[:MAX_SPELLINGS]
        )
        if not likest:
            return None
        if word in likest:
            likest.remove(word)
            likest.insert(0, word)
        found.append((word, likest))
    return found


def spelled_like(query, found=None):
    """The query with each of its words replaced by its spellings (spellings(), or `found`, a
    list that function returned): all of its words, each in any of its spellings. None when a
    word is like nothing in the index. PostgreSQL only."""
    found = spellings(query) if found is None else found
    if not found:
        return None
    return And([Or([PlainText(spelling) for spelling in likest]) for _word, likest in found])


def supports_fuzzy(backend):
    """Whether `Fuzzy` queries work on this backend: PostgreSQL's, with pg_trgm and unaccent
    (search/migrations/0001). SQLite's FTS5 has no similarity of words."""
    return isinstance(backend, PostgresSearchBackend)


class Unaccent(Func):
    """The text without accents, by the immutable `f_unaccent()` of search/migrations/0001
    (PostgreSQL): "Søvnguide for forældre" as "Sovnguide for foraeldre"."""

    function = "f_unaccent"
    output_field = TextField()
