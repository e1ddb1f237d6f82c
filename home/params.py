"""Request parameters, cleaned one way for every view and form of the site.

Whatever a browser or a script sends arrives as text: NUL bytes (which PostgreSQL refuses in any
string: a query with one is a server error), other control characters, the same letter in two
Unicode forms, a hundred kilobytes where a word was expected, a list where one value was, digits
that are not ASCII, numbers no column can hold. These helpers turn each parameter into what the
view expects, or into nothing (an empty string, None, an empty list), so that a view shows what
it shows for a missing parameter and never answers with a server error.

- `text_param()`: a search box, or any free text; `words()` keeps what a full-text search takes.
- `int_param()`: a whole number in a range (a year, a page, an id).
- `choice_param()`, `choice_params()`: one or several of the values a view knows.
- `CleanCharField`: a form field that drops control characters before it validates.
- `MalformedPathMiddleware`: an address with a control character, or with a part longer than
  any file name, names nothing here and is a 404 before a view or a query sees it.
"""

import re
import unicodedata

from django import forms
from django.http import Http404

# C0 control characters and DEL, except tab, line feed and carriage return, which multi-line
# text keeps; and the lone surrogates, which no UTF-8 encoder (nor PostgreSQL) accepts.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
PATH_CONTROL_CHARACTERS = re.compile("[\x00-\x1f\x7f]")
# A plain decimal: ASCII digits only (str.isdigit() also says yes to "²", which int() refuses).
INTEGER = re.compile("-?[0-9]{1,19}")
# What any integer column holds: PostgreSQL's `integer`. Larger numbers are nothing, never an
# OverflowError (SQLite) or "out of range" (PostgreSQL).
MIN_INT = -(2**31)
MAX_INT = 2**31 - 1
MAX_TEXT_LENGTH = 100
MAX_VALUES = 20
MAX_PATH_SEGMENT_BYTES = 255  # the longest file name a file system stores


def clean_text(value, max_length=None, multiline=False):
    """`value` as text without control characters, in Unicode's composed form (NFC), at most
    `max_length` characters long. One line (the default) turns every run of whitespace into one
    space; multi-line keeps tabs and line breaks. Either way the ends are trimmed."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", CONTROL_CHARACTERS.sub("", str(value)))
    text = text.strip() if multiline else " ".join(text.split())
    if max_length is not None:
        text = text[:max_length].rstrip()
    return text


def text_param(params, name, max_length=MAX_TEXT_LENGTH, multiline=False):
    """The text of parameter `name` of a QueryDict (request.GET, request.POST), cleaned by
    clean_text(); "" when it is missing. Given several times, the last one counts, as in Django."""
    return clean_text(params.get(name), max_length=max_length, multiline=multiline)


def words(text):
    """Only the words of `text`: what a full-text search may be given. Quotes, operators and
    other signs mean nothing to readers, and some of them break SQLite's FTS5."""
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def clean_int(value, minimum=MIN_INT, maximum=MAX_INT):
    """`value` as an int if it is a plain decimal from `minimum` to `maximum`, else None."""
    if value is None:
        return None
    text = str(value).strip()
    if not INTEGER.fullmatch(text):
        return None
    number = int(text)
    return number if minimum <= number <= maximum else None


def int_param(params, name, minimum=MIN_INT, maximum=MAX_INT):
    """Parameter `name` as a whole number in the range, or None: missing, not a plain decimal
    ("1e5", "１", "²", "0x10"), or out of range are all the same to the view."""
    return clean_int(params.get(name), minimum=minimum, maximum=maximum)


def _known(values, allowed):
    """The values that `allowed` knows: a collection, or a function that is given the cleaned
    candidates (a few short texts, safe to put in a query) and returns the known ones."""
    known = set(allowed(values)) if callable(allowed) else allowed
    return [value for value in values if value in known]


def choice_param(params, name, allowed, max_length=MAX_TEXT_LENGTH):
    """Parameter `name` if it is one of `allowed` (see choice_params), else None."""
    value = text_param(params, name, max_length=max_length)
    known = _known([value], allowed) if value else []
    return known[0] if known else None


def choice_params(params, name, allowed, max_count=MAX_VALUES, max_length=MAX_TEXT_LENGTH):
    """The values of a list parameter (`?tag=a&tag=b`) that `allowed` knows, in the order
    given, each once: each one cleaned, empty ones dropped, at most `max_count` of them."""
    values = []
    for raw in params.getlist(name):
        value = clean_text(raw, max_length=max_length)
        if value and value not in values:
            values.append(value)
            if len(values) == max_count:
                break
    return _known(values, allowed) if values else []


class CleanCharField(forms.CharField):
    """A text field that drops control characters (NUL among them) and composes Unicode before
    it validates: what a visitor pastes from a word processor is saved, and no NUL ever reaches
    the database. One line unless the widget is a Textarea, which keeps its line breaks.

    Django's own CharField refuses a NUL with an error message instead, which is also safe."""

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return value
        value = clean_text(value, multiline=isinstance(self.widget, forms.Textarea))
        return value or self.empty_value


def is_plausible_path(path):
    """False for an address no page or file of the site can have: one with a control character,
    or with a part longer than a file system's file names (the static file views fail on it)."""
    if PATH_CONTROL_CHARACTERS.search(path):
        return False
    return all(
        len(part.encode("utf-8", "surrogatepass")) <= MAX_PATH_SEGMENT_BYTES
        for part in path.split("/")
    )


class MalformedPathMiddleware:
    """Answers an implausible address (see is_plausible_path) with the site's 404 page. URL
    parameters are cleaned here once, for the views of the site, of Wagtail and of Django."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_plausible_path(request.path_info):
            raise Http404
        return self.get_response(request)
