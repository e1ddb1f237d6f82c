"""The translation overview: the secretariat sees where English stands for every Danish page."""

import csv
import io
from datetime import timedelta

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from wagtail_localize.models import TranslationSource

from home.factories import ConceptPageFactory
from home.models import ConceptPage
from home.translations import EnglishState
from library.models import MaterialPage, Phase, TargetGroup, ThemeName
from network.models import FundingOpportunity
from tests.people import CONTRIBUTOR, PROFESSIONAL, SECRETARY, demo_user

REPORT = "home_translation_report"
DEMO_OUTDATED = "Søvnguide til det første år"  # the demo's own outdated material


@pytest.fixture
def secretary(client, db):
    client.force_login(demo_user(SECRETARY))
    return client


def later(hours):
    return time_machine.travel(timezone.now() + timedelta(hours=hours), tick=True)


@pytest.fixture
def outdated_page(db):
    page = ConceptPage.objects.get(locale__language_code="da", slug="for-foraeldre")
    with later(1):
        page.title = "For forældre og bedsteforældre"
        page.save_revision().publish()
    return page


def rows(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        row.select_one("td.title").get_text(strip=True): row
        for row in soup.select("table.translation-report tbody tr")
    }


def counts(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        item["data-state"]: int(item.strong.get_text())
        for item in soup.select(".translation-counts__item")
    }


@pytest.mark.django_db
def test_the_overview_shows_an_outdated_page_with_its_sync_and_its_changes(
    secretary, outdated_page
):
    response = secretary.get(reverse(REPORT), {"english_state": "outdated"})
    assert response.status_code == 200
    row = rows(response)["For forældre og bedsteforældre"]
    assert row["data-state"] == EnglishState.OUTDATED
    source = TranslationSource.objects.get_for_instance(outdated_page)
    links = [a["href"] for a in row.select("a")]
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in links
    diff = next(link for link in links if "/revisions/compare/" in link)
    assert secretary.get(diff).status_code == 200
    assert counts(response)[EnglishState.OUTDATED] == 2
    assert set(rows(response)) == {"For forældre og bedsteforældre", DEMO_OUTDATED}

    with later(2):
        secretary.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})
    response = secretary.get(reverse(REPORT))
    assert rows(response)["For forældre og bedsteforældre"]["data-state"] == EnglishState.DRAFT
    assert counts(response)[EnglishState.OUTDATED] == 1


@pytest.mark.django_db
def test_the_demo_overview_shows_all_four_states(secretary):
    response = secretary.get(reverse(REPORT))
    assert response.status_code == 200
    found = counts(response)
    assert found[EnglishState.OUTDATED] == 1
    assert found[EnglishState.DRAFT] == 1
    assert found[EnglishState.MISSING] == 2  # one material, and a contribution just approved
    assert found[EnglishState.UP_TO_DATE] > 60


@pytest.mark.django_db
def test_a_page_without_english_offers_to_translate_it(secretary, home_da):
    page = ConceptPageFactory(parent=home_da, title="Ny side om søvn", slug="ny-side-om-soevn")
    page.save_revision().publish()
    response = secretary.get(reverse(REPORT), {"english_state": "missing"})
    assert response.status_code == 200
    for row in rows(response).values():
        assert row["data-state"] == EnglishState.MISSING
        assert any("/localize/submit/page/" in a["href"] for a in row.select("a"))
    assert "Ny side om søvn" in rows(response)


@pytest.mark.django_db
def test_the_overview_filters_by_section(secretary, home_da):
    library_section = next(
        child for child in home_da.get_children() if child.get_descendants().count() > 10
    )
    response = secretary.get(reverse(REPORT), {"section": library_section.pk})
    assert response.status_code == 200
    titles = set(rows(response))
    inside = {p.title for p in library_section.get_descendants(inclusive=True).live()}
    assert titles and titles <= inside


