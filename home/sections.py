"""The sections of a page's body: its level 2 headings, each with an anchor for the page's own
table of contents ("På denne side") and for links from elsewhere."""

from dataclasses import dataclass

from django.utils.html import format_html_join

from .text import danish_slug


@dataclass(frozen=True)
class Section:
    anchor: str
    title: str


def anchors(stream):
    """Each heading block's id mapped to an anchor made from its text: readable, and unique on
    the page (a repeated heading gets "-2", "-3"); a heading of only signs gets "afsnit-N"."""
    taken = {}
    result = {}
    for number, child in enumerate(stream, start=1):
        if child.block_type != "heading":
            continue
        base = danish_slug(child.value["text"]) or f"afsnit-{number}"
        count = taken.get(base, 0) + 1
        taken[base] = count
        result[child.id] = base if count == 1 else f"{base}-{count}"
    return result


def sections(stream):
    """The level 2 headings in the order they come, for the table of contents."""
    ids = anchors(stream)
    return [
        Section(anchor=ids[child.id], title=child.value["text"])
        for child in stream
        if child.block_type == "heading" and child.value["level"] == "h2"
    ]


def render_with_anchors(stream, context):
    """The stream as `{% include_block %}` renders it, with an id on every heading."""
    ids = anchors(stream)
    context = context.flatten() if hasattr(context, "flatten") else dict(context or {})
    return format_html_join(
        "\n",
        '<div class="w-block-{0} block-{0}">{1}</div>',
        (
            (
                child.block_type,
                child.block.render(child.value, context={**context, "anchor": ids.get(child.id)}),
            )
            for child in stream
        ),
    )
