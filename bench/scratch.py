"""What every benchmark shares: a scratch database, never the one `make run` uses, the demo site
on it, and gunicorn serving it as in production.

With DATABASE_URL pointing at PostgreSQL, the scratch database is one named after it with a
suffix (dropped and created again unless kept); without it, a temporary SQLite file.
"""

import argparse
import os
import re
import secrets
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def scratch_database_url(suffix):
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        base, _, name = url.rpartition("/")
        return f"{base}/{name or 'fiv'}_{suffix}", "postgresql"
    return f"sqlite:///{tempfile.mkdtemp(prefix=f'fiv-{suffix}-')}/{suffix}.sqlite3", "sqlite"


def recreate_postgres(url, *, keep=False):
    """A new, empty database at the url; with `keep`, a former run's is kept if there is one."""
    import psycopg2

    base, _, name = url.rpartition("/")
    connection = psycopg2.connect(f"{base}/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if not (keep and cursor.fetchone()):
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


def scratch_database(suffix, *, reuse):
    """(url, vendor) of the scratch database, a new one unless a former run's is to be kept."""
    url, vendor = scratch_database_url(suffix)
    if vendor == "postgresql":
        recreate_postgres(url, keep=reuse)
    return url, vendor


def arguments(description, *, materials, runs):
    """The options every benchmark that grows the library takes; `materials` a number, or a
    list of sizes to measure one after the other."""
    parser = argparse.ArgumentParser(description=description.split("\n\n")[0])
    if isinstance(materials, list):
        parser.add_argument("--materials", type=int, nargs="+", default=materials)
    else:
        parser.add_argument("--materials", type=int, default=materials)
    parser.add_argument("--runs", type=int, default=runs)
    parser.add_argument(
        "--reuse", action="store_true", help="keep the scratch PostgreSQL database of a former run"
    )
    return parser.parse_args()


def grow(add, count, *, seeds=300, own_files=False):
    """Grow the Danish library to `count` materials, say how long it took, and return how many
    were added.

    `add(target)` makes materials one by one through the factories (Wagtail's API: pages with
    their revisions, files, tags, target groups, phases) until there are `target`: it makes the
    first `seeds` of them. The rest are copies of those, made in bulk (copy_materials): many
    thousands in seconds, where the factories take a quarter of a second each."""
    started = time.perf_counter()
    library, existing, _rng = danish_library()
    made = add(min(count, existing + seeds))
    copied = copy_materials(library, count, own_files=own_files)
    from django.db import connection

    analyze(connection.vendor)  # the statistics update_index then plans its queries with
    print(
        f"Added {made + copied} materials ({made} through the factories, {copied} copied in bulk) "
        f"in {time.perf_counter() - started:.0f} s"
    )
    return made + copied


def copy_materials(library, target, *, own_files=False):
    """Copies, in bulk, of the library's benchmark materials (slug `bench-<n>`) until it holds
    `target` materials; returns how many were made.

    A copy is what the factories would have made, written straight into the tables: a row of
    Wagtail's page table (a tree path after the library's last child, its own slug, address,
    title and translation key, published a minute earlier than the one before) and of the
    material's table (Wagtail pages are multi-table: bulk_create refuses them, so that row is
    copied in SQL), and the original's target groups, phases, themes and files. With
    `own_files`, each copy gets a document of its own: the original's file, under its own
    title, with the text the worker read from it (DocumentText). Copies have no revisions,
    which no reader's view looks at. The search index is not touched: index_and_measure
    runs `update_index`, which indexes every copy as it would any page.
    """
    from datetime import timedelta

    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Page

    from home.models import DocumentText
    from library.models import MaterialFile, MaterialPage, MaterialTag

    materials = MaterialPage.objects.child_of(library)
    missing = target - materials.count()
    originals = list(
        Page.objects.filter(pk__in=materials.filter(slug__startswith="bench-").values("pk"))
        .order_by("path")
        .values()
    )
    if missing <= 0 or not originals:
        return 0
    last = Page.objects.child_of(library).order_by("-path").values_list("path", flat=True).first()
    step = Page._str2int(last[-Page.steplen :]) if last else 0
    first_number = max(int(page["slug"].removeprefix("bench-")) for page in originals) + 1
    now = timezone.now()
    copies, sources = [], []
    for offset in range(missing):
        original = originals[offset % len(originals)]
        number = first_number + offset
        title = re.sub(r"\d+$", str(number), original["title"])
        slug = f"bench-{number}"
        copies.append(
            Page(
                **{
                    **{k: v for k, v in original.items() if k != "id"},
                    "path": Page._get_path(library.path, library.depth + 1, step + offset + 1),
                    "numchild": 0,
                    "translation_key": uuid.uuid4(),
                    "latest_revision_id": None,
                    "live_revision_id": None,
                    "latest_revision_created_at": None,
                    "has_unpublished_changes": False,
                    "first_published_at": now - timedelta(minutes=number),
                    "last_published_at": now - timedelta(minutes=number),
                    "title": title,
                    "draft_title": title,
                    "slug": slug,
                    "url_path": f"{library.url_path}{slug}/",
                }
            )
        )
        sources.append(original["id"])
    with transaction.atomic():
        created = Page.objects.bulk_create(copies, batch_size=1000)
        pairs = [(copy.pk, source) for copy, source in zip(created, sources, strict=True)]
        columns = [
            field.column
            for field in MaterialPage._meta.local_concrete_fields
            if field.column != "page_ptr_id"
        ]
        selected = ", ".join(f"t.{column}" for column in columns)
        with connection.cursor() as cursor:
            for chunk in chunks(pairs, 1000):
                cursor.execute(
                    f"WITH m(new_id, old_id) AS (VALUES {', '.join(['(%s, %s)'] * len(chunk))}) "
                    f"INSERT INTO {MaterialPage._meta.db_table} (page_ptr_id, {', '.join(columns)}) "
                    f"SELECT m.new_id, {selected} FROM {MaterialPage._meta.db_table} t "
                    "JOIN m ON t.page_ptr_id = m.old_id",
                    [value for pair in chunk for value in pair],
                )
        Page.objects.filter(pk=library.pk).update(numchild=Page.objects.child_of(library).count())
        _copy_relations(pairs, own_files, MaterialFile, MaterialTag, DocumentText)
    return missing


def chunks(items, size):
    return [items[start : start + size] for start in range(0, len(items), size)]


def _copy_relations(pairs, own_files, MaterialFile, MaterialTag, DocumentText):  # noqa: N803
    """The target groups, phases, themes and files of each original, for its copy."""
    from wagtail.documents import get_document_model

    from library.models import MaterialPage

    old_ids = {old for _new, old in pairs}
    for through, key in (
        (MaterialPage.target_groups.through, "materialpage_id"),
        (MaterialPage.phases.through, "materialpage_id"),
        (MaterialTag, "content_object_id"),
        (MaterialFile, "page_id"),
    ):
        rows = {}
        for row in through.objects.filter(**{f"{key}__in": old_ids}).values():
            rows.setdefault(row[key], []).append(row)
        fresh = [
            through(**{**{k: v for k, v in row.items() if k != "id"}, key: new})
            for new, old in pairs
            for row in rows.get(old, [])
        ]
        if through is MaterialFile and own_files:
            _own_documents(fresh, get_document_model(), DocumentText)
        through.objects.bulk_create(fresh, batch_size=2000)


def _own_documents(files, Document, DocumentText):  # noqa: N803
    """A document of its own for each file: the same file, its own title, the text read."""
    originals = Document.objects.in_bulk({file.document_id for file in files})
    texts = {
        text.document_id: text for text in DocumentText.objects.filter(document_id__in=originals)
    }
    documents = []
    for file in files:
        original = originals[file.document_id]
        name = re.sub(r" \d+$", "", original.title)
        documents.append(
            Document(
                collection_id=original.collection_id,
                title=f"{name} {file.page_id}",
                file=original.file.name,
                file_size=original.file_size,
                file_hash=original.file_hash,
                uploaded_by_user_id=original.uploaded_by_user_id,
            )
        )
    documents = Document.objects.bulk_create(documents, batch_size=2000)
    copies = []
    for file, document in zip(files, documents, strict=True):
        text = texts.get(file.document_id)
        if text is not None:
            copies.append(
                DocumentText(
                    document_id=document.pk,
                    text=text.text,
                    state=text.state,
                    file_hash=text.file_hash,
                    extracted_at=text.extracted_at,
                )
            )
        file.document_id = document.pk
    DocumentText.objects.bulk_create(copies, batch_size=2000)


def production_environment(database_url, media_root, **extra):
    """The environment of the production settings over plain http on 127.0.0.1."""
    return {
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "TRUSTED_PROXY_COUNT": "1",
        "MEDIA_ROOT": str(media_root),
        "LOG_LEVEL": "CRITICAL",
        # The figures are of workers at work, not of workers being replaced (gunicorn.conf.py).
        "GUNICORN_MAX_REQUESTS": "0",
        **extra,
    }


def load_demo_site(*, fresh=True, collectstatic=True):
    """Set Django up in this process (from os.environ), migrate, load the demo content unless
    the database is kept from a former run, and collect the static files when served."""
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if fresh or not demo_loaded():
        call_command("load_demo_content", verbosity=0, force=True)
    if collectstatic:
        call_command("collectstatic", verbosity=0, interactive=False)


def demo_loaded():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(username="fagperson").exists()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(environment, port, *options, **popen):
    """gunicorn (gunicorn.conf.py, 2 workers) serving the site on the port, started once it
    answers; `options` go to gunicorn, `popen` to subprocess.Popen."""
    command = [
        str(ROOT / ".venv" / "bin" / "gunicorn"),
        "cms.wsgi",
        "--config",
        "gunicorn.conf.py",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        "2",
        *options,
    ]
    server = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **environment}, **popen)  # noqa: S603
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("gunicorn did not start")


