"""Checks for files that contributors upload through the site.

A file is accepted by what it is, not only by its name: each allowed extension names the
signature its content must carry, so a text file renamed to `.pdf` is refused. The messages
name the file and the reason, in the contributor's language.

Word, PowerPoint, Excel and ODF files are zip archives, and a zip can be made to cost the server
far more than its size. So a zip is judged from its table of contents alone, and its table may
not be larger than an ordinary document's: it may hold at most `FIV_UPLOAD_ZIP_MAX_ENTRIES`
parts, unpacking to at most `FIV_UPLOAD_ZIP_MAX_EXPANDED_MB` in all, none of them packed more
tightly than `FIV_UPLOAD_ZIP_MAX_RATIO` to one. Nothing is unpacked to judge it, except the first
bytes of an ODF file's `mimetype`, read from the entry's stream.

A zip inside the zip (.zip, .7z, .jar ...) is refused. An Office or ODF file inside another is
not: a chart in a presentation or a Word document keeps its figures in an embedded workbook, so
refusing those would refuse most presentations with a chart. Such an embedded file is judged
by the same limits, and may hold no packed file of its own.

The upload handler at the end caps what one request may send at all; `daily_allowance_left`
caps what one person may store in a day.
"""

import datetime
import os
import re
import shutil
import struct
import tempfile
import zipfile
import zlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.db.models import Sum
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from home.params import clean_text

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word, Excel and PowerPoint before 2007, or encrypted
MB = 1024 * 1024

# extension: (what to call it, how to recognise it)
FORMATS = {
    "pdf": ("PDF", "pdf"),
    "doc": ("Word", "ole2"),
    "docx": ("Word", "word/document.xml"),
    "ppt": ("PowerPoint", "ole2"),
    "pptx": ("PowerPoint", "ppt/presentation.xml"),
    "xls": ("Excel", "ole2"),
    "xlsx": ("Excel", "xl/workbook.xml"),
    "odt": ("ODF", "application/vnd.oasis.opendocument.text"),
    "ods": ("ODF", "application/vnd.oasis.opendocument.spreadsheet"),
    "odp": ("ODF", "application/vnd.oasis.opendocument.presentation"),
    "jpg": ("JPEG", "jpeg"),
    "jpeg": ("JPEG", "jpeg"),
    "png": ("PNG", "png"),
    "mp4": ("MP4", "mp4"),
}
ALLOWED_EXTENSIONS = sorted(FORMATS)

# Packed files that may never travel inside a document.
ARCHIVE_EXTENSIONS = frozenset(
    "7z apk arj bz2 cab dmg ear epub gz ipa iso jar lha lz lzh lzma rar tar tbz tbz2 tgz txz "
    "war xz z zip zst".split()
)
# Office and ODF files, which may be embedded once in another (see the module's docstring).
EMBEDDABLE_EXTENSIONS = frozenset(
    "docm docx dotm dotx odc odf odg odp ods odt potm potx ppsm ppsx pptm pptx sldx vsdx xlsb "
    "xlsm xlsx xltm xltx".split()
)
# A part this small cannot hurt however tightly it is packed; empty ones often are.
RATIO_FREE_SIZE = MB
# The most a zip's table of contents may take per entry; a real one takes 50 to 150 bytes.
DIRECTORY_BYTES_PER_ENTRY = 256
EMBEDDED_COPY_CHUNK = 64 * 1024


def max_upload_size():
    return settings.FIV_UPLOAD_MAX_MB * MB


def max_request_size():
    return settings.FIV_UPLOAD_REQUEST_MAX_MB * MB


def daily_upload_limit():
    return settings.FIV_UPLOAD_DAILY_MB * MB


def allowed_formats_text():
    return ", ".join(dict.fromkeys(name for name, _signature in FORMATS.values()))


def extension(name):
    return os.path.splitext(name)[1].lstrip(".").lower()


DOCUMENT_TITLE_LENGTH = 255  # Wagtail's Document.title


def title_from_file_name(name):
    """A title readers can read, made from a file's name where no title is given:
    without its ending, with dashes and underscores as spaces and the first letter capital.
    "plan_for_forloeb-2026.pdf" gives "Plan for forloeb 2026"; a name with nothing left
    ("_.pdf") gives "File", never the bare name."""
    stem = os.path.splitext(os.path.basename(name or ""))[0]
    text = clean_text(re.sub(r"[-_]+", " ", stem), max_length=DOCUMENT_TITLE_LENGTH)
    return text[:1].upper() + text[1:] if text else _("File")


def _head(uploaded, size=32):
    uploaded.seek(0)
    head = uploaded.read(size)
    uploaded.seek(0)
    return head


