"""Settings for a developer's machine: debug on, an insecure key, mail on the console."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "django-insecure-fiv-development-only-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
INTERNAL_IPS = ["127.0.0.1"]

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}

try:
    from .local import *  # noqa: F403
except ImportError:
    pass
