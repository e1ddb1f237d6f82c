"""A real browser: Debian's chromium driven by Playwright, against pytest-django's live server."""

import importlib
import os
import shutil
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes
from django.core.management import call_command
from django.db.models.signals import post_migrate
from wagtail.models import Collection, Locale, Page

from home.models import HomePage
from home.roles import sync_roles_after_migrate

from .snapshot import Snapshot

os.environ.setdefault(
    "DJANGO_ALLOW_ASYNC_UNSAFE", "true"
)  # Playwright's sync API shares the process

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(
    os.environ.get(
        "SCREENSHOT_DIR", Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
    )
)


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
        )
        yield browser
        browser.close()


DATA_MIGRATIONS = [
    (
        "wagtail.admin.migrations.0001_create_admin_access_permissions",
        "create_admin_access_permissions",
    ),
    (
        "wagtail_localize.migrations.0006_create_submit_translation_permission",
        "create_submit_translation_permission",
    ),
    ("home.migrations.0001_initial", "create_groups"),
    ("network.migrations.0001_initial", "create_municipalities"),
    ("network.migrations.0001_initial", "create_contributor_groups"),
    ("library.migrations.0001_initial", "create_vocabularies"),
    ("home.migrations.0001_initial", "create_workflow"),
]


def restore_migrated_data():
    """What the migrations put in the database and a live server's flush took away."""
    for app_config in django_apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0)
        create_permissions(app_config, verbosity=0)
    Locale.objects.get_or_create(language_code="da")
    Locale.objects.get_or_create(language_code="en")
    if not Page.objects.exists():
        Page.add_root(
            instance=Page(title="Root", slug="root", locale=Locale.objects.get(language_code="da"))
        )
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    # With the real models, a new municipality's signal makes its contributor group and gives
    # it the professional collection: the root collection must be there first.
    for module, function in DATA_MIGRATIONS:
        getattr(importlib.import_module(module), function)(django_apps, None)


@pytest.fixture(scope="session", autouse=True)
def no_role_sync_on_flush():
    """A live server's test ends with a flush, which sends post_migrate; home's role sync then
    asks for a permission that only a migration creates (submit_translation) and the teardown
    fails. `demo_site` restores that data and syncs the roles itself, so the sync is left out
    while the browser tests run (they run last)."""
    post_migrate.disconnect(dispatch_uid="home.sync_roles")
    yield
    post_migrate.connect(sync_roles_after_migrate, dispatch_uid="home.sync_roles")


SNAPSHOT = Snapshot()


@pytest.fixture
def demo_site(live_server):
    """The live server empties the database after each test: the next one gets the demo back
    from a copy taken before the first browser test (snapshot.py), loaded only if there is none."""
    if HomePage.objects.exists():
        if not SNAPSHOT.taken:
            SNAPSHOT.take()
    elif SNAPSHOT.taken:
        SNAPSHOT.restore()
    else:
        restore_migrated_data()
        call_command("load_demo_content", force=True, verbosity=0)
        SNAPSHOT.take()
    return live_server


@pytest.fixture
def page(browser, demo_site):
    context = browser.new_context(locale="da-DK", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def screenshots():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


def pytest_terminal_summary(terminalreporter):
    if SCREENSHOTS.exists() and any(SCREENSHOTS.iterdir()):
        terminalreporter.write_line(f"Browser screenshots: {SCREENSHOTS}")