@pytest.mark.django_db
def test_the_overview_exports_csv_and_xlsx(secretary, outdated_page):
    response = secretary.get(reverse(REPORT), {"export": "csv"})
    assert response.status_code == 200
    table = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    header, *lines = table
    assert header[:4] == ["Titel", "Sektion", "Type", "Engelsk version"]
    outdated = next(line for line in lines if line[0] == "For forældre og bedsteforældre")
    assert outdated[3] == "Forældet"
    assert len(lines) > 40

    response = secretary.get(reverse(REPORT), {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


@pytest.mark.django_db
@pytest.mark.parametrize("username", [None, PROFESSIONAL, CONTRIBUTOR])
def test_only_the_secretariat_sees_the_overview(client, username, outdated_page):
    if username:
        client.force_login(demo_user(username))
    for url in [reverse(REPORT), reverse(REPORT) + "?export=csv", reverse(REPORT + "_results")]:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "bedsteforældre" not in response.content.decode()
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert "bedsteforældre" not in dashboard.content.decode()


@pytest.mark.django_db
def test_the_dashboard_counts_states_and_lists_the_outdated(secretary, outdated_page):
    response = secretary.get(reverse("wagtailadmin_home"))
    soup = BeautifulSoup(response.content, "html.parser")
    panel = soup.select_one("#translations-section")
    assert panel is not None
    assert counts(response)[EnglishState.OUTDATED] == 2
    outdated = [row.select_one("td.title").get_text() for row in panel.select("tbody tr")]
    # The longest outdated first: the demo's, then the one just changed.
    assert outdated == [DEMO_OUTDATED, "For forældre og bedsteforældre"]
    assert panel.select_one(f"a[href='{reverse(REPORT)}']")


# Snippets readers see in both languages (registered by library and network): a Danish text
# without English beside it is missing, with a link to where the English is written.


def row_links(row):
    return {a.get_text(strip=True): a["href"] for a in row.select("a")}


def of_type(model, **params):
    return {"content_type": ContentType.objects.get_for_model(model).pk, **params}


@pytest.mark.django_db
def test_the_overview_lists_snippets_readers_see_in_both_languages(secretary):
    response = secretary.get(reverse(REPORT), of_type(FundingOpportunity))
    funding = FundingOpportunity.objects.get(fund="Puljen til tidlig forældrestøtte")
    row = rows(response)[funding.fund]
    assert row["data-state"] == EnglishState.UP_TO_DATE
    assert row_links(row)["Redigér engelsk"] == reverse(
        "wagtailsnippets_network_fundingopportunity:edit", args=[funding.pk]
    )
    response = secretary.get(reverse(REPORT), of_type(TargetGroup))
    group = TargetGroup.objects.first()
    assert rows(response)[group.name]["data-state"] == EnglishState.UP_TO_DATE
    # A theme of the demo's materials, named in English.
    response = secretary.get(reverse(REPORT), of_type(ThemeName))
    assert rows(response)["søvn"]["data-state"] == EnglishState.UP_TO_DATE


@pytest.mark.django_db
def test_a_snippet_without_english_is_missing_and_links_to_its_form(secretary):
    before = counts(secretary.get(reverse(REPORT)))
    funding = FundingOpportunity.objects.get(fund="Puljen til tidlig forældrestøtte")
    FundingOpportunity.objects.filter(pk=funding.pk).update(eligibility_en="")

    response = secretary.get(reverse(REPORT), {"english_state": "missing"})
    row = rows(response)[funding.fund]
    assert row["data-state"] == EnglishState.MISSING
    edit = row_links(row)["Oversæt"]
    assert edit == reverse("wagtailsnippets_network_fundingopportunity:edit", args=[funding.pk])
    assert secretary.get(edit).status_code == 200
    after = counts(response)
    assert after[EnglishState.MISSING] == before[EnglishState.MISSING] + 1
    assert after[EnglishState.UP_TO_DATE] == before[EnglishState.UP_TO_DATE] - 1

    # An English text with no Danish beside it is nothing to translate.
    FundingOpportunity.objects.filter(pk=funding.pk).update(eligibility="")
    response = secretary.get(reverse(REPORT), {"english_state": "missing"})
    assert funding.fund not in rows(response)


@pytest.mark.django_db
def test_a_theme_without_an_english_name_opens_the_form_with_that_theme_chosen(secretary):
    material = MaterialPage.objects.live().filter(locale__language_code="da").first()
    material.tags.add("babymassage")
    material.save_revision().publish()

    response = secretary.get(reverse(REPORT), {"english_state": "missing"})
    row = rows(response)["babymassage"]
    form_url = row_links(row)["Oversæt"]
    form = BeautifulSoup(secretary.get(form_url).content, "html.parser")
    chosen = form.select_one("select[name=tag] option[selected]")
    assert chosen is not None and chosen.get_text(strip=True) == "babymassage"

    secretary.post(form_url, {"tag": chosen["value"], "name_en": "baby massage"})
    assert ThemeName.objects.filter(tag__name="babymassage", name_en="baby massage").exists()
    response = secretary.get(reverse(REPORT), of_type(ThemeName))
    assert rows(response)["babymassage"]["data-state"] == EnglishState.UP_TO_DATE


@pytest.mark.django_db
def test_snippets_follow_the_type_and_section_filters_and_the_export(secretary, home_da):
    response = secretary.get(reverse(REPORT), of_type(FundingOpportunity))
    assert set(rows(response)) == set(FundingOpportunity.objects.values_list("fund", flat=True))
    assert sum(counts(response).values()) == FundingOpportunity.objects.count()

    section = home_da.get_children().first()
    response = secretary.get(reverse(REPORT), {"section": section.pk})
    assert not set(rows(response)) & set(Phase.objects.values_list("name", flat=True))

    response = secretary.get(reverse(REPORT), {"export": "csv"})
    lines = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    phase = Phase.objects.first()
    assert [phase.name, "", "Fase", "Opdateret"] in [line[:4] for line in lines]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"content_type": "abc"},
        {"content_type": "999999"},
        {"section": "x", "english_state": "nonsense"},
        {"p": "1000"},
        {"p": "2"},
        {"p": "last"},
    ],
)
def test_bad_filters_give_no_error(secretary, params):
    assert secretary.get(reverse(REPORT), params).status_code == 200
    assert secretary.get(reverse(REPORT + "_results"), params).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("tag", ["abc", "99999999999999999999999", "-1"])
def test_the_theme_form_ignores_a_bad_tag(secretary, tag):
    response = secretary.get(reverse("wagtailsnippets_library_themename:add"), {"tag": tag})
    assert response.status_code == 200
