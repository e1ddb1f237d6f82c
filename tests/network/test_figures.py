"""The network's figures: final reports added up per year and region, for professionals in the
area and in public on "FIV i tal", never a group under the privacy threshold."""

from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from django.utils.formats import number_format

from network.demo import localdata as demo_localdata
from network.demo.loader import report_year
from network.localdata.figures import COMPLEMENT, DOMINANT, FEW, ONE, network_figures, percentage
from network.models import FiguresPage, LocalReport, Municipality, NetworkFiguresPage, Region
from tests.people import CONTRIBUTOR, SECRETARY, demo_user

YEAR = {ago: report_year(ago) for ago in range(1, 5)}
HOVEDSTADEN, SJAELLAND, NORDJYLLAND = Region.HOVEDSTADEN, Region.SJAELLAND, Region.NORDJYLLAND


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def grouped(number):
    with translation.override("da"):
        return number_format(number, force_grouping=True)


def municipalities(region, count):
    return list(Municipality.objects.filter(region=region).order_by("code")[:count])


def report(municipality, year, participants, fathers=0, courses=1, final=True):
    return LocalReport.objects.create(
        municipality=municipality,
        year=year,
        courses=courses,
        participants=participants,
        fathers=fathers,
        is_final=final,
    )


@pytest.fixture
def no_reports(db):
    LocalReport.objects.all().delete()


# The figures themselves, from the test's own reports


@pytest.mark.django_db
def test_the_figures_add_up_the_final_reports_only(no_reports):
    a, b, c = municipalities(HOVEDSTADEN, 3)
    d, e = municipalities(SJAELLAND, 2)
    report(a, 2020, 100, 30, courses=5)
    report(b, 2020, 60, 20, courses=3)
    report(c, 2020, 40, 10, courses=2)
    report(d, 2020, 50, 25, courses=2)
    report(e, 2020, 50, 25, courses=2)
    report(c, 2021, 500, 400, final=False)  # never counted
    report(d, 2022, 70, 7)
    report(e, 2022, 30, 3)

    figures = network_figures()
    assert figures.years == [2020, 2021, 2022]
    total = figures.total(2020)
    assert (total.municipalities, total.courses, total.participants, total.fathers) == (
        5,
        14,
        300,
        110,
    )
    assert total.fathers_share == Decimal("36.7")  # 110 / 300, half up
    assert figures.total(2021).empty and not figures.total(2021).shown
    hovedstaden = next(g for g in figures.regions[2020] if g.region == HOVEDSTADEN)
    assert (hovedstaden.participants, hovedstaden.fathers, hovedstaden.courses) == (200, 60, 10)
    assert hovedstaden.fathers_share == Decimal("30.0")
    assert figures.total(2022).participants == 100
    assert figures.latest_year() == 2022


def test_shares_are_decimal_and_rounded_half_up():
    assert percentage(1, 3) == Decimal("33.3")
    assert percentage(1, 8) == Decimal("12.5")
    assert percentage(1, 16) == Decimal("6.3")  # 6.25: half up, not to even
    assert percentage(3, 0) is None


@pytest.mark.django_db
def test_no_group_under_the_threshold_nor_one_municipality_s_figure_is_kept(no_reports):
    big, small = municipalities(NORDJYLLAND, 2)
    h1, h2 = municipalities(HOVEDSTADEN, 2)
    s1, s2 = municipalities(SJAELLAND, 2)
    report(big, 2020, 500, 200)
    report(small, 2020, 4, 2)  # Nordjylland: 504, but 4 outside the largest municipality
    report(h1, 2020, 300, 100)
    report(h2, 2020, 200, 80)
    report(s1, 2020, 60, 20)
    report(s2, 2020, 40, 10)  # Sjælland, the smallest region shown: hidden with Nordjylland
    report(s1, 2021, 3, 1)  # a year of three families
    report(h1, 2022, 400, 100)  # a year of one municipality

    figures = network_figures()
    regions = {group.region: group for group in figures.regions[2020]}
    assert regions[NORDJYLLAND].reason == DOMINANT
    assert regions[SJAELLAND].reason == COMPLEMENT
    assert regions[HOVEDSTADEN].shown and regions[HOVEDSTADEN].participants == 500
    for hidden in (regions[NORDJYLLAND], regions[SJAELLAND]):
        assert (hidden.participants, hidden.fathers, hidden.courses) == (None, None, None)
        assert hidden.fathers_share is None
    assert figures.total(2020).participants == 1104
    assert figures.total(2021).reason == FEW and figures.total(2021).participants is None
    assert figures.total(2022).reason == ONE and figures.total(2022).participants is None
    assert [total.year for total in figures.shown_totals()] == [2020]
    with translation.override("da"):
        assert str(figures.total(2021).explanation) == "Færre end 5 familier: vises ikke"


@pytest.mark.django_db
def test_the_threshold_is_a_setting(no_reports, settings):
    a, b = municipalities(HOVEDSTADEN, 2)
    report(a, 2020, 30, 10)
    report(b, 2020, 20, 5)
    assert network_figures().total(2020).shown
    settings.FIV_FIGURES_MIN_FAMILIES = 25
    assert network_figures().total(2020).reason == DOMINANT  # 50, but 20 beside the largest


# "FIV i tal": the public page


def demo_total(ago, final_only=True):
    participants = fathers = courses = 0
    for name, years in demo_localdata.FIGURES.items():
        if ago in years and not (final_only and (name, ago) in demo_localdata.NOT_FINAL):
            courses += years[ago][0]
            participants += years[ago][1]
            fathers += years[ago][2]
    return courses, participants, fathers


def public_page(language="da"):
    return FiguresPage.objects.get(locale__language_code=language)


def key_figures(response):
    return {
        dd["data-figure"]: dd.get_text(strip=True)
        for dd in soup(response).select("dd[data-figure]")
    }


@pytest.mark.django_db
def test_the_public_page_shows_last_year_from_final_reports(client):
    page = public_page()
    assert page.url == "/fiv-i-tal/"
    response = client.get(page.url)
    assert response.status_code == 200
    courses, participants, fathers = demo_total(1)
    shown = key_figures(response)
    assert shown["participants"] == grouped(participants)
    assert shown["courses"] == grouped(courses)
    share = number_format(percentage(fathers, participants), 1)
    assert shown["fathers_share"] == f"{share} %"
    # Aarhus has not been marked final for last year: its figures are not in the total.
    assert shown["participants"] != grouped(demo_total(1, final_only=False)[1])
    assert str(YEAR[1]) in soup(response).select_one("#figures-key").get_text()
    assert soup(response).select_one("svg[role=img] title")


@pytest.mark.django_db
def test_the_public_page_never_shows_a_small_or_lonely_region(client):
    for ago in (1, 2):
        response = client.get(public_page().url, {"year": YEAR[ago]})
        html = response.content.decode()
        row = soup(response).select_one(f"tr[data-region='{NORDJYLLAND.value}']")
        assert "–" in row.get_text() and "vises ikke" in row.get_text()
        aalborg, laesoe = (demo_localdata.FIGURES[n][ago] for n in ("Aalborg", "Læsø"))
        # Nordjylland is Aalborg and Læsø: neither the region nor Aalborg alone is shown, and
        # Læsø's handful of families is in no cell of expectant parents.
        for number in (aalborg[1] + laesoe[1], aalborg[1]):
            assert f">{grouped(number)}<" not in html, (ago, number)
        participants = [
            row.find_all("td")[2].get_text() for row in soup(response).select("tbody tr")
        ]
        assert str(laesoe[1]) not in participants
        hidden = soup(response).select("tbody tr[data-region]")
        assert sum("vises ikke" in row.get_text().lower() for row in hidden) == 2  # + complement
    # The earlier years: Aalborg alone in its region.
    response = client.get(public_page().url, {"year": YEAR[4]})
    row = soup(response).select_one(f"tr[data-region='{NORDJYLLAND.value}']")
    assert "Kun fra én kommune" in row.get_text()
    aalborg = demo_localdata.FIGURES["Aalborg"][4][1]
    assert f">{grouped(aalborg)}<" not in response.content.decode()


@pytest.mark.django_db
def test_the_public_page_in_english(client):
    page = public_page("en")
    assert page.url == "/en/fiv-in-figures/"
    response = client.get(page.url)
    assert response.status_code == 200
    assert soup(response).html["lang"] == "en"
    assert "Fathers' share" in response.content.decode() or "Fathers&#x27; share" in (
        response.content.decode()
    )
    assert key_figures(response)["participants"] == f"{demo_total(1)[1]:,}"


@pytest.mark.django_db
def test_the_public_page_has_an_empty_state(client):
    LocalReport.objects.update(is_final=False)
    response = client.get(public_page().url)
    assert response.status_code == 200
    assert soup(response).select_one(".empty-state")
    assert not soup(response).select("table")


@pytest.mark.django_db
@pytest.mark.parametrize("year", ["abc", "99999999999", "2020\x00", "-1", "", "1e3", "２０２４"])
def test_hostile_years_never_break_the_pages(client, year):
    for page in (public_page(), NetworkFiguresPage.objects.get(locale__language_code="da")):
        client.force_login(demo_user(CONTRIBUTOR))
        response = client.get(page.url, {"year": year})
        assert response.status_code in (200, 404), (page, year)
        if response.status_code == 200:
            assert str(YEAR[1]) in soup(response).select_one("#figures-regions h2").get_text()


# The figures in the professional area


def area_page():
    return NetworkFiguresPage.objects.get(locale__language_code="da")


@pytest.mark.django_db
def test_strangers_are_sent_to_login(client):
    response = client.get(area_page().url)
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == reverse("login")


