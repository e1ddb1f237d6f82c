"""The caches of the site: a Redis cache that the site survives losing, and a private file cache.

Everything the site keeps in the cache (facet counts, rate-limit counters, Wagtail's site root
paths and renditions, session copies) can be computed or read again. So when Redis is
unreachable, or too slow to answer within its socket timeouts, each cache call logs a warning
and behaves as on an empty cache (`get` gives the default, `set` keeps nothing) instead of
turning every page into a 500; for a few seconds after a failure it does not even ask (see
`RETRY_AFTER`). Sessions live in the database with a copy in the cache
(`cached_db`), so nobody is even logged out. `/readyz/` still reports the cache failing.
"""

import functools
import logging
import os
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# After a failure, the cache is not asked again for this many seconds: an unreachable Redis
# costs a request one socket timeout at most, not one per cache call, and logs one line.
RETRY_AFTER = 5.0


def _ignoring_errors(method, fallback):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        if time.monotonic() < self.down_until:
            return fallback(*args, **kwargs)
        try:
            return method(self, *args, **kwargs)
        except RedisError as error:
            self.down_until = time.monotonic() + RETRY_AFTER
            logger.warning(
                "Cache %s failed, going on without the cache for %s s: %s: %s",
                method.__name__,
                RETRY_AFTER,
                type(error).__name__,
                error,
            )
            return fallback(*args, **kwargs)

    return wrapper


def _default(key, default=None, *args, **kwargs):
    return default


def _incr(key, delta=1, *args, **kwargs):
    return delta  # as if the counter had just started: a rate limit lets the request through


class ResilientRedisCache(RedisCache):
    down_until = 0.0  # time.monotonic() until which Redis is not asked

    add = _ignoring_errors(RedisCache.add, lambda *args, **kwargs: False)
    get = _ignoring_errors(RedisCache.get, _default)
    set = _ignoring_errors(RedisCache.set, lambda *args, **kwargs: None)
    touch = _ignoring_errors(RedisCache.touch, lambda *args, **kwargs: False)
    delete = _ignoring_errors(RedisCache.delete, lambda *args, **kwargs: False)
    get_many = _ignoring_errors(RedisCache.get_many, lambda *args, **kwargs: {})
    has_key = _ignoring_errors(RedisCache.has_key, lambda *args, **kwargs: False)
    incr = _ignoring_errors(RedisCache.incr, _incr)
    set_many = _ignoring_errors(RedisCache.set_many, lambda data, *args, **kwargs: list(data))
    delete_many = _ignoring_errors(RedisCache.delete_many, lambda *args, **kwargs: None)
    clear = _ignoring_errors(RedisCache.clear, lambda *args, **kwargs: False)


class PrivateFileCache(FileBasedCache):
    """Django's file cache in a folder only this user may enter: the page cache without Redis.

    Every gunicorn worker and the task worker of one machine read and purge the same files, and
    a stored page costs a file read instead of a database query (half the time of a cached page
    was the database's answer). What the cache holds is unpickled when read, so a folder that
    someone else could write to would let them run code in the site: the folder is made with
    mode 0700, and one that belongs to another user or that others may write to is not used
    (a warning is logged and the cache behaves as an empty one, as when Redis is gone).
    """

    def __init__(self, directory, params):
        super().__init__(directory, params)
        self._checked = False
        self._usable = False

    def _usable_folder(self):
        if self._checked:
            return self._usable
        try:
            os.makedirs(self._dir, 0o700, exist_ok=True)
            found = os.stat(self._dir)
            self._usable = found.st_uid == os.getuid() and not found.st_mode & 0o022
            if not self._usable:
                logger.warning(
                    "The cache folder %s belongs to another user or others may write to it: "
                    "it is not used (set PAGE_CACHE_DIR to a folder of the site's own).",
                    self._dir,
                )
        except OSError as error:
            logger.warning("The cache folder %s cannot be used: %s", self._dir, error)
            self._usable = False
        self._checked = True
        return self._usable

    def get(self, key, default=None, version=None):
        return super().get(key, default, version) if self._usable_folder() else default

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._usable_folder() and super().add(key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if self._usable_folder():
            super().set(key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._usable_folder() and super().touch(key, timeout, version)

    def delete(self, key, version=None):
        return self._usable_folder() and super().delete(key, version)

    def has_key(self, key, version=None):
        return self._usable_folder() and super().has_key(key, version)

    def clear(self):
        if self._usable_folder():
            super().clear()
