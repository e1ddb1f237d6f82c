"""Failed logins, slowed down by django-axes (configured in `cms.settings.base`).

Axes counts failures per username and address and refuses a login once there are too many; this
module tells it where a request comes from behind the load balancer, and what a locked-out
visitor sees, on the site's login page and the admin's alike.
"""

import ipaddress

from axes.helpers import get_cool_off
from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from django.utils.timesince import timeuntil


def client_ip(request):
    """The address a login came from.

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


def lockout(request, original_response=None, credentials=None):
    """The page for a refused login: how long to wait, and the way to a new password.

    Each attempt while locked starts the cool-off over (AXES_RESET_COOL_OFF_ON_FAILURE_DURING_
    LOCKOUT), so the whole cool-off is exactly the wait from now.
    """
    now = timezone.now()
    wait = timeuntil(now + get_cool_off(request), now)
    return render(
        request,
        "network/auth/lockout.html",
        {"wait": wait},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
