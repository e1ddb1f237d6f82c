"""Faults the site survives: Redis gone, a database connection lost between requests."""

import pytest
from django.core.cache import caches
from django.test import override_settings
from django.urls import reverse
from redis.exceptions import RedisError

from home.ratelimit import RateLimit
from tests.home.production import production_settings
from tests.people import PROFESSIONAL, demo_user

pytestmark = pytest.mark.django_db

UNREACHABLE = "redis://127.0.0.1:1/0"  # nothing listens on port 1: refused at once


def redis_cache(backend):
    """The caches as production has them with REDIS_URL: both in Redis."""
    return {alias: {"BACKEND": backend, "LOCATION": UNREACHABLE} for alias in ["default", "pages"]}


REDIS_GONE = override_settings(
    CACHES=redis_cache("cms.cache.ResilientRedisCache"),
    SESSION_ENGINE="django.contrib.sessions.backends.cached_db",
)


def test_django_alone_fails_on_the_unreachable_redis_of_these_tests():
    """What the tests below survive is a real failure, not a cache that happens to work."""
    with override_settings(CACHES=redis_cache("django.core.cache.backends.redis.RedisCache")):
        with pytest.raises(RedisError):
            caches["default"].get("anything")


@REDIS_GONE
def test_public_pages_are_served_without_redis(client, caplog):
    for address in ["/", "/en/", reverse("search") + "?query=fædre"]:
        response = client.get(address)
        assert response.status_code == 200, address
    assert "going on without the cache" in caplog.text


@REDIS_GONE
def test_a_logged_in_professional_stays_logged_in_without_redis(client):
    client.force_login(demo_user(PROFESSIONAL))

    response = client.get(reverse("professional_area"), follow=True)

    assert response.status_code == 200  # the session is read from the database
    assert response.context["request"].user.is_authenticated


def test_a_session_survives_redis_going_away(client):
    """Logged in while Redis ran (the session copied to the cache), then Redis is gone."""
    with override_settings(SESSION_ENGINE="django.contrib.sessions.backends.cached_db"):
        client.force_login(demo_user(PROFESSIONAL))
    with REDIS_GONE:
        response = client.get(reverse("professional_area"), follow=True)
    assert response.status_code == 200
    assert response.context["request"].user.is_authenticated


@REDIS_GONE
def test_a_rate_limit_lets_people_through_when_it_cannot_count():
    limit = RateLimit("tests", limit=1, period=60)

    assert limit.take("someone") is not None
    assert limit.take("someone") is not None


@REDIS_GONE
def test_after_a_failure_redis_is_left_alone_for_a_few_seconds(caplog, monkeypatch):
    """A Redis that does not answer costs one socket timeout, not one per cache call."""
    cache = caches["default"]
    for key in range(10):
        cache.get(f"key-{key}")
    assert len(caplog.records) == 1

    monkeypatch.setattr("cms.cache.RETRY_AFTER", 0)
    cache.down_until = 0.0  # the few seconds are over
    cache.get("again")
    assert len(caplog.records) == 2


@REDIS_GONE
def test_the_cache_behaves_as_an_empty_one():
    cache = caches["default"]
    cache.set("key", "value")

    assert cache.get("key", "fallback") == "fallback"
    assert cache.get_or_set("key", "computed") == "computed"
    assert cache.get_many(["key"]) == {}
    assert cache.add("key", 1) is False
    assert not cache.has_key("key")
    assert cache.incr("counter") == 1


def test_production_reuses_checked_connections_and_survives_redis():
    """A connection is kept between requests and checked before reuse (CONN_HEALTH_CHECKS): after
    a PostgreSQL restart a worker opens a new one instead of failing its next request."""
    found = production_settings(
        "DATABASES",
        "CACHES",
        "SESSION_ENGINE",
        env={
            "DATABASE_URL": "postgres://fiv@db:5432/fiv",
            "REDIS_URL": "redis://redis:6379/0",
        },
    )

    database = found["DATABASES"]["default"]
    assert database["CONN_HEALTH_CHECKS"] is True
    assert database["CONN_MAX_AGE"] >= 60
    assert found["CACHES"]["default"]["BACKEND"] == "cms.cache.ResilientRedisCache"
    assert found["CACHES"]["default"]["OPTIONS"]["socket_connect_timeout"] <= 1
    assert found["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"
