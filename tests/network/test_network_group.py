"""The network's closed group (for example on Facebook) is linked from the professional area's
front page, set in the site settings; strangers never see the link, and nothing is embedded."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.models import Site

from home.models import SiteSettings
from network.models import ProfessionalAreaPage
from tests.people import PROFESSIONAL, demo_user

GROUP_URL = "https://www.facebook.com/groups/fiv-netvaerket-proeve"


@pytest.fixture
def group(db):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.network_group_url = GROUP_URL
    settings.network_group_name = "FIV-netværket på Facebook"
    settings.save()
    return settings


def area(language="da"):
    return ProfessionalAreaPage.objects.get(locale__language_code=language)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["da", "en"])
def test_a_professional_finds_the_group_on_the_areas_front_page(client, group, language):
    client.force_login(demo_user(PROFESSIONAL))
    response = client.get(area(language).url)
    soup = BeautifulSoup(response.content, "html.parser")
    link = soup.select_one(f".card a[href='{GROUP_URL}']")
    assert link is not None and link.get_text(strip=True) == "FIV-netværket på Facebook"
    assert "noopener" in link["rel"]
    # Linked, never embedded: no frame or script from the group's site.
    assert not soup.select("iframe") and "facebook.com/plugins" not in response.content.decode()


@pytest.mark.django_db
def test_english_pages_name_the_group_in_english_when_the_settings_do(client, group):
    group.network_group_name_en = "The FIV network on Facebook"
    group.save()
    client.force_login(demo_user(PROFESSIONAL))
    names = {
        language: BeautifulSoup(client.get(area(language).url).content, "html.parser")
        .select_one(f"a[href='{GROUP_URL}']")
        .get_text(strip=True)
        for language in ["da", "en"]
    }
    assert names == {"da": "FIV-netværket på Facebook", "en": "The FIV network on Facebook"}


@pytest.mark.django_db
def test_the_group_has_a_danish_name_when_the_settings_give_none(client, group):
    group.network_group_name = ""
    group.save()
    client.force_login(demo_user(PROFESSIONAL))
    soup = BeautifulSoup(client.get(area().url).content, "html.parser")
    assert soup.select_one(f"a[href='{GROUP_URL}']").get_text(strip=True) == (
        "Netværkets lukkede gruppe"
    )


@pytest.mark.django_db
def test_strangers_never_see_the_groups_link(client, group):
    for page in [area(), area("en")]:
        response = client.get(page.url, follow=True)
        assert GROUP_URL not in response.content.decode()
    for url in ["/", "/en/"]:
        assert GROUP_URL not in client.get(url).content.decode()


@pytest.mark.django_db
def test_without_a_group_the_front_page_has_no_card_for_it(client):
    client.force_login(demo_user(PROFESSIONAL))
    content = client.get(area().url).content.decode()
    assert "Netværkets lukkede gruppe" not in content and "card--external" not in content


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://gruppe.example/", "gruppe"])
def test_only_a_web_address_is_accepted_for_the_group(group, url):
    group.network_group_url = url
    with pytest.raises(ValidationError) as refused:
        group.full_clean()
    assert "network_group_url" in refused.value.error_dict
