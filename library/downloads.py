"""Counting downloads and zipping a material's files."""

import os
import shutil
import tempfile
import zipfile

from django.http import FileResponse
from django.utils.text import slugify


def count_download(sender, instance, **kwargs):
    """Connected to Wagtail's document_served signal: sent only when the file is handed out."""
    from .models import DownloadCount

    DownloadCount.increment(instance)


def zip_response(material, files):
    """Stream a zip of the material's files from a spooled temporary file.

    The caller passes only the files the reader may open; each is copied in chunks, so a
    large video does not sit in memory.
    """
    archive = tempfile.SpooledTemporaryFile(max_size=20 * 1024 * 1024)
    used = set()
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zipped:
        for material_file in files:
            document = material_file.document
            name = os.path.basename(document.file.name)
            stem, extension = os.path.splitext(name)
            number = 1
            while name in used:
                number += 1
                name = f"{stem}-{number}{extension}"
            used.add(name)
            with document.open_file() as source, zipped.open(name, "w") as target:
                shutil.copyfileobj(source, target, 1024 * 1024)
    archive.seek(0)
    return FileResponse(
        archive,
        as_attachment=True,
        filename=f"{slugify(material.title) or 'materiale'}.zip",
        content_type="application/zip",
    )
