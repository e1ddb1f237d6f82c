"""Danish text made into addresses: slugs that spell æ, ø and å out instead of dropping them."""

from django.utils.text import slugify

DANISH_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def danish_slug(text):
    """ "Møder i året" → "moeder-i-aaret", where Django's slugify would give "mder-i-aret"."""
    return slugify(text.translate(DANISH_LETTERS))
