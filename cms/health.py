"""Health endpoints for Docker and a load balancer.

- `/healthz/` (liveness): the process answers. It asks nothing of the database or anything else,
  so a database restart never gets healthy app containers killed.
- `/readyz/` (readiness): the database answers a query, the cache keeps a value, the media
  storage takes and gives back a small file, and no task has waited for the worker longer than
  `TASK_QUEUE_MAX_WAIT_SECONDS`.

Each answers `ok` (200) or `failing` (503) in plain text and nothing more: which check failed,
and why, goes to the log (`cms.health`), never to the caller. Nothing may cache the answer.

`HealthCheckMiddleware` answers both before any other middleware: the probe of a load balancer
or of Docker asks by the container's own address over plain HTTP, which the host check
(`ALLOWED_HOSTS`) and the HTTPS redirect of the production settings would otherwise refuse or
redirect, and it needs no session, language or login. It also keeps the probes out of the
request log.
"""

import datetime
import logging
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connections
from django.db.models import Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django_tasks import task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult, get_date_max

from home.tasks import BACKGROUND

logger = logging.getLogger(__name__)

LIVENESS_PATHS = {"/healthz/", "/healthz"}
READINESS_PATHS = {"/readyz/", "/readyz"}
HEALTH_FOLDER = "health"


def check_database():
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone()[0] != 1:
            raise RuntimeError("the database answered SELECT 1 with something else")


def check_cache():
    key, value = f"health:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, timeout=10)
    try:
        if cache.get(key) != value:
            raise RuntimeError("the cache did not keep a value")
    finally:
        cache.delete(key)


def check_storage():
    """Write, read and delete a small file: a full disk or a refused bucket fails here first."""
    name = default_storage.save(f"{HEALTH_FOLDER}/{uuid.uuid4().hex}.txt", ContentFile(b"ok"))
    try:
        with default_storage.open(name) as stored:
            if stored.read() != b"ok":
                raise RuntimeError("the storage gave back other bytes")
    finally:
        default_storage.delete(name)


def check_task_queue():
    """No task has waited longer than TASK_QUEUE_MAX_WAIT_SECONDS for the worker: it runs.

    A task waits from its `run_after` or, without one, from when it was enqueued. Only the
    database queue of production can wait; an immediate backend (tests) never does."""
    if not isinstance(task_backends[BACKGROUND], DatabaseBackend):
        return
    oldest = timezone.now() - datetime.timedelta(seconds=settings.TASK_QUEUE_MAX_WAIT_SECONDS)
    late = DBTaskResult.objects.ready().filter(
        Q(run_after=get_date_max(), enqueued_at__lt=oldest) | Q(run_after__lt=oldest),
        backend_name=BACKGROUND,
    )
    if late.exists():
        raise RuntimeError("a background task has waited too long for the worker")


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "storage": check_storage,
    "task queue": check_task_queue,
}


def failing_checks():
    """The names of the checks that fail; each failure is logged with its reason."""
    failing = []
    for name, check in CHECKS.items():
        started = time.monotonic()
        try:
            check()
        except Exception as error:  # any failure of a dependency is "failing", never a 500
            failing.append(name)
            logger.warning(
                "Readiness check %s failing after %.0f ms: %s: %s",
                name,
                (time.monotonic() - started) * 1000,
                type(error).__name__,
                error,
            )
    return failing


def answer(ok):
    response = HttpResponse(
        "ok\n" if ok else "failing\n",
        status=200 if ok else 503,
        content_type="text/plain; charset=utf-8",
    )
    add_never_cache_headers(response)
    return response


def healthz(request):
    return answer(True)


def readyz(request):
    return answer(not failing_checks())


class HealthCheckMiddleware:
    """Answers /healthz/ and /readyz/ before any other middleware (see the module's docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD"):
            if request.path_info in LIVENESS_PATHS:
                return healthz(request)
            if request.path_info in READINESS_PATHS:
                return readyz(request)
        return self.get_response(request)
