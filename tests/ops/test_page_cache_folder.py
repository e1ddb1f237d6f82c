"""The page cache without Redis: a private folder of files that every process of the machine
shares (cms/cache.py), and that nobody else can write to."""

import logging
import os
import stat

import pytest

from cms.cache import PrivateFileCache
from tests.home.production import production_settings


def folder_cache(path):
    """The cache as one process of the site opens it."""
    return PrivateFileCache(str(path), {"OPTIONS": {"MAX_ENTRIES": 100}})


def test_what_one_process_stores_or_purges_another_sees(tmp_path):
    folder = tmp_path / "pages"
    one, other = folder_cache(folder), folder_cache(folder)

    one.set("page:/", {"content": b"<h1>Velkommen</h1>"}, 60)
    assert other.get("page:/") == {"content": b"<h1>Velkommen</h1>"}

    other.delete("page:/")  # a purge in the task worker
    assert one.get("page:/") is None


def test_the_folder_is_made_for_the_site_alone(tmp_path):
    folder = tmp_path / "pages"
    folder_cache(folder).set("key", "value", 60)

    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700


def test_a_folder_that_others_may_write_to_is_not_used(tmp_path, caplog):
    """What the cache holds is unpickled when read: a file planted by someone else would run
    their code in the site. Such a folder is left alone and the site goes on without a cache."""
    folder = tmp_path / "pages"
    folder.mkdir()
    folder.chmod(0o777)
    planted = folder_cache(tmp_path / "elsewhere")
    planted._dir = str(folder)  # a file with a valid name, made by another hand
    planted.set("page:/", "planted", 60)

    cache = folder_cache(folder)
    with caplog.at_level(logging.WARNING, logger="cms.cache"):
        assert cache.get("page:/") is None
        cache.set("page:/en/", "stored?", 60)
        assert cache.get("page:/en/") is None
    assert "others may write to it" in caplog.text


@pytest.mark.skipif(os.getuid() != 0, reason="only root can give a folder to another user")
def test_a_folder_of_another_user_is_not_used(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir(mode=0o700)
    os.chown(folder, 65534, 65534)  # nobody

    cache = folder_cache(folder)
    cache.set("page:/", "stored?", 60)
    assert cache.get("page:/") is None


def test_production_keeps_pages_in_a_private_folder_or_in_redis():
    """Without REDIS_URL every process of the machine shares one folder per database (two sites
    on one machine never serve each other's pages); with it, Redis holds them."""
    one, other = (
        production_settings("CACHES", env={"DATABASE_URL": f"postgres://fiv@db:5432/{name}"})
        for name in ["fiv", "fiv_bench"]
    )
    assert one["CACHES"]["pages"]["BACKEND"] == "cms.cache.PrivateFileCache"
    assert one["CACHES"]["pages"]["LOCATION"] != other["CACHES"]["pages"]["LOCATION"]

    chosen = production_settings(
        "CACHES",
        env={"DATABASE_URL": "postgres://fiv@db:5432/fiv", "PAGE_CACHE_DIR": "/srv/fiv/pages"},
    )
    assert chosen["CACHES"]["pages"]["LOCATION"] == "/srv/fiv/pages"

    shared = production_settings(
        "CACHES",
        env={"DATABASE_URL": "postgres://fiv@db:5432/fiv", "REDIS_URL": "redis://redis:6379/0"},
    )
    assert shared["CACHES"]["pages"]["BACKEND"] == "cms.cache.ResilientRedisCache"
