"""The page cache: public pages come from it for anonymous visitors, nothing private ever does,
and every change shows on the next request (home/pagecache.py, home/pagepurge.py)."""

import pytest
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import Page, PageViewRestriction

from home.models import ConceptPage, ContactPage, NewsIndexPage, NewsPage, SiteSettings
from network.models import Municipality, MunicipalityIndexPage, ProfessionalAreaPage
from tests.people import PROFESSIONAL, demo_user

HEADER = "X-Page-Cache"


class RecordingBackend(BaseBackend):
    """A CDN that writes down what it is told to purge."""

    purged = []

    def purge(self, url):
        RecordingBackend.purged.append(url)


def publish(page):
    page.save_revision().publish()


def concept(language="da"):
    return ConceptPage.objects.live().filter(locale__language_code=language, depth=3).first()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["da", "en"])
def test_a_public_page_is_served_from_the_cache_without_a_query(
    client, page_cache, language, django_assert_num_queries
):
    urls = [
        f"/{language}/" if language == "en" else "/",
        concept(language).url,
        NewsIndexPage.objects.get(locale__language_code=language).url,
    ]
    for url in urls:
        first = client.get(url)
        assert first.status_code == 200
        assert first[HEADER] == "miss"
        with django_assert_num_queries(0):
            second = client.get(url)
        assert second[HEADER] == "hit"
        assert second.content == first.content
        assert second["Content-Language"] == language
        assert "public" in second["Cache-Control"]
        assert "s-maxage=600" in second["Cache-Control"]
        assert "Content-Security-Policy" in second  # the headers around the cache still apply
        assert second["ETag"] == first["ETag"]


@pytest.mark.django_db
def test_a_browser_that_has_the_page_gets_a_304(client, page_cache):
    etag = client.get("/")["ETag"]
    assert client.get("/", headers={"if-none-match": etag}).status_code == 304
    assert client.get("/", headers={"if-none-match": '"other"'}).status_code == 200


@pytest.mark.django_db
def test_only_page_numbers_are_cached_among_query_strings(client, page_cache):
    news = NewsIndexPage.objects.get(locale__language_code="da").url
    client.get(f"{news}?page=1")
    assert client.get(f"{news}?page=1")[HEADER] == "hit"
    assert client.get(news)[HEADER] == "miss"  # its own entry
    for query in ["?page=1&x=2", "?x=1", "?page=abc", "?page=9999", "?page=1&page=2"]:
        client.get(news + query)
        assert HEADER not in client.get(news + query), query


@pytest.mark.django_db
def test_a_logged_in_visitor_neither_gets_nor_fills_the_cache(client, page_cache):
    client.get("/")
    client.force_login(demo_user(PROFESSIONAL))
    response = client.get("/")
    assert HEADER not in response
    assert b"logout" in response.content.lower() or b"log ud" in response.content.lower()
    assert response["Cache-Control"] == "private, no-store"
    page = concept()
    client.get(page.url)
    client.logout()
    client.cookies.clear()
    assert client.get(page.url)[HEADER] == "miss"


@pytest.mark.django_db
def test_a_restricted_page_is_never_cached(client, page_cache):
    area = ProfessionalAreaPage.objects.get(locale__language_code="da")
    professional = demo_user(PROFESSIONAL)
    client.force_login(professional)
    assert client.get(area.url).status_code == 200
    client.logout()
    client.cookies.clear()
    for _ in range(2):
        response = client.get(area.url)
        assert response.status_code == 302  # to the login page, never the stored area
        assert HEADER not in response


@pytest.mark.django_db
def test_a_page_with_a_password_is_not_cached(client, page_cache, commits):
    page = concept()
    assert client.get(page.url)[HEADER] == "miss"
    commits(
        lambda: PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
        )
    )
    for _ in range(2):
        response = client.get(page.url)
        assert HEADER not in response
        assert b"hemmelig" not in response.content
        assert page.introduction.encode() not in response.content
        assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_contact_form_and_its_token_are_never_cached(client, page_cache):
    contact = ContactPage.objects.get(locale__language_code="da")
    for _ in range(2):
        response = client.get(contact.url)
        assert response.status_code == 200
        assert b"csrfmiddlewaretoken" in response.content
        assert HEADER not in response
        assert response["Cache-Control"] == "private, no-store"


@pytest.mark.django_db
def test_a_preview_is_never_served_from_the_cache(client, page_cache):
    page = concept()
    client.get(page.url)
    page.title = "Et udkast ingen har set"
    response = page.make_preview_request()
    assert b"Et udkast ingen har set" in response.content
    assert HEADER not in response
    assert b"Et udkast ingen har set" not in client.get(page.url).content


