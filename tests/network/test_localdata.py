"""Local data: contributors report their municipality's yearly figures on the site; the
secretariat reads them side by side, as a chart and as a spreadsheet, in the admin."""

import csv
import io
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext

from network.demo import localdata as demo_localdata
from network.demo.loader import load_local_reports, report_year
from network.localdata.chart import participation_chart, tick_step
from network.localdata.overview import YearTotal
from network.models import LocalReport, Municipality, ProfessionalAreaPage
from tests.people import CONTRIBUTOR, PROFESSIONAL, SECRETARY, demo_user

SVG = "{http://www.w3.org/2000/svg}"
THIS_YEAR = timezone.localdate().year
# The demo's reports, counted back from this year (demo_localdata.FIGURES): YEAR[1] is last year.
YEAR = {ago: report_year(ago) for ago in range(1, 5)}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def report_data(**changes):
    data = {
        "year": THIS_YEAR,
        "courses": "12",
        "participants": "240",
        "fathers": "96",
        "went_well": "Fædrene mødte op på lige fod med mødrene.",
        "challenges": "Få lokaler om aftenen.",
        "parents_gained": "Et netværk i nærområdet.",
        "professionals_gained": "Et tæt samarbejde med jordemødrene.",
    }
    data.update(changes)
    return data


def field_errors(response, name):
    errors = soup(response).find(id=f"id_{name}_error")
    return [li.get_text(strip=True) for li in errors.find_all("li")] if errors else []


def field_value(response, name):
    """What the browser shows in the field (it drops the newline that opens a textarea)."""
    field = soup(response).find(attrs={"name": name})
    if field.name == "textarea":
        text = field.get_text()
        return text[1:] if text.startswith("\n") else text
    return field.get("value", "")


def report_forms(response):
    return soup(response).select("main form[method=post]")


def snapshot():
    return list(LocalReport.objects.order_by("pk").values())


# The contributor's form on the site


@pytest.mark.django_db
def test_a_contributor_sees_the_municipality_s_years_and_reports_a_new_one(contributor, aarhus):
    response = contributor.get(reverse("local_data"))
    assert response.status_code == 200
    page = soup(response)
    assert "Aarhus" in page.h1.get_text()
    years = [th.get_text() for th in page.select(".local-data__reports tbody th")]
    assert years == [str(YEAR[1]), str(YEAR[2]), str(YEAR[3]), str(YEAR[4])]
    assert page.find("input", attrs={"name": "year"})["value"] == str(THIS_YEAR)

    response = contributor.post(reverse("local_data"), report_data())
    assert response.status_code == 302 and response["Location"] == reverse("local_data")
    report = LocalReport.objects.get(municipality=aarhus, year=THIS_YEAR)
    assert (report.courses, report.participants, report.fathers) == (12, 240, 96)
    assert report.went_well == "Fædrene mødte op på lige fod med mødrene."
    assert report.submitted_by == demo_user(CONTRIBUTOR)
    after = contributor.get(response["Location"])
    assert str(THIS_YEAR) in after.content.decode()
    assert len(soup(after).select(".messages .message--success")) == 1


@pytest.mark.django_db
def test_a_contributor_corrects_an_earlier_year(contributor, aarhus):
    report = LocalReport.objects.get(municipality=aarhus, year=YEAR[2])
    report.mark_final(None, final=False)  # a final report is locked (see the test below)
    url = reverse("local_data_edit", args=[report.pk])
    form = contributor.get(url)
    assert field_value(form, "participants") == "1150"
    assert str(YEAR[2]) in soup(form).find(id="report-form").get_text()

    response = contributor.post(url, report_data(year=YEAR[2], participants="1160", fathers="500"))
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.year, report.participants, report.fathers) == (YEAR[2], 1160, 500)
    assert LocalReport.objects.filter(municipality=aarhus).count() == 4


