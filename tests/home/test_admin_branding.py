"""The admin carries the site's name, mark and colours, not Wagtail's."""

import pytest
from bs4 import BeautifulSoup

from tests.people import SECRETARY, demo_user


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
def test_the_admin_login_names_the_site(client):
    page = soup(client.get("/admin/login/"))
    assert page.h1.get_text(strip=True) == "Log ind for at redigere Familieiværksætterne"
    assert page.find("img", alt="Familieiværksætterne")["src"].endswith("logo-admin.svg")
    assert page.title.get_text(strip=True).endswith("Familieiværksætterne")
    assert "Wagtail" not in page.title.get_text()


@pytest.mark.django_db
def test_the_admin_dashboard_has_the_sites_mark_colours_and_welcome(client):
    client.force_login(demo_user(SECRETARY))
    page = soup(client.get("/admin/"))
    assert "Familieiværksætterne: hjemmesiden og det faglige område" in page.get_text(" ")
    logo = page.select_one("template[data-wagtail-sidebar-branding-logo]").decode_contents()
    assert "logo-admin.svg" in logo and 'alt="Familieiværksætterne"' in logo
    assert any(
        link["href"].endswith("home/css/admin.css")
        for link in page.find_all("link", rel="stylesheet")
    )
    assert page.find("link", rel="icon")["href"].endswith("home/img/logo.svg")
    assert page.title.get_text(strip=True).endswith("- Familieiværksætterne")
