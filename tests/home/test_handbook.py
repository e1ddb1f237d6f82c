"""Handbooks: chapters in the tree's order, the revision date, the change log and its feed, and a
PDF of the whole handbook made by the background queue, private where the handbook is."""

import datetime
import io
import re

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader
from wagtail.models import Collection, PageViewRestriction
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.factories import (
    DocumentFactory,
    HandbookChapterPageFactory,
    HandbookPageFactory,
)
from home.handbook_pdf import LoggedInStranger, SiteFilesOnly, least_reader
from home.models import HandbookChange, HandbookChapterPage, HandbookPage, HandbookPdf
from home.privacy import Reader
from network.documents import PROFESSIONAL_COLLECTION

pytestmark = pytest.mark.django_db

TITLES = ["Før I går i gang", "Planlæg forløbet", "Gangene i forløbet"]


def soup_of(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def pdf_pages(handbook):
    stored = HandbookPdf.objects.get(handbook=handbook)
    with stored.file.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    return [page.extract_text() for page in reader.pages]


def new_handbook(parent, titles=TITLES, **kwargs):
    handbook = HandbookPageFactory(parent=parent, title="Testhåndbog", slug="testhaandbog")
    handbook.save_revision().publish()
    chapters = []
    for title in titles:
        chapter = HandbookChapterPageFactory(parent=handbook, title=title, **kwargs)
        chapter.save_revision().publish()
        chapters.append(chapter)
    return handbook, chapters


@pytest.fixture
def handbook(home_da, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return new_handbook(home_da)


def toc(client, handbook):
    soup = soup_of(client.get(handbook.url))
    return [a.get_text(strip=True) for a in soup.select(".handbook__chapters a")]


def playbook(language="da"):
    return HandbookPage.objects.get(slug="drejebog" if language == "da" else "playbook")


def concept_description(language="da"):
    slug = "konceptbeskrivelse" if language == "da" else "concept-description"
    return HandbookPage.objects.get(slug=slug)


# The demo


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_demo_has_two_handbooks_of_five_chapters_in_both_languages(language):
    for handbook in [concept_description(language), playbook(language)]:
        assert handbook.locale.language_code == language
        assert handbook.live
        assert HandbookChapterPage.objects.child_of(handbook).live().count() == 5
        assert HandbookPdf.objects.filter(handbook=handbook).exists()
    assert concept_description(language).get_parent().slug in {"for-kommuner", "for-municipalities"}
    assert playbook(language).get_parent().specific_class.__name__ == "ProfessionalAreaPage"


# Chapters, their order and their dates


def test_the_table_of_contents_follows_the_tree_and_a_move_changes_it(
    client, handbook, django_capture_on_commit_callbacks
):
    handbook, chapters = handbook
    assert toc(client, handbook) == TITLES
    with django_capture_on_commit_callbacks(execute=True):
        chapters[2].move(chapters[0], pos="left")  # the editor drags the last chapter first
    assert toc(client, handbook) == [TITLES[2], TITLES[0], TITLES[1]]
    # ... and the PDF follows (made again by the queue, here at once)
    text = "\n".join(pdf_pages(handbook))
    positions = [text.rindex(title) for title in [TITLES[2], TITLES[0], TITLES[1]]]
    assert positions == sorted(positions)


def test_an_unpublished_or_private_chapter_is_not_in_the_contents(client, handbook):
    handbook, chapters = handbook
    chapters[1].unpublish()
    PageViewRestriction.objects.create(page=chapters[2], restriction_type=PageViewRestriction.LOGIN)
    assert toc(client, handbook) == [TITLES[0]]


def test_a_chapter_has_its_place_and_the_way_on(client, handbook):
    handbook, chapters = handbook
    soup = soup_of(client.get(chapters[1].url))
    assert soup.h1.get_text(strip=True) == TITLES[1]
    assert "kapitel 2" in soup.select_one(".handbook-chapter__of").get_text()
    assert soup.select_one("a[rel=prev]")["href"] == chapters[0].url
    assert soup.select_one("a[rel=next]")["href"] == chapters[2].url
    assert soup.select_one(".chapter-pager__contents a")["href"] == handbook.url
    assert soup.select_one(".checklist li").get_text() == "Book lokalet"


def test_last_revised_is_the_day_in_copenhagen(client, home_da):
    # 23:30 UTC on 4 December is already 5 December in Copenhagen.
    with time_machine.travel(datetime.datetime(2026, 12, 4, 23, 30, tzinfo=datetime.UTC)):
        handbook, chapters = new_handbook(home_da, titles=["Eneste kapitel"])
    soup = soup_of(client.get(chapters[0].url))
    assert soup.select_one(".handbook__revised").get_text(strip=True) == (
        "Senest revideret 5. december 2026"
    )
    assert "Senest revideret 5. december 2026" in soup_of(client.get(handbook.url)).get_text()


# The PDF


def test_the_pdf_is_made_by_the_queue_after_the_publishing_request(
    task_queue, admin_client, home_da, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        handbook, chapters = new_handbook(home_da)
    assert task_queue.drain() == 1, "one PDF for the handbook and all three chapters"
    before = HandbookPdf.objects.get(handbook=handbook)

    chapter = chapters[1]
    data = nested_form_data(
        {
            "title": "Planlæg forløbet grundigt",
            "slug": chapter.slug,
            "introduction": "",
            "change_note": "Nyt kapitelnavn.",
            "body": streamfield([("paragraph", rich_text("<p>Nyt indhold.</p>"))]),
            "action-publish": "action-publish",
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[chapter.pk]), data)
    assert response.status_code == 302
    chapter.refresh_from_db()
    assert chapter.title == "Planlæg forløbet grundigt"  # published
    # Not made in the request: the old PDF is still there, the new one waits for the worker.
    assert HandbookPdf.objects.get(handbook=handbook).file.name == before.file.name
    assert task_queue.waiting().count() == 1
    with django_capture_on_commit_callbacks(execute=True):  # the worker's commit
        assert task_queue.drain() == 1
    after = HandbookPdf.objects.get(handbook=handbook)
    assert after.file.name != before.file.name
    assert "Planlæg forløbet grundigt" in "\n".join(pdf_pages(handbook))
    assert not before.file.storage.exists(before.file.name), "the old file is removed"


def test_while_the_pdf_is_being_made_the_page_says_so(task_queue, client, home_da):
    handbook, _chapters = new_handbook(home_da)  # no commit, so nothing made yet
    soup = soup_of(client.get(handbook.url))
    assert "PDF'en af håndbogen bliver lavet" in soup.select_one(".handbook__pdf").get_text()
    assert client.get(handbook.pdf_url()).status_code == 404


def test_the_pdf_has_every_chapter_in_order_and_the_version_date_on_every_page(
    client, home_da, django_capture_on_commit_callbacks
):
    with (
        time_machine.travel(datetime.datetime(2026, 12, 4, 10, 0, tzinfo=datetime.UTC)),
        django_capture_on_commit_callbacks(execute=True),
    ):
        handbook, _chapters = new_handbook(home_da)
    pages = pdf_pages(handbook)
    assert len(pages) >= 2 + len(TITLES)  # a cover, the contents, a page per chapter
    assert all("Version 4. december 2026" in page for page in pages)
    assert all(
        re.search(rf"\b{number} / {len(pages)}\b", page)
        for number, page in enumerate(pages, start=1)
    )
    chapters_text = "\n".join(pages[2:])
    positions = [chapters_text.index(title) for title in TITLES]
    assert positions == sorted(positions)
    assert all(title in pages[1] for title in TITLES), "the contents lists every chapter"

    soup = soup_of(client.get(handbook.url))
    button = soup.select_one(".handbook__pdf a.button")
    assert button.get_text(strip=True) == "Hent håndbogen som PDF"
    assert button["href"] == handbook.pdf_url()
    meta = soup.select_one(".handbook__pdf-meta").get_text()
    assert "version 4. december 2026" in meta and "kB" in meta


def test_the_demo_playbooks_pdf_has_its_chapter_titles():
    text = "\n".join(pdf_pages(playbook()))
    for chapter in HandbookChapterPage.objects.child_of(playbook()).live():
        assert chapter.title in text


def test_a_private_playbooks_pdf_and_feed_go_only_to_those_who_may_read_it(professional):
    stranger = Client()
    for url in [playbook().pdf_url(), playbook().feed_url(), playbook("en").pdf_url()]:
        response = stranger.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url
        response = professional.get(url)
        assert response.status_code == 200, url
        assert "private" in response["Cache-Control"]
    response = professional.get(playbook().pdf_url())
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_a_public_handbooks_pdf_goes_to_anyone(client):
    response = client.get(concept_description().pdf_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert "public" in response["Cache-Control"]


def test_the_stored_file_has_no_address_of_its_own(client, professional):
    stored = HandbookPdf.objects.get(handbook=playbook())
    assert stored.file.name.startswith("handbooks/")
    assert client.get(f"/media/{stored.file.name}").status_code == 404
    assert professional.get(f"/media/{stored.file.name}").status_code == 404


@pytest.mark.parametrize(
    "tail",
    ["pdf/x/", "pdf/../../etc/passwd", "pdf/%00/", "feed/1/", "pdf/?id=-1", "pdf.pdf", "pdf//"],
)
def test_odd_addresses_under_a_handbook_never_fail(client, tail):
    response = client.get(concept_description().url + tail)
    assert response.status_code in {200, 301, 302, 404}, tail


def test_a_private_template_stays_out_of_a_public_handbook_and_its_pdf(
    client, professional, home_da, django_capture_on_commit_callbacks
):
    private = DocumentFactory(
        title="Intern skabelon", collection=Collection.objects.get(name=PROFESSIONAL_COLLECTION)
    )
    public = DocumentFactory(title="Offentlig skabelon")
    body = [("templates", {"heading": "Skabeloner", "documents": [private, public]})]
    with django_capture_on_commit_callbacks(execute=True):
        handbook, chapters = new_handbook(home_da, titles=["Skabeloner"], body=body)
    text = "\n".join(pdf_pages(handbook))
    assert "Offentlig skabelon" in text
    assert "Intern skabelon" not in text
    assert "Intern skabelon" not in Client().get(chapters[0].url).content.decode()
    assert "Intern skabelon" in professional.get(chapters[0].url).content.decode()


def test_the_pdf_is_made_for_the_least_privileged_reader(home_da):
    public = concept_description()
    assert isinstance(least_reader(public).user, AnonymousUser)
    assert isinstance(least_reader(playbook()).user, LoggedInStranger)
    restricted, _ = new_handbook(home_da, titles=[])
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="hemmeligt"
    )
    assert isinstance(least_reader(restricted).user, AnonymousUser), "a password is no login"


def test_the_pdf_fetcher_reads_only_the_sites_own_files():
    fetcher = SiteFilesOnly("http://localhost/", Reader(AnonymousUser()))
    response = fetcher.fetch("http://localhost/static/home/css/handbook-pdf.css")
    assert b"@page" in response.read()
    for url in [
        "http://example.org/static/home/css/site.css",
        "https://localhost/static/home/css/site.css",
        "file:///etc/passwd",
        "http://localhost/static/../../cms/settings/base.py",
        "http://localhost/media/documents/x.pdf",
        "http://localhost/media/images/missing.jpg",
        "http://localhost/admin/",
    ]:
        with pytest.raises((ValueError, OSError)):
            fetcher.fetch(url)


# The change log


def test_a_change_note_goes_into_the_log_once_and_is_emptied(
    client, handbook, django_capture_on_commit_callbacks
):
    handbook, chapters = handbook
    chapter = chapters[0]
    chapter.change_note = "Ny tjekliste til første gang."
    with django_capture_on_commit_callbacks(execute=True):
        chapter.save_revision().publish()
    change = HandbookChange.objects.get(handbook=handbook)
    assert (change.chapter, change.note) == (chapter.specific, "Ny tjekliste til første gang.")
    chapter.refresh_from_db()
    assert chapter.change_note == ""
    assert chapter.get_latest_revision().content["change_note"] == ""
    # Publishing again without a note adds nothing.
    chapter.get_latest_revision_as_object().save_revision().publish()
    assert HandbookChange.objects.filter(handbook=handbook).count() == 1

    soup = soup_of(client.get(handbook.url))
    entry = soup.select_one(f"#change-{change.pk}")
    assert "Ny tjekliste til første gang." in entry.get_text()
    assert TITLES[0] in entry.get_text()


def test_the_log_is_newest_first_and_a_feed_follows_it(client):
    soup = soup_of(client.get(concept_description().url))
    assert soup.find("link", type="application/atom+xml")["href"] == (
        concept_description().feed_url()
    )
    playbook_page = playbook()
    response = client.get(playbook_page.feed_url())
    assert response.status_code == 302  # private: see the test above
    newest, oldest = HandbookChange.objects.filter(handbook=playbook_page)[:2]
    assert newest.date > oldest.date


def test_the_feed_lists_the_changes_as_atom(professional):
    response = professional.get(playbook().feed_url())
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = BeautifulSoup(response.content, "xml")
    notes = [entry.summary.get_text() for entry in feed.find_all("entry")]
    assert notes == list(
        HandbookChange.objects.filter(handbook=playbook()).values_list("note", flat=True)
    )
    assert len(notes) == 2
    soup = soup_of(professional.get(playbook().url))
    assert [li["id"] for li in soup.select(".changes li")] == [
        f"change-{pk}"
        for pk in HandbookChange.objects.filter(handbook=playbook()).values_list("pk", flat=True)
    ]
