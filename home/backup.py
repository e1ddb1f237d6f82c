"""Backups that restore: one tar archive with the database, the media files and a manifest.

An archive `fiv-backup-<UTC moment>.tar` holds

- `database.dump` (PostgreSQL: `pg_dump --format=custom`) or `database.sqlite3` (SQLite: a copy
  made with SQLite's backup API), taken while the site runs;
- `media/...`: every file under MEDIA_ROOT (documents, images, renditions); media in object
  storage is left to the bucket's versioning (README, "Backup and restore");
- `manifest.json`: the number of rows of every table, counted in the very snapshot the dump
  was taken from, and the SHA-256 of the database file and of every media file.

`restore()` checks every checksum before it changes anything, refuses a database that has
tables or a media folder that has files unless forced, and counts the rows and checks the files
again afterwards. `backups_to_keep()` is the retention rule: the newest archive of each of the
last 14 days and of each of the last 8 weeks.
"""

import datetime
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

import psycopg2
from psycopg2 import sql

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media"
ARCHIVE_NAME = re.compile(r"^fiv-backup-(\d{8}T\d{6}Z)\.tar$")
MOMENT_FORMAT = "%Y%m%dT%H%M%SZ"
CHUNK = 1024 * 1024


class BackupError(Exception):
    """The backup or the restore cannot go on; the message says why."""


def sha256_of(stream):
    digest = hashlib.sha256()
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def sha256_of_file(path):
    with open(path, "rb") as stream:
        return sha256_of(stream)


def archive_name(moment):
    return f"fiv-backup-{moment.astimezone(datetime.UTC).strftime(MOMENT_FORMAT)}.tar"


def archive_moment(name):
    match = ARCHIVE_NAME.match(name)
    if not match:
        return None
    return datetime.datetime.strptime(match.group(1), MOMENT_FORMAT).replace(tzinfo=datetime.UTC)


# The database, by engine. `database` is a Django settings dict (DATABASES["default"]).


def vendor(database):
    engine = database["ENGINE"]
    if "postgresql" in engine:
        return "postgresql"
    if "sqlite3" in engine:
        return "sqlite"
    raise BackupError(f"No backup for the database engine {engine}.")


def pg_connect(database, **kwargs):
    return psycopg2.connect(
        dbname=database["NAME"],
        user=database.get("USER") or None,
        password=database.get("PASSWORD") or None,
        host=database.get("HOST") or None,
        port=database.get("PORT") or None,
        **kwargs,
    )


def pg_environment(database):
    """pg_dump and pg_restore read the connection from the environment: no password in `ps`."""
    environment = dict(os.environ)
    for variable, key in [
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
        ("PGDATABASE", "NAME"),
    ]:
        if database.get(key):
            environment[variable] = str(database[key])
    return environment


def program(name):
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} is not installed (Debian: apt-get install postgresql-client).")
    return path


def pg_tables(cursor):
    cursor.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
    )
    return [name for (name,) in cursor.fetchall()]


def pg_row_counts(cursor):
    counts = {}
    for table in pg_tables(cursor):
        cursor.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table)))
        counts[table] = cursor.fetchone()[0]
    return counts


def dump_postgresql(database, target):
    """pg_dump in custom format, and the row counts of the same snapshot: a REPEATABLE READ
    transaction exports its snapshot, pg_dump takes it, and the counts are made inside it."""
    with pg_connect(database) as connection, connection.cursor() as cursor:
        connection.set_session(isolation_level="REPEATABLE READ", readonly=True)
        cursor.execute("SELECT pg_export_snapshot()")
        (snapshot,) = cursor.fetchone()
        result = subprocess.run(  # noqa: S603 (our own arguments, no shell)
            [
                program("pg_dump"),
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--snapshot={snapshot}",
                f"--file={target}",
            ],
            env=pg_environment(database),
            capture_output=True,
            text=True,
        )
        if result.returncode:
            raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
        counts = pg_row_counts(cursor)
        connection.rollback()
    connection.close()
    return counts


def sqlite_connect(database):
    """A connection to the SQLite database of `database`: a file, or a URI such as the tests'
    shared in-memory database (`file:memorydb_default?mode=memory&cache=shared`)."""
    name = str(database["NAME"])
    return sqlite3.connect(name, uri=name.startswith("file:"))


def sqlite_row_counts(connection):
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    return {
        table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608
        for table in tables
        if not table.startswith("sqlite_")
    }


