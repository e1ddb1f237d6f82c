"""Every page of the demo speaks its own language: no interface text of the other one on it.

Each reader (logged out and each demo user) opens the live pages of the demo tree they may see,
in Danish and in English, the views that are not Wagtail pages and each of those forms sent
empty, so that its messages show: the walk of the axe test in tests/browser/test_accessibility.py,
where the secretary opens every page and every other reader every type of page in each language,
the pages with a form and the pages they own. What a reader meets on the page, its text nodes and the attributes read out or shown
(title, aria-label, placeholder, alt, a button's value, the texts scripts show from data-*), is
held against the project's catalogues: on a Danish page, an English msgid whose Danish differs
is an interface text left in English; on an English page, a Danish msgstr is one left in Danish.

A text counts when it is a whole text node or attribute, or matches a msgid with its
placeholders filled in. Ambiguous texts are left out: shorter than three characters, without a
letter, or written the same in both languages (a msgid that is also some Danish msgstr, say
"Film"). Text the page's editor wrote (its title, fields and blocks, as wagtail-localize
extracts them for translation) is content, not interface: a Danish word in an English page's
body is the translation overview's business, not this test's.
"""

import re
import time
from dataclasses import dataclass, field
from functools import cached_property
from html import unescape
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import polib
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from wagtail.models import Page
from wagtail_localize.segments.extract import extract_segments

from home.privacy import Reader, viewable_pages
from tests.browser.test_accessibility import (
    EVERY_PAGE,
    READERS,
    _forms,
    _pages_to_check,
    _view_urls,
)

