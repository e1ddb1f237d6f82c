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
from functools import reduce
from operator import or_

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection
from django.db.models import Func, TextField, Value
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.utils import get_content_type_pk
from wagtail.models import Locale
from wagtail.search.query import And, Or, PlainText

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


class LanguageQueryCompiler(PostgresSearchQueryCompiler):
    """Matches a model with a locale by the stems of every language's configuration."""

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

    def config_for_locale(self, locale_id):
        """The configuration of a locale's language, or SEARCH_CONFIG for any other."""
        if locale_id not in self._locale_configs:
            language = (
                Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True).first()
            )
            self._locale_configs[locale_id] = self.language_configs.get(language, self.config)
        return self._locale_configs[locale_id]


def SearchBackend(params):  # noqa: N802  (the name Wagtail looks for in a backend's module)
    if connection.vendor == "postgresql":
        return LanguageSearchBackend(params)
    return DatabaseSearchBackend(params)


def spelled_like(query):
    """The query with each of its words replaced by the words of the index most like it
    (trigram similarity of the words without accents, at least FUZZY_SIMILARITY_THRESHOLD;
    the word itself among them if the index has it): all of its words, each in any of its
    spellings. None when a word is like nothing in the index. PostgreSQL only."""
    alternatives = []
    for word in dict.fromkeys(query.lower().split()):
        if len(word) < MIN_WORD_LENGTH:  # "og", "i": not worth correcting, nor kept
            alternatives.append(PlainText(word))
            continue
        plain = Unaccent(Value(word))
        spellings = list(
            SearchWord.objects.annotate(similarity=TrigramSimilarity("plain", plain))
            .filter(plain__trigram_similar=plain, similarity__gte=FUZZY_SIMILARITY_THRESHOLD)
            .order_by("-similarity", "word")
            .values_list("word", flat=True)[:MAX_SPELLINGS]
        )
        if not spellings:
            return None
        alternatives.append(Or([PlainText(spelling) for spelling in spellings]))
    return And(alternatives) if alternatives else None


def supports_fuzzy(backend):
    """Whether `Fuzzy` queries work on this backend: PostgreSQL's, with pg_trgm and unaccent
    (search/migrations/0001). SQLite's FTS5 has no similarity of words."""
    return isinstance(backend, PostgresSearchBackend)


class Unaccent(Func):
    """The text without accents, by the immutable `f_unaccent()` of search/migrations/0001
    (PostgreSQL): "Søvnguide for forældre" as "Sovnguide for foraeldre"."""

    function = "f_unaccent"
    output_field = TextField()
