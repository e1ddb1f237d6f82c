"""The network's factories build what the secretariat would, and keep the rules it keeps."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.test import Client

from network.factories import (
    LocalReportFactory,
    MeetingPageFactory,
    MunicipalityFactory,
    PrivateDocumentFactory,
)
from network.models import LocalReport, MeetingIndexPage, Municipality


@pytest.mark.django_db
def test_a_municipality_is_found_by_its_name():
    aarhus = Municipality.objects.get(name="Aarhus")
    assert MunicipalityFactory(name="Aarhus", code=999) == aarhus
    assert Municipality.objects.get(pk=aarhus.pk).code == aarhus.code
    new = MunicipalityFactory(name="Testkommune Nord")
    assert Municipality.objects.filter(name="Testkommune Nord").get() == new


@pytest.mark.django_db
def test_a_local_report_keeps_the_rules_a_contributor_keeps():
    before = LocalReport.objects.count()
    with pytest.raises(ValidationError):
        LocalReportFactory(participants=10, fathers=11)
    with pytest.raises(ValidationError):  # Aarhus has reported for last year already
        LocalReportFactory(municipality=Municipality.objects.get(name="Aarhus"))
    assert LocalReport.objects.count() == before


@pytest.mark.django_db
def test_a_meeting_from_the_factory_shows_its_municipalities_and_files(professional):
    index = MeetingIndexPage.objects.get(locale__language_code="da")
    agenda = PrivateDocumentFactory(title="Dagsorden til temadagen")
    meeting = MeetingPageFactory(
        parent=index,
        title="Temadag om søvn",
        municipalities=[Municipality.objects.get(name="Vejle")],
        attachments=[agenda],
    )

    page = BeautifulSoup(professional.get(meeting.url).content, "html.parser")
    assert page.h1.get_text(strip=True) == "Temadag om søvn"
    assert "Dagsorden til temadagen" in page.select_one(".documents").get_text()
    assert "Vejle" in page.find(id="participants").find_parent("section").get_text()
    assert Client().get(agenda.url).status_code == 302  # anonymous: to the login page
