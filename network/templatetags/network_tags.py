from django import template

from home.readercache import csrf_hole, reader_name
from network.roles import contributor_municipality_ids

from ..localdata.access import may_report
from ..onboarding import visible_onboardings

register = template.Library()


@register.inclusion_tag("network/tags/account_links.html", takes_context=True)
def account_links(context):
    """Log in, or the way into the professional area and out again."""
    request = context["request"]
    return {
        "request": request,
        "user": request.user,
        # Not "csrf_token": an inclusion tag gets the page's own token under that name, whatever
        # it returns. In a page that readers share, a placeholder (home/readercache.py).
        "logout_token": csrf_hole(context),
        "contributes": bool(contributor_municipality_ids(request.user)),
    }


@register.simple_tag(takes_context=True)
def may_report_local_data(context):
    """Whether to show the way to the local data form: contributors and the secretariat."""
    return may_report(context["request"].user)


@register.simple_tag(takes_context=True)
def sees_onboarding(context):
    """Whether to show the way to the onboarding checklist: a starting municipality's
    contributors, and the secretariat."""
    return visible_onboardings(context["request"].user).exists()


@register.simple_tag(takes_context=True)
def greeting_name(context):
    """The reader's name, left as a hole in a page that readers share (home/readercache.py)."""
    return reader_name(context)
