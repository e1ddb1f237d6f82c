"""robots.txt: crawlers leave the admin and the search results alone and find the sitemap; no
address behind login is named."""

import pytest

from network.models import ProfessionalAreaPage


@pytest.mark.django_db
def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_admin_and_search(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert {"Disallow: /admin/", "Disallow: /search/", "Disallow: /en/search/"} <= set(lines)
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert client.get("/sitemap.xml").status_code == 200
    for area in ProfessionalAreaPage.objects.all():
        assert area.url not in response.content.decode()
    assert "public" in response["Cache-Control"]


@pytest.mark.django_db
def test_robots_txt_is_read_only(client):
    assert client.post("/robots.txt").status_code == 405
    assert client.head("/robots.txt").status_code == 200
