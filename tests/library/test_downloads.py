"""Downloads: counted without losses, zipped per material, and private to logged-in users."""

import io
import threading
import zipfile

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.db import connection, connections
from django.urls import reverse
from wagtail.documents.models import Document

from library.models import DownloadCount, LibraryIndexPage, MaterialPage


@pytest.fixture
def material(db):
    library = LibraryIndexPage.objects.get(locale__language_code="da")
    return (
        MaterialPage.objects.live()
        .child_of(library)
        .filter(files__isnull=False)
        .order_by("pk")
        .first()
    )


@pytest.fixture
def material_with_two_files(db):
    library = LibraryIndexPage.objects.get(locale__language_code="da")
    for candidate in MaterialPage.objects.live().child_of(library).order_by("pk"):
        if candidate.files.count() >= 2:
            return candidate
    pytest.fail("the demo has a material with two files")


def download_count(document):
    row = DownloadCount.objects.filter(document=document).first()
    return row.count if row else 0


@pytest.mark.django_db
def test_each_download_is_counted(professional, material):
    document = material.files.first().document
    before = download_count(document)  # the demo has counted some already
    for _ in range(3):
        response = professional.get(document.url)
        assert response.status_code == 200
        b"".join(response.streaming_content)
    assert download_count(document) == before + 3


@pytest.mark.django_db
def test_a_refused_download_is_not_counted(client, material):
    document = material.files.first().document
    before = download_count(document)
    assert client.get(document.url).status_code == 302
    assert download_count(document) == before


@pytest.mark.django_db
def test_stale_copies_do_not_lose_counts(material):
    document = material.files.first().document
    DownloadCount.objects.filter(document=document).delete()
    DownloadCount.increment(document)
    first, second = (
        DownloadCount.objects.get(document=document),
        DownloadCount.objects.get(document=document),
    )
    DownloadCount.increment(first.document)
    DownloadCount.increment(second.document)
    assert download_count(document) == 3


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite serialises writers anyway")
def test_concurrent_downloads_all_count():
    document = Document(title="Samtidig")
    document.file.save("samtidig.pdf", ContentFile(b"%PDF-1.4"), save=False)
    document.save()
    barrier = threading.Barrier(8)

    def download():
        barrier.wait()
        for _ in range(25):
            DownloadCount.increment(document)
        connections.close_all()

    threads = [threading.Thread(target=download) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert download_count(document) == 200


@pytest.mark.django_db
def test_download_all_files_as_a_zip(professional, material_with_two_files):
    response = professional.get(material_with_two_files.url + "download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    assert len(names) == material_with_two_files.files.count()
    for name in names:
        content = archive.read(name)
        assert content.startswith(b"%PDF-") or content.startswith(b"PK")


@pytest.mark.django_db
def test_files_and_zip_stay_private(client, material_with_two_files):
    response = client.get(material_with_two_files.url + "download/")
    assert response.status_code == 302 and "/log-ind/" in response["Location"]
    for material_file in material_with_two_files.files.all():
        document = material_file.document
        assert "/log-ind/" in client.get(document.url)["Location"]
        # The raw address sends a stranger to log in, never to the file's serve view.
        raw = client.get(document.file.url)["Location"]
        assert raw.startswith("/log-ind/") and document.url not in raw


@pytest.mark.django_db
def test_my_contributions_shows_how_often_each_published_material_was_downloaded(contributor):
    """The demo contributor (Aarhus) sees the downloads of their municipality's live materials,
    one download later one more, and none for what is not published."""

    def downloads():
        soup = BeautifulSoup(contributor.get(reverse("my_contributions")).content, "html.parser")
        return {
            row.th.get_text(strip=True): row.select_one(".contributions__downloads").get_text(
                strip=True
            )
            for row in soup.select("tr[data-status]")
        }

    published = MaterialPage.objects.get(title="Invitation til fædremøde i Aarhus")
    before = downloads()
    assert before[published.title] == "14"  # the demo's count
    assert before["Tjekliste til det første hjemmebesøg efter kurset"] == ""  # a draft
    document = published.files.first().document
    b"".join(contributor.get(document.url).streaming_content)
    assert downloads()[published.title] == "15"