@pytest.mark.django_db
@pytest.mark.parametrize(
    "field,value,message",
    [
        ("participants", "-1", "større end eller lig 0"),
        ("courses", "abc", "Indtast et heltal."),
        ("participants", "12,5", "Indtast et heltal."),
        ("fathers", "99999999999999999999999", "mindre end eller lig"),
        ("year", "2014", "større end eller lig 2015"),
        ("year", str(THIS_YEAR + 2), f"mindre end eller lig {THIS_YEAR + 1}"),
        ("year", "", "Dette felt er påkrævet."),
        ("challenges", "ø" * 4001, "4000"),
    ],
)
def test_invalid_figures_are_refused_in_danish_and_the_input_is_kept(
    contributor, field, value, message
):
    before = snapshot()
    response = contributor.post(reverse("local_data"), report_data(**{field: value}))
    assert response.status_code == 200
    assert any(message in error for error in field_errors(response, field))
    assert field_value(response, field) == value
    assert field_value(response, "went_well") == report_data()["went_well"]
    assert soup(response).find(attrs={"name": field})["aria-invalid"] == "true"
    assert soup(response).select_one(".form__summary")
    assert snapshot() == before


def too_many_fathers(participants):
    with translation.override("da"):
        return gettext(
            "There cannot be more fathers than participants: fathers are counted among "
            "the %(participants)s expectant parents."
        ) % {"participants": participants}


@pytest.mark.django_db
def test_there_cannot_be_more_fathers_than_participants(contributor, aarhus):
    before = snapshot()
    response = contributor.post(reverse("local_data"), report_data(participants="10", fathers="11"))
    assert response.status_code == 200
    assert field_errors(response, "fathers") == [too_many_fathers(10)]
    assert field_errors(response, "participants") == []
    assert (field_value(response, "participants"), field_value(response, "fathers")) == ("10", "11")
    assert snapshot() == before

    # Also when correcting a year, and the year keeps its figures.
    report = LocalReport.objects.get(municipality=aarhus, year=YEAR[3])
    report.mark_final(None, final=False)
    before = snapshot()
    url = reverse("local_data_edit", args=[report.pk])
    response = contributor.post(url, report_data(year=YEAR[3], participants="100", fathers="101"))
    assert field_errors(response, "fathers") == [too_many_fathers(100)]
    assert snapshot() == before


@pytest.mark.django_db
def test_a_wrong_participant_figure_is_not_compared_with_the_old_one(contributor, aarhus):
    """On a correction, fathers are not checked against the participants being replaced."""
    report = LocalReport.objects.get(municipality=aarhus, year=YEAR[3])  # 1096 participants
    report.mark_final(None, final=False)
    url = reverse("local_data_edit", args=[report.pk])
    response = contributor.post(url, report_data(year=YEAR[3], participants="x", fathers="2000"))
    assert field_errors(response, "participants") == ["Indtast et heltal."]
    assert field_errors(response, "fathers") == []


@pytest.mark.django_db
def test_a_year_is_reported_once(contributor, aarhus):
    before = snapshot()
    response = contributor.post(reverse("local_data"), report_data(year=str(YEAR[2])))
    assert response.status_code == 200
    errors = field_errors(response, "year")
    assert len(errors) == 1 and "Aarhus" in errors[0] and str(YEAR[2]) in errors[0]
    assert snapshot() == before

    # Moving a correction onto another reported year is refused the same way.
    report = LocalReport.objects.get(municipality=aarhus, year=YEAR[3])
    report.mark_final(None, final=False)
    before = snapshot()
    response = contributor.post(
        reverse("local_data_edit", args=[report.pk]), report_data(year=str(YEAR[2]))
    )
    assert len(field_errors(response, "year")) == 1
    assert snapshot() == before


@pytest.mark.django_db
def test_a_contributor_cannot_report_for_another_municipality(contributor, odense):
    before = snapshot()
    response = contributor.post(reverse("local_data"), report_data(municipality=odense.pk))
    assert response.status_code == 403
    assert contributor.get(reverse("local_data"), {"municipality": odense.pk}).status_code == 403
    response = contributor.post(reverse("local_data"), report_data(municipality="1 OR 1=1"))
    assert response.status_code == 403
    assert snapshot() == before


