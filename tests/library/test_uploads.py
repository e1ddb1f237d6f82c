"""Uploads that cannot take the site down: zips judged by their table of contents without being
unpacked, one request and one person's day capped, and the files of forms never finished
removed a day later."""

import datetime
import io
import struct
import tracemalloc
import zipfile
import zlib
from zoneinfo import ZoneInfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.core.management import call_command
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from wagtail.documents import get_document_model

from home.demo.files import make_docx
from library.demo.contributions import CONTRIBUTIONS
from library.models import MaterialPage
from library.uploads import check_upload
from tests.library.contributions import (
    contribution_data,
    file_errors,
    kept_token,
    listed_titles,
    pdf,
    user,
)

Document = get_document_model()
MB = 1024 * 1024
COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def page(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def refusal(name, content):
    """The ValidationError check_upload raises for the file, or None if it is accepted."""
    try:
        check_upload(SimpleUploadedFile(name, content))
    except ValidationError as error:
        return error
    return None


def peak_memory(name, content):
    """(what check_upload says, the most memory it held at once while judging the file)."""
    uploaded = SimpleUploadedFile(name, content)
    tracemalloc.start()
    try:
        try:
            check_upload(uploaded)
            result = None
        except ValidationError as error:
            result = error
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# Zip files, built here: real ones and forged ones.


def docx_with(extra, title="Rapport", compression=zipfile.ZIP_DEFLATED):
    """A real Word document with extra entries {name: bytes} inside."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(make_docx(title, ["Tekst."]))) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename))
        for name, content in extra.items():
            target.writestr(name, content, compress_type=compression)
    return out.getvalue()


def xlsx(extra=None):
    """A workbook as PowerPoint and Word embed it for a chart's figures."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return out.getvalue()


def deflated_zeros(megabytes):
    """A raw deflate stream that unpacks to `megabytes` MiB of zeros, made without ever holding
    them: after a full flush, each further MiB of zeros compresses to the same 1 KB."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(bytes(MB)) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(bytes(MB)) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert again == first
    return first * megabytes + compressor.flush()


def forged_zip(entries):
    """A zip written byte by byte from (name, packed data, declared size, crc) tuples, deflated.

    With it, an entry can really unpack to gigabytes while the file stays a few megabytes.
    """
    out = io.BytesIO()
    directory = []
    for name, data, size, crc in entries:
        encoded = name.encode()
        offset = out.tell()
        out.write(
            struct.pack(
                "<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0
            )
        )
        out.write(encoded + data)
        directory.append(
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                20,
                0,
                8,
                0,
                0x21,
                crc,
                len(data),
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + encoded
        )
    start = out.tell()
    out.write(b"".join(directory))
    out.write(
        struct.pack(
            "<4s4H2LH",
            b"PK\x05\x06",
            0,
            0,
            len(entries),
            len(entries),
            out.tell() - start,
            start,
            0,
        )
    )
    return out.getvalue()


def deflated(content):
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(content) + compressor.flush()


def small_entry(name, content):
    return (name, deflated(content), len(content), zlib.crc32(content))


def docx_bomb():
    """A Word document of 3 MB whose text unpacks to 3 GiB of zeros. Its checksum is left
    unset: computing it would mean unpacking the gigabytes, the very thing not to do."""
    return forged_zip(
        [
            small_entry("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", deflated_zeros(3 * 1024), 3 * 1024 * MB, 0),
        ]
    )


def odt_bomb():
    """The same as an ODF text, whose `mimetype` entry the old check read in full."""
    return forged_zip(
        [
            ("mimetype", deflated_zeros(3 * 1024), 3 * 1024 * MB, 0),
            small_entry("content.xml", b"<office:document-content/>"),
        ]
    )


@pytest.mark.parametrize(("name", "bomb"), [("rapport.docx", docx_bomb), ("referat.odt", odt_bomb)])
def test_a_zip_bomb_is_refused_without_being_unpacked(name, bomb):
    content = bomb()
    assert len(content) < 4 * MB
    error, peak = peak_memory(name, content)
    assert error is not None and error.code == "expands"
    assert name in error.messages[0]
    assert peak < MB  # it unpacks to 3 GiB


def test_a_tightly_packed_part_is_refused_even_when_the_whole_is_small():
    content = docx_with({"word/media/tomt.bin": bytes(20 * MB)})  # packs 1000 to one
    assert len(content) < MB
    assert refusal("rapport.docx", content).code == "expands"


def test_a_zip_that_unpacks_to_more_than_the_limit_in_all_is_refused(settings):
    settings.FIV_UPLOAD_ZIP_MAX_EXPANDED_MB = 1
    ordinary = docx_with(
        {f"word/media/billede{number}.png": bytes(300 * 1024) for number in range(4)}
    )
    assert refusal("rapport.docx", ordinary).code == "expands"
    settings.FIV_UPLOAD_ZIP_MAX_EXPANDED_MB = 2
    assert refusal("rapport.docx", ordinary) is None


def test_an_odf_file_is_recognised_from_the_first_bytes_of_its_mimetype(settings):
    """The media type is read from the entry's stream, a hundred bytes, however long it is."""
    settings.FIV_UPLOAD_ZIP_MAX_RATIO = 10_000
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        info = zipfile.ZipInfo("mimetype")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w") as entry:
            entry.write(b"application/vnd.oasis.opendocument.text")
            for _ in range(64):
                entry.write(b" " * MB)
        archive.writestr("content.xml", "<office:document-content/>")
    error, peak = peak_memory("referat.odt", out.getvalue())
    assert error is None
    assert peak < MB  # the entry holds 64 MiB


def test_a_zip_with_too_many_parts_is_refused(settings):
    settings.FIV_UPLOAD_ZIP_MAX_ENTRIES = 50
    parts = {f"word/media/del{number}.xml": b"<x/>" for number in range(47)}
    error = refusal("mange.docx", docx_with(parts))  # 3 + 47 parts: as many as allowed
    assert error is None
    parts["word/media/en-for-meget.xml"] = b"<x/>"
    error = refusal("mange.docx", docx_with(parts))
    assert error.code == "entries"
    assert "mange.docx" in error.messages[0] and "50" in error.messages[0]


def test_a_forged_table_of_contents_costs_no_more_than_its_cap(settings):
    """ZipFile makes an object of every entry in the table: 20,000 of them would take some
    10 MB. The table is refused by its size before ZipFile reads it."""
    settings.FIV_UPLOAD_ZIP_MAX_ENTRIES = 100
    content = forged_zip([small_entry(f"{number}", b"") for number in range(20_000)])
    error, peak = peak_memory("tabel.docx", content)
    assert error.code == "entries"
    assert peak < MB


@pytest.mark.parametrize(
    "inner", ["word/media/pakke.zip", "word/embeddings/arkiv.7z", "bilag.tar.gz"]
)
def test_an_archive_inside_a_document_is_refused(inner):
    error = refusal("rapport.docx", docx_with({inner: b"PK\x03\x04 hvad som helst"}))
    assert error.code == "nested"
    assert "rapport.docx" in error.messages[0] and inner in error.messages[0]


def test_a_chart_workbook_inside_a_document_is_accepted_but_judged_too():
    """A chart in Word or PowerPoint keeps its figures in an embedded workbook: that is fine,
    but the workbook is held to the same limits and may embed nothing zipped itself."""
    chart = "word/embeddings/Microsoft_Excel_Worksheet.xlsx"
    assert refusal("diagram.docx", docx_with({chart: xlsx()})) is None

    inner = xlsx({"xl/embeddings/endnu.docx": make_docx("Indeni", ["igen"])})
    error = refusal("diagram.docx", docx_with({chart: inner}))
    assert error.code == "nested"
    assert f"{chart}/xl/embeddings/endnu.docx" in error.messages[0]

    hidden_bomb = forged_zip(
        [
            small_entry("xl/workbook.xml", b"<workbook/>"),
            ("xl/sheet.xml", deflated_zeros(2 * 1024), 2 * 1024 * MB, 0),
        ]
    )
    # Stored as it is, so that the document itself packs nothing tightly: only the workbook does.
    document = docx_with({chart: hidden_bomb}, compression=zipfile.ZIP_STORED)
    assert refusal("diagram.docx", document).code == "expands"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("brudt.docx", b"PK\x03\x04" + bytes(200)),
        ("halv.docx", make_docx("Halv", ["afbrudt undervejs"])[:-40]),
        # The checksum does not match what the entry unpacks to.
        ("rod.odt", forged_zip([(*small_entry("mimetype", b"application/x")[:3], 0)])),
    ],
)
def test_a_damaged_zip_is_refused_with_a_message_naming_it(name, content):
    error = refusal(name, content)
    assert error.code == "damaged"
    assert f"»{name}« er beskadiget" in error.messages[0]


