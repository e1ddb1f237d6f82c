"""gunicorn's settings, read from the directory it starts in (the image's /app) without a flag.

The access log keeps its usual (combined) format, but each value in it passes through
`mask_feed_tokens`: the path of a calendar feed holds the secret that stands in for a login, and
would otherwise be written for every fetch (see network/feed_logging.py).
"""

from gunicorn.glogging import Logger

from network.feed_logging import mask_feed_tokens


class FeedTokenMaskingLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {
            key: mask_feed_tokens(value) if isinstance(value, str) else value
            for key, value in atoms.items()
        }


logger_class = FeedTokenMaskingLogger
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s"'