@pytest.mark.django_db
def test_a_contributor_cannot_correct_another_municipality_s_report(contributor, odense):
    before = snapshot()
    report = LocalReport.objects.get(municipality=odense, year=YEAR[2])
    url = reverse("local_data_edit", args=[report.pk])
    assert contributor.get(url).status_code == 404
    response = contributor.post(url, report_data(year=YEAR[2], participants="1"))
    assert response.status_code == 404
    assert snapshot() == before


@pytest.mark.django_db
def test_a_professional_without_a_municipality_is_told_whom_to_ask(professional, odense):
    before = snapshot()
    response = professional.get(reverse("local_data"))
    assert response.status_code == 403
    page = soup(response)
    assert PROFESSIONAL in page.select_one(".notice").get_text()
    assert page.find("a", href=reverse("professional_area"))
    assert not report_forms(response)
    assert professional.post(reverse("local_data"), report_data()).status_code == 403
    report = LocalReport.objects.get(municipality=odense, year=YEAR[2])
    response = professional.post(reverse("local_data_edit", args=[report.pk]), report_data())
    assert response.status_code == 403
    assert snapshot() == before


@pytest.mark.django_db
@pytest.mark.parametrize("language,login", [("da", "/log-ind/"), ("en", "/en/login/")])
def test_anonymous_visitors_are_sent_to_login(client, language, login):
    report = LocalReport.objects.first()
    with translation.override(language):
        urls = [reverse("local_data"), reverse("local_data_edit", args=[report.pk])]
    for url in urls:
        for response in (client.get(url), client.post(url, report_data())):
            assert response.status_code == 302
            target = urlsplit(response["Location"])
            assert target.path == login and "next=" in target.query
    assert urls[0].startswith("/en/") == (language == "en")


@pytest.mark.django_db
def test_the_professional_area_links_to_the_form_for_those_who_report(client):
    area = ProfessionalAreaPage.objects.get(locale__language_code="da")
    for username, shown in [(CONTRIBUTOR, True), (SECRETARY, True), (PROFESSIONAL, False)]:
        client.force_login(demo_user(username))
        links = soup(client.get(area.url)).find_all("a", href=reverse("local_data"))
        assert bool(links) == shown, username


@pytest.mark.django_db
def test_the_secretariat_picks_a_municipality_and_reports_for_it(secretariat, odense):
    page = soup(secretariat.get(reverse("local_data")))
    options = [option.get_text() for option in page.select("select[name=municipality] option")]
    assert "Odense" in options and "Aarhus" in options
    assert not page.select("main form[method=post]")

    response = secretariat.get(reverse("local_data"), {"municipality": odense.pk})
    years = [th.get_text() for th in soup(response).select(".local-data__reports tbody th")]
    assert years == [str(YEAR[1]), str(YEAR[2]), str(YEAR[3]), str(YEAR[4])]
    response = secretariat.post(reverse("local_data"), report_data(municipality=odense.pk))
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('local_data')}?municipality={odense.pk}"
    report = LocalReport.objects.get(municipality=odense, year=THIS_YEAR)
    assert report.submitted_by == demo_user(SECRETARY)


# The secretariat's overview in the admin

OVERVIEW = "/admin/local-data/"
EXPORT = "/admin/local-data/export/"


def test_the_admin_urls():
    assert reverse("network_local_data") == OVERVIEW
    assert reverse("network_local_data_export") == EXPORT


@pytest.mark.django_db
def test_only_the_secretariat_reaches_the_overview_and_the_export(client):
    for url in (OVERVIEW, EXPORT):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
        client.force_login(demo_user(PROFESSIONAL))  # no admin at all
        assert client.get(url).status_code == 302
        client.force_login(demo_user(CONTRIBUTOR))  # in the admin to contribute material
        for refused in (url, "/admin/local-data/reports/"):
            response = client.get(refused)  # Wagtail sends them back to the dashboard
            assert response.status_code == 302 and response["Location"] == "/admin/"
        client.force_login(demo_user(SECRETARY))
        assert client.get(url).status_code == 200
        client.logout()


