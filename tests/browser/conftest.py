"""A real browser: Debian's chromium driven by Playwright, against pytest-django's live server."""

import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

from home.models import HomePage

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


@pytest.fixture
def demo_site(live_server):
    """The live server empties the database after each test, so each one loads the demo again."""
    if not HomePage.objects.exists():
        call_command("load_demo_content", force=True, verbosity=0)
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
