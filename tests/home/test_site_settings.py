"""The site settings a reader sees (the organisation's name and address, in the footer, on the
contact page and in the accessibility statement) are written in Danish and English side by
side; English pages show the English, or the Danish where the English is left empty."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale

from home.legal import AccessibilityStatementPage
from home.models import ContactPage, SiteSettings
from tests.people import SECRETARY, demo_user


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def footer(client, url):
    found = soup(client.get(url)).select_one("footer.site-footer")
    return found.h2.get_text(strip=True), found.address.get_text("\n", strip=True)


@pytest.fixture
def site_settings(db):
    settings = SiteSettings.objects.get()
    settings.organisation_name_en = "The FIV network"
    settings.address_en = "The secretariat of Familieiværksætterne\nDenmark"
    settings.save()
    return settings


@pytest.mark.django_db
def test_the_footer_is_in_the_reader_s_language(client, site_settings):
    assert footer(client, "/") == (
        "Familieiværksætterne",
        "Familieiværksætternes sekretariat\nEksempelvej 12\n5000 Odense C",
    )
    assert footer(client, "/en/") == (
        "The FIV network",
        "The secretariat of Familieiværksætterne\nDenmark",
    )


@pytest.mark.django_db
def test_the_header_and_the_window_title_name_the_organisation_in_the_reader_s_language(
    client, site_settings
):
    for url, name in [
        ("/for-foraeldre/", "Familieiværksætterne"),
        ("/en/for-parents/", "The FIV network"),
    ]:
        page = soup(client.get(url))
        assert page.title.get_text().endswith(f" · {name}")
        assert page.select_one("header").get_text(" ", strip=True).count(name) == 1


@pytest.mark.django_db
def test_an_empty_english_text_falls_back_to_the_danish(client, site_settings):
    site_settings.organisation_name_en = ""
    site_settings.address_en = ""
    site_settings.save()
    assert footer(client, "/en/") == (
        "Familieiværksætterne",
        "Familieiværksætternes sekretariat\nEksempelvej 12\n5000 Odense C",
    )


@pytest.mark.django_db
def test_the_contact_page_and_the_accessibility_statement_follow(client, site_settings):
    english = Locale.objects.get(language_code="en")
    for model in (ContactPage, AccessibilityStatementPage):
        danish = model.objects.get(locale__language_code="da")
        text_da = soup(client.get(danish.url)).main.get_text("\n", strip=True)
        text_en = soup(client.get(danish.get_translation(english).url)).main.get_text("\n")
        if model is ContactPage:
            assert "Eksempelvej 12" in text_da and "Denmark" not in text_da
            assert "The secretariat of Familieiværksætterne\nDenmark" in text_en
        else:
            assert "Familieiværksætterne" in text_da and "The FIV network" not in text_da
            assert "The FIV network is committed" in text_en


@pytest.mark.django_db
def test_the_secretariat_writes_both_languages_side_by_side(client):
    client.force_login(demo_user(SECRETARY))
    site = SiteSettings.objects.get().site
    page = soup(client.get(reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])))
    for name in ("organisation_name", "address"):
        row = page.select_one(f"[name={name}]").find_parent(class_="w-field-row")
        assert row.select_one(f"[name={name}_en]"), name