def measured_site(suffix, *, reuse):
    """Django set up in this process on a scratch database holding the demo content, with the
    development settings but without debug (which would keep every query); returns the vendor."""
    url, vendor = scratch_database(suffix, reuse=reuse)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ["MEDIA_ROOT"] = tempfile.mkdtemp(prefix=f"fiv-{suffix}-media-")
    print(f"Scratch {vendor} database: {url}")
    load_demo_site(fresh=not reuse, collectstatic=False)
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]
    settings.DEBUG = False
    return vendor


def index_and_measure(vendor, measure, runs, *, reindex=True):
    """Index what was added (nothing was: a kept database's index stands), bring the planner's
    statistics up to date and measure."""
    from django.core.management import call_command

    if reindex:
        started = time.perf_counter()
        call_command("update_index", verbosity=0)
        print(f"Indexed everything in {time.perf_counter() - started:.0f} s")
    analyze(vendor)
    return measure(runs)


def danish_library():
    """The demo's Danish library, how many materials it holds, and a random source that makes
    the same materials on every run."""
    import random

    from library.models import LibraryIndexPage, MaterialPage

    library = LibraryIndexPage.objects.get(locale__language_code="da")
    existing = MaterialPage.objects.child_of(library).count()
    return library, existing, random.Random(2026)  # noqa: S311 (repeatable data, not secrets)


def analyze(vendor):
    """What autovacuum does soon after a bulk load: the planner needs current statistics, and
    the rows that indexing replaced (update_index rewrites every entry) must be cleared away,
    or each search reads through them: three times as slow as the site runs once autovacuum
    has passed."""
    if vendor == "postgresql":
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
