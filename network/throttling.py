"""Failed logins, slowed down by django-axes (configured in `cms.settings.base`).

Axes counts failures per username and address and refuses a login once there are too many. On
top of that pair, `SprayingAwareHandler` sets two ceilings against password spraying, read from
the same failure records: a username that failed from too many addresses, and an address that
failed with too many usernames, are refused as well. This module also tells axes where a request
comes from behind the load balancer, and what a locked-out visitor sees, on the site's login page
and the admin's alike.
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from axes.signals import user_locked_out
from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from django.utils.timesince import timeuntil

from home.ratelimit import client_ip

__all__ = ["SprayingAwareHandler", "client_ip", "lockout"]


class SprayingAwareHandler(AxesDatabaseHandler):
    """Axes' own lockout per username and address, plus two ceilings across them.

    Axes can count several combinations (AXES_LOCKOUT_PARAMETERS), but holds them all to one
    limit: five failures for a username from anywhere would let anyone lock a colleague out.
    So the ceilings count what spraying leaves behind instead: the distinct addresses a username
    failed from, and the distinct usernames an address failed with, within the cool-off. Both
    come from axes' own records, so they are shared by every app container, expire with the
    cool-off, show in the admin's list of attempts, and a new password by mail (which resets the
    username's attempts) lifts them like the pair's lockout.
    """

    def is_locked(self, request, credentials=None):
        return super().is_locked(request, credentials) or self.is_sprayed(request, credentials)

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        super().user_login_failed(sender, credentials, request, **kwargs)
        if request is None or getattr(request, "axes_locked_out", False):
            return
        if self.is_whitelisted(request, credentials) or not self.is_sprayed(request, credentials):
            return
        username = get_client_username(request, credentials)
        request.axes_locked_out = True
        request.axes_credentials = credentials
        user_locked_out.send(
            "axes", request=request, username=username, ip_address=request.axes_ip_address
        )

    def is_sprayed(self, request, credentials=None):
        recent = AccessAttempt.objects.filter(attempt_time__gte=get_cool_off_threshold(request))
        username = get_client_username(request, credentials)
        addresses = recent.filter(username=username).values("ip_address").distinct()
        if addresses.count() >= settings.FAILED_LOGIN_ADDRESSES_PER_USERNAME:
            return True
        usernames = recent.filter(ip_address=request.axes_ip_address).values("username")
        return usernames.distinct().count() >= settings.FAILED_LOGIN_USERNAMES_PER_ADDRESS


def lockout(request, original_response=None, credentials=None):
    """The page for a refused login: how long to wait, and the way to a new password.

    The same page whichever limit was reached, and whether or not the username exists. Each
    attempt while locked starts the cool-off over (AXES_RESET_COOL_OFF_ON_FAILURE_DURING_
    LOCKOUT), so the whole cool-off is the longest wait from now.
    """
    now = timezone.now()
    wait = timeuntil(now + get_cool_off(request), now)
    return render(
        request,
        "network/auth/lockout.html",
        {"wait": wait},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
