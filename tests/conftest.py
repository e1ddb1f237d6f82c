import datetime
import os

import pytest
import time_machine
from django.core.cache import cache, caches
from django.db.backends.signals import connection_created
from django.test import TestCase, TransactionTestCase
from django.utils import translation
from pytest_django.plugin import validate_django_db
from wagtail.models import Locale

from home.models import HomePage
from network.models import Municipality
from tests import demo_database
from tests.people import CONTRIBUTOR, PROFESSIONAL, SECRETARY, demo_user


def _commit_without_waiting_for_the_disk(sender, connection, **kwargs):
    """PostgreSQL test connections do not wait for each commit to reach the disk: loading the
    demo, the live server's requests and every flush commit thousands of times. What a commit
    makes visible, and when, is unchanged; only a crash of the server could lose the last ones,
    and a test database does not outlive its run."""
    if connection.vendor == "postgresql":
        # The driver's own cursor: a query counted by a test never includes this one.
        with connection.connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO off")


connection_created.connect(_commit_without_waiting_for_the_disk)


def pytest_configure(config):
    """FIV_TEST_DATE (an ISO date or moment) runs the whole suite, demo loading included, with the
    clock set to that moment and ticking from there: CI runs it once on a leap day."""
    moment = os.environ.get("FIV_TEST_DATE")
    if moment:
        start = datetime.datetime.fromisoformat(moment)
        config.fiv_clock = time_machine.travel(start, tick=True)
        config.fiv_clock.start()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, tmp_path_factory, worker_id):
    """Every test starts from the demo site, loaded once per run and rolled back after each test.
    With pytest-xdist the first worker loads it and the others take a copy (demo_database.py)."""
    if worker_id == "master":
        with django_db_blocker.unblock():
            demo_database.load_demo()
        yield
        return
    # The workers' temporary directories share a parent of this run's own.
    shared_dir = tmp_path_factory.getbasetemp().parent / "demo"
    with django_db_blocker.unblock():
        demo_database.demo_for_worker(shared_dir)
    _copy["shared_dir"], _copy["blocker"] = shared_dir, django_db_blocker
    yield
    with django_db_blocker.unblock():
        demo_database.drop_copy(shared_dir)


_copy = {}  # where this worker's demo copy is, once django_db_setup has made or taken it


def _flushes(item):
    """Whether the test ends with Django's flush, as pytest-django decides it (a live server's
    tests, which also do, are the browser tests)."""
    cls = getattr(item, "cls", None)
    if cls is not None and issubclass(cls, TransactionTestCase):
        return not issubclass(cls, TestCase)
    marker = item.get_closest_marker("django_db")
    if marker is not None:
        transaction, reset_sequences, *_ = validate_django_db(marker)
        if transaction or reset_sequences:
            return True
    return "transactional_db" in getattr(item, "fixturenames", ())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a transactional test outside the browser ones (which keep a snapshot of their own,
    browser/snapshot.py), the demo comes back from the worker's copy: the flush emptied the
    database, and a browser test later on this worker would load the demo again."""
    result = yield
    if _copy and _flushes(item) and item.get_closest_marker("browser") is None:
        with _copy["blocker"].unblock():
            if not HomePage.objects.exists():
                demo_database.restore_after_flush(_copy["shared_dir"])
    return result


def pytest_collection_modifyitems(items):
    # Browser tests use a live server, which empties the database after each of them:
    # they run last and load the demo content again for themselves.
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture
def professional(client, db):
    """A client logged in as the demo professional."""
    client.force_login(demo_user(PROFESSIONAL))
    return client


@pytest.fixture
def contributor(client, db):
    """A client logged in as the demo contributor, who contributes and reports for Aarhus."""
    client.force_login(demo_user(CONTRIBUTOR))
    return client


@pytest.fixture
def secretariat(client, db):
    """A client logged in as the demo secretary."""
    client.force_login(demo_user(SECRETARY))
    return client


@pytest.fixture
def aarhus(db):
    return Municipality.objects.get(name="Aarhus")


@pytest.fixture
def odense(db):
    return Municipality.objects.get(name="Odense")


@pytest.fixture
def home_da(db):
    return HomePage.objects.get(locale__language_code="da")


@pytest.fixture
def home_en(db):
    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture(autouse=True)
def danish():
    """A request leaves its language active in the thread: each test starts in Danish, the
    default, so that `reverse()` gives the Danish address whatever ran before."""
    with translation.override("da"):
        yield


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail caches site root paths and renditions; a rolled-back test must not leave them."""
    cache.clear()
    caches["pages"].clear()
    yield
    cache.clear()
    caches["pages"].clear()


@pytest.fixture
def pages_built_each_time(settings):
    """Pages that readers of the same groups share (home/readercache.py, tested in
    tests/home/test_reader_cache.py) built for every request, for a test of what lies under
    them: a repeated request would otherwise be answered before the layer under test is asked."""
    settings.READER_CACHE_SECONDS = 0
