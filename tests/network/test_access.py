"""The professional area and its files reach logged-in users only, in both languages."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils.html import escape
from wagtail.models import Locale, Page, PageViewRestriction

from home.demo import Bilingual, translate_into
from home.factories import ConceptPageFactory, DocumentFactory
from network.factories import ProfessionalAreaPageFactory
from network.models import (
    CalendarFeedToken,
    MeetingAttachment,
    MeetingPage,
    Municipality,
    ProfessionalAreaPage,
    Region,
)
from tests.people import PROFESSIONAL, SECRETARY, demo_user


def login_redirect(response):
    assert response.status_code == 302, response
    target = urlsplit(response["Location"])
    return target.path, target.query


@pytest.mark.django_db
def test_every_page_of_the_area_sends_anonymous_visitors_to_login(client, area_pages):
    languages = {page.locale.language_code for page in area_pages}
    assert languages == {"da", "en"}
    assert len(area_pages) >= 2 * 12
    for page in area_pages:
        response = client.get(page.url)
        path, query = login_redirect(response)
        expected = "/log-ind/" if page.locale.language_code == "da" else "/en/login/"
        assert path == expected, page.url
        assert "next=" in query


@pytest.mark.django_db
def test_a_logged_in_professional_reads_every_page(professional, area_pages):
    for page in area_pages:
        if page.specific_class.__name__ == "AgreementVersionPage" and page.specific.is_current():
            continue  # the current version lives at the agreement's own address
        response = professional.get(page.url)
        assert response.status_code == 200, page.url
        assert escape(page.title) in response.content.decode()


@pytest.mark.django_db
def test_private_files_need_login_by_document_url_and_raw_media_url(client, private_documents):
    assert len(private_documents) >= 3
    for document in private_documents:
        path, _ = login_redirect(client.get(document.url))
        assert path == "/log-ind/"
        # The raw address sends a stranger to log in too, as for a file that does not exist:
        # it tells nothing of the document (tests/home/test_media_privacy.py).
        raw = client.get(document.file.url)
        assert login_redirect(raw)[0] == "/log-ind/"
        assert f"/documents/{document.pk}/" not in raw["Location"]
        assert document.file.read(5) not in raw.content


@pytest.mark.django_db
def test_a_logged_in_professional_downloads_the_files(professional, private_documents):
    for document in private_documents:
        response = professional.get(document.url)
        assert response.status_code == 200
        content = b"".join(response.streaming_content)
        assert content.startswith(b"%PDF-") or content.startswith(b"PK")  # PDF or Word


@pytest.mark.django_db
def test_private_titles_stay_out_of_search_and_sitemap(client, area_pages):
    call_command("update_index", verbosity=0)
    titles = [page.title for page in area_pages]
    search = client.get("/search/", {"query": "netværksmøde referat aftalen"}).content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    for page in area_pages:
        assert page.url not in sitemap
    assert "/en/for-parents/" in sitemap and "/for-foraeldre/" in sitemap
    assert not any(title in search for title in titles if title != "Advisory board")


@pytest.mark.django_db
def test_a_restriction_added_after_translation_reaches_the_english_page(client, home_da):
    page = ConceptPageFactory(parent=home_da, title="Kun for fagfolk", slug="kun-for-fagfolk")
    t = Bilingual()
    t("Kun for fagfolk", "For professionals only")
    t("kun-for-fagfolk", "for-professionals-only")
    t("Sådan arbejder vi med hele familien.", "How we work with the whole family.")
    english = translate_into(page, t)
    assert client.get(english.url).status_code == 200

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert login_redirect(client.get(english.url))[0] == "/en/login/"
    assert not Page.objects.public().filter(pk=english.pk).exists()


@pytest.mark.django_db
def test_a_new_professional_area_is_restricted_from_the_start(home_da):
    ProfessionalAreaPage.objects.all().delete()
    area = ProfessionalAreaPageFactory(
        parent=home_da, title="Nyt fagligt område", slug="nyt-fagligt-omraade"
    )
    assert area.view_restrictions.get().restriction_type == PageViewRestriction.LOGIN


@pytest.mark.django_db
def test_the_secretariat_manages_the_network_in_the_admin(client):
    client.force_login(demo_user(SECRETARY))
    for url in [
        "/admin/snippets/network/municipality/",
        "/admin/snippets/network/boardmember/",
        "/admin/snippets/network/membership/",
    ]:
        assert client.get(url).status_code == 200, url
    aarhus = Municipality.objects.get(name="Aarhus")
    response = client.get("/admin/snippets/network/municipality/", {"region": Region.MIDTJYLLAND})
    assert "Aarhus" in response.content.decode() and "Odense" not in response.content.decode()
    assert client.get(f"/admin/snippets/network/municipality/edit/{aarhus.pk}/").status_code == 200


@pytest.mark.django_db
def test_the_secretariat_searches_municipalities_by_name_and_an_overlong_term_finds_none(client):
    client.force_login(demo_user(SECRETARY))
    found = client.get("/admin/snippets/network/municipality/", {"q": "aarh"}).content.decode()
    assert '_title">Aarhus<' in found and "Odense" not in found
    overlong = client.get("/admin/snippets/network/municipality/", {"q": "Aarhus" * 30})
    assert overlong.status_code == 200 and '_title">Aarhus<' not in overlong.content.decode()


@pytest.mark.django_db
def test_professionals_have_no_admin(professional):
    assert professional.get("/admin/snippets/network/municipality/").status_code == 302


@pytest.mark.django_db
def test_translating_a_group_restricted_page_keeps_its_groups(home_da):
    secretariat = Group.objects.get(name="Sekretariat")
    page = ConceptPageFactory(parent=home_da, title="Kun for sekretariatet", slug="kun-sekretariat")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([secretariat])
    english = page.copy_for_translation(Locale.objects.get(language_code="en"))
    for translated in [page, english]:
        mirrored = translated.view_restrictions.get()
        assert mirrored.restriction_type == PageViewRestriction.GROUPS
        assert list(mirrored.groups.all()) == [secretariat]


@pytest.fixture
def meeting_for_the_secretariat(db):
    meeting = MeetingPage.objects.filter(locale__language_code="da").order_by("-start").first()
    restriction = PageViewRestriction.objects.create(
        page=meeting, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Sekretariat")])
    return meeting


@pytest.mark.django_db
def test_a_page_for_one_group_stays_out_of_lists_and_feeds_for_others(
    professional, meeting_for_the_secretariat
):
    title = escape(meeting_for_the_secretariat.title)
    index = meeting_for_the_secretariat.get_parent()
    for year in ["", str(meeting_for_the_secretariat.start.year)]:
        assert title not in professional.get(index.url, {"year": year}).content.decode()
    user = demo_user(PROFESSIONAL)
    token = CalendarFeedToken.objects.issue(user)
    feed = professional.get(f"/calendar/{token}.ics").content.decode()
    assert meeting_for_the_secretariat.title not in feed
    secretary = demo_user(SECRETARY)
    professional.force_login(secretary)
    pages = [
        professional.get(index.url, {"year": year}).content.decode()
        for year in ["", str(meeting_for_the_secretariat.start.year)]
    ]
    assert any(title in page for page in pages)


@pytest.mark.django_db
def test_a_logged_in_user_without_access_is_not_sent_round_in_circles(
    professional, meeting_for_the_secretariat
):
    response = professional.get(meeting_for_the_secretariat.url, follow=True)
    assert response.status_code == 200
    assert len(response.redirect_chain) == 1
    notice = BeautifulSoup(response.content, "html.parser").select_one(".notice")
    assert notice and "ikke har adgang" in notice.get_text(), response.redirect_chain


@pytest.mark.django_db
def test_a_file_attached_in_the_area_moves_into_the_private_collection(home_da):
    document = DocumentFactory(title="Uploadet i roden", filename="roden.pdf")
    meeting = MeetingPage.objects.filter(locale__language_code="da").first()
    MeetingAttachment.objects.create(page=meeting, document=document)
    document.refresh_from_db()
    assert document.collection.name == "Fagligt område"
