"""Counting downloads and zipping a material's files.

Each download of a file adds one to its document's `DownloadCount`; a material's downloads are
the sum over its files (`with_downloads`). Nothing records who downloaded, and a zip of a
material's files is not counted.

A material's zip is built once for each version of the files a reader may open, and kept on
the storage under a name made from those files (ids, names, sizes and content hashes): every
later request for the same files is a plain file download, and a changed, added, removed or
hidden file gives another name and so another zip. The first request streams the zip while it
is built and keeps a copy once it is complete. Files that are compressed already (PDF, Office,
ODF, images, video) are stored in the zip as they are, not deflated again: building a zip
costs copying, not computing, so parallel downloads do not keep the workers busy.

The kept zips live under `documents/zips/`, which is never served from the storage directly
(see the README); `manage.py remove_old_zips` removes those older than a day.
"""

import datetime
import hashlib
import json
import os
import tempfile
import zipfile

from django.core.files import File
from django.core.files.storage import default_storage
from django.db.models import Sum
from django.db.models.functions import Coalesce
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.text import slugify

ZIP_FOLDER = "documents/zips"
ZIP_LAYOUT = 1  # change it when the way a zip is built changes, so old zips are not reused
ZIP_MAX_AGE = datetime.timedelta(days=1)
CHUNK_SIZE = 256 * 1024
# Formats that deflate gains nothing on: they are compressed inside already.
STORED_EXTENSIONS = frozenset(
    "docx gif jpeg jpg mp4 odp ods odt pdf png pptx webp xlsx zip".split()
)


# A material's downloads: those of its files, each counted by its document (`DownloadCount`).
DOWNLOADS = Coalesce(Sum("files__document__download_count__count"), 0)


def with_downloads(materials):
    """`materials` with `downloads`: how many times their files were downloaded in all."""
    return materials.annotate(downloads=DOWNLOADS)


def downloads_by_material(materials):
    """{material id: downloads} for `materials`, in one query."""
    return dict(with_downloads(materials).values_list("pk", "downloads"))


def count_download(sender, instance, **kwargs):
    """Connected to Wagtail's document_served signal: sent only when the file is handed out."""
    from .models import DownloadCount

    DownloadCount.increment(instance)


def zip_entries(files):
    """(name in the zip, document) for each file, names made unique within the zip."""
    used = set()
    entries = []
    for material_file in files:
        document = material_file.document
        name = os.path.basename(document.file.name)
        stem, extension = os.path.splitext(name)
        number = 1
        while name in used:
            number += 1
            name = f"{stem}-{number}{extension}"
        used.add(name)
        entries.append((name, document))
    return entries


def zip_name(entries):
    """The storage name of the zip of exactly these files in exactly these versions."""
    version = [
        [name, document.pk, document.file.name, document.get_file_size(), document.get_file_hash()]
        for name, document in entries
    ]
    digest = hashlib.sha256(json.dumps([ZIP_LAYOUT, version]).encode()).hexdigest()
    return f"{ZIP_FOLDER}/{digest}.zip"


def zip_response(material, files):
    """A zip of `files`: the caller passes only the files the reader may open."""
    entries = zip_entries(files)
    name = zip_name(entries)
    filename = f"{slugify(material.title) or 'materiale'}.zip"
    if default_storage.exists(name):
        return FileResponse(
            default_storage.open(name, "rb"),
            as_attachment=True,
            filename=filename,
            content_type="application/zip",
        )
    response = StreamingHttpResponse(_build_and_keep(entries, name), content_type="application/zip")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


class _Pipe:
    """Where zipfile writes: the bytes wait here until the response sends them on, and a copy
    goes to `keep`. Having no seek, it makes zipfile write each entry's sizes after its data."""

    def __init__(self, keep):
        self._parts = []
        self._keep = keep

    def write(self, data):
        data = bytes(data)
        self._parts.append(data)
        self._keep.write(data)
        return len(data)

    def flush(self):
        pass

    def waiting(self):
        return sum(len(part) for part in self._parts)

    def take(self):
        data = b"".join(self._parts)
        self._parts.clear()
        return data


def _build_and_keep(entries, name):
    """Yield the zip in chunks as it is built; once complete, keep it under `name`. A download
    broken off keeps nothing."""
    with tempfile.TemporaryFile() as copy:
        pipe = _Pipe(copy)
        with zipfile.ZipFile(pipe, "w") as archive:
            for entry_name, document in entries:
                info = _zip_info(entry_name, document)
                with document.open_file() as source, archive.open(info, "w") as target:
                    while chunk := source.read(CHUNK_SIZE):
                        target.write(chunk)
                        if pipe.waiting() >= CHUNK_SIZE:
                            yield pipe.take()
        yield pipe.take()
        copy.seek(0)
        if not default_storage.exists(name):
            kept = default_storage.save(name, File(copy, name=os.path.basename(name)))
            if kept != name:  # another request kept the same zip meanwhile
                default_storage.delete(kept)


def _zip_info(entry_name, document):
    # The document's upload time, so that the same files always give the same bytes.
    moment = timezone.localtime(document.created_at)
    info = zipfile.ZipInfo(entry_name, date_time=moment.timetuple()[:6])
    extension = os.path.splitext(entry_name)[1].lstrip(".").lower()
    info.compress_type = (
        zipfile.ZIP_STORED if extension in STORED_EXTENSIONS else zipfile.ZIP_DEFLATED
    )
    # The size it will have: zipfile then knows whether the entry needs zip64's larger fields.
    info.file_size = document.get_file_size() or 0
    return info


def remove_old_zips(max_age=ZIP_MAX_AGE):
    """Remove the kept zips older than `max_age`; they are built again when asked for. Returns
    how many were removed."""
    try:
        _folders, names = default_storage.listdir(ZIP_FOLDER)
    except FileNotFoundError:
        return 0
    before = timezone.now() - max_age
    removed = 0
    for filename in names:
        name = f"{ZIP_FOLDER}/{filename}"
        if default_storage.get_modified_time(name) < before:
            default_storage.delete(name)
            removed += 1
    return removed