@pytest.mark.django_db
def test_the_menu_item_is_shown_to_the_secretariat_only(client):
    client.force_login(demo_user(CONTRIBUTOR))
    assert OVERVIEW not in client.get("/admin/").content.decode()
    client.force_login(demo_user(SECRETARY))
    assert OVERVIEW in client.get("/admin/").content.decode()


def overview_cell(page, municipality, year):
    table = page.select_one(".local-data-table")
    years = [th.get_text() for th in table.select("thead th")][1:]
    row = table.find("th", string=municipality).find_parent("tr")
    return row.find_all("td")[years.index(str(year))]


def figures(cell):
    return {dd["data-figure"]: dd.get_text(strip=True) for dd in cell.select("dd")}


def grouped(number):
    with translation.override("da"):
        return number_format(number, force_grouping=True)


@pytest.mark.django_db
def test_the_overview_table_shows_every_demo_report_and_the_totals(secretariat):
    page = soup(secretariat.get(OVERVIEW))
    for name, years in demo_localdata.FIGURES.items():
        for ago, (courses, participants, fathers) in years.items():
            year = YEAR[ago]
            shown = figures(overview_cell(page, name, year))
            assert shown["participants"] == grouped(participants), (name, year)
            assert shown["fathers"].startswith(f"{grouped(fathers)} (")
            assert shown["courses"] == str(courses)
    vejle_last_year = overview_cell(page, "Vejle", YEAR[1])
    assert not vejle_last_year.select("dd")  # Vejle has not reported last year yet

    total_two_years_ago = page.select_one(".local-data-table tfoot").find_all("td")[2]
    participants = sum(years[2][1] for years in demo_localdata.FIGURES.values())
    fathers = sum(years[2][2] for years in demo_localdata.FIGURES.values())
    share = number_format(round(100 * fathers / participants, 1), 1)
    assert figures(total_two_years_ago)["participants"] == grouped(participants)
    assert figures(total_two_years_ago)["fathers"] == f"{grouped(fathers)} ({share} %)"


def demo_totals():
    totals = {}
    for years in demo_localdata.FIGURES.values():
        for ago, (_, participants, fathers) in years.items():
            year = YEAR[ago]
            previous = totals.get(year, (0, 0))
            totals[year] = (previous[0] + participants, previous[1] + fathers)
    return dict(sorted(totals.items()))


@pytest.mark.django_db
def test_the_chart_draws_the_demo_years_as_accessible_svg(secretariat):
    html = secretariat.get(OVERVIEW).content.decode()
    start = html.index("<svg", html.index('class="participation-chart"'))
    markup = html[start : html.index("</svg>", start) + len("</svg>")]
    svg = ET.fromstring(markup)  # noqa: S314 (our own response, and it must be well-formed XML)
    assert svg.get("role") == "img"
    labelled_by = svg.get("aria-labelledby").split()
    assert [svg.find(f"{SVG}title").get("id"), svg.find(f"{SVG}desc").get("id")] == labelled_by
    description = svg.find(f"{SVG}desc").text
    # Nothing runs and nothing is fetched: no script, no link out of the SVG itself.
    assert not list(svg.iter(f"{SVG}script"))
    links = [v for el in svg.iter() for k, v in el.attrib.items() if k.endswith("href")]
    assert all(link.startswith("#") for link in links)

    groups = svg.findall(f".//{SVG}g[@class='participation-chart__year']")
    totals = demo_totals()
    assert [
        int(g.find(f"{SVG}text[@class='participation-chart__label']").text) for g in groups
    ] == (list(totals))
    for group, (year, (participants, fathers)) in zip(groups, totals.items(), strict=True):
        bars = group.findall(f"{SVG}rect")
        assert len(bars) == 2
        tall, short = (float(bar.get("height")) for bar in bars)
        assert tall > short > 0
        assert tall / short == pytest.approx(participants / fathers, rel=0.01)
        values = [text.text for text in group.findall(f"{SVG}text")][:2]
        assert values == [grouped(participants), grouped(fathers)]
        assert grouped(participants) in bars[0].find(f"{SVG}title").text
        assert str(year) in description and grouped(participants) in description

    # The same totals as a table under the chart.
    rows = soup(secretariat.get(OVERVIEW)).select(".local-data-totals tbody tr")
    assert [row.th.get_text() for row in rows] == [str(year) for year in totals]


