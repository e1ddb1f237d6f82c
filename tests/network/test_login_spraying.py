"""Password spraying: one address trying many usernames, one username tried from many addresses.

The lockout per username and address (five failures) is tested in test_users.py; these are the
two ceilings across them, and the lockout page that tells nothing about who has an account.
"""

import re

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import translation

DEMO_PASSWORD = "fiv-demo-2026"


@pytest.fixture(autouse=True)
def behind_the_load_balancer(settings):
    """Addresses come from X-Forwarded-For, so that one test client can be many visitors."""
    settings.TRUSTED_PROXY_COUNT = 1


def log_in(username, password, address, url="/log-ind/"):
    return Client().post(
        url,
        {"username": username, "password": password},
        headers={"X-Forwarded-For": address},
    )


def lockout_title():
    with translation.override("da"):
        return translation.gettext("Too many failed logins")


def is_lockout(response):
    page = BeautifulSoup(response.content, "html.parser")
    return response.status_code == 429 and page.h1.get_text() == lockout_title()


def without_csrf(response):
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", response.content)


@pytest.mark.django_db
def test_an_address_trying_thirty_usernames_is_locked_out(settings):
    address = "203.0.113.5"
    tries = [log_in(f"gaet-{n}@example.org", "Sommer2026", address) for n in range(29)]
    assert [r.status_code for r in tries] == [200] * 29  # each pair failed only once
    assert is_lockout(log_in("gaet-29@example.org", "Sommer2026", address))

    # Locked for every username from there, a real one with its right password too...
    assert is_lockout(log_in("fagperson", DEMO_PASSWORD, address))
    # ...but not from anywhere else.
    assert log_in("fagperson", DEMO_PASSWORD, "198.51.100.7").status_code == 302


@pytest.mark.django_db
def test_a_username_tried_from_twenty_addresses_is_locked_out():
    tries = [log_in("fagperson", "Sommer2026", f"203.0.113.{n}") for n in range(1, 20)]
    assert [r.status_code for r in tries] == [200] * 19
    assert is_lockout(log_in("fagperson", "Sommer2026", "203.0.113.20"))

    # Locked from everywhere, even with the right password from a new address...
    assert is_lockout(log_in("fagperson", DEMO_PASSWORD, "198.51.100.7"))
    # ...while others log in from the very addresses the attack came from.
    assert log_in("kommune", DEMO_PASSWORD, "203.0.113.20").status_code == 302


@pytest.mark.django_db
def test_the_admin_login_counts_toward_the_same_ceilings():
    for n in range(1, 21):
        log_in("sekretariat", "Sommer2026", f"203.0.113.{n}", url="/admin/login/")
    assert is_lockout(log_in("sekretariat", DEMO_PASSWORD, "198.51.100.7", url="/admin/login/"))
    assert is_lockout(log_in("sekretariat", DEMO_PASSWORD, "198.51.100.8"))


@pytest.mark.django_db
def test_below_the_ceilings_only_the_pair_is_locked():
    for n in range(1, 19):
        log_in("fagperson", "Sommer2026", f"203.0.113.{n}")
    assert log_in("fagperson", DEMO_PASSWORD, "198.51.100.7").status_code == 302


@pytest.mark.django_db
def test_the_lockout_page_is_the_same_for_an_account_and_for_nobody():
    def locked_page(username, address):
        responses = [log_in(username, "Sommer2026", address) for _ in range(5)]
        assert [r.status_code for r in responses] == [200] * 4 + [429]
        return responses[-1]

    existing = locked_page("fagperson", "203.0.113.5")
    nobody = locked_page("ingen-saadan-bruger", "203.0.113.6")
    assert is_lockout(existing)
    assert without_csrf(existing) == without_csrf(nobody)
    assert existing.headers.keys() == nobody.headers.keys()
    # The page says nothing of the account or of which limit was reached.
    assert b"fagperson" not in existing.content

    # Nor does the ceiling across addresses give a page of its own.
    for n in range(7, 26):
        log_in("kommune", "Sommer2026", f"203.0.113.{n}")
    sprayed = log_in("kommune", "Sommer2026", "203.0.113.26")
    assert without_csrf(sprayed) == without_csrf(existing)
