"""A material's zip: built once for each version of the files a reader may open, then reused;
compressed files stored as they are; never a file the reader may not open."""

import datetime
import io
import os
import shutil
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.signals import request_finished
from django.db import close_old_connections
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from home.roles import SECRETARIAT
from library import downloads
from library.models import LibraryIndexPage, MaterialFile, MaterialPage

User = get_user_model()


@pytest.fixture(autouse=True)
def no_kept_zips():
    """Media files outlive the rolled-back database: each test starts with no kept zip."""
    folder = default_storage.path(downloads.ZIP_FOLDER)
    shutil.rmtree(folder, ignore_errors=True)
    yield
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def builds(monkeypatch):
    """Counts how many zips are built."""
    count = []
    build = downloads._build_and_keep

    def counting(*args):
        count.append(1)
        return build(*args)

    monkeypatch.setattr(downloads, "_build_and_keep", counting)
    return count


@pytest.fixture
def material(db):
    library = LibraryIndexPage.objects.get(locale__language_code="da")
    for candidate in MaterialPage.objects.live().child_of(library).order_by("pk"):
        if candidate.files.count() >= 2:
            return candidate
    pytest.fail("the demo has a material with two files")


def kept_zips():
    try:
        return sorted(default_storage.listdir(downloads.ZIP_FOLDER)[1])
    except FileNotFoundError:
        return []


def download(client, material):
    response = client.get(material.url + "download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment;")
    return b"".join(response.streaming_content)


def contents(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        return {
            info.filename: (info.compress_type, archive.read(info)) for info in archive.infolist()
        }


def attach(material, name, content, collection=None):
    document = Document(title=name, collection=collection or Collection.get_first_root_node())
    document.file.save(name, ContentFile(content), save=False)
    document._set_document_file_metadata()
    document.save()
    MaterialFile(page=material, document=document).save()
    return document


@pytest.mark.django_db
def test_a_zip_is_built_once_and_reused(professional, material, builds):
    first = download(professional, material)
    (name,) = kept_zips()
    path = default_storage.path(f"{downloads.ZIP_FOLDER}/{name}")
    built = os.stat(path)

    response = professional.get(material.url + "download/")
    assert int(response["Content-Length"]) == len(first)  # a plain file this time
    assert b"".join(response.streaming_content) == first
    assert len(builds) == 1
    assert kept_zips() == [name]
    assert (os.stat(path).st_ino, os.stat(path).st_mtime_ns) == (built.st_ino, built.st_mtime_ns)

    files = {os.path.basename(item.document.file.name) for item in material.files.all()}
    assert set(contents(first)) == files


@pytest.mark.django_db
def test_a_changed_file_gives_a_new_zip(professional, material, builds):
    download(professional, material)
    document = material.files.first().document
    name_in_zip = os.path.basename(document.file.name)
    document.file.save(name_in_zip, ContentFile(b"%PDF-1.4\n% ny udgave\n"), save=False)
    document._set_document_file_metadata()
    document.save()

    changed = contents(download(professional, material))
    assert len(builds) == 2 and len(kept_zips()) == 2
    new_name = os.path.basename(document.file.name)
    assert changed[new_name][1] == b"%PDF-1.4\n% ny udgave\n"


@pytest.mark.django_db
def test_compressed_formats_are_stored_and_only_plain_ones_deflated(professional, material):
    attach(material, "noter.txt", "Noter fra mødet. ".encode() * 200)
    entries = contents(download(professional, material))
    kinds = {
        os.path.splitext(name)[1]: compress_type for name, (compress_type, _data) in entries.items()
    }
    assert kinds[".txt"] == zipfile.ZIP_DEFLATED
    assert {kinds[extension] for extension in kinds if extension != ".txt"} == {zipfile.ZIP_STORED}


@pytest.mark.django_db
def test_a_zip_never_holds_a_file_the_reader_may_not_open(client, material):
    secret = Collection.get_first_root_node().add_child(name="Kun sekretariatet")
    restriction = CollectionViewRestriction.objects.create(
        collection=secret, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=SECRETARIAT)])
    hidden = attach(material, "budget.pdf", b"%PDF-1.4\n% fortroligt\n", collection=secret)
    hidden_name = os.path.basename(hidden.file.name)

    client.force_login(User.objects.get(username="fagperson"))
    for _ in range(2):  # built, then reused: neither holds the file
        assert hidden_name not in contents(download(client, material))
    client.force_login(User.objects.get(username="sekretariat"))
    assert hidden_name in contents(download(client, material))
    client.force_login(User.objects.get(username="fagperson"))
    assert hidden_name not in contents(download(client, material))
    assert len(kept_zips()) == 2  # one for each set of files

    client.logout()
    response = client.get(material.url + "download/")
    assert response.status_code == 302 and "/log-ind/" in response["Location"]


@pytest.mark.django_db
def test_a_download_broken_off_keeps_no_zip(professional, material):
    response = downloads.zip_response(material, list(material.files.all()))
    next(iter(response.streaming_content))
    # The reader goes away and the server closes the response, which ends the request: keep
    # that from closing the test's database connection, as the test client itself does.
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)
    assert kept_zips() == []
    download(professional, material)
    assert len(kept_zips()) == 1


@pytest.mark.django_db
def test_kept_zips_older_than_a_day_are_removed(professional, material):
    download(professional, material)
    (old,) = kept_zips()
    default_storage.save(f"{downloads.ZIP_FOLDER}/ny.zip", ContentFile(b"PK"))
    # Set by the site's clock, which the tests may have moved (FIV_TEST_DATE).
    for name, age in [
        (old, datetime.timedelta(days=1, minutes=1)),
        ("ny.zip", datetime.timedelta(hours=23)),
    ]:
        moment = (timezone.now() - age).timestamp()
        os.utime(default_storage.path(f"{downloads.ZIP_FOLDER}/{name}"), (moment, moment))

    out = io.StringIO()
    call_command("remove_old_zips", stdout=out)
    assert kept_zips() == ["ny.zip"]
    assert "1" in out.getvalue()
    # The next download builds it again.
    download(professional, material)
    assert sorted(kept_zips()) == sorted(["ny.zip", old])
