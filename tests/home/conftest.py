import pytest
from django.core.cache import caches

from tests.tasks import task_queue  # noqa: F401  (the fixture, for every test here)


@pytest.fixture
def page_cache(settings):
    """The page cache on, and empty before and after the test."""
    settings.PAGE_CACHE_SECONDS = 600
    caches["pages"].clear()
    yield caches["pages"]
    caches["pages"].clear()


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    """Purges and redirects wait for the commit: `commits(change)` runs the change and then what
    waited for it, as a committed transaction would, and returns what the change returned."""

    def run(change):
        with django_capture_on_commit_callbacks(execute=True):
            return change()

    return run
