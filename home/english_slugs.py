"""English pages get English addresses: a page's slug follows its translated title.

wagtail-localize extracts a page's slug as a segment to translate, like its title, and an
untranslated segment falls back to the Danish text: a new English page kept the Danish address
(`/en/ny-side-om-soevn/`). Here, when a page's title is translated, its slug segment is filled
with that title made into an address (`/en/new-page-about-sleep/`), free among the English
page's siblings (`-2`, `-3` when taken). The translator sees it under the slug in the
translation editor and may write another one there; wagtail-localize writes it into the page
when the translation is published, as it does every segment.

- A slug the translator wrote (a manual translation, typed or from a PO file) is never replaced.
- The filled slug follows the title until the English page is published with it; then the
  address stays, whatever the title becomes later.
- A Danish slug changed after the translation keeps the English page's address (a new Danish
  slug is a new segment; the page's current English slug is carried over to it).
- A title with nothing to make an address from (only emoji or punctuation) leaves the Danish slug.

When a published page's slug changes, Wagtail's redirects app (`wagtail.contrib.redirects`, which
makes a redirect for every slug change unless `WAGTAILREDIRECTS_AUTO_CREATE` is False) sends the
old address to the new one with a 301, and `home.pagepurge` takes the old address out of the page
cache.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from .text import danish_slug

SLUG_LENGTH = 240  # Page.slug holds 255: room for "-2" here and wagtail-localize's own "-1"


def slug_from_title(title):
    """ "New page about sleep" → "new-page-about-sleep"; "" when there is nothing to spell."""
    return danish_slug(title)[:SLUG_LENGTH].strip("-")


def free_slug(page, slug):
    """`slug`, or `slug-2`, `slug-3`... whichever no sibling of `page` has."""
    taken = set(
        page.get_siblings(inclusive=False)
        .filter(slug__startswith=slug)
        .values_list("slug", flat=True)
    )
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def _latest_segment(source_id, path):
    return (
        StringSegment.objects.filter(source_id=source_id, context__path=path)
        .select_related("string", "context")
        .order_by("-pk")
        .first()
    )


def _translation_of(segment, locale_id):
    return StringTranslation.objects.filter(
        translation_of_id=segment.string_id, context_id=segment.context_id, locale_id=locale_id
    ).first()


def settle_slug(source_id, locale_id):
    """Fill or update the translation of the slug of a translated page (see the module's
    docstring for when); does nothing for a snippet or a page not translated yet."""
    slug_segment = _latest_segment(source_id, "slug")
    title_segment = _latest_segment(source_id, "title")
    if slug_segment is None or title_segment is None:
        return
    page = Page.objects.filter(
        translation_key=slug_segment.context.object_id, locale_id=locale_id
    ).first()
    if page is None:
        return
    danish = slug_segment.string.data
    current = _translation_of(slug_segment, locale_id)
    if (
        current is not None
        and current.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL
    ):
        return
    if current is None and page.slug != danish:
        # The Danish slug changed since the English address was made: keep that address.
        earlier = (
            StringTranslation.objects.filter(
                context_id=slug_segment.context_id, locale_id=locale_id, data=page.slug
            )
            .order_by("-updated_at")
            .first()
        )
        if earlier is not None:
            StringTranslation.objects.create(
                translation_of_id=slug_segment.string_id,
                context_id=slug_segment.context_id,
                locale_id=locale_id,
                data=page.slug,
                translation_type=earlier.translation_type,
                tool_name=earlier.tool_name,
                last_translated_by=earlier.last_translated_by,
            )
            return
    if current is not None and page.first_published_at and page.slug != danish:
        return  # published at its English address, which others may have shared
    title = _translation_of(title_segment, locale_id)
    if title is None:
        return
    slug = slug_from_title(title.data)
    if not slug:
        if current is not None:
            current.delete()  # back to the Danish slug
        return
    slug = free_slug(page, slug)
    if current is None:
        StringTranslation.objects.create(
            translation_of_id=slug_segment.string_id,
            context_id=slug_segment.context_id,
            locale_id=locale_id,
            data=slug,
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
            last_translated_by=title.last_translated_by,
        )
    elif current.data != slug:
        current.data = slug
        current.translation_type = StringTranslation.TRANSLATION_TYPE_MACHINE
        current.tool_name = ""
        current.has_error = False
        current.field_error = ""
        current.save()


@receiver(post_save, sender=StringTranslation)
def title_translated(sender, instance, raw=False, **kwargs):
    """A page's title translated (in the editor, by a machine, from a PO file, by the demo)."""
    if raw or instance.context.path != "title":
        return
    sources = StringSegment.objects.filter(
        string_id=instance.translation_of_id, context_id=instance.context_id
    ).values_list("source_id", flat=True)
    for source_id in set(sources):
        settle_slug(source_id, instance.locale_id)


@receiver(post_save, sender=StringSegment)
def danish_slug_changed(sender, instance, created=False, raw=False, **kwargs):
    """A new Danish slug read by a sync: the translations keep their English addresses."""
    if raw or not created or instance.context.path != "slug":
        return
    targets = Translation.objects.filter(source_id=instance.source_id).values_list(
        "target_locale_id", flat=True
    )
    for locale_id in targets:
        settle_slug(instance.source_id, locale_id)