class _Refused(Exception):
    """Why a zip may not be shared: a message code and what the message names."""

    def __init__(self, code, **params):
        super().__init__(code)
        self.code = code
        self.params = params


class _CappedReads:
    """A file in which no single read may exceed `limit` bytes.

    ZipFile loads a zip's table of contents (its central directory) with one read of the size
    the zip declares, and makes an object of every entry in it: with this cap a forged table
    costs at most `limit` bytes of memory before its entries are counted.
    """

    def __init__(self, file, limit):
        self._file = file
        self._limit = limit

    def read(self, size=-1):
        if size is None or size < 0:
            position = self._file.tell()
            size = self._file.seek(0, os.SEEK_END) - position
            self._file.seek(position)
        if size > self._limit:
            raise _Refused("entries")
        return self._file.read(size)

    def seek(self, offset, whence=os.SEEK_SET):
        return self._file.seek(offset, whence)

    def tell(self):
        return self._file.tell()

    def seekable(self):
        return True


def _inspect_zip(file, depth=0):
    """The names in the zip and the start of its `mimetype` entry; raise _Refused if the zip
    is damaged, or would unpack to more than a document ever does."""
    max_entries = settings.FIV_UPLOAD_ZIP_MAX_ENTRIES
    # ZipFile reads the last 64 KiB of a zip in one go to find the table: allow that much.
    limit = max(max_entries * DIRECTORY_BYTES_PER_ENTRY, 128 * 1024)
    file.seek(0)
    try:
        with zipfile.ZipFile(_CappedReads(file, limit)) as archive:
            entries = archive.infolist()
            _check_entries(entries, depth)
            embedded = [e for e in entries if extension(e.filename) in EMBEDDABLE_EXTENSIONS]
            # Looking into them means unpacking them: at most one upload's worth in all.
            if sum(entry.file_size for entry in embedded) > max_upload_size():
                raise _Refused("expands")
            for entry in embedded:
                _inspect_embedded(archive, entry)
            names = {entry.filename for entry in entries}
            mimetype = b""
            if "mimetype" in names:
                with archive.open("mimetype") as stream:
                    mimetype = stream.read(100)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, struct.error, zlib.error) as error:
        raise _Refused("damaged") from error
    except (NotImplementedError, RuntimeError) as error:  # unknown packing, or a password
        raise _Refused("content") from error
    finally:
        file.seek(0)
    return names, mimetype


def _check_entries(entries, depth):
    if len(entries) > settings.FIV_UPLOAD_ZIP_MAX_ENTRIES:
        raise _Refused("entries")
    if sum(entry.file_size for entry in entries) > settings.FIV_UPLOAD_ZIP_MAX_EXPANDED_MB * MB:
        raise _Refused("expands")
    for entry in entries:
        if entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _Refused("content")  # Office and ODF only store or deflate
        packed = max(entry.compress_size, 1)
        if (
            entry.file_size > RATIO_FREE_SIZE
            and entry.file_size > packed * settings.FIV_UPLOAD_ZIP_MAX_RATIO
        ):
            raise _Refused("expands")
        inner = extension(entry.filename)
        if inner in ARCHIVE_EXTENSIONS or (depth and inner in EMBEDDABLE_EXTENSIONS):
            raise _Refused("nested", inner=Truncator(entry.filename).chars(80))


def _inspect_embedded(archive, entry):
    """Judge an Office or ODF file inside another by the same limits, one level deep."""
    with (
        archive.open(entry) as stream,
        tempfile.SpooledTemporaryFile(max_size=MB) as copy,
    ):
        # The stream ends at the entry's declared size, which has passed the limits above.
        shutil.copyfileobj(stream, copy, EMBEDDED_COPY_CHUNK)
        try:
            _inspect_zip(copy, depth=1)
        except _Refused as refusal:
            if refusal.code == "nested":  # name the packed file by its path from the top
                inner = f"{entry.filename}/{refusal.params['inner']}"
                refusal.params["inner"] = Truncator(inner).chars(80)
            raise


def _matches(uploaded, signature):
    head = _head(uploaded)
    if signature == "pdf":
        return head.startswith(b"%PDF-")
    if signature == "ole2":
        return head.startswith(OLE2)
    if signature == "jpeg":
        return head.startswith(b"\xff\xd8\xff")
    if signature == "png":
        return head.startswith(b"\x89PNG\r\n\x1a\n")
    if signature == "mp4":
        return head[4:8] == b"ftyp"
    if head.startswith(OLE2):
        raise _Refused("password")  # Office keeps a password-protected file in an OLE2 box
    if not head.startswith(b"PK\x03\x04"):
        return False
    names, mimetype = _inspect_zip(uploaded)
    if signature.startswith("application/"):
        return mimetype.strip() == signature.encode()
    return signature in names


