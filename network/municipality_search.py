"""Finding a municipality by its name as people type it: "FIV near you".

Names are compared folded: case, accents and punctuation do not count, and the Danish letters
match their spellings without them (Århus, Aarhus and aarhus; Høje-Taastrup, Hoeje Taastrup and
Hoje Taastrup). Every word typed must begin a word of the name, so "aar" finds Aarhus and not
Tårnby. A few names people use that are not the municipality's (Copenhagen, Elsinore, Kbh) are
aliases. When nothing matches, the names closest to what was typed are suggested.

There are 98 municipalities: they are matched in Python, from one query, with no database
function that SQLite and PostgreSQL would do differently.
"""

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

DANISH_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe"})
# Said the same way with or without the Danish letters: compare "aa" as "a", "oe" as "o" ...
LOOSE = [("aa", "a"), ("oe", "o"), ("ae", "a")]
NOT_A_NAME = {"kommune", "kommunes", "regionskommune", "municipality", "of"}
ALIASES = {
    "copenhagen": "København",
    "kbh": "København",
    "elsinore": "Helsingør",
    "hojetastrup": "Høje-Taastrup",
}
SUGGESTION_CUTOFF = 0.75


def fold(text):
    """The words of `text` as compared: lower case, no accents, Danish letters spelled out
    and then loosened, punctuation gone."""
    text = unicodedata.normalize("NFKC", str(text)).casefold().translate(DANISH_LETTERS)
    text = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    words = re.sub(r"[\W_]+", " ", text).split()
    for spelled, loose in LOOSE:
        words = [word.replace(spelled, loose) for word in words]
    return [word for word in words if word not in NOT_A_NAME]


@dataclass
class NameSearch:
    """What a query found among the municipalities: the ones whose name it matches, and the
    names it comes close to when it matches none."""

    query: str
    matches: list = field(default_factory=list)
    suggestions: list = field(default_factory=list)


def _names_of(municipality):
    return [fold(municipality.name), fold(municipality.official_name or "")]


def _matches(words, name_words):
    return all(any(name.startswith(word) for name in name_words) for word in words)


def search_municipalities(query, municipalities):
    """Search `municipalities` (a list, in the order to show) for `query`."""
    words = fold(query)
    result = NameSearch(query=query)
    if not words:
        result.matches = list(municipalities)
        return result
    alias = ALIASES.get("".join(words))
    for municipality in municipalities:
        if municipality.name == alias or any(
            _matches(words, name) for name in _names_of(municipality) if name
        ):
            result.matches.append(municipality)
    if not result.matches:
        by_key = {" ".join(fold(m.name)): m for m in municipalities}
        close = difflib.get_close_matches(
            " ".join(words), list(by_key), n=3, cutoff=SUGGESTION_CUTOFF
        )
        result.suggestions = [by_key[key] for key in close]
    return result
