"""Settings for the test suite: fast and isolated from the developer's files."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "fiv-tests-only"  # noqa: S105
ALLOWED_HOSTS = ["*"]

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
PAGE_CACHE_SECONDS = 0  # tests of the page cache switch it on (tests/home/test_page_cache.py)
SESSION_ENGINE = "django.contrib.sessions.backends.db"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="fiv-test-media-"))  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}
WAGTAILSEARCH_BACKENDS = {  # tests never need a search server
    "default": {
        "BACKEND": "search.backend",
        "SEARCH_CONFIG": "danish",
        "LANGUAGE_CONFIGS": {"da": "danish", "en": "english"},
    }
}
# Background tasks run at once; tests/tasks.py switches to the database queue where a test
# wants to see a task wait for the worker.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
