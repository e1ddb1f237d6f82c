"""The text inside uploaded files, for search: PDF, Word, PowerPoint, Excel and OpenDocument.

`extract(document)` reads a document's file and returns `Extraction(state, text, error)`; it
never raises for a bad file. A file larger than FIV_EXTRACT_MAX_MB is not read at all; reading
stops after FIV_EXTRACT_SECONDS (checked between pages, slides, sheets and paragraphs, and by a
timer in the worker's main thread) and after MAX_TEXT_CHARS characters. An encrypted file, a
broken one or one in a format without text is flagged by its state: the document's title stays
searchable whatever happens here.

It runs in the background task `home.tasks.extract_document_text`, never in a request.
"""

import io
import signal
import threading
import time
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from wagtail.documents import get_document_model

from .models import DocumentText
from .params import clean_text

# What a search index holds of one file: PostgreSQL's tsvector takes at most 1 MB.
MAX_TEXT_CHARS = 200_000
# A Word, PowerPoint, Excel or ODF file is a zip archive: the most it may unpack to.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # how a password-protected Office file starts

OK = "ok"
FAILED = "failed"
ENCRYPTED = "encrypted"
TOO_LARGE = "too_large"
UNSUPPORTED = "unsupported"


@dataclass
class Extraction:
    state: str
    text: str = ""
    error: str = ""


class Encrypted(Exception):
    pass


class TooLarge(Exception):
    pass


class TimeUp(Exception):
    pass


class Collector:
    """Gathers text up to MAX_TEXT_CHARS and the deadline; `full` says when to stop reading."""

    def __init__(self, seconds):
        self.deadline = time.monotonic() + seconds
        self.parts = []
        self.length = 0

    def check(self):
        if time.monotonic() >= self.deadline:
            raise TimeUp

    def add(self, text):
        self.check()
        text = clean_text(text, multiline=True) if text else ""
        if text and not self.full:
            self.parts.append(text)
            self.length += len(text) + 1

    @property
    def full(self):
        return self.length >= MAX_TEXT_CHARS

    def text(self):
        return "\n".join(self.parts)[:MAX_TEXT_CHARS]


@contextmanager
def time_limit(seconds):
    """Interrupts a parser stuck inside one page: a timer signal, in the main thread only (the
    worker's); elsewhere the collector's checks between pages are the limit."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def expire(signum, frame):
        raise TimeUp

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _pdf(data, out):
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):  # an owner password only still opens for reading
                raise Encrypted
        except (DependencyError, NotImplementedError) as error:
            raise Encrypted from error
    try:
        for page in reader.pages:
            out.add(page.extract_text())
            if out.full:
                break
    except FileNotDecryptedError as error:
        raise Encrypted from error


def _check_zip(data):
    if data.startswith(OLE_SIGNATURE):
        raise Encrypted  # Office keeps a password-protected file in an OLE container
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
            raise TooLarge


def _docx(data, out):
    import docx

    _check_zip(data)
    document = docx.Document(io.BytesIO(data))
    for paragraph in document.paragraphs:
        out.add(paragraph.text)
        if out.full:
            return
    for table in document.tables:
        for row in table.rows:
            out.add(" ".join(cell.text for cell in row.cells))
            if out.full:
                return


def _pptx(data, out):
    from pptx import Presentation

    _check_zip(data)
    for slide in Presentation(io.BytesIO(data)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                out.add(shape.text_frame.text)
            if getattr(shape, "has_table", False) and shape.has_table:
                for row in shape.table.rows:
                    out.add(" ".join(cell.text for cell in row.cells))
        if slide.has_notes_slide:
            out.add(slide.notes_slide.notes_text_frame.text)
        if out.full:
            return


def _xlsx(data, out):
    from openpyxl import load_workbook

    _check_zip(data)
    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        for sheet in workbook.worksheets:
            out.add(sheet.title)
            for row in sheet.iter_rows(values_only=True):
                out.add(" ".join(str(value) for value in row if value not in (None, "")))
                if out.full:
                    return
    finally:
        workbook.close()


def _odf(data, out):
    from odf import teletype
    from odf import text as odf_text
    from odf.opendocument import load

    _check_zip(data)
    document = load(io.BytesIO(data))
    for element in document.getElementsByType(odf_text.H) + document.getElementsByType(odf_text.P):
        out.add(teletype.extractText(element))
        if out.full:
            return


def _plain(data, out):
    out.add(data.decode("utf-8", errors="replace"))


READERS = {
    "pdf": _pdf,
    "docx": _docx,
    "pptx": _pptx,
    "xlsx": _xlsx,
    "odt": _odf,
    "ods": _odf,
    "odp": _odf,
    "txt": _plain,
    "csv": _plain,
}


def max_bytes():
    return getattr(settings, "FIV_EXTRACT_MAX_MB", 50) * 1024 * 1024


def max_seconds():
    return getattr(settings, "FIV_EXTRACT_SECONDS", 30)


def extract(document):
    """The text of a document's file, or why there is none (see the module's docstring)."""
    reader = READERS.get(document.file_extension.lower())
    if reader is None:
        return Extraction(UNSUPPORTED)
    try:
        size = document.file.size
    except OSError as error:
        return Extraction(FAILED, error=f"The file cannot be read: {error}"[:500])
    if size > max_bytes():
        return Extraction(TOO_LARGE, error=f"{size} bytes")
    out = Collector(max_seconds())
    try:
        with document.open_file() as file:
            data = file.read(max_bytes() + 1)
        if len(data) > max_bytes():
            return Extraction(TOO_LARGE, error=f"over {max_bytes()} bytes")
        with time_limit(max_seconds()):
            reader(data, out)
    except Encrypted:
        return Extraction(ENCRYPTED)
    except TooLarge:
        return Extraction(TOO_LARGE, error="unpacks to too much")
    except TimeUp:
        return Extraction(FAILED, error=f"took longer than {max_seconds()} seconds")
    except Exception as error:  # a broken file is flagged, whatever the parser raised
        return Extraction(FAILED, error=f"{type(error).__name__}: {error}"[:500])
    return Extraction(OK, text=out.text())


def store_text(document_id, force=False):
    """Extracts the document's text into its DocumentText; the state stored, or None for a
    document deleted meanwhile. A file already read (the same hash) is not read again unless
    `force`."""
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:
        return None
    row, _created = DocumentText.objects.get_or_create(document=document)
    file_hash = document.file_hash
    if not force and file_hash and row.file_hash == file_hash and row.state != row.State.PENDING:
        return row.state
    result = extract(document)
    row.state, row.text, row.error = result.state, result.text, result.error
    row.file_hash = file_hash
    row.extracted_at = timezone.now()
    row.save()
    return row.state
