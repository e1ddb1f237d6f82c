import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from network.factories import AgreementVersionPageFactory
from network.models import AgreementPage, AgreementVersionPage, FeesPage


@pytest.fixture
def agreement(db):
    return AgreementPage.objects.get(locale__language_code="da")


@pytest.fixture
def fees(db):
    return FeesPage.objects.get(locale__language_code="da")


@pytest.mark.django_db
def test_the_agreement_page_shows_the_newest_version_and_archives_the_rest(professional, agreement):
    soup = BeautifulSoup(professional.get(agreement.url).content, "html.parser")
    assert "Version af 1. september 2026" in soup.get_text()
    assert "Bilag 2: Brugerbetaling" in soup.get_text()
    archive = soup.find(id="archive").find_parent("section")
    assert "1. marts 2017" in archive.get_text()
    older = AgreementVersionPage.objects.get(slug="aftale-2017")
    old_page = professional.get(older.url).content.decode()
    assert "Dette er en tidligere version af aftalen." in old_page


@pytest.mark.django_db
def test_a_new_version_takes_over_the_same_address(professional, agreement):
    newest = AgreementVersionPageFactory(
        parent=agreement,
        title="Netværksaftalen, 2027",
        slug="aftale-2027",
        version_date=datetime.date(2027, 1, 1),
    )
    text = professional.get(agreement.url).content.decode()
    assert "Version af 1. januar 2027" in text
    response = professional.get(newest.url)
    assert response.status_code == 302 and response["Location"] == agreement.url
    assert (
        professional.get(AgreementVersionPage.objects.get(slug="aftale-2026").url).status_code
        == 200
    )


@pytest.mark.django_db
def test_fees_show_this_year_the_next_and_the_history(professional, fees):
    year = timezone.localdate().year
    soup = BeautifulSoup(professional.get(fees.url).content, "html.parser")
    current = soup.find(id="fees-current").find_parent("section").get_text(" ", strip=True)
    assert f"Beløb for {year}" in current
    assert "12.500 kr." in current and "25.000 kr." in current
    assert f"Fra 1. januar {year + 1}: årlig brugerbetaling 13.000 kr." in soup.get_text(
        " ", strip=True
    )
    history = [row.th.get_text() for row in soup.select("tbody tr")]
    assert history == [str(year - 1), str(year - 2)]


def fees_form(fees_page, rows):
    return nested_form_data(
        {
            "title": fees_page.title,
            "slug": fees_page.slug,
            "introduction": "",
            "fees": inline_formset(
                [
                    {"year": year, "user_fee": user_fee, "startup_fee": "25000", "note": ""}
                    for year, user_fee in rows
                ]
            ),
        }
    )


@pytest.mark.django_db
def test_admin_refuses_a_year_entered_twice_and_negative_fees(admin_client, fees):
    url = f"/admin/pages/{fees.pk}/edit/"
    response = admin_client.post(url, fees_form(fees, [("2030", "100"), ("2030", "200")]))
    assert response.status_code == 200
    assert "2030 er angivet to gange." in response.content.decode()
    response = admin_client.post(url, fees_form(fees, [("2031", "-5")]))
    assert "Et beløb kan ikke være negativt." in response.content.decode()
    assert not fees.fees.filter(year__gte=2030).exists()
