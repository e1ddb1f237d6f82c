"""Structured logs and error reports, with nobody's personal data in them.

- `RequestLogMiddleware` writes one line per request to the logger `cms.requests`: its id, the
  method, the path (never the query string, a calendar feed's token masked), the status, the
  duration and the user's id (never a name or an e-mail address). The id comes from the load
  balancer's `X-Request-ID` when it sends a sane one, is made here otherwise, and is sent back in
  the response's `X-Request-ID`, so that a visitor's report, the log and Sentry meet.
- `JsonFormatter` writes every log record as one JSON object on one line, with the request's id
  when there is one (`cms/settings/production.py` uses it).
- `init_sentry()` reports errors to Sentry when `SENTRY_DSN` is set, with `scrub_event()` as the
  last word on what leaves the site: no cookies, no form data, no query strings, no e-mail
  addresses, no tokens, no local variables, the user known by id only.

No model is imported here: the production settings import this module.
"""

import contextvars
import datetime
import json
import logging
import re
import time
import uuid

from django.contrib.auth import SESSION_KEY
from django.core.signals import request_finished
from django.utils.functional import empty

from network.feed_logging import mask_feed_tokens

REQUEST_ID = contextvars.ContextVar("request_id", default=None)
# What a load balancer sends (a UUID, AWS's "Root=1-..."), nothing a visitor could use to forge
# a line or fill the log.
INCOMING_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:=-]{0,99}")
REQUEST_ID_HEADER = "X-Request-ID"

request_logger = logging.getLogger("cms.requests")


def incoming_request_id(request):
    candidate = request.headers.get(REQUEST_ID_HEADER, "")
    return candidate if INCOMING_REQUEST_ID.fullmatch(candidate) else uuid.uuid4().hex


def user_id(request):
    """The id of the user the request was served to, without a query of its own: the user if
    the request looked them up, else the id in the session if the request loaded it (a request
    that did neither served nothing personal)."""
    user = getattr(request, "user", None)  # AuthenticationMiddleware's lazy object
    if user is not None and getattr(user, "_wrapped", user) is not empty:
        return user.pk if user.is_authenticated else None
    session = getattr(request, "session", None)
    if session is not None and hasattr(session, "_session_cache"):
        value = session._session_cache.get(SESSION_KEY)
        return int(value) if value and str(value).isdigit() else value
    return None


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = incoming_request_id(request)
        request.id = request_id
        # Kept until the response is closed (request_finished): Django logs a 4xx or 5xx
        # response (`django.request`) after the last middleware has returned.
        REQUEST_ID.set(request_id)
        _tag_sentry_scope(request_id)
        started = time.monotonic()
        response = self.get_response(request)
        response[REQUEST_ID_HEADER] = request_id
        path = mask_feed_tokens(request.path)
        request_logger.info(
            "%s %s %s",
            request.method,
            path,
            response.status_code,
            extra={
                "request_id": request_id,
                "method": request.method,
                "path": path,
                "status": response.status_code,
                "duration_ms": round((time.monotonic() - started) * 1000, 1),
                "user_id": user_id(request),
            },
        )
        return response


def forget_request_id(**kwargs):
    REQUEST_ID.set(None)


request_finished.connect(forget_request_id, dispatch_uid="cms.observability.forget_request_id")


class RequestIdFilter(logging.Filter):
    """Stamps each record with the id of the request it was logged in, when it is logged."""

    def filter(self, record):
        request_id = REQUEST_ID.get()
        if request_id and getattr(record, "request_id", None) is None:
            record.request_id = request_id
        return True


def _tag_sentry_scope(request_id):
    import sentry_sdk

    sentry_sdk.get_isolation_scope().set_tag("request_id", request_id)


# The attributes every LogRecord has: anything else on a record was passed as `extra`.
STANDARD_ATTRIBUTES = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {
    "message",
    "asctime",
    "taskName",
}
# Extras that are objects, not values: Django puts the request itself on its records, and its
# repr holds the query string.
LEFT_OUT = {"request", "server_time"}


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": mask_feed_tokens(record.getMessage()),
        }
        request_id = getattr(record, "request_id", None) or REQUEST_ID.get()
        if request_id:
            entry["request_id"] = request_id
        for key, value in vars(record).items():
            if key in STANDARD_ATTRIBUTES or key in LEFT_OUT or key.startswith("_") or key in entry:
                continue
            if isinstance(value, str):
                entry[key] = mask_feed_tokens(value)
            elif value is None or isinstance(value, bool | int | float):
                entry[key] = value
        if record.exc_info:
            entry["exception"] = mask_feed_tokens(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


# Sentry

FILTERED = "[Filtered]"
SENSITIVE_KEY = re.compile(
    r"pass|secret|token|key|session|csrf|cookie|auth|sig|mail|name|phone|address|query|params",
    re.IGNORECASE,
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Request headers that say nothing about who asked.
SAFE_HEADERS = {
    "accept",
    "accept-language",
    "content-length",
    "content-type",
    "host",
    "x-forwarded-proto",
    "x-request-id",
}


def scrub_text(text):
    return EMAIL.sub("[e-mail]", mask_feed_tokens(text))


def scrub(value):
    """A copy of `value` with personal data masked: strings scrubbed, values under telling keys
    (password, token, e-mail, name, ...) replaced."""
    if isinstance(value, dict):
        return {
            key: FILTERED if isinstance(key, str) and SENSITIVE_KEY.search(key) else scrub(item)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [scrub(item) for item in value]
    if isinstance(value, str):
        return scrub_text(value)
    return value


def scrub_event(event, hint=None):
    """Sentry's `before_send`: what an error report may hold."""
    request = event.get("request")
    if request:
        headers = request.get("headers") or {}
        event["request"] = {
            "method": request.get("method"),
            "url": scrub_text((request.get("url") or "").split("?", 1)[0]),
            "headers": {
                name: scrub_text(value)
                for name, value in headers.items()
                if name.lower() in SAFE_HEADERS
            },
        }
    user = event.get("user")
    if user:
        event["user"] = {"id": user["id"]} if user.get("id") is not None else {}
    for exception in (event.get("exception") or {}).get("values") or []:
        if exception.get("value"):
            exception["value"] = scrub_text(exception["value"])
        for frame in (exception.get("stacktrace") or {}).get("frames") or []:
            frame.pop("vars", None)
    for section in ("message", "logentry", "extra", "breadcrumbs", "tags"):
        if section in event:
            event[section] = scrub(event[section])
    return event


def init_sentry(dsn, *, environment=None, release=None, traces_sample_rate=0.0):
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        integrations=[DjangoIntegration()],
        environment=environment,
        release=release,
        traces_sample_rate=traces_sample_rate,
        # What the integrations collect by themselves: no user, cookies, bodies, query strings,
        # SQL parameters or local variables, only the harmless headers. (`data_collection`
        # supersedes `send_default_pii=False` in this SDK, which deprecates the latter.)
        data_collection={
            "user_info": False,
            "cookies": {"mode": "off"},
            "http_headers": {"request": {"mode": "allowlist", "terms": sorted(SAFE_HEADERS)}},
            "http_bodies": [],
            "url_query_params": {"mode": "off"},
            "database_query_data": False,
            "stack_frame_variables": False,
            "gen_ai": {"inputs": False, "outputs": False},
        },
        include_local_variables=False,
        max_request_body_size="never",
        before_send=scrub_event,
        before_send_transaction=scrub_event,
    )
