"""The rate limiter under the mail forms: a sliding window in the shared cache, keyed by hashes."""

import datetime

import time_machine
from django.core.cache import cache

from home.ratelimit import RateLimit, within_limits

# On the hour, so that a one-hour window starts here.
TEN_O_CLOCK = datetime.datetime(2027, 3, 1, 10, 0, tzinfo=datetime.UTC)


def cache_keys():
    return list(cache._cache.keys())  # the test settings use the local-memory cache


def test_the_limit_holds_within_the_hour_and_slides_off_after_it():
    limit = RateLimit("test:slide", limit=3)
    with time_machine.travel(TEN_O_CLOCK, tick=False) as clock:
        assert [within_limits((limit, "a")) for _ in range(4)] == [True, True, True, False]
        clock.shift(datetime.timedelta(minutes=59))
        assert not within_limits((limit, "a"))
        # Half an hour into the next window, half of the last one still counts: 1.5 + 1 fits,
        # 1.5 + 2 does not. A fixed window would allow three at once again.
        clock.shift(datetime.timedelta(minutes=31))
        assert [within_limits((limit, "a")) for _ in range(2)] == [True, False]
        clock.shift(datetime.timedelta(hours=2))
        assert [within_limits((limit, "a")) for _ in range(4)] == [True, True, True, False]


def test_values_are_counted_apart():
    limit = RateLimit("test:apart", limit=1)
    assert within_limits((limit, "a"))
    assert not within_limits((limit, "a"))
    assert within_limits((limit, "b"))
    assert within_limits((RateLimit("test:other", limit=1), "a"))


def test_a_refused_attempt_counts_against_none_of_the_limits():
    per_client = RateLimit("test:client", limit=5)
    per_email = RateLimit("test:email", limit=1)
    assert within_limits((per_client, "203.0.113.5"), (per_email, "a@example.org"))
    for _ in range(10):
        assert not within_limits((per_client, "203.0.113.5"), (per_email, "a@example.org"))
    # The ten refusals cost the client nothing: four more for other addresses still fit.
    for n in range(4):
        assert within_limits((per_client, "203.0.113.5"), (per_email, f"{n}@example.org"))
    assert not within_limits((per_client, "203.0.113.5"), (per_email, "z@example.org"))


def test_keys_hold_a_hash_of_fixed_length_never_the_value():
    limit = RateLimit("test:keys", limit=5)
    within_limits((limit, "maja@example.org"))
    within_limits((limit, "x" * 10_000 + "@example.org"))
    keys = cache_keys()
    assert len(keys) == 2
    assert all("maja" not in key and "xxxx" not in key for key in keys)
    assert len({len(key) for key in keys}) == 1 and len(keys[0]) < 200