@pytest.mark.django_db
def test_a_contributor_sees_the_municipality_beside_the_network(contributor):
    response = contributor.get(area_page().url)
    assert response.status_code == 200
    page = soup(response)
    assert "Aarhus" in page.select_one("#figures-own").get_text()
    row = page.select_one(f".figures-table--own tr[data-year='{YEAR[1]}']")
    own = demo_localdata.FIGURES["Aarhus"][1][1]
    assert row.select_one("[data-own=participants]").get_text(strip=True) == grouped(own)
    assert "Ikke endelig endnu" in row.get_text()
    network = row.select_one("[data-network=participants]").get_text(strip=True)
    assert network == grouped(demo_total(1)[1])
    years = [th.get_text() for th in page.select(".figures-table tbody th")]
    assert str(YEAR[4]) in years


@pytest.mark.django_db
def test_a_professional_without_a_municipality_sees_the_network_only(professional):
    response = professional.get(area_page().url)
    assert response.status_code == 200
    assert soup(response).select(".figures-table")
    assert not soup(response).select("#figures-own")


@pytest.mark.django_db
def test_the_chart_draws_the_shown_years_with_a_text_alternative(professional):
    page = soup(professional.get(area_page().url))
    svg = page.select_one("svg[role=img]")
    assert svg.title and svg.desc
    drawn = [int(g["data-year"]) for g in svg.select("g.participation-chart__year")]
    assert drawn == [YEAR[4], YEAR[3], YEAR[2], YEAR[1]]


# Marking reports final


@pytest.mark.django_db
def test_the_secretariat_marks_a_report_final_and_the_municipality_can_no_longer_correct_it(
    client, aarhus
):
    report_ = LocalReport.objects.get(municipality=aarhus, year=YEAR[1])
    assert not report_.is_final
    client.force_login(demo_user(CONTRIBUTOR))
    assert client.post(reverse("network_local_data_final"), {"report": report_.pk}).status_code in (
        302,
        403,
    )
    report_.refresh_from_db()
    assert not report_.is_final

    client.force_login(demo_user(SECRETARY))
    response = client.post(reverse("network_local_data_final"), {"report": report_.pk})
    assert response.status_code == 302
    report_.refresh_from_db()
    assert report_.is_final and report_.finalised_by == demo_user(SECRETARY)
    assert report_.finalised_at is not None
    courses, participants, fathers = demo_total(1, final_only=False)
    assert network_figures().total(YEAR[1]).participants == participants

    client.force_login(demo_user(CONTRIBUTOR))
    url = reverse("local_data_edit", args=[report_.pk])
    assert not soup(client.get(url)).select("main form[method=post]")
    response = client.post(url, {"year": YEAR[1], "courses": 1, "participants": 2, "fathers": 1})
    assert response.status_code == 403
    report_.refresh_from_db()
    assert report_.participants == demo_localdata.FIGURES["Aarhus"][1][1]


@pytest.mark.django_db
def test_the_secretariat_marks_a_whole_year_final_and_opens_a_report_again(secretariat):
    LocalReport.objects.filter(year=YEAR[2]).update(is_final=False)
    secretariat.post(reverse("network_local_data_final"), {"year": YEAR[2]})
    assert not LocalReport.objects.filter(year=YEAR[2], is_final=False).exists()
    one = LocalReport.objects.filter(year=YEAR[2]).first()
    secretariat.post(reverse("network_local_data_final"), {"report": one.pk, "final": "0"})
    one.refresh_from_db()
    assert not one.is_final and one.finalised_by is None
    for hostile in ("abc", "99999999999", "1\x00"):
        response = secretariat.post(reverse("network_local_data_final"), {"year": hostile})
        assert response.status_code == 302


# Queries that stay flat


def reports_from(count, year=2019):
    LocalReport.objects.all().delete()
    chosen = list(Municipality.objects.order_by("code")[:count])
    LocalReport.objects.bulk_create(
        LocalReport(
            municipality=m, year=year + n % 3, courses=2, participants=40, fathers=12, is_final=True
        )
        for n, m in enumerate(chosen)
    )


@pytest.mark.django_db
@pytest.mark.parametrize("count", [10, 98])
def test_the_pages_cost_the_same_for_ten_or_every_municipality(
    client, count, django_assert_max_num_queries
):
    """The figures come in one query however many municipalities report (the rest is the site's
    furniture: 17 queries for the public page, 30 for a contributor in the area, measured)."""
    reports_from(count)
    contributor = demo_user(CONTRIBUTOR)
    for page, user, ceiling in [(public_page(), None, 18), (area_page(), contributor, 31)]:
        if user:
            client.force_login(user)
        client.get(page.url)
        with django_assert_max_num_queries(ceiling):
            response = client.get(page.url)
        assert response.status_code == 200
        assert len(soup(response).select("#figures-years-caption")) == 1
