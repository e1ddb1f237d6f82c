"""Production settings: refuses to start without a strong secret key and allowed hosts."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

GENERATE_KEY = "python -c 'import secrets; print(secrets.token_urlsafe(50))'"
# Keys that were ever published with the project: the placeholder in .env.docker and the
# example it once held. Anyone can sign sessions and reset links with them.
PUBLISHED_KEYS = {
    "replace-me-with-the-output-of-python-c-import-secrets-print-secrets-token_urlsafe-50",
    "change-me-to-a-long-random-string-of-at-least-fifty-characters-0123456789",
}

SECRET_KEY = os.environ["SECRET_KEY"]
if SECRET_KEY in PUBLISHED_KEYS:
    raise ImproperlyConfigured(
        f"SECRET_KEY is the published example from .env.docker. Generate one with {GENERATE_KEY}"
    )
# The same rule as Django's deployment check (security.W009), as an error.
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure-"):
    raise ImproperlyConfigured(
        "SECRET_KEY is too weak: it needs at least 50 characters, 5 of them different, and no "
        f"'django-insecure-' prefix. Generate one with {GENERATE_KEY}"
    )

if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("Set ALLOWED_HOSTS to the comma-separated host names of the site.")
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS]  # noqa: F405

# Behind a load balancer that terminates TLS.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True

# Logs: one JSON object per line on standard output, one line per request (cms/observability.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "cms.observability.JsonFormatter"}},
    "filters": {"request_id": {"()": "cms.observability.RequestIdFilter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "cms.requests": {"level": os.environ.get("REQUEST_LOG_LEVEL", "INFO")},
        "cms.health": {"level": "WARNING"},
    },
}

# Errors to Sentry when SENTRY_DSN is set, personal data scrubbed (cms/observability.py).
if os.environ.get("SENTRY_DSN"):
    from cms.observability import init_sentry

    init_sentry(
        os.environ["SENTRY_DSN"],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        release=os.environ.get("SENTRY_RELEASE") or None,
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )
