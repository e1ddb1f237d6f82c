"""Settings shared by every environment.

Everything that differs between machines comes from the environment; nothing secret lives
here. See dev.py, test.py and production.py for what each environment adds.
"""

import hashlib
import os
import tempfile
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

DEBUG = False

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]

INSTALLED_APPS = [
    "home",
    "network",
    "library",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "home.apps.WagtailUsersConfig",  # wagtail.users, superuser rights for superusers only
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "axes",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # /healthz/ and /readyz/ for Docker and the load balancer, before the host check (cms/health.py).
    "cms.health.HealthCheckMiddleware",
    # One log line per request, and its X-Request-ID (cms/observability.py).
    "cms.observability.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so that static files carry the policies too (cms/headers.py).
    "cms.headers.ContentSecurityPolicyMiddleware",
    "cms.headers.PermissionsPolicyMiddleware",
    "cms.headers.PrivateCacheMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and users: a stored public page is served without touching either.
    "home.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The site, languages, restrictions, menu and the reader's roles from memory (home/framecache.py).
    "home.framecache.FrameCacheMiddleware",
    # An address with a NUL or a file name too long for any disk: a 404 before any view.
    "home.params.MalformedPathMiddleware",
    # Municipality contributors reach only the page editor's part of the admin.
    "network.admin_access.ContributorAdminMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that it turns a login refused by django-axes into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# The database comes from DATABASE_URL; without it a newcomer gets an embedded SQLite file.
# Connections are kept for a minute between requests and checked before reuse: after a
# PostgreSQL restart a worker opens a new one instead of failing its next request.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Danish is the source language and the default: it is served without a prefix,
# English under /en/. LANGUAGE_CODE must be "da" before the first migrate, since Wagtail
# creates its first Locale from it.
LANGUAGE_CODE = "da"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("da", _("Danish")),
    ("en", _("English")),
]
# The project's own strings; then Danish for the admin strings Wagtail's catalogue leaves in
# English (before every app's catalogue, Wagtail's included).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "wagtail-admin"]
USE_I18N = True
WAGTAIL_I18N_ENABLED = True
TIME_ZONE = "Europe/Copenhagen"
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # The site's own CSS and JS minified, every file hashed and compressed (cms/storage.py)
    "staticfiles": {"BACKEND": "cms.storage.MinifiedManifestStaticFilesStorage"},
}

# Object storage for media, when configured (django-storages, S3 compatible).
# django-storages reads these from the settings, boto3 the access keys from the environment.
# MEDIA_ORIGINS: where image renditions are loaded from, for the content security policy.
MEDIA_ORIGINS = []
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_STORAGE_BUCKET_NAME = os.environ["AWS_STORAGE_BUCKET_NAME"]
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    if AWS_S3_CUSTOM_DOMAIN:
        MEDIA_ORIGINS = [f"https://{AWS_S3_CUSTOM_DOMAIN}"]
    elif AWS_S3_ENDPOINT_URL:
        endpoint = urlsplit(AWS_S3_ENDPOINT_URL)
        # Path-style (the bucket in the path) or virtual-hosted (the bucket in the host name).
        MEDIA_ORIGINS = [
            f"{endpoint.scheme}://{endpoint.netloc}",
            f"{endpoint.scheme}://{AWS_STORAGE_BUCKET_NAME}.{endpoint.netloc}",
        ]
    else:
        MEDIA_ORIGINS = [f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"]
        if AWS_S3_REGION_NAME:
            MEDIA_ORIGINS.append(
                f"https://{AWS_STORAGE_BUCKET_NAME}.s3.{AWS_S3_REGION_NAME}.amazonaws.com"
            )

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Background work (Django's tasks API through the django-tasks backport, home/tasks.py).
# "default" is where Wagtail's own tasks go (search index, reference index, removing a deleted
# file): they run at once, inside the request, so a page is searchable and its references are
# counted the moment it is published. "background" is the project's queue for slow work (text
# extraction, PDFs, digests): stored in the database and run by `manage.py db_worker --backend
# background --queue-name '*'`, a separate process (`make run` and docker-compose start it).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# A task that has waited longer than this for a worker makes /readyz/ report the queue failing.
TASK_QUEUE_MAX_WAIT_SECONDS = int(os.environ.get("TASK_QUEUE_MAX_WAIT_SECONDS", "600"))

# E-mail: SMTP when EMAIL_HOST is set, otherwise printed on the console.
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() == "true"
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Familieiværksætterne <noreply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Caches: Redis when REDIS_URL is set (shared by every app container), otherwise local memory
# for "default" and a private folder of files for "pages", the page cache (home/pagecache.py)
# and the frame's generation (home/framecache.py), which every gunicorn worker and the task
# worker of the machine must share (cms/cache.py; PAGE_CACHE_DIR, by default a folder of this
# user's in the temporary directory). More than one machine or container: set REDIS_URL.
# The site keeps serving when Redis is gone (cms/cache.py): a call that fails or takes longer
# than the socket timeouts behaves as on an empty cache. Sessions live in the database with a
# copy in the cache, so losing Redis logs nobody out.
# One folder per user and database, so that two sites on one machine (a benchmark beside
# `make run`) never serve each other's pages.
_database = "{HOST}:{PORT}/{NAME}".format(**DATABASES["default"])
SITE_CACHE_FOLDER = (
    f"fiv-page-cache-{os.getuid()}-{hashlib.sha256(_database.encode()).hexdigest()[:12]}"
)
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": "cms.cache.PrivateFileCache",
        "LOCATION": os.environ.get("PAGE_CACHE_DIR")
        or os.path.join(tempfile.gettempdir(), SITE_CACHE_FOLDER),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}
REDIS_OPTIONS = {
    "socket_connect_timeout": float(os.environ.get("REDIS_CONNECT_TIMEOUT", "0.5")),
    "socket_timeout": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
}
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "cms.cache.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "OPTIONS": REDIS_OPTIONS,
        },
        "pages": {
            "BACKEND": "cms.cache.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "pages",
            "OPTIONS": REDIS_OPTIONS,
        },
    }
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Anonymous visitors get public pages from the page cache for this many seconds (0: off);
# publishing and every other change purges the pages it touches at once (home/pagepurge.py).
# Browsers keep a page for PAGE_CACHE_BROWSER_SECONDS, since nobody can purge them.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_BROWSER_SECONDS = int(os.environ.get("PAGE_CACHE_BROWSER_SECONDS", "60"))
# Pages behind login that read the same for every reader of the same groups (the library, a
# material) are built once per change and kept this many seconds at most (home/readercache.py).
READER_CACHE_SECONDS = int(os.environ.get("READER_CACHE_SECONDS", "600"))

# A CDN or caching proxy in front of the site, purged with the page cache (README, "Caching").
WAGTAILFRONTENDCACHE = {}
if os.environ.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
        "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):  # Varnish, nginx: a PURGE request to this address
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
# The purge names each language's address itself (Danish has no prefix): no rewriting.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Login for the professional area: the site's own pages, in the visitor's language.
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "professional_area"
# Without it, a logout without `next` renders the admin's logged_out.html, which fails here.
LOGOUT_REDIRECT_URL = "/"  # the home page
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 3  # three days, for reset links and invitations alike

# Failed logins (django-axes): after five failures for one username from one address, both the
# site's login page and the admin's refuse that pair for a quarter of an hour. Every attempt
# while locked starts the quarter over, so the wait the lockout page names is always exact.
# Axes must come first: it refuses before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = True
AXES_LOCKOUT_CALLABLE = "network.throttling.lockout"
# Against password spraying, two ceilings counted from the same failures within the cool-off:
# a username that failed from 20 addresses, or an address that failed with 30 usernames, is
# refused as well (the same lockout page), whatever the count for each pair.
AXES_HANDLER = "network.throttling.SprayingAwareHandler"
FAILED_LOGIN_ADDRESSES_PER_USERNAME = 20
FAILED_LOGIN_USERNAMES_PER_ADDRESS = 30
# Only failures are stored (and removed once they expire): no log of every login with its address.
AXES_DISABLE_ACCESS_LOG = True
# Behind a load balancer every request comes from the balancer's address. TRUSTED_PROXY_COUNT
# says how many proxies in front of the app append to X-Forwarded-For; 0 trusts no header.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "network.throttling.client_ip"

# Wagtail
WAGTAIL_SITE_NAME = "Familieiværksætterne"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Uploads in the admin's document chooser meet the checks of the contribution form.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "library.admin_forms.CheckedDocumentForm"
WAGTAILDOCS_EXTENSIONS = [
    "csv", "doc", "docx", "jpg", "jpeg", "mp4", "odp", "ods", "odt", "pdf", "png", "ppt", "pptx",
    "rtf", "txt", "xls", "xlsx", "zip",
]  # fmt: skip
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars fetched from gravatar.com: the admin shows nothing from outside the site.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Workflow e-mails go to the secretariat and the contributor, not to every superuser.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False

# Messages sent through the contact form are deleted this many months after they arrive
# (`manage.py delete_old_contact_messages`, daily; the privacy policy states the same period).
FIV_CONTACT_RETENTION_MONTHS = int(os.environ.get("FIV_CONTACT_RETENTION_MONTHS", "6"))
# Searches that found nothing (search.UnansweredQuery, for the report "Søgninger uden
# resultater") are deleted this many months after their day (`manage.py
# delete_old_unanswered_searches`, daily): a year and a month, to compare a month with last year's.
FIV_UNANSWERED_SEARCH_RETENTION_MONTHS = int(
    os.environ.get("FIV_UNANSWERED_SEARCH_RETENTION_MONTHS", "13")
)

# The network's figures never show a group (a year, a region in a year) built from fewer
# families than this (network/localdata/figures.py says what else they hold back).
FIV_FIGURES_MIN_FAMILIES = int(os.environ.get("FIV_FIGURES_MIN_FAMILIES", "5"))

# Contributions from the municipalities: the largest file the site form takes, in megabytes.
FIV_UPLOAD_MAX_MB = int(os.environ.get("FIV_UPLOAD_MAX_MB", "50"))
WAGTAILDOCS_MAX_UPLOAD_SIZE = FIV_UPLOAD_MAX_MB * 1024 * 1024
# What one request may send, files and fields together (default: four of the largest files).
# The web server in front must let a little more through (README, "Production"), so that the
# site, not the server, tells the contributor. Larger requests have their files refused unread
# by the first upload handler; fields over DATA_UPLOAD_MAX_MEMORY_SIZE get the 400 page.
FIV_UPLOAD_REQUEST_MAX_MB = int(
    os.environ.get("FIV_UPLOAD_REQUEST_MAX_MB", str(4 * FIV_UPLOAD_MAX_MB))
)
FILE_UPLOAD_HANDLERS = [
    "library.uploads.RequestSizeLimitHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024  # the text of a form, files not counted
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024  # a larger file waits on disk, not in memory
# What one person may upload in a day, in megabytes.
FIV_UPLOAD_DAILY_MB = int(os.environ.get("FIV_UPLOAD_DAILY_MB", "500"))
# Word, PowerPoint, Excel and ODF files are zip archives: the most an uploaded one may hold.
FIV_UPLOAD_ZIP_MAX_ENTRIES = 5000
FIV_UPLOAD_ZIP_MAX_EXPANDED_MB = 1024
FIV_UPLOAD_ZIP_MAX_RATIO = 200
# A new translation is a draft until the secretariat publishes it (home/translations.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation in wagtail-localize's editor ("Translate with DeepL") only with a DeepL
# key (a free-plan key ends in ":fx" and is sent to DeepL's free endpoint); without one the
# editor has no such button.
if os.environ.get("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"]},
    }

# Search: the database backend (PostgreSQL full-text search, Danish pages stemmed as Danish and
# English ones as English; FTS5 without stemming on SQLite), or Elasticsearch when
# ELASTICSEARCH_URL is set.
if os.environ.get("ELASTICSEARCH_URL"):
    # One index per language, each analysed with that language's stemmer and stop words: every
    # object goes into both, and a search asks the index of the reader's language
    # (search.backend.backend_for_language), which holds that language's pages analysed right.
    def _elasticsearch(language, analyzer):
        prefix = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "fiv_")
        return {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [os.environ["ELASTICSEARCH_URL"]],
            "INDEX_PREFIX": f"{prefix}{language}_",
            "TIMEOUT": 5,
            "INDEX_SETTINGS": {
                "settings": {"analysis": {"analyzer": {"default": {"type": analyzer}}}}
            },
        }

    WAGTAILSEARCH_BACKENDS = {
        "default": _elasticsearch("da", "danish"),
        "english": _elasticsearch("en", "english"),
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            # Wagtail's database backend; on PostgreSQL each page stemmed in its own language
            # (search/backend.py). After changing the configurations: `manage.py update_index`.
            "BACKEND": "search.backend",
            "SEARCH_CONFIG": "danish",
            "LANGUAGE_CONFIGS": {"da": "danish", "en": "english"},
        }
    }

# Security headers (cms/headers.py; the README lists what each response carries and why).
# The site and the professional area: scripts, styles, images and requests from the site's own
# origin only (and the media storage for images), no inline code, no plugins, no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, *MEDIA_ORIGINS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin (every address under /admin/) runs inline scripts and styles, and shows
# images it builds in the browser. Its previews get the site's policy (cms/headers.py).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *MEDIA_ORIGINS],
        "frame-ancestors": [SELF],
    }
}
# Browser features no page of the site uses, turned off for the site and any frame in it.
# (FLoC's `interest-cohort` is gone from browsers; `browsing-topics` is its successor.)
PERMISSIONS_POLICY_DISABLED = [
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "camera",
    "display-capture",
    "encrypted-media",
    "gamepad",
    "geolocation",
    "gyroscope",
    "hid",
    "idle-detection",
    "local-fonts",
    "magnetometer",
    "microphone",
    "midi",
    "otp-credentials",
    "payment",
    "publickey-credentials-create",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "usb",
    "window-management",
    "xr-spatial-tracking",
]
# SecurityMiddleware: no sniffing a file's type, no address sent to other sites, and no page
# of another site keeps a handle on a window opened from here.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its own preview views SAMEORIGIN

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
