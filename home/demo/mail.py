"""Mail that the demo would send while it plays out workflow steps goes nowhere."""

from contextlib import contextmanager

from django.conf import settings

DISCARD = "django.core.mail.backends.dummy.EmailBackend"


@contextmanager
def muted_mail():
    """Send mail inside the block to the dummy backend, which drops it; the configured backend
    is back afterwards, also when the block raises. Django and Wagtail open their connection
    with `get_connection()`, which reads EMAIL_BACKEND at the moment of sending."""
    configured = settings.EMAIL_BACKEND
    settings.EMAIL_BACKEND = DISCARD
    try:
        yield
    finally:
        settings.EMAIL_BACKEND = configured
