"""How often a visitor may do something that sends mail: counted in the shared cache.

Each `RateLimit` counts attempts per value (a client's address, an e-mail address) in a sliding
window of `period` seconds, approximated the cheap way: the count of the current fixed window
plus the previous window's count weighted by how much of it still lies within the last `period`.
Two cache keys per value, no list of timestamps. The cache is the site's default one, Redis when
REDIS_URL is set, so every app container counts together; in development it is per process.

Keys hold a keyed hash of the value (never the address or e-mail itself), so they have a fixed
length whatever a visitor types, and a look at the cache does not give away who asked for what.
"""

import ipaddress
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac

HOUR = 60 * 60


def client_ip(request):
    """The address a request came from.

    Without proxies it is REMOTE_ADDR. Behind `TRUSTED_PROXY_COUNT` proxies that each append the
    address they were called from to X-Forwarded-For, it is the entry that many places from the
    right: anything further left was sent by the client and may be forged.
    """
    remote = request.META.get("REMOTE_ADDR")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [
        address.strip()
        for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if address.strip()
    ]
    if len(forwarded) < count:
        return remote  # the request did not pass through every proxy we were told of
    try:
        return str(ipaddress.ip_address(forwarded[-count]))
    except ValueError:
        return remote


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` attempts per `period` seconds for one value of `name`."""

    name: str
    limit: int
    period: int = HOUR

    def key(self, value, window):
        digest = salted_hmac(
            "home.ratelimit", f"{self.name}\0{value}", algorithm="sha256"
        ).hexdigest()
        return f"ratelimit:{self.name}:{window}:{digest}"

    def take(self, value):
        """Count one attempt for `value` if the limit allows it: the key it was counted under,
        or None (and nothing counted) when the limit is reached."""
        window, elapsed = divmod(time.time(), self.period)
        window = int(window)
        current = self.key(value, window)
        # The current window's count is still needed as the previous one during the next window.
        cache.add(current, 0, timeout=2 * self.period)
        try:
            count = cache.incr(current)
        except ValueError:  # it expired between add() and incr()
            cache.set(current, 1, timeout=2 * self.period)
            count = 1
        previous = cache.get(self.key(value, window - 1), 0)
        if previous * (1 - elapsed / self.period) + count > self.limit:
            give_back(current)
            return None
        return current


def give_back(key):
    """Uncount an attempt that take() counted."""
    try:
        cache.decr(key)
    except ValueError:  # already expired: nothing left to give back
        pass


def within_limits(*checks):
    """Count one attempt against every (RateLimit, value) pair, or against none of them.

    False when any of the limits is reached: the attempts already counted for the others are
    given back, so that a refused attempt costs the visitor nothing and a concurrent request
    cannot slip past a limit between a check and a count.
    """
    taken = []
    for limit, value in checks:
        key = limit.take(value)
        if key is None:
            for earlier in taken:
                give_back(earlier)
            return False
        taken.append(key)
    return True