LOCALE = Path(__file__).resolve().parents[2] / "locale"
CATALOGUES = [
    LOCALE / "da" / "LC_MESSAGES" / "django.po",
    LOCALE / "wagtail-admin" / "da" / "LC_MESSAGES" / "django.po",
]
# Attributes whose value a reader meets: shown on hover, read out, shown in an empty field, or
# put on the screen by CSS (data-label heads a table's cell on a phone) or by a script.
READ_ATTRIBUTES = {
    *["title", "aria-label", "aria-description", "placeholder", "alt", "label"],
    *["data-label", "data-copied", "data-failed", "data-template"],
}
BUTTON_TYPES = {"submit", "button", "reset"}
UNSEEN = ["script", "style"]
PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[-#0 +]*\d*(?:\.\d+)?[sdif]|\{[\w.]*\}")
TAG = re.compile(r"<[^>]+>")
MIN_LENGTH = 3

# Texts in the wrong language that are known and left, each with the reason: {(path, text): why}.
ALLOWED = {
    ("/en/professional-area/advisory-board/", "Region Midtjylland"): (
        "a board member's organisation as the secretariat typed it: the organisation's own "
        "name, which the catalogue also holds as the Danish of the region's English name"
    ),
}


def _squeeze(text):
    return " ".join(text.split())


def _meaningful(text):
    return len(text) >= MIN_LENGTH and any(char.isalpha() for char in text)


@dataclass
class Wrong:
    """The texts of one language that must not be seen on a page of the other."""

    texts: dict = field(default_factory=dict)  # text -> the msgid it comes from
    patterns: list = field(default_factory=list)  # (pattern, msgid), for messages with numbers

    def find(self, text):
        """The msgid `text` is, or is filled in from; None when it is none of them."""
        if text in self.texts:
            return self.texts[text]
        if self.patterns and (match := self._any_pattern.fullmatch(text)):
            return self.patterns[match.lastindex - 1][1]
        return None

    @cached_property
    def _any_pattern(self):
        # One pattern for all, each in a group of its own: a page has thousands of texts.
        return re.compile("|".join(f"({pattern})" for pattern, _ in self.patterns), re.DOTALL)


def _pattern(text):
    """A msgid or msgstr with placeholders as a pattern, if enough of it is fixed text to tell
    it apart from anything else (at least two words of its own)."""
    fixed = PLACEHOLDER.sub(" ", text)
    if len(re.findall(r"[^\W\d_]{2,}", fixed)) < 2:
        return None
    pieces = PLACEHOLDER.split(text.replace("%%", "%"))
    return ".+?".join(re.escape(piece) for piece in pieces)


def _texts_of(message):
    """What of a catalogue's message can stand alone on a page: the message itself, or the
    pieces between its tags when it holds markup."""
    message = _squeeze(unescape(message))
    if TAG.search(message):
        return [_squeeze(piece) for piece in TAG.split(message) if _squeeze(piece)]
    return [message]


def lexicon(paths=CATALOGUES):
    """{page language: Wrong}: on a Danish page the English msgids, on an English page the
    Danish msgstrs, each without the texts that are the same in both languages."""
    pairs = []
    for path in paths:
        for entry in polib.pofile(str(path)):
            if entry.obsolete or "fuzzy" in entry.flags:
                continue
            if entry.msgid_plural:
                english = [entry.msgid, entry.msgid_plural]
                danish = list(entry.msgstr_plural.values())
            else:
                english, danish = [entry.msgid], [entry.msgstr]
            pairs += [(entry.msgid, en, da) for en in english for da in danish if da]
    # A text that is some message in both languages ("Menu", "Status") tells nothing.
    all_english = {text for _, en, _ in pairs for text in _texts_of(en)}
    all_danish = {text for _, _, da in pairs for text in _texts_of(da)}
    pairs = [(msgid, en, da) for msgid, en, da in pairs if da != en]
    wrong = {"da": Wrong(), "en": Wrong()}
    for msgid, en, da in pairs:
        for language, message, other_side in [("da", en, all_danish), ("en", da, all_english)]:
            for text in _texts_of(message):
                if not _meaningful(text) or text in other_side:
                    continue
                if PLACEHOLDER.search(text):
                    pattern = _pattern(text)
                    if pattern and not any(
                        re.fullmatch(pattern, other, re.DOTALL) for other in other_side
                    ):
                        wrong[language].patterns.append((pattern, msgid))
                else:
                    wrong[language].texts.setdefault(text.replace("%%", "%"), msgid)
    return wrong


def seen_texts(markup):
    """[(where, text, language)]: the text nodes and read attributes of a page, whitespace
    squeezed, each with the language its element is marked in (the nearest `lang`): the
    language switcher's "English" on a Danish page is marked as English, and is English."""
    seen = []

    def walk(element, language):
        language = element.get("lang") or language
        for name, value in element.attrib.items():
            shown = name in READ_ATTRIBUTES or (
                name == "value" and element.tag == "input" and element.get("type") in BUTTON_TYPES
            )
            if shown and (text := _squeeze(value)):
                seen.append((f"<{element.tag} {name}>", text, language))
        if element.text and (text := _squeeze(element.text)):
            seen.append((f"<{element.tag}>", text, language))
        for child in element:
            if isinstance(child.tag, str) and child.tag not in UNSEEN:
                walk(child, language)  # not a comment, a script or a style
            if child.tail and (text := _squeeze(child.tail)):
                seen.append((f"<{element.tag}>", text, language))

    if markup.strip():
        walk(lxml.html.document_fromstring(markup), None)
    return seen


def wrong_language(html, wrong, content=()):
    """[(where, text, msgid)]: what on the page is in another language than the one its element
    is in. A text that is, in whole words, in `content` (what the page's editor wrote) is left
    out: "Download" in a Danish page's body is the editor's choice, not a catalogue's miss."""
    written = "\n".join(content)
    found = []
    for where, text, language in seen_texts(html):
        msgid = wrong[language].find(text) if language in wrong else None
        if msgid is None:
            continue
        if written and re.search(rf"(?<!\w){re.escape(text)}(?!\w)", written):
            continue
        found.append((where, text, msgid))
    return found


def page_content(page):
    """What the page's editor wrote, as wagtail-localize extracts it for translation: the
    title, the text fields and the blocks' texts, markup taken out."""
    texts = [page.title, page.seo_title, page.search_description]
    for segment in extract_segments(page.specific):
        value = getattr(segment, "string", None) or getattr(segment, "html", None)
        if value is not None:
            texts.append(getattr(value, "data", value))
    return [
        _squeeze(unescape(TAG.sub(" ", text))) for text in texts if text and isinstance(text, str)
    ]


@pytest.fixture(scope="module")
def wrong():
    return lexicon()


@pytest.mark.django_db
def test_the_finder_names_a_planted_string_in_the_wrong_language(client, wrong):
    """The finder is not blind: an English text on a Danish page, a Danish one on an English
    page, in a text node, an attribute and a message with a number, are all named."""
    danish = client.get("/").content.decode()
    english = client.get("/en/").content.decode()
    assert not wrong_language(danish, wrong)
    assert not wrong_language(english, wrong)

    assert "Spring til indholdet" in danish and 'aria-label="Sprog"' in danish
    planted = danish.replace("Spring til indholdet", "Skip to content", 1).replace(
        'aria-label="Sprog"', 'aria-label="Language"', 1
    )
    found = {(where, text) for where, text, _ in wrong_language(planted, wrong)}
    assert found == {("<a>", "Skip to content"), ("<nav aria-label>", "Language")}

    planted = english.replace("Skip to content", "Spring til indholdet", 1)
    assert [text for _, text, _ in wrong_language(planted, wrong)] == ["Spring til indholdet"]

    # A message with a placeholder, filled in, and a text the page's editor wrote.
    pattern_msgid = next(msgid for _, msgid in wrong["da"].patterns)
    filled = PLACEHOLDER.sub("7", pattern_msgid).replace("%%", "%")
    planted = danish.replace("</main>", f"<p>{filled}</p></main>", 1)
    assert [msgid for _, _, msgid in wrong_language(planted, wrong)] == [pattern_msgid]
    assert not wrong_language(planted, wrong, content=["Intet her", f"Om {filled} i dag"])
    assert wrong_language(planted, wrong, content=[f"Om {filled}x i dag"]), "whole words only"


def _empty_form_posts(client, url, selector):
    """Send the form at `url` with its hidden fields only, as a reader who presses the button
    too early; the answer shows the form's messages. None when the reader has no such form."""
    response = client.get(url)
    if response.status_code != 200:
        return None
    form = BeautifulSoup(response.content, "lxml").select_one(selector)
    if form is None:
        return None
    data = {
        field["name"]: field.get("value", "")
        for field in form.find_all("input", type="hidden")
        if field.get("name")
    }
    return client.post(form.get("action") or url, data)


@pytest.mark.walk
@pytest.mark.django_db
@pytest.mark.parametrize("reader", READERS, ids=lambda reader: reader or "logged-out")
def test_no_page_shows_interface_text_in_the_other_language(client, reader, wrong):
    started = time.monotonic()
    user = get_user_model().objects.get(username=reader) if reader else AnonymousUser()
    if reader:
        client.force_login(user)
    pages = viewable_pages(
        Page.objects.live().filter(depth__gt=1).order_by("path").specific(), Reader(user)
    )
    forms = _forms()
    urls = _pages_to_check(
        pages,
        user if reader else None,
        every_page=reader == EVERY_PAGE,
        with_forms={url for url, _ in forms},
    )
    findings, checked = [], 0

    def check(url, response, content=(), how=""):
        nonlocal checked
        if response is None or "html" not in response.get("Content-Type", ""):
            return  # not this reader's form, or a file
        if response.status_code in (301, 302):
            return  # to the login page, or on to a page checked in its own right
        html = response.content.decode()
        if not seen_texts(html):
            findings.append(f"{url}{how}: no text found on the page")
        checked += 1
        path = urlsplit(url).path
        findings.extend(
            f"{url}{how} {where}: {text!r} (msgid {msgid!r})"
            for where, text, msgid in wrong_language(html, wrong, content)
            if (path, text) not in ALLOWED
        )

    languages = set()
    for page in pages:
        if page.url in urls:
            languages.add(page.locale.language_code)
            check(page.url, client.get(page.url), page_content(page))
    for url in _view_urls():
        check(url, client.get(url))
    for url, selector in forms:
        check(url, _empty_form_posts(client, url, selector), how=" (sent empty)")

    print(f"\n{reader or 'logged out'}: {checked} pages in {time.monotonic() - started:.0f} s")
    assert languages == {"da", "en"}
    assert not findings, f"{len(findings)} texts in the wrong language:\n" + "\n".join(findings)
