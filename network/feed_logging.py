"""Calendar-feed tokens stay out of the logs.

The feed's address holds its secret token (a calendar program cannot log in), and the paths of
requests are logged: by Django for a 404 or an error (`django.request`), by `runserver` for every
request (`django.server`), and by gunicorn's access log in production. Each of them masks the
token: the two Django loggers through `MaskFeedTokens`, added in `NetworkConfig.ready()` so that
no LOGGING setting can leave it out, and gunicorn through the logger class in `gunicorn.conf.py`.

No Django import here: gunicorn's master loads this module before Django is set up.
"""

import logging
import re

# Everything after /calendar/ up to the end of the path (with or without a language prefix,
# whatever was sent, a valid token or not).
FEED_PATH = re.compile(r"(/calendar/)[^\s?#\"']+")
MASK = r"\1***"
LOGGERS = ["django.request", "django.server"]


def mask_feed_tokens(text):
    return FEED_PATH.sub(MASK, text)


class MaskFeedTokens(logging.Filter):
    """Rewrites a log record whose message holds a feed path, before any handler sees it."""

    def filter(self, record):
        message = record.getMessage()
        masked = mask_feed_tokens(message)
        if masked != message:
            record.msg, record.args = masked, ()
        return True


def install():
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(existing, MaskFeedTokens) for existing in logger.filters):
            logger.addFilter(MaskFeedTokens())
