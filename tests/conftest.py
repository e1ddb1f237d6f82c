import datetime
import os

import pytest
import time_machine
from django.core.cache import cache, caches
from django.utils import translation
from wagtail.models import Locale

from home.models import HomePage
from network.models import Municipality
from tests import demo_database
from tests.people import CONTRIBUTOR, PROFESSIONAL, SECRETARY, demo_user


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
    yield
    with django_db_blocker.unblock():
        demo_database.drop_copy(shared_dir)


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
