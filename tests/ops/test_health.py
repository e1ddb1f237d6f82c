"""/healthz/ and /readyz/: what Docker and the load balancer ask, and all a stranger learns."""

import datetime
import errno
from unittest import mock

import pytest
from django.db import OperationalError, connections
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.ops.tasks import remember

pytestmark = pytest.mark.django_db

UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1: refused at once
    }
}


def assert_answer(response, status, body):
    assert response.status_code == status
    assert response.content == body
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "no-store" in response["Cache-Control"]


def broken_cursor(*args, **kwargs):
    raise OperationalError("connection to server at 127.0.0.1 failed: secret-host-detail")


def test_liveness_answers_ok(client):
    assert_answer(client.get("/healthz/"), 200, b"ok\n")


def test_liveness_asks_nothing_of_the_database(client):
    with mock.patch.object(connections["default"], "cursor", broken_cursor):
        assert_answer(client.get("/healthz/"), 200, b"ok\n")


def test_readiness_answers_ok_when_everything_answers(client):
    assert_answer(client.get("/readyz/"), 200, b"ok\n")


def test_readiness_fails_with_the_database_and_says_no_more(client, caplog):
    with mock.patch.object(connections["default"], "cursor", broken_cursor):
        response = client.get("/readyz/")

    assert_answer(response, 503, b"failing\n")
    # The reason is in the log for the operator, not in the answer to the caller.
    assert "database" in caplog.text and "OperationalError" in caplog.text


def test_readiness_fails_when_the_cache_is_unreachable(client, caplog):
    with override_settings(CACHES=UNREACHABLE_REDIS):
        response = client.get("/readyz/")

    assert_answer(response, 503, b"failing\n")
    assert "Readiness check cache failing" in caplog.text


def test_readiness_fails_when_the_disk_is_full(client):
    full = OSError(errno.ENOSPC, "No space left on device")
    with mock.patch("django.core.files.storage.FileSystemStorage._save", side_effect=full):
        assert_answer(client.get("/readyz/"), 503, b"failing\n")


def test_readiness_leaves_no_file_behind(client, settings):
    client.get("/readyz/")

    assert not list((settings.MEDIA_ROOT / "health").glob("*"))


def test_readiness_fails_when_a_task_waited_too_long_for_the_worker(client, task_queue):
    remember.enqueue("answer", 42)
    assert_answer(client.get("/readyz/"), 200, b"ok\n")  # just enqueued: the worker has time

    DBTaskResult.objects.update(enqueued_at=timezone.now() - datetime.timedelta(hours=1))
    assert_answer(client.get("/readyz/"), 503, b"failing\n")

    task_queue.drain()
    assert_answer(client.get("/readyz/"), 200, b"ok\n")


def test_a_task_planned_for_later_is_not_late(client, task_queue):
    later = timezone.now() + datetime.timedelta(hours=1)
    remember.using(run_after=later).enqueue("answer", 42)
    DBTaskResult.objects.update(enqueued_at=timezone.now() - datetime.timedelta(hours=2))

    assert_answer(client.get("/readyz/"), 200, b"ok\n")


@override_settings(ALLOWED_HOSTS=["example.org"], SECURE_SSL_REDIRECT=True)
@pytest.mark.parametrize("path", ["/healthz/", "/readyz/"])
def test_a_probe_by_the_containers_own_address_over_http_is_answered(client, path):
    """Docker and a load balancer ask http://<container address>/: no host check, no redirect."""
    assert_answer(client.get(path, HTTP_HOST="10.0.0.7:8000"), 200, b"ok\n")


def test_a_probe_sets_no_cookie_and_starts_no_session(client):
    response = client.get("/readyz/")

    assert not response.cookies
