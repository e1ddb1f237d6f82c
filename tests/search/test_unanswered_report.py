"""The report "Søgninger uden resultater": the words searched most in the last 30 days that
found nothing, for the secretariat only."""

import pytest
from bs4 import BeautifulSoup

from home.dates import ONE_DAY, today
from search.models import UnansweredQuery
from tests.people import CONTRIBUTOR, PROFESSIONAL, SECRETARY, demo_user

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/searches-without-results/"


def rows(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        [cell.get_text(strip=True) for cell in row.select("td")][:2]
        for row in soup.select("table.unanswered-report tbody tr")
    ]


def test_a_search_that_found_nothing_is_in_the_report_with_its_count(client):
    for query in ["zxqvy", "zxqvy", "barnevognsparkering", "forældre"]:
        client.get("/search/", {"query": query})
    client.force_login(demo_user(SECRETARY))

    response = client.get(REPORT)
    assert response.status_code == 200
    assert "Søgninger uden resultater" in response.content.decode()
    assert rows(response) == [["zxqvy", "2"], ["barnevognsparkering", "1"]]  # most searched first
    # Exported as Wagtail's reports are.
    export = client.get(REPORT, {"export": "csv"})
    assert b"zxqvy,2," in export.getvalue()


def test_the_report_looks_back_thirty_days(secretariat):
    day = today()
    UnansweredQuery.objects.create(query_string="i dag", day=day, hits=1)
    UnansweredQuery.objects.create(query_string="for 29 dage siden", day=day - 29 * ONE_DAY, hits=3)
    UnansweredQuery.objects.create(query_string="for 30 dage siden", day=day - 30 * ONE_DAY, hits=9)
    UnansweredQuery.objects.create(query_string="flere dage", day=day, hits=2)
    UnansweredQuery.objects.create(query_string="flere dage", day=day - 3 * ONE_DAY, hits=2)

    assert rows(secretariat.get(REPORT)) == [
        ["flere dage", "4"],
        ["for 29 dage siden", "3"],
        ["i dag", "1"],
    ]


def test_the_report_is_in_the_secretariats_menu_only(client, secretariat):
    assert REPORT in secretariat.get("/admin/").content.decode()
    client.force_login(demo_user(CONTRIBUTOR))  # enters the admin to contribute
    assert REPORT not in client.get("/admin/").content.decode()


@pytest.mark.parametrize("role", [PROFESSIONAL, CONTRIBUTOR])
def test_the_report_is_refused_to_anyone_else(client, role):
    UnansweredQuery.objects.create(query_string="hemmeligt ord", day=today(), hits=1)
    client.force_login(demo_user(role))
    for address in [REPORT, REPORT + "results/", REPORT + "?export=csv"]:
        response = client.get(address)
        assert response.status_code in (302, 403)
        assert "hemmeligt ord" not in response.content.decode()


def test_the_secretariat_may_promote_results(client, secretariat):
    assert secretariat.get("/admin/searchpicks/").status_code == 200
    client.force_login(demo_user(PROFESSIONAL))
    assert client.get("/admin/searchpicks/").status_code in (302, 403)
