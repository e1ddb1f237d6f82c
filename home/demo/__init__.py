"""Helpers for demo content: Danish first, with its English translation kept in wagtail-localize.

Content is written once as Danish/English pairs. The Danish page is created and published; its
English version is then made through wagtail-localize, with each Danish segment translated by the
paired English text, so editors find the translations in the translation editor as if a
translator had typed them.
"""

from django.utils.html import escape
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.text import danish_slug


def english_slug(title):
    """The address of an English page, from its English title (Danish names spelt out)."""
    return danish_slug(title)


class MissingDemoTranslation(Exception):
    pass


class Bilingual:
    """Collects Danish → English pairs while the Danish content is built."""

    def __init__(self):
        self.english = {}

    def __call__(self, da, en):
        self.english[da] = en
        self.english[escape(da)] = escape(en)
        return da

    def lines(self, da, en):
        """Text on several lines: wagtail-localize hands it over with `<br/>` between lines."""
        self.english[escape(da).replace("\n", "<br/>")] = escape(en).replace("\n", "<br/>")
        return self(da, en)

    def rich(self, *items):
        """Rich text HTML from paragraphs (pairs) and bullet lists (lists of pairs)."""
        html = []
        for item in items:
            if isinstance(item, list):
                html.append(
                    "<ul>" + "".join(f"<li>{escape(self(*li))}</li>" for li in item) + "</ul>"
                )
            else:
                html.append(f"<p>{escape(self(*item))}</p>")
        return "".join(html)

    def danish(self, pairs):
        """The Danish side of a dict of (Danish, English) pairs, with the English remembered:
        the fields of a page written as data, ready for its factory."""
        return {name: self(*pair) for name, pair in pairs.items()}

    def translate(self, text):
        if text in self.english:
            return self.english[text]
        if not any(ch.isalpha() for ch in text) or "@" in text or text.startswith("http"):
            return text  # numbers, addresses and links read the same in both languages
        raise MissingDemoTranslation(f"No English text for the Danish segment {text!r}")


def as_typed(html):
    """A translation as the translation editor stores what a translator types: quotes and
    apostrophes as themselves (wagtail-localize keeps the source's text HTML-escaped, and the
    editor would show "baby&#x27;s"); & < > stay escaped, as the HTML of the page needs them."""
    return html.replace("&#x27;", "'").replace("&quot;", '"')


def translate_into(instance, bilingual, language_code="en", user=None, publish=True):
    """Create or update the translation of a published Danish page (or snippet) and publish it,
    or leave it a draft for the secretariat to publish (`publish=False`)."""
    locale = Locale.objects.get(language_code=language_code)
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": as_typed(bilingual.translate(segment.string.data)),
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )
    # wagtail-localize would publish on commit from a revision holding the page as it was
    # when created; inside one long transaction that stale copy resets the tree's child
    # counts. Saving a draft and publishing its revision from a fresh copy avoids that.
    translation.save_target(user=user, publish=False)
    translated = instance.get_translation(locale)
    if publish:
        translated.get_latest_revision().publish(user=user)
    return translated


def child_page(parent, slug, build, log):
    """The child with this slug, built and published by `build()` when it is missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific
    page = build()
    page.save_revision().publish()
    log(f"Created {page.get_verbose_name().lower()} {page.title}")
    return page


def translate_tree(t, root, log, descendants=True):
    """Translate every live page from `root` down that has no English version yet."""
    english = Locale.objects.get(language_code="en")
    pages = [root, *root.get_descendants().live().order_by("path")] if descendants else [root]
    for page in pages:
        if not page.has_translation(english):
            translate_into(page.specific, t)
            log(f"Translated {page.title} into English")
