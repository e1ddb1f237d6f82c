"""Backups that restore: every row and every file back, damage and non-empty targets refused,
and the retention rule on awkward days."""

import datetime
import io
import os
import sqlite3
import tarfile

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.db import connection
from psycopg2 import sql

from home import backup
from home.backup import BackupError

pytestmark = pytest.mark.django_db

ON_POSTGRESQL = os.environ.get("DATABASE_URL", "").startswith("postgres")
# What the demo must have for a round trip to mean something: pages with their revisions and
# translation links, documents and images, users in groups, local data, localize's sources.
NOT_EMPTY = [
    "wagtailcore_page",
    "wagtailcore_revision",
    "wagtaildocs_document",
    "wagtailimages_image",
    "auth_user",
    "auth_user_groups",
    "network_localreport",
    "wagtail_localize_translationsource",
]


@pytest.fixture
def archive(tmp_path):
    call_command("backup", output=tmp_path / "backups", verbosity=0)
    (path,) = (tmp_path / "backups").glob("fiv-backup-*.tar")
    return path


def manifest_of(path):
    with tarfile.open(path) as archive:
        return backup.read_manifest(archive)


def media_checksums(root):
    return {name: backup.sha256_of_file(path) for name, path in backup.media_files(root)}


def assert_meaningful(manifest):
    for table in NOT_EMPTY:
        assert manifest["tables"][table] > 0, table
    assert manifest["media"]


def sqlite_rows(raw, table):
    return sorted(raw.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)  # noqa: S608


@pytest.mark.skipif(ON_POSTGRESQL, reason="the SQLite round trip")
def test_a_round_trip_on_sqlite_gives_back_every_row_and_every_file(archive, tmp_path, settings):
    manifest = manifest_of(archive)
    assert_meaningful(manifest)
    restored = tmp_path / "restored.sqlite3"
    media = tmp_path / "restored-media"

    backup.restore(
        archive,
        database={"ENGINE": "django.db.backends.sqlite3", "NAME": str(restored)},
        media_root=media,
    )

    connection.ensure_connection()
    # Read as Django reads it: booleans and dates converted alike on both sides.
    types = sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES
    source, target = connection.connection, sqlite3.connect(restored, detect_types=types)
    for table in manifest["tables"]:
        assert sqlite_rows(target, table) == sqlite_rows(source, table), table
    target.close()
    assert media_checksums(media) == media_checksums(settings.MEDIA_ROOT) == manifest["media"]


def pg_settings(name):
    return {**connection.settings_dict, "NAME": name}


def pg_rows(database, tables):
    """Every row of every table as another connection sees it (what is committed)."""
    with backup.pg_connect(database) as pg, pg.cursor() as cursor:
        rows = {}
        for table in tables:
            cursor.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(table)))
            rows[table] = sorted(cursor.fetchall(), key=repr)
    pg.close()
    return rows


@pytest.fixture
def scratch_database():
    """An empty PostgreSQL database beside the test database, dropped afterwards."""
    name = f"{connection.settings_dict['NAME']}_restore"
    admin = backup.pg_connect(pg_settings("postgres"))
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield pg_settings(name)
    with admin.cursor() as cursor:
        cursor.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
    admin.close()


@pytest.mark.skipif(not ON_POSTGRESQL, reason="the PostgreSQL round trip")
def test_a_round_trip_on_postgresql_gives_back_every_row_and_every_file(
    tmp_path, settings, scratch_database
):
    """pg_dump sees what is committed: the demo, loaded once for the whole run."""
    source = connection.settings_dict
    path = backup.backup(tmp_path, database=source, media_root=settings.MEDIA_ROOT)
    manifest = manifest_of(path)
    assert_meaningful(manifest)
    media = tmp_path / "restored-media"

    backup.restore(path, database=scratch_database, media_root=media)

    tables = list(manifest["tables"])
    assert pg_rows(scratch_database, tables) == pg_rows(source, tables)
    assert media_checksums(media) == manifest["media"]
    with pytest.raises(BackupError, match="not empty"):
        backup.restore(path, database=scratch_database, media_root=tmp_path / "other")


def counts():
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM wagtailcore_page")
        pages = cursor.fetchone()[0]
        cursor.execute("SELECT count(*) FROM auth_user")
        return pages, cursor.fetchone()[0]


def test_a_restore_into_a_database_in_use_is_refused_and_changes_nothing(archive, settings):
    before, files = counts(), media_checksums(settings.MEDIA_ROOT)

    with pytest.raises(CommandError, match="The database is not empty"):
        call_command("restore", str(archive), verbosity=0)

    assert counts() == before
    assert media_checksums(settings.MEDIA_ROOT) == files


def rewrite(path, change):
    """The archive with `change(name, data)` applied to each member's bytes."""
    with tarfile.open(path) as archive:
        members = [(m, archive.extractfile(m).read()) for m in archive.getmembers()]
    with tarfile.open(path, "w") as archive:
        for member, data in members:
            data = change(member.name, data)
            member.size = len(data)
            archive.addfile(member, io.BytesIO(data))


def test_a_damaged_archive_is_refused_before_anything_is_restored(archive, tmp_path):
    damaged = next(name for name in manifest_of(archive)["media"] if name.startswith("documents"))
    rewrite(
        archive,
        lambda name, data: data[:-1] + bytes([data[-1] ^ 1]) if name.endswith(damaged) else data,
    )
    restored = tmp_path / "restored.sqlite3"

    with pytest.raises(BackupError, match=f"media/{damaged} does not match its checksum"):
        backup.restore(
            archive,
            database={"ENGINE": "django.db.backends.sqlite3", "NAME": str(restored)},
            media_root=tmp_path / "media",
        )

    assert not restored.exists()
    assert not (tmp_path / "media").exists()


def test_an_archive_with_a_path_out_of_the_media_folder_is_refused(archive, tmp_path):
    with tarfile.open(archive, "a") as tar:
        info = tarfile.TarInfo("media/../../../etc/cron.d/evil")
        info.size = 4
        tar.addfile(info, io.BytesIO(b"evil"))

    with pytest.raises(BackupError, match="unexpected entry"):
        backup.restore(
            archive,
            database={"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "x")},
            media_root=tmp_path / "media",
        )


# Retention: 14 daily and 8 weekly archives.


def nightly_archives(folder, last_day, days):
    """An archive every night at 03:15 UTC for `days` days up to `last_day`, and a second one
    at 14:00 on each day (a backup made by hand before an upgrade)."""
    folder.mkdir()
    for back in range(days):
        day = last_day - datetime.timedelta(days=back)
        for hour, minute in [(3, 15), (14, 0)]:
            moment = datetime.datetime.combine(day, datetime.time(hour, minute), datetime.UTC)
            (folder / backup.archive_name(moment)).touch()
    return folder


def kept(folder):
    return sorted(backup.archive_moment(path.name) for path in folder.iterdir())


@pytest.mark.parametrize(
    "today",
    [
        datetime.date(2028, 2, 29),  # a leap day
        datetime.date(2028, 3, 1),  # the day after it
        datetime.date(2027, 1, 3),  # the Sunday that ends ISO week 53 of 2026
        datetime.date(2027, 1, 4),  # the Monday of week 1 of 2027
        datetime.date(2026, 12, 31),
    ],
)
def test_pruning_keeps_the_newest_archive_of_14_days_and_of_8_weeks(tmp_path, today):
    folder = nightly_archives(tmp_path / "backups", today, days=120)

    with time_machine.travel(datetime.datetime.combine(today, datetime.time(4), datetime.UTC)):
        call_command("backup", output=folder, prune=True, verbosity=0)

    moments = [moment for moment in kept(folder) if moment.date() != today or moment.hour != 4]
    days = sorted({moment.date() for moment in moments})
    # Each of the last 14 days once, by its newest archive.
    recent = [today - datetime.timedelta(days=back) for back in range(14)]
    assert set(recent) <= set(days)
    for moment in moments:
        if moment.date() in recent and moment.date() != today:
            assert moment.hour == 14
    # Each earlier week of the last 8 by its newest archive: its Sunday afternoon.
    older = [day for day in days if day not in recent]
    assert all(day.isoweekday() == 7 for day in older)
    monday = today - datetime.timedelta(days=today.weekday())
    sundays = [monday - datetime.timedelta(weeks=back, days=1) for back in range(6, -1, -1)]
    assert older == [sunday for sunday in sundays if sunday < recent[-1]]
    assert len(moments) == len(days)  # one archive per kept day


def test_pruning_leaves_other_files_alone(tmp_path):
    folder = nightly_archives(tmp_path / "backups", datetime.date(2027, 6, 1), days=40)
    (folder / "notes.txt").write_text("keep me")
    (folder / "fiv-backup-garbage.tar").write_text("not ours by name")

    removed = backup.prune(folder, datetime.date(2027, 6, 1))

    assert removed and "notes.txt" not in removed
    assert (folder / "notes.txt").exists() and (folder / "fiv-backup-garbage.tar").exists()