def dump_sqlite(source, target):
    """A copy with SQLite's backup API (consistent while the site writes), counted in the copy.

    `source` is an open sqlite3 connection (Django's own, which may be an in-memory database)."""
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        return sqlite_row_counts(copy)
    finally:
        copy.close()


# Media


def media_files(media_root):
    """Every file under `media_root`, as (path inside the archive, path on disk), sorted."""
    root = Path(media_root)
    if not root.is_dir():
        return []
    found = []
    for folder, _folders, names in os.walk(root):
        for name in names:
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                found.append((path.relative_to(root).as_posix(), path))
    return sorted(found)


# Backup


def backup(output, *, database, sqlite_connection=None, media_root, media_in_storage=True):
    """Write one archive into the folder `output`; its path. `sqlite_connection` is the open
    connection to copy an SQLite database from; `media_in_storage` is False when the media
    live in object storage (they are then not in the archive)."""
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    moment = datetime.datetime.now(datetime.UTC)
    final = output / archive_name(moment)
    kind = vendor(database)
    with tempfile.TemporaryDirectory(dir=output, prefix=".fiv-backup-") as scratch:
        scratch = Path(scratch)
        if kind == "postgresql":
            database_file = scratch / "database.dump"
            counts = dump_postgresql(database, database_file)
        else:
            database_file = scratch / "database.sqlite3"
            if sqlite_connection is None:
                sqlite_connection = sqlite3.connect(database["NAME"])
            counts = dump_sqlite(sqlite_connection, database_file)
        files = media_files(media_root) if media_in_storage else []
        manifest = {
            "format": FORMAT,
            "created": moment.isoformat(),
            "database": {
                "vendor": kind,
                "file": database_file.name,
                "sha256": sha256_of_file(database_file),
            },
            "tables": counts,
            "media": {name: sha256_of_file(path) for name, path in files}
            if media_in_storage
            else None,
        }
        partial = scratch / "archive.tar"
        with tarfile.open(partial, "w") as archive:
            data = json.dumps(manifest, indent=1, sort_keys=True).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime = len(data), int(moment.timestamp())
            archive.addfile(info, io.BytesIO(data))
            archive.add(database_file, arcname=database_file.name)
            for name, path in files:
                archive.add(path, arcname=f"{MEDIA}/{name}")
        partial.replace(final)  # an archive under its final name is always whole
    return final


# Restore


def read_manifest(archive):
    try:
        member = archive.getmember(MANIFEST)
    except KeyError:
        raise BackupError("The archive has no manifest.") from None
    manifest = json.load(archive.extractfile(member))
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Unknown archive format {manifest.get('format')!r}.")
    return manifest


def safe_members(archive):
    """{name: member}, refusing anything but plain files with plain relative names."""
    members = {}
    for member in archive.getmembers():
        path = PurePosixPath(member.name)
        if not member.isfile() or path.is_absolute() or ".." in path.parts:
            raise BackupError(f"The archive holds an unexpected entry: {member.name!r}.")
        members[member.name] = member
    return members


def check_archive(archive, manifest, members):
    """Every checksum of the manifest against the archive's bytes, before anything changes."""
    database = manifest["database"]
    expected = {database["file"]: database["sha256"]}
    for name, digest in (manifest.get("media") or {}).items():
        expected[f"{MEDIA}/{name}"] = digest
    problems = []
    for name, digest in expected.items():
        member = members.get(name)
        if member is None:
            problems.append(f"{name} is missing")
        elif sha256_of(archive.extractfile(member)) != digest:
            problems.append(f"{name} does not match its checksum")
    extra = set(members) - set(expected) - {MANIFEST}
    problems.extend(f"{name} is not in the manifest" for name in sorted(extra))
    if problems:
        raise BackupError("The archive is damaged: " + "; ".join(problems[:10]) + ".")


def database_is_empty(database):
    if vendor(database) == "postgresql":
        with pg_connect(database) as connection, connection.cursor() as cursor:
            tables = pg_tables(cursor)
        connection.close()
        return not tables
    connection = sqlite_connect(database)
    try:
        return not connection.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
    finally:
        connection.close()


def media_is_empty(media_root):
    return not media_files(media_root)