def test_a_password_protected_office_file_is_named_as_such():
    error = refusal("hemmelig.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert error.code == "password"
    assert "adgangskode" in error.messages[0]


@pytest.mark.django_db
def test_a_refused_zip_keeps_what_was_typed_and_the_files_that_were_accepted(contributor, aarhus):
    documents = Document.objects.count()
    soup = page(
        contributor.post(
            reverse("contribute"),
            contribution_data(
                "Pjece om søvn",
                aarhus,
                files=[pdf("pjece.pdf"), SimpleUploadedFile("bombe.docx", docx_bomb())],
            ),
        )
    )
    (error,) = file_errors(soup)
    assert "bombe.docx" in error
    assert soup.select_one("input[name=title]")["value"] == "Pjece om søvn"
    assert listed_titles(soup) == ["Pjece"]
    assert Document.objects.count() == documents + 1
    assert not MaterialPage.objects.filter(title="Pjece om søvn").exists()


# One request.


class RecordingHandler(FileUploadHandler):
    """Stands where the files are stored (after the size limit) and notes what reaches it."""

    received = []

    def receive_data_chunk(self, raw_data, start):
        RecordingHandler.received.append((self.file_name, len(raw_data)))
        return raw_data

    def file_complete(self, file_size):
        return None


@pytest.fixture
def recorded(settings):
    settings.FILE_UPLOAD_HANDLERS = [
        "library.uploads.RequestSizeLimitHandler",
        "tests.library.test_uploads.RecordingHandler",
        *settings.FILE_UPLOAD_HANDLERS[1:],
    ]
    RecordingHandler.received = []
    return RecordingHandler.received


def padded_pdf(name, size):
    return SimpleUploadedFile(name, b"%PDF-1.4\n" + b"%" * (size - 9))


@pytest.mark.django_db
def test_a_request_over_the_limit_stores_nothing_and_says_why(
    contributor, aarhus, settings, recorded
):
    # A first try leaves one accepted file in the form.
    soup = page(
        contributor.post(
            reverse("contribute"), contribution_data("", aarhus, files=[pdf("plan.pdf")])
        )
    )
    assert listed_titles(soup) == ["Plan"]
    token = kept_token(soup)
    recorded.clear()

    settings.FIV_UPLOAD_REQUEST_MAX_MB = 1
    documents = Document.objects.count()
    data = contribution_data("Forløb for fædre", aarhus, kept_files=token)
    # As a browser sends it: the fields first, in the order of the form, then the files.
    data["new_file_1"] = padded_pdf("del1.pdf", 600 * 1024)
    data["new_file_2"] = padded_pdf("del2.pdf", 600 * 1024)
    soup = page(contributor.post(reverse("contribute"), data))

    (error,) = file_errors(soup)
    assert f"højst fylde {filesizeformat(MB)}" in error
    assert soup.select_one("input[name=title]")["value"] == "Forløb for fædre"
    assert listed_titles(soup) == ["Plan"]  # accepted before: still kept
    assert recorded == []  # not a byte of the files reached the handlers that store them
    assert Document.objects.count() == documents
    assert not MaterialPage.objects.filter(title="Forløb for fædre").exists()

    settings.FIV_UPLOAD_REQUEST_MAX_MB = 2
    del data["new_file_2"]
    response = contributor.post(
        reverse("contribute"), data | {"new_file_1": padded_pdf("del1.pdf", 600 * 1024)}
    )
    assert response.status_code == 302
    titles = {
        item.document.title
        for item in MaterialPage.objects.get(title="Forløb for fædre").files.all()
    }
    assert titles == {"Plan", "Del1"}


@pytest.mark.django_db
def test_form_text_over_the_limit_gets_a_danish_page_not_a_server_error(
    contributor, aarhus, settings
):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = contributor.post(
        reverse("contribute"), contribution_data("Lang", aarhus, description="ord " * 5000)
    )
    assert response.status_code == 400
    text = BeautifulSoup(response.content, "html.parser").get_text()
    assert "Det du sendte, kunne ikke modtages" in text and "for store" in text
    assert not MaterialPage.objects.filter(title="Lang").exists()


# One person's day.


@pytest.mark.django_db
def test_one_person_can_upload_only_so_much_a_day_counted_in_copenhagen(
    contributor, aarhus, settings
):
    settings.FIV_UPLOAD_DAILY_MB = 1
    kommune = user("kommune")

    def send(name):
        contributor.force_login(kommune)  # a session of the travelled-to day
        soup = page(
            contributor.post(
                reverse("contribute"),
                contribution_data("", aarhus, files=[padded_pdf(name, 600 * 1024)]),
            )
        )
        return file_errors(soup), set(listed_titles(soup))

    evening = datetime.datetime(2027, 11, 14, 23, 40, tzinfo=COPENHAGEN)  # 22:40 UTC
    with time_machine.travel(evening, tick=False):
        assert send("aften.pdf") == ([], {"Aften"})
    with time_machine.travel(evening + datetime.timedelta(minutes=15), tick=False):
        errors, listed = send("sent.pdf")
        (error,) = errors
        assert "sent.pdf" in error and f"højst uploade {filesizeformat(MB)} om dagen" in error
        assert not listed
        assert not Document.objects.filter(uploaded_by_user=kommune, title="Sent").exists()
    # Midnight in Copenhagen, still the same day in UTC: a new day's allowance.
    with time_machine.travel(evening + datetime.timedelta(minutes=25), tick=False):
        assert send("nat.pdf") == ([], {"Nat"})


# The files of forms never finished.


def upload_and_leave(client, municipality, name):
    """Send the form with a file but no title: the file is kept, the form not finished."""
    client.force_login(user("kommune"))  # a session of the travelled-to day
    soup = page(
        client.post(reverse("contribute"), contribution_data("", municipality, files=[pdf(name)]))
    )
    return kept_token(soup)


@pytest.mark.django_db
def test_a_kept_file_is_kept_for_a_day_from_its_upload(contributor, aarhus):
    start = datetime.datetime(2031, 3, 10, 10, 0, tzinfo=COPENHAGEN)
    with time_machine.travel(start, tick=False):
        token = upload_and_leave(contributor, aarhus, "plan.pdf")
    with time_machine.travel(start + datetime.timedelta(hours=23), tick=False):
        contributor.force_login(user("kommune"))
        soup = page(
            contributor.post(reverse("contribute"), contribution_data("", aarhus, kept_files=token))
        )
        assert listed_titles(soup) == ["Plan"]
        token = kept_token(soup)  # signed anew, but the file's day still ends at 10:00
    with time_machine.travel(start + datetime.timedelta(hours=25), tick=False):
        contributor.force_login(user("kommune"))
        soup = page(
            contributor.post(
                reverse("contribute"), contribution_data("Sent", aarhus, kept_files=token)
            )
        )
        assert listed_titles(soup) == []
        (error,) = file_errors(soup)
        assert "mere end et døgn siden" in error
        assert not MaterialPage.objects.filter(title="Sent").exists()


@pytest.mark.django_db
def test_uploads_of_unfinished_forms_are_removed_after_a_day_and_nothing_else(
    client, aarhus, django_capture_on_commit_callbacks
):
    start = datetime.datetime(2031, 3, 10, 10, 0, tzinfo=COPENHAGEN)
    published = MaterialPage.objects.get(
        title=next(c["title"] for c in CONTRIBUTIONS if c["state"] == "published")
    )
    with time_machine.travel(start, tick=False):
        upload_and_leave(client, aarhus, "glemt.pdf")
        # Sent: the new material's files.
        assert (
            client.post(
                reverse("contribute"), contribution_data("Sendt", aarhus, files=[pdf("sendt.pdf")])
            ).status_code
            == 302
        )
        # Added to a published material as a draft: only the draft's revision knows the file.
        edit = contribution_data(published.title, aarhus, files=[pdf("udkast.pdf")], save_draft="")
        assert (
            client.post(reverse("edit_contribution", args=[published.pk]), edit).status_code == 302
        )
        # Uploaded in the admin and not used yet: not the form's to remove.
        admin_upload = Document(title="admin", uploaded_by_user=user("sekretariat"))
        admin_upload.file.save("admin.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
        admin_upload.save()
    with time_machine.travel(start + datetime.timedelta(hours=24, minutes=30), tick=False):
        upload_and_leave(client, aarhus, "frisk.pdf")  # within its day
    forgotten = Document.objects.get(title="Glemt")
    assert not published.files.filter(document__title="Udkast").exists()

    with time_machine.travel(start + datetime.timedelta(hours=26), tick=False):
        out = io.StringIO()
        call_command("remove_abandoned_uploads", "--dry-run", stdout=out)
        assert forgotten.file.name in out.getvalue()
        assert Document.objects.filter(pk=forgotten.pk).exists()
        with django_capture_on_commit_callbacks(execute=True):
            call_command("remove_abandoned_uploads", stdout=io.StringIO())

    assert not Document.objects.filter(pk=forgotten.pk).exists()
    assert not default_storage.exists(forgotten.file.name)
    remaining = set(
        Document.objects.filter(title__in=["Sendt", "Udkast", "admin", "Frisk"]).values_list(
            "title", flat=True
        )
    )
    assert remaining == {"Sendt", "Udkast", "admin", "Frisk"}
    draft = MaterialPage.objects.get(pk=published.pk).get_latest_revision_as_object()
    assert [
        item.document.title for item in draft.files.all() if item.document.title == "Udkast"
    ] == ["Udkast"]
