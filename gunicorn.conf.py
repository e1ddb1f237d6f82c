"""gunicorn's settings, read from the directory it starts in (the image's /app) without a flag;
the benchmarks and the Dockerfile use it too. A flag on the command line still wins.

Workers and threads follow the machine: one worker per core plus one (a worker spends part of
each request waiting for the database), each with two threads, so a slow client or a slow
query does not hold a whole core. `GUNICORN_WORKERS` and `GUNICORN_THREADS` override both.
The application is loaded once before the workers fork (`preload_app`): they share its memory
and a broken release fails at start instead of in every worker. No database connection is made
while loading, so no worker inherits another's.

The access log keeps its usual (combined) format without query strings: a search's words, a
filter or a signed link are nobody's business in a log. Each value also passes through
`mask_feed_tokens`: the path of a calendar feed holds the secret that stands in for a login
(see network/feed_logging.py).
"""

import gc
import os

from gunicorn.glogging import Logger

from network.feed_logging import mask_feed_tokens


def cores():
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may use (a container's)
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def without_query(value):
    return value.split("?", 1)[0]


class PrivateAccessLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        atoms["f"] = without_query(atoms.get("f", "-"))
        return {
            key: mask_feed_tokens(value) if isinstance(value, str) else value
            for key, value in atoms.items()
        }


workers = int(os.environ.get("GUNICORN_WORKERS", cores() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 2))
preload_app = True
# A request that takes longer than this is stuck, not slow: the worker is restarted. Longer work
# (files, PDFs, digests) runs in the background queue.
timeout = 30
# On SIGTERM the requests in flight get this long; Docker waits 30 s before it kills.
graceful_timeout = 25
keepalive = 5
# A worker is replaced after this many requests (0: never), so a slow leak never grows for long.
# Each new worker starts with an empty memory of the site's frame (home/framecache.py) and new
# database connections, so not too often: at 2,000 a busy worker serving cached pages was
# replaced every two seconds.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 20000))
max_requests_jitter = max_requests // 10

logger_class = PrivateAccessLogger
# %(U)s is the path without its query string; the referer is cut at "?" by the logger.
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s "%(f)s" "%(a)s"'


def pre_fork(server, worker):
    """In the master, before a worker is forked from the loaded application: its objects leave
    the garbage collector's sight (gc.freeze). A full collection in a worker scanned all of
    them, some 270,000, and stopped a request for 140 ms now and then; frozen, they also stay
    shared with the master instead of being copied as the collector touches them."""
    gc.freeze()
