"""A page's body with anchors on its headings (see home/sections.py)."""

from django import template

from ..sections import render_with_anchors

register = template.Library()


@register.simple_tag(takes_context=True)
def body_with_anchors(context, stream):
    return render_with_anchors(stream, context)