@pytest.mark.django_db
def test_publishing_a_page_shows_at_once(client, page_cache, commits):
    page = concept()
    client.get(page.url)
    page.title = "En ny titel"
    commits(lambda: publish(page))
    assert "En ny titel" in client.get(page.url).content.decode()


@pytest.mark.django_db
def test_publishing_a_news_item_updates_the_news_list_and_the_home_page(
    client, page_cache, commits
):
    news = NewsIndexPage.objects.get(locale__language_code="da")
    for url in [news.url, "/"]:
        client.get(url)
    item = NewsPage(title="Nyhed fra cachen", slug="nyhed-fra-cachen")
    commits(lambda: news.add_child(instance=item))
    commits(lambda: publish(item))
    for url in [news.url, "/"]:
        assert "Nyhed fra cachen" in client.get(url).content.decode(), url


@pytest.mark.django_db
def test_unpublishing_and_deleting_take_a_page_away(client, page_cache, commits):
    item = NewsPage.objects.live().filter(locale__language_code="da").first()
    news = item.get_parent()
    assert client.get(item.url).status_code == 200
    client.get(news.url)
    commits(item.unpublish)
    assert client.get(item.url).status_code == 404
    assert item.title not in client.get(news.url).content.decode()
    other = NewsPage.objects.live().filter(locale__language_code="da").first()
    url = other.url
    client.get(url)
    commits(other.delete)
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_moving_a_page_takes_it_from_its_old_address_and_parent(client, page_cache, commits):
    page = ConceptPage.objects.live().filter(locale__language_code="da", depth=4).first()
    old_parent, old_url = page.get_parent(), page.url
    new_parent = concept()
    if new_parent.pk == old_parent.pk:
        new_parent = ConceptPage.objects.live().filter(depth=3, locale=page.locale)[1]
    for url in [old_url, old_parent.url, new_parent.url]:
        client.get(url)
    commits(lambda: page.move(new_parent, pos="last-child"))
    page.refresh_from_db()
    moved = client.get(old_url)  # Wagtail's automatic redirect, no longer the stored page
    assert (moved.status_code, moved["Location"]) == (301, page.url)
    assert page.title not in client.get(old_parent.url).content.decode()
    assert page.title in client.get(new_parent.url).content.decode()
    assert client.get(page.url).status_code == 200


@pytest.mark.django_db
def test_publishing_a_translation_updates_the_language_switcher(client, page_cache, commits):
    danish = concept()
    english = danish.get_translations().get()
    client.get(danish.url)
    english.slug = "a-brand-new-slug"
    commits(lambda: publish(english))
    assert "a-brand-new-slug" in client.get(danish.url).content.decode()


@pytest.mark.django_db
def test_a_change_to_a_municipality_shows_in_fiv_near_you(client, page_cache, commits):
    near_you = MunicipalityIndexPage.objects.get(locale__language_code="da", depth=3)
    municipality = Municipality.objects.offering().first()
    client.get(near_you.url)
    municipality.name = "Cacheby"
    commits(municipality.save)
    assert "Cacheby" in client.get(near_you.url).content.decode()


@pytest.mark.django_db
def test_a_change_to_the_site_settings_shows_on_every_page(client, page_cache, commits):
    urls = ["/", "/en/", concept().url]
    for url in urls:
        client.get(url)
    site_settings = SiteSettings.objects.first()
    site_settings.phone = "12 34 56 78"
    commits(site_settings.save)
    for url in urls:
        assert "12 34 56 78" in client.get(url).content.decode(), url
    # The English address is one of them: the English pages show it at once.
    site_settings.address_en = "Eksempelvej 12, Odense, Denmark"
    commits(site_settings.save)
    assert "Odense, Denmark" in client.get("/en/").content.decode()
    assert "Odense, Denmark" not in client.get("/").content.decode()


@pytest.mark.django_db
def test_a_cdn_is_told_both_languages(settings, page_cache, commits):
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {"BACKEND": "tests.home.test_page_cache.RecordingBackend"}
    }
    RecordingBackend.purged = []
    danish = concept()
    english = danish.get_translations().get()
    commits(lambda: publish(danish))
    assert danish.full_url in RecordingBackend.purged
    assert english.full_url in RecordingBackend.purged
    assert Page.objects.get(depth=2, locale=danish.locale).full_url in RecordingBackend.purged
