"""Following a funding opportunity on the "Fondsmuligheder" page: the page routes `follow/` and
`unfollow/` here. Both take the opportunity's id in a POST (with Django's CSRF check, as every
POST), act for the logged-in reader only, and say the same for a second click as for the first.

The reminder itself is sent by `network.tasks.send_funding_reminders`, queued daily by
`manage.py send_funding_reminders`. Each reminder carries a signed link (`stop_url()`) that stops
the follow without a login: `stop()` asks first on GET (mail scanners open links by themselves)
and stops on POST, as a mail program's RFC 8058 one-click POST does.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from home.notifications import site_url
from home.params import choice_param, clean_int

from .models.funding import FundingFollow, FundingOpportunity, reminder_day

SORTS = ("deadline", "fund")
SHOW_PAST = "1"


def listing_params(params):
    """The sort order and whether the earlier opportunities are shown, from a QueryDict: only
    values the page knows, whatever was sent."""
    return {
        "sort": choice_param(params, "sort", SORTS) or SORTS[0],
        "past": choice_param(params, "past", [SHOW_PAST]) is not None,
    }


def listing_query(sort, past):
    """The query string of the list as chosen; the defaults are left out."""
    items = []
    if sort != SORTS[0]:
        items.append(("sort", sort))
    if past:
        items.append(("past", SHOW_PAST))
    return f"?{urlencode(items)}" if items else ""


def back_to_list(page, params, opportunity=None):
    """The page as the reader left it (sort and earlier ones), at the opportunity they acted on.
    Built from the page's own address: a posted value never decides where the reader goes."""
    chosen = listing_params(params)
    anchor = f"#funding-{opportunity.pk}" if opportunity is not None else ""
    return page.url + listing_query(chosen["sort"], chosen["past"]) + anchor


def _asked_for(request):
    pk = clean_int(request.POST.get("opportunity"), minimum=1)
    return FundingOpportunity.objects.filter(pk=pk).first() if pk else None


def _refusal(page, request):
    if request.method != "POST":
        return redirect(page.url)
    if not request.user.is_authenticated:
        return redirect_to_login(page.url)
    return None


def _opportunity_asked_for(page, request):
    """(a response refusing the request, None) or (None, the opportunity the form names)."""
    refused = _refusal(page, request)
    if refused:
        return refused, None
    opportunity = _asked_for(request)
    if opportunity is None:
        messages.error(request, _("That funding opportunity is no longer on the list."))
        return redirect(back_to_list(page, request.POST)), None
    return None, opportunity


def follow(page, request):
    """Follow an opportunity: a reminder two weeks before its deadline, in the page's language.
    Inside those two weeks the reader has just seen the deadline: no reminder is owed for it."""
    refused, opportunity = _opportunity_asked_for(page, request)
    if refused:
        return refused
    today = timezone.localdate()
    deadline = opportunity.deadline
    inside_notice = deadline is not None and reminder_day(deadline) <= today
    try:
        with transaction.atomic():
            _follow, created = FundingFollow.objects.get_or_create(
                opportunity=opportunity,
                user=request.user,
                defaults={
                    "language": page.locale.language_code,
                    "reminded_for": deadline if inside_notice else None,
                },
            )
    except IntegrityError:  # the same click twice at once: the first one stands
        created = False
    fund = {"fund": opportunity.name}
    if not created:
        messages.info(request, _("You already follow “%(fund)s”.") % fund)
    elif deadline is None:
        messages.success(
            request,
            _(
                "You now follow “%(fund)s”. It has a rolling deadline, so no reminder is due; "
                "if the secretariat sets a deadline, you get an e-mail two weeks before it."
            )
            % fund,
        )
    elif inside_notice:
        messages.success(
            request,
            _(
                "You now follow “%(fund)s”. The deadline is less than two weeks away, so no "
                "reminder comes this time; if it is moved, you get one two weeks before the new one."
            )
            % fund,
        )
    else:
        on = date_format(reminder_day(deadline), "DATE_FORMAT")
        messages.success(
            request,
            _("You now follow “%(fund)s”. We send you a reminder by e-mail on %(date)s.")
            % {**fund, "date": on},
        )
    if created and not request.user.email:
        messages.warning(
            request,
            _(
                "We have no e-mail address for you, so reminders cannot reach you. Ask the "
                "secretariat to add it to your account."
            ),
        )
    return redirect(back_to_list(page, request.POST, opportunity))


def unfollow(page, request):
    refused, opportunity = _opportunity_asked_for(page, request)
    if refused:
        return refused
    FundingFollow.objects.filter(opportunity=opportunity, user=request.user).delete()
    messages.success(request, _("You no longer follow “%(fund)s”.") % {"fund": opportunity.name})
    return redirect(back_to_list(page, request.POST, opportunity))


STOP_SALT = "network.funding.stop"


def stop_url(follow):
    """The signed link, in the active language, that stops `follow` without a login."""
    token = signing.dumps(follow.pk, salt=STOP_SALT)
    return site_url(reverse("funding_stop", args=[token]))


@csrf_exempt  # the signed link stands in for the login and the form's token (RFC 8058)
@require_http_methods(["GET", "POST"])
@never_cache
def stop(request, token):
    """Stop following from the link in a reminder: GET asks, POST stops (a second time, or a
    follow already stopped, says the same)."""
    try:
        pk = signing.loads(token, salt=STOP_SALT)
    except (signing.BadSignature, ValueError, UnicodeError):
        pk = None
    if not isinstance(pk, int) or isinstance(pk, bool):
        return TemplateResponse(request, "home/notifications/bad_link.html", status=400)
    follow = FundingFollow.objects.select_related("opportunity").filter(pk=pk).first()
    done = request.method == "POST" or follow is None
    if request.method == "POST" and follow is not None:
        follow.delete()
    return TemplateResponse(
        request,
        "network/funding/stop.html",
        {"opportunity": follow.opportunity if follow else None, "done": done},
    )