def _refusal_message(refusal, name, kind):
    messages = {
        "content": _("“%(name)s” is not a real %(kind)s file, although its name says so."),
        "damaged": _(
            "“%(name)s” is damaged and cannot be opened. Open it in the program it was made "
            "with, save it again and choose it again."
        ),
        "password": _(
            "“%(name)s” is protected by a password. Remove the password, save the file and "
            "choose it again."
        ),
        "entries": _(
            "“%(name)s” consists of more than %(max)s parts, far more than an ordinary "
            "document. Save it as PDF, or split it into smaller files."
        ),
        "expands": _(
            "“%(name)s” unpacks to far more than its size, which ordinary documents never do, "
            "so it cannot be shared. Save it again, or save it as PDF."
        ),
        "nested": _(
            "“%(name)s” contains a packed file (%(inner)s), and files inside files cannot be "
            "shared. Remove it from the document and choose the file again."
        ),
    }
    params = {
        "name": name,
        "kind": kind,
        "max": settings.FIV_UPLOAD_ZIP_MAX_ENTRIES,
        **refusal.params,
    }
    return ValidationError(messages[refusal.code] % params, code=refusal.code)


def check_upload(uploaded):
    """Raise ValidationError naming the file if it may not be shared."""
    name = os.path.basename(uploaded.name or "")
    ext = extension(name)
    if ext not in FORMATS:
        raise ValidationError(
            _(
                "“%(name)s” cannot be uploaded: files of this type are not accepted. Allowed: %(formats)s."
            )
            % {"name": name, "formats": allowed_formats_text()},
            code="format",
        )
    if uploaded.size == 0:
        raise ValidationError(
            _("“%(name)s” is empty. Choose the file again.") % {"name": name}, code="empty"
        )
    if uploaded.size > max_upload_size():
        raise ValidationError(
            _("“%(name)s” is %(size)s; files may be at most %(max)s.")
            % {
                "name": name,
                "size": filesizeformat(uploaded.size),
                "max": filesizeformat(max_upload_size()),
            },
            code="size",
        )
    kind, signature = FORMATS[ext]
    try:
        if not _matches(uploaded, signature):
            raise _Refused("content")
    except _Refused as refusal:
        raise _refusal_message(refusal, name, kind) from None


# What one person may store in a day.


def start_of_today():
    """Midnight at the start of today, in the site's time zone (Copenhagen)."""
    today = datetime.datetime.combine(timezone.localdate(), datetime.time.min)
    return timezone.make_aware(today)


def daily_allowance_left(user):
    """How many bytes `user` may still upload today.

    Everything the user stored since midnight counts, through the site's form or the admin.
    Two forms sent at the same moment may together pass the limit by at most one request.
    """
    used = (
        get_document_model()
        .objects.filter(uploaded_by_user=user, created_at__gte=start_of_today())
        .aggregate(total=Sum("file_size"))["total"]
    )
    return max(daily_upload_limit() - (used or 0), 0)


def check_daily_allowance(uploaded, left):
    """Raise ValidationError naming the file if storing it would pass the daily limit."""
    if uploaded.size > left:
        raise ValidationError(
            _(
                "“%(name)s” (%(size)s) was not saved: you can upload at most %(limit)s a day, "
                "and you have %(left)s left today. Try again tomorrow."
            )
            % {
                "name": os.path.basename(uploaded.name or ""),
                "size": filesizeformat(uploaded.size),
                "limit": filesizeformat(daily_upload_limit()),
                "left": filesizeformat(left),
            },
            code="daily_limit",
        )


# What one request may send.

REFUSED_SIZE_ATTRIBUTE = "fiv_refused_upload_size"


class RequestSizeLimitHandler(FileUploadHandler):
    """Refuse the files of a request larger than `FIV_UPLOAD_REQUEST_MAX_MB`, before storing a
    byte of them (first in FILE_UPLOAD_HANDLERS).

    The body is read through a stream that ends at its declared length (Content-Length; a
    request without one has no body for Django), so that length is all there is to check. The
    fields before the first file are parsed as usual; the rest of the body is read and thrown
    away, and `refused_upload_size(request)` tells the view why the files are missing. The
    web server in front caps how much is read at all (see the README).
    """

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.refused = content_length > max_request_size()
        if self.refused:
            setattr(self.request, REFUSED_SIZE_ATTRIBUTE, content_length)

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        if self.refused:
            raise StopUpload(connection_reset=False)

    def receive_data_chunk(self, raw_data, start):
        return raw_data

    def file_complete(self, file_size):
        return None  # the handlers after this one store the file


def refused_upload_size(request):
    """The size of the request whose files were refused as too large, or None."""
    return getattr(request, REFUSED_SIZE_ATTRIBUTE, None)