def restore_postgresql(database, dump):
    with pg_connect(database) as connection, connection.cursor() as cursor:
        for table in pg_tables(cursor):  # only with --force: the caller checked
            cursor.execute(sql.SQL("DROP TABLE IF EXISTS {} CASCADE").format(sql.Identifier(table)))
    connection.close()
    result = subprocess.run(  # noqa: S603 (our own arguments, no shell)
        [
            program("pg_restore"),
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            f"--dbname={database['NAME']}",
            str(dump),
        ],
        env=pg_environment(database),
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise BackupError(f"pg_restore failed: {result.stderr.strip()}")
    with pg_connect(database) as connection, connection.cursor() as cursor:
        counts = pg_row_counts(cursor)
    connection.close()
    return counts


def restore_sqlite(database, copy):
    source = sqlite3.connect(copy)
    target = sqlite_connect(database)
    try:
        source.backup(target)  # replaces the whole target, page by page
        return sqlite_row_counts(target)
    finally:
        source.close()
        target.close()


def restore(path, *, database, media_root, force=False, media_in_storage=True, before_changes=None):
    """Restore the archive at `path` into `database` and `media_root`; the manifest.

    `before_changes` is called once every check has passed, before anything is written."""
    with tarfile.open(path, "r") as archive:
        members = safe_members(archive)
        manifest = read_manifest(archive)
        check_archive(archive, manifest, members)
        if manifest["database"]["vendor"] != vendor(database):
            raise BackupError(
                f"The archive holds a {manifest['database']['vendor']} database and the site "
                f"uses {vendor(database)}."
            )
        restores_media = media_in_storage and manifest.get("media") is not None
        if not force:
            if not database_is_empty(database):
                raise BackupError("The database is not empty: restore refused (see --force).")
            if restores_media and not media_is_empty(media_root):
                raise BackupError(
                    f"The media folder {media_root} is not empty: restore refused (see --force)."
                )
        if before_changes is not None:
            before_changes()
        with tempfile.TemporaryDirectory(prefix="fiv-restore-") as scratch:
            database_file = Path(scratch) / manifest["database"]["file"]
            with archive.extractfile(members[manifest["database"]["file"]]) as stream:
                with open(database_file, "wb") as out:
                    shutil.copyfileobj(stream, out, CHUNK)
            if vendor(database) == "postgresql":
                counts = restore_postgresql(database, database_file)
            else:
                counts = restore_sqlite(database, database_file)
        if restores_media:
            root = Path(media_root)
            if root.is_dir():
                for entry in root.iterdir():  # only with --force or when empty
                    if entry.is_dir() and not entry.is_symlink():
                        shutil.rmtree(entry)
                    else:
                        entry.unlink()
            for name in manifest["media"]:
                target = root / name
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.extractfile(members[f"{MEDIA}/{name}"]) as stream:
                    with open(target, "wb") as out:
                        shutil.copyfileobj(stream, out, CHUNK)
    verify(manifest, counts, media_root if restores_media else None)
    return manifest


def verify(manifest, counts, media_root):
    """The restored rows and files against the manifest; BackupError naming what differs."""
    problems = [
        f"table {table}: {counts.get(table)} rows, {expected} expected"
        for table, expected in manifest["tables"].items()
        if counts.get(table) != expected
    ]
    if media_root is not None:
        on_disk = dict(media_files(media_root))
        for name, digest in manifest["media"].items():
            if name not in on_disk:
                problems.append(f"media file {name} is missing")
            elif sha256_of_file(on_disk[name]) != digest:
                problems.append(f"media file {name} does not match its checksum")
    if problems:
        raise BackupError("The restore does not match the manifest: " + "; ".join(problems))


# Retention


def backups_to_keep(moments, today, *, daily=14, weekly=8):
    """Which of the archives' `moments` the retention rule keeps on `today`: the newest of each
    of the last `daily` days (today included) and of each of the last `weekly` ISO weeks (this
    week included)."""
    first_day = today - datetime.timedelta(days=daily - 1)
    this_monday = today - datetime.timedelta(days=today.weekday())
    first_monday = this_monday - datetime.timedelta(weeks=weekly - 1)
    newest = {}
    for moment in sorted(moments):
        day = moment.date()
        if first_day <= day <= today:
            newest[("day", day)] = moment
        if first_monday <= day <= today:
            newest[("week", day.isocalendar()[:2])] = moment
    return set(newest.values())


def prune(output, today=None, *, daily=14, weekly=8):
    """Delete the archives in `output` that the retention rule does not keep (on `today`, by
    default the current date in UTC, as in the archives' names); their names."""
    if today is None:
        today = datetime.datetime.now(datetime.UTC).date()
    archives = {}
    for path in Path(output).iterdir():
        moment = archive_moment(path.name)
        if moment is not None:
            archives[moment] = path
    keep = backups_to_keep(archives, today, daily=daily, weekly=weekly)
    removed = []
    for moment, path in sorted(archives.items()):
        if moment not in keep:
            path.unlink()
            removed.append(path.name)
    return removed
