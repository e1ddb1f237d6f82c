"""The admin as a municipality contributor meets it: the page editor and nothing around it.

Which addresses they may open and what those show is walked in `tests/test_roles.py`; here,
that the menu and the dashboard lead nowhere else.
"""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.library.contributions import user


def menu_names(client):
    soup = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    props = soup.select_one("#wagtail-sidebar-props").string
    names = set()

    def walk(value):
        if isinstance(value, dict):
            if isinstance(value.get("name"), str):
                names.add(value["name"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(props))
    return names


@pytest.mark.django_db
def test_a_contributor_finds_only_pages_and_their_account_in_the_menu(client):
    client.force_login(user("kommune"))
    names = menu_names(client)
    assert {"explorer", "account", "logout"} <= names
    assert not names & {"documents", "images", "reports", "workflows", "site-history", "network"}

    client.force_login(user("sekretariat"))
    assert {"explorer", "documents", "images", "reports", "workflows", "network"} <= menu_names(
        client
    )


@pytest.mark.django_db
def test_a_contributors_dashboard_counts_pages_but_no_files(client):
    client.force_login(user("kommune"))
    soup = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    links = {a["href"] for a in soup.select("a[href]")}
    assert any(link.startswith(reverse("wagtailadmin_explore_root")) for link in links)
    assert reverse("wagtaildocs:index") not in links
    assert reverse("wagtailimages:index") not in links
