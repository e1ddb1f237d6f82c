"""Failed logins, slowed down by django-axes (configured in `cms.settings.base`).

Axes counts failures per username and address and refuses a login once there are too many; this
module tells it where a request comes from behind the load balancer (`client_ip`, which lives in
`home.ratelimit` for the mail forms' limits too), and what a locked-out visitor sees, on the
site's login page and the admin's alike.
"""

from axes.helpers import get_cool_off
from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from django.utils.timesince import timeuntil

from home.ratelimit import client_ip

__all__ = ["client_ip", "lockout"]


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
