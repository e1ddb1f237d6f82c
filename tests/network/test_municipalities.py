import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from network.factories import MunicipalityContactFactory, MunicipalityFactory
from network.models import Municipality, MunicipalityIndexPage, Region
from tests.people import SECRETARY, demo_user


@pytest.fixture
def near_you(db):
    return MunicipalityIndexPage.objects.get(locale__language_code="da", list_all=False)


def names(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".municipality__name")]


def test_all_98_municipalities_in_their_regions(db):
    assert Municipality.objects.count() == 98
    per_region = {region: Municipality.objects.filter(region=region).count() for region in Region}
    assert per_region == {
        Region.HOVEDSTADEN: 29,
        Region.SJAELLAND: 17,
        Region.SYDDANMARK: 22,
        Region.MIDTJYLLAND: 19,
        Region.NORDJYLLAND: 11,
    }


@pytest.mark.django_db
def test_public_list_shows_only_municipalities_offering_fiv_grouped_by_region(client, near_you):
    response = client.get(near_you.url)
    listed = names(response)
    assert sorted(listed) == sorted(Municipality.objects.offering().values_list("name", flat=True))
    assert "Køge" not in listed  # interested, not offering
    soup = BeautifulSoup(response.content, "html.parser")
    regions = [h.get_text() for h in soup.select(".region h2")]
    assert "Region Midtjylland" in regions
    midt = soup.find("h2", string="Region Midtjylland").find_parent("section")
    assert "Aarhus" in midt.get_text() and "Odense" not in midt.get_text()


@pytest.mark.django_db
def test_contacts_only_after_login(client, near_you):
    anonymous = client.get(near_you.url).content.decode()
    assert "Anne Holm" not in anonymous and "anne@aarhus" not in anonymous
    assert "logge ind" in anonymous
    client.force_login(Municipality.objects.get(name="Aarhus").members.first().user)
    logged_in = client.get(near_you.url).content.decode()
    assert "Anne Holm" in logged_in and "anne@aarhus.kommune.example" in logged_in


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query,expected",
    [("aarhus", ["Aarhus"]), ("  AAR ", ["Aarhus"]), ("sønder", ["Sønderborg"]), ("xyz", [])],
)
def test_search_box_finds_a_municipality_by_name(client, near_you, query, expected):
    response = client.get(near_you.url, {"q": query})
    assert response.status_code == 200
    assert names(response) == expected
    if not expected:
        assert "Ingen kommune matchede" in response.content.decode()


@pytest.mark.django_db
def test_bad_search_input_is_harmless(client, near_you):
    for query in ["x" * 10_000, "%", "'; DROP TABLE", "<script>"]:
        response = client.get(near_you.url, {"q": query})
        assert response.status_code == 200
        assert "<script>" not in response.content.decode()


@pytest.mark.django_db
def test_directory_in_the_area_lists_every_municipality_with_status(professional):
    directory = MunicipalityIndexPage.objects.get(locale__language_code="da", list_all=True)
    response = professional.get(directory.url)
    assert len(names(response)) == 98
    assert "Interesseret" in response.content.decode()


@pytest.mark.django_db
def test_the_directory_filters_by_status_with_counts_and_colours(professional):
    directory = MunicipalityIndexPage.objects.get(locale__language_code="da", list_all=True)
    soup = BeautifulSoup(professional.get(directory.url).content, "html.parser")
    filters = {a.get_text(" ", strip=True): a["href"] for a in soup.select(".status-filter a")}
    starting = Municipality.objects.filter(status=Municipality.Status.STARTING)
    assert starting.exists()
    label = f"Starter op ({starting.count()})"
    assert label in filters and filters["Alle"] == directory.url

    response = professional.get(filters[label])
    assert sorted(names(response)) == sorted(starting.values_list("name", flat=True))
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".status-filter a[aria-current]").get_text(" ", strip=True) == label
    badges = {b["class"][-1] for b in soup.select(".municipality__meta .badge")}
    assert badges == {"badge--status-starting"}

    # With a search: the counts are of what the search found, and the filter keeps the query.
    response = professional.get(directory.url, {"q": "Aarhus", "status": "offers"})
    assert names(response) == ["Aarhus"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert "q=Aarhus" in soup.select_one(".status-filter a[aria-current]")["href"]
    assert soup.select_one(".status-filter a")["href"] == directory.url + "?q=Aarhus"

    # An unknown status shows every municipality; the public page has no status filter.
    assert len(names(professional.get(directory.url, {"status": "x\x00"}))) == 98
    near_you = MunicipalityIndexPage.objects.get(locale__language_code="da", list_all=False)
    public = BeautifulSoup(professional.get(near_you.url).content, "html.parser")
    assert public.select_one(".status-filter") is None


def make_offering(count):
    Municipality.objects.update(status=Municipality.Status.NONE)
    existing = list(Municipality.objects.order_by("code")[:count])
    for number in range(len(existing), count):
        existing.append(
            MunicipalityFactory(
                code=900 + number, name=f"Testkommune {number}", region=Region.MIDTJYLLAND
            )
        )
    for municipality in existing:
        municipality.status = Municipality.Status.OFFERS
        municipality.save()
        for order in range(2):
            MunicipalityContactFactory(
                municipality=municipality, sort_order=order, name=f"Kontakt {order}", role="midwife"
            )


@pytest.mark.django_db
@pytest.mark.parametrize("count", [10, 100])
def test_list_queries_do_not_grow_with_municipalities(
    client, near_you, count, django_assert_max_num_queries
):
    make_offering(count)
    client.force_login(Municipality.objects.get(name="Aarhus").members.first().user)
    client.get(near_you.url)  # warm the site and translation caches
    # 31: the Aarhus member contributes, so Wagtail's user bar and "Mine bidrag" join the page;
    # the footer's legal links are one more.
    with django_assert_max_num_queries(31):
        response = client.get(near_you.url)
    assert len(names(response)) == count


@pytest.mark.django_db
@pytest.mark.parametrize("ordering", ["", "name", "-region", "status", "-offering_since"])
def test_the_secretariat_searches_municipalities_in_the_admin(client, ordering):
    """The admin's list searches the names and sorts by its columns: it used to be a 500."""
    client.force_login(demo_user(SECRETARY))
    url = reverse("wagtailsnippets_network_municipality:list")
    response = client.get(url, {"q": "aarhus", "ordering": ordering})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    listed = [cell.get_text(strip=True) for cell in soup.select("tbody td.title a")]
    assert "Aarhus" in listed
