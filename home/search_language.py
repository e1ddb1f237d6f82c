"""Which search backend answers a reader: with Elasticsearch, the index of the reader's language.

The database backend stems each object in its own language itself (search/backend.py) and is the
only backend configured without Elasticsearch. With `ELASTICSEARCH_URL` the settings configure one
index per language, `default` (Danish) and `english`, each with its language's analyser; every
object goes into both, and a search in English asks the English one, where English pages were
stemmed as English.
"""

from django.conf import settings
from django.utils import translation

BACKENDS_BY_LANGUAGE = {"en": "english"}


def backend_for_language(language=None):
    """The name of the search backend for the language (the active one by default)."""
    name = BACKENDS_BY_LANGUAGE.get(language or translation.get_language())
    return name if name in settings.WAGTAILSEARCH_BACKENDS else "default"
