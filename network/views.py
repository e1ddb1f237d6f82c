"""Login, logout and password reset in the site's design, and the personal calendar feed."""

from axes.utils import reset as axes_reset
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from home.privacy import Reader, viewable_pages
from home.ratelimit import HOUR, RateLimit, client_ip, within_limits

from . import forms
from .calendar import calendar_for, subscription_url
from .invitations import is_pending_invitation
from .models import CalendarFeedToken, MeetingIndexPage, MeetingPage, ProfessionalAreaPage

FEED_DAYS_BACK = 60
RESET_MAILS_PER_CLIENT = RateLimit("password-reset:client", limit=10, period=HOUR)
RESET_MAILS_PER_EMAIL = RateLimit("password-reset:email", limit=3, period=HOUR)


class LoginView(auth_views.LoginView):
    template_name = "network/auth/login.html"
    form_class = forms.LoginForm


class PasswordResetView(auth_views.PasswordResetView):
    """A link to choose a new password, by mail: the same answer for known and unknown addresses.

    Limited per client address and per address asked for, so that nobody floods a mailbox or
    sends our mail out in bulk. Every valid request counts, whether or not the address belongs
    to a user, so that the limit itself tells nothing about who has an account.
    """

    template_name = "network/auth/password_reset.html"
    form_class = forms.PasswordResetForm
    email_template_name = "network/auth/password_reset_email.txt"
    subject_template_name = "network/auth/password_reset_subject.txt"
    success_url = reverse_lazy("password_reset_done")

    def form_valid(self, form):
        if not within_limits(
            (RESET_MAILS_PER_CLIENT, client_ip(self.request)),
            (RESET_MAILS_PER_EMAIL, form.cleaned_data["email"].casefold()),
        ):
            form.add_error(None, ValidationError(form.throttled_message, code="throttled"))
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "network/auth/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Choose a new password from a link sent by mail: after a reset, or on an invitation."""

    template_name = "network/auth/password_reset_confirm.html"
    form_class = forms.SetPasswordForm
    success_url = reverse_lazy("password_reset_complete")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["invited"] = self.user is not None and is_pending_invitation(self.user)
        return context

    def form_valid(self, form):
        # Whoever holds the link owns the mailbox: failed logins no longer hold them back.
        axes_reset(username=self.user.get_username())
        return super().form_valid(form)


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "network/auth/password_reset_complete.html"


def professional_area(request):
    """Where a login without a `next` leads: the professional area in the active language."""
    area = ProfessionalAreaPage.objects.live().filter(locale=Locale.get_active()).first()
    if area is None:
        area = ProfessionalAreaPage.objects.live().first()
    return redirect(area.get_url(request) if area else "/")


@require_http_methods(["GET", "POST"])
@login_required
@never_cache
def calendar_link(request):
    """The visitor's personal calendar link: whether they have one, and a button that makes a
    new one, shown this once (only a digest of its secret is kept)."""
    new_url = None
    if request.method == "POST":
        new_url = subscription_url(request, CalendarFeedToken.objects.issue(request.user))
    meetings = MeetingIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    return TemplateResponse(
        request,
        "network/calendar_link.html",
        {
            "feed": CalendarFeedToken.objects.filter(user=request.user).first(),
            "new_url": new_url,
            # webcal: opens the calendar program on phones and Macs, which then subscribes
            "webcal_url": "webcal:" + new_url.split(":", 1)[1] if new_url else None,
            "meetings_url": meetings.get_url(request) if meetings else None,
        },
    )


@never_cache
def calendar_feed(request, token):
    """Upcoming meetings for a calendar program; the secret link stands in for a login.

    Never cached on the way: a revoked link must stop working at once, in front of us too."""
    feed = CalendarFeedToken.objects.for_token(token)
    if feed is None:
        raise Http404
    feed.mark_used()
    since = timezone.now() - timezone.timedelta(days=FEED_DAYS_BACK)
    meetings = (
        MeetingPage.objects.live()
        .filter(locale=Locale.get_active(), start__gte=since)
        .order_by("start")
    )
    meetings = viewable_pages(meetings, Reader(feed.user))
    body = calendar_for(meetings, request, name=_("Familieiværksætterne: meetings"))
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")
