from django import template

from network.roles import contributor_municipality_ids

register = template.Library()


@register.inclusion_tag("network/tags/account_links.html", takes_context=True)
def account_links(context):
    """Log in, or the way into the professional area and out again."""
    request = context["request"]
    return {
        "request": request,
        "user": request.user,
        "csrf_token": context.get("csrf_token"),
        "contributes": bool(contributor_municipality_ids(request.user)),
    }
