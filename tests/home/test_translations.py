"""The interface speaks Danish: every text is translated and the compiled catalogue is current."""

from pathlib import Path

import polib

CATALOGUE = Path(__file__).resolve().parents[2] / "locale" / "da" / "LC_MESSAGES"


def test_every_interface_text_has_a_danish_translation():
    po = polib.pofile(str(CATALOGUE / "django.po"))
    assert po.percent_translated() == 100, [e.msgid for e in po.untranslated_entries()]
    assert not po.fuzzy_entries()


def test_compiled_catalogue_matches_the_source():
    po = polib.pofile(str(CATALOGUE / "django.po"))
    mo = polib.mofile(str(CATALOGUE / "django.mo"))
    compiled = {entry.msgid: entry.msgstr or entry.msgstr_plural for entry in mo}
    for entry in po.translated_entries():
        assert compiled.get(entry.msgid) == (entry.msgstr or entry.msgstr_plural), (
            f"{entry.msgid!r} changed: run `make messages`"
        )
