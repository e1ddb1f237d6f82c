"""Checks for files that contributors upload through the site.

A file is accepted by what it is, not only by its name: each allowed extension names the
signature its content must carry, so a text file renamed to `.pdf` is refused. The messages
name the file and the reason, in the contributor's language.
"""

import os
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word, Excel and PowerPoint before 2007

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


def max_upload_size():
    return settings.FIV_UPLOAD_MAX_MB * 1024 * 1024


def allowed_formats_text():
    return ", ".join(dict.fromkeys(name for name, _signature in FORMATS.values()))


def extension(name):
    return os.path.splitext(name)[1].lstrip(".").lower()


def _head(uploaded, size=32):
    uploaded.seek(0)
    head = uploaded.read(size)
    uploaded.seek(0)
    return head


def _zip_names(uploaded):
    uploaded.seek(0)
    try:
        with zipfile.ZipFile(uploaded) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, RuntimeError):
        return set(), b""
    finally:
        uploaded.seek(0)
    return names, mimetype


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
    if not head.startswith(b"PK\x03\x04"):
        return False
    names, mimetype = _zip_names(uploaded)
    if signature.startswith("application/"):
        return mimetype.strip() == signature.encode()
    return signature in names


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
    if not _matches(uploaded, signature):
        raise ValidationError(
            _("“%(name)s” is not a real %(kind)s file, although its name says so.")
            % {"name": name, "kind": kind},
            code="content",
        )