def test_the_chart_scale_is_round_and_covers_the_largest_value():
    assert tick_step(0) == 1
    assert tick_step(7) == 2
    assert tick_step(4230) == 2000
    assert tick_step(1810) == 500
    assert participation_chart([]) is None
    chart = participation_chart([YearTotal(2024, participants=0, fathers=0)])
    assert [bar.height for bar in chart.groups[0].bars] == [0, 0]
    chart = participation_chart([YearTotal(2024, participants=4230, fathers=1500)])
    assert chart.ticks[-1].value >= 4230 and chart.ticks[0].value == 0
    assert chart.ticks[-1].y == chart.top and chart.groups[0].bars[0].y >= chart.top


# The export


def exported_rows(response):
    content = b"".join(response) if response.streaming else response.content
    assert content.startswith(b"\xef\xbb\xbf")
    text = content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


@pytest.mark.django_db
def test_the_export_opens_in_danish_excel(secretariat, aarhus):
    LocalReport.objects.filter(municipality=aarhus, year=YEAR[4]).update(
        went_well='Første linje.\nAnden linje; med semikolon og "citat".'
    )
    response = secretariat.get(EXPORT)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="lokale-data-')
    assert disposition.endswith('.csv"')

    rows = exported_rows(response)
    header, body = rows[0], rows[1:]
    assert header[:4] == ["Kommune", "Kommunekode", "Region", "År"]
    assert len(body) == LocalReport.objects.count()
    assert all(len(row) == len(header) for row in body)
    names = {row[0] for row in body}
    assert {"København", "Sønderborg", "Aarhus"} <= names

    aarhus_two_years_ago = next(
        row for row in body if row[0] == "Aarhus" and row[3] == str(YEAR[2])
    )
    assert aarhus_two_years_ago[2] == "Region Midtjylland"
    assert aarhus_two_years_ago[4:8] == ["55", "1150", "489", "42,5"]
    assert "økonomi og barsel" in aarhus_two_years_ago[8]
    assert aarhus_two_years_ago[12] == "Karin Kommunesen"
    aarhus_four_years_ago = next(
        row for row in body if row[0] == "Aarhus" and row[3] == str(YEAR[4])
    )
    assert aarhus_four_years_ago[8] == 'Første linje.\nAnden linje; med semikolon og "citat".'


@pytest.mark.django_db
def test_free_text_never_becomes_a_spreadsheet_formula(secretariat, aarhus):
    LocalReport.objects.filter(municipality=aarhus, year=YEAR[3]).update(
        challenges='=HYPERLINK("http://example.com","klik")', parents_gained="-1+2"
    )
    row = next(
        r for r in exported_rows(secretariat.get(EXPORT)) if r[:4:3] == ["Aarhus", str(YEAR[3])]
    )
    assert row[9] == '\'=HYPERLINK("http://example.com","klik")'
    assert row[10] == "'-1+2"


# The secretariat corrects reports in the admin


@pytest.mark.django_db
def test_the_secretariat_group_holds_the_report_permissions():
    secretariat = Group.objects.get(name="Sekretariat")
    codenames = set(secretariat.permissions.values_list("codename", flat=True))
    assert {"add_localreport", "change_localreport", "delete_localreport"} <= codenames


