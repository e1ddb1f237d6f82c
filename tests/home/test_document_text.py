"""The text inside uploaded files: read in the background, stored, flagged when unreadable."""

import io

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from odf.opendocument import OpenDocumentPresentation, OpenDocumentSpreadsheet, OpenDocumentText
from odf.text import P
from openpyxl import Workbook
from pptx import Presentation
from pypdf import PdfReader, PdfWriter
from wagtail.documents import get_document_model
from wagtail.models import Collection

from home.demo.files import make_pdf
from home.factories import DocumentFactory
from home.models import DocumentText
from tests.people import new_user

pytestmark = pytest.mark.django_db

WORD = "Sutteflaskeprogrammet"


def pdf_bytes(text=WORD):
    return make_pdf("Titel", [f"Et afsnit om {text} og søvn."])


def docx_bytes(text=WORD):
    document = docx.Document()
    document.add_heading("Titel", level=1)
    document.add_paragraph(f"Et afsnit om {text}.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Tabelcelle"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pptx_bytes(text=WORD):
    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])
    slide.shapes.title.text = "Dias om forældre"
    slide.placeholders[1].text = f"Punkt om {text}"
    out = io.BytesIO()
    presentation.save(out)
    return out.getvalue()


def xlsx_bytes(text=WORD):
    workbook = Workbook()
    workbook.active.append(["Emne", text])
    workbook.active.append([2026, 12.5])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def odf_bytes(document_class, text=WORD):
    document = document_class()
    paragraph = P(text=f"Et afsnit om {text}.")
    if document_class is OpenDocumentText:
        document.text.addElement(paragraph)
    elif document_class is OpenDocumentSpreadsheet:
        from odf.table import Table, TableCell, TableRow

        table, row, cell = Table(name="Ark"), TableRow(), TableCell()
        cell.addElement(paragraph)
        row.addElement(cell)
        table.addElement(row)
        document.spreadsheet.addElement(table)
    else:
        from odf.draw import Frame, Page, TextBox
        from odf.style import MasterPage, PageLayout

        layout = PageLayout(name="layout")
        document.automaticstyles.addElement(layout)
        master = MasterPage(name="master", pagelayoutname=layout)
        document.masterstyles.addElement(master)
        page, frame, box = Page(masterpagename=master), Frame(), TextBox()
        box.addElement(paragraph)
        frame.addElement(box)
        page.addElement(frame)
        document.presentation.addElement(page)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def encrypted_pdf_bytes():
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(pdf_bytes())))
    writer.encrypt(user_password="hemmelig", owner_password="ejer", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def upload(filename, content, title="Et dokument", **fields):
    return DocumentFactory(title=title, filename=filename, content=content, **fields)


@pytest.mark.parametrize(
    "filename, content",
    [
        ("fil.pdf", pdf_bytes),
        ("fil.docx", docx_bytes),
        ("fil.pptx", pptx_bytes),
        ("fil.xlsx", xlsx_bytes),
        ("fil.odt", lambda: odf_bytes(OpenDocumentText)),
        ("fil.ods", lambda: odf_bytes(OpenDocumentSpreadsheet)),
        ("fil.odp", lambda: odf_bytes(OpenDocumentPresentation)),
    ],
)
def test_the_text_of_each_format_is_read_and_found(
    filename, content, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = upload(filename, content())

    row = DocumentText.objects.get(document=document)
    assert row.state == DocumentText.State.OK
    assert WORD in row.text
    assert row.extracted_at is not None
    assert list(DocumentText.objects.search(WORD.lower())) == [row]


@pytest.mark.parametrize(
    "content, state",
    [
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog broken beyond repair", DocumentText.State.FAILED),
        (encrypted_pdf_bytes(), DocumentText.State.ENCRYPTED),
        # A password-protected Word file is an OLE container, not a zip.
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, DocumentText.State.ENCRYPTED),
    ],
    ids=["broken pdf", "encrypted pdf", "encrypted docx"],
)
def test_an_unreadable_file_is_flagged_and_its_title_still_found(
    content, state, django_capture_on_commit_callbacks
):
    filename = "fil.docx" if content.startswith(b"\xd0") else "fil.pdf"
    with django_capture_on_commit_callbacks(execute=True):
        document = upload(filename, content, title="Hemmelighedsfuld referatskabelon")

    row = DocumentText.objects.get(document=document)
    assert row.state == state
    assert row.text == ""
    if state == DocumentText.State.FAILED:
        assert row.error
    assert list(DocumentText.objects.search("referatskabelon")) == [row]


def test_a_file_over_the_size_limit_is_not_read(settings, django_capture_on_commit_callbacks):
    settings.FIV_EXTRACT_MAX_MB = 0
    with django_capture_on_commit_callbacks(execute=True):
        document = upload("fil.pdf", pdf_bytes())

    row = DocumentText.objects.get(document=document)
    assert (row.state, row.text) == (DocumentText.State.TOO_LARGE, "")


def test_reading_stops_at_the_time_limit(settings, django_capture_on_commit_callbacks):
    settings.FIV_EXTRACT_SECONDS = 0
    with django_capture_on_commit_callbacks(execute=True):
        document = upload("fil.docx", docx_bytes())

    row = DocumentText.objects.get(document=document)
    assert row.state == DocumentText.State.FAILED
    assert "longer than" in row.error


def test_a_format_without_text_is_flagged(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = upload("billede.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, title="Plakat")

    assert DocumentText.objects.get(document=document).state == DocumentText.State.UNSUPPORTED


def test_the_upload_request_ends_before_the_text_is_read(
    client,
    task_queue,
    django_capture_on_commit_callbacks,
):
    editor = new_user("redaktoer", is_superuser=True)
    client.force_login(editor)
    root = Collection.get_first_root_node()
    file = SimpleUploadedFile("plan.pdf", pdf_bytes(), content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/documents/add/",
            {"title": "Plan for familiemødet", "file": file, "collection": root.pk},
        )
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Plan for familiemødet")
    row = DocumentText.objects.get(document=document)
    assert (row.state, row.text) == (DocumentText.State.PENDING, "")
    assert list(DocumentText.objects.search("familiemødet")) == [row]  # by its title already

    assert task_queue.drain() == 1
    row.refresh_from_db()
    assert row.state == DocumentText.State.OK
    assert WORD in row.text


def test_moving_a_document_to_another_collection_does_not_read_it_again(
    task_queue,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        document = upload("fil.pdf", pdf_bytes())
    task_queue.drain()
    with django_capture_on_commit_callbacks(execute=True):
        document.save(update_fields=["collection"])
    assert task_queue.drain() == 0


def test_the_command_reads_every_document_again(django_capture_on_commit_callbacks):
    document = upload("fil.pdf", pdf_bytes())  # saved without its commit: never read
    assert DocumentText.objects.get(document=document).state == DocumentText.State.PENDING

    call_command("extract_document_text", stdout=io.StringIO())

    assert DocumentText.objects.get(document=document).state == DocumentText.State.OK
    assert not DocumentText.objects.filter(state=DocumentText.State.PENDING).exists()


def test_the_demo_documents_are_read():
    """Demo documents are read when the demo is loaded (their save is committed at once)."""
    assert DocumentText.objects.filter(state=DocumentText.State.OK).count() >= 10