@pytest.mark.django_db
def test_the_secretariat_corrects_a_report_in_the_admin_with_the_same_rules(secretariat, odense):
    report = LocalReport.objects.get(municipality=odense, year=YEAR[3])
    url = f"/admin/local-data/reports/edit/{report.pk}/"
    assert secretariat.get("/admin/local-data/reports/").status_code == 200
    data = {
        "municipality": odense.pk,
        "year": YEAR[3],
        "courses": 31,
        "participants": 640,
        "fathers": 641,
        "went_well": "",
        "challenges": "",
        "parents_gained": "",
        "professionals_gained": "",
    }
    response = secretariat.post(url, data)
    assert response.status_code == 200
    report.refresh_from_db()
    assert report.fathers == 247

    response = secretariat.post(url, {**data, "fathers": 250})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.fathers == 250
    cell = overview_cell(soup(secretariat.get(OVERVIEW)), "Odense", YEAR[3])
    assert cell.find("a", href=url)


# Queries that stay flat


def extra_reports(count):
    municipalities = list(Municipality.objects.filter(local_reports__isnull=True)[:count])
    reports = [
        LocalReport(
            municipality=municipalities[n % len(municipalities)],
            year=2015 + n // len(municipalities),
            courses=3,
            participants=60,
            fathers=20,
            went_well="Godt",
        )
        for n in range(count)
    ]
    LocalReport.objects.bulk_create(reports)


@pytest.mark.django_db
@pytest.mark.parametrize("count", [0, 150])
def test_overview_and_export_queries_do_not_grow(secretariat, count, django_assert_max_num_queries):
    extra_reports(count)
    total = LocalReport.objects.count()
    secretariat.get(OVERVIEW)
    # The admin's own furniture takes eleven; the reports come in one.
    with django_assert_max_num_queries(12):
        response = secretariat.get(OVERVIEW)
    assert len(soup(response).select(".local-data-table dl")) == total + len(
        soup(response).select(".local-data-table thead th")[1:]
    )
    with django_assert_max_num_queries(7):
        assert len(exported_rows(secretariat.get(EXPORT))) == total + 1


@pytest.mark.django_db
@pytest.mark.parametrize("count", [0, 40])
def test_the_contributor_page_queries_do_not_grow(
    contributor, aarhus, count, django_assert_max_num_queries
):
    LocalReport.objects.bulk_create(
        LocalReport(municipality=aarhus, year=1900 + n, courses=1, participants=2, fathers=1)
        for n in range(count)
    )
    contributor.get(reverse("local_data"))
    with django_assert_max_num_queries(20):
        response = contributor.get(reverse("local_data"))
    assert len(soup(response).select(".local-data__reports tbody tr")) == 4 + count


# Demo content


@pytest.mark.django_db
def test_the_demo_loader_adds_nothing_the_second_time_and_keeps_corrections(aarhus):
    expected = sum(len(years) for years in demo_localdata.FIGURES.values())
    assert LocalReport.objects.count() == expected
    assert set(LocalReport.objects.values_list("municipality__name", flat=True)) == set(
        demo_localdata.FIGURES
    )
    LocalReport.objects.filter(municipality=aarhus, year=YEAR[1]).update(participants=1200)
    messages = []
    load_local_reports(messages.append)
    assert LocalReport.objects.count() == expected
    assert LocalReport.objects.get(municipality=aarhus, year=YEAR[1]).participants == 1200
    assert messages == []


@pytest.mark.django_db
def test_a_municipality_with_reports_is_not_deleted_by_accident(secretariat):
    vejle = Municipality.objects.get(name="Vejle")  # no members, only its reports
    url = f"/admin/snippets/network/municipality/delete/{vejle.pk}/"
    assert secretariat.get(url).status_code == 200
    response = secretariat.post(url)
    assert response.status_code in (200, 302, 403)
    assert LocalReport.objects.filter(municipality=vejle).count() == 3
