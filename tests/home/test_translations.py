"""The interface speaks Danish: every text is translated and the compiled catalogue is current."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "locale" / "da" / "LC_MESSAGES"
PO = Path("locale") / "da" / "LC_MESSAGES" / "django.po"


def untranslated_and_fuzzy(po):
    """The msgids of `po` a Danish reader would meet in English, each with why."""
    return [f"untranslated: {entry.msgid!r}" for entry in po.untranslated_entries()] + [
        f"fuzzy: {entry.msgid!r}" for entry in po.fuzzy_entries()
    ]


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


def _makemessages_options():
    """The options of `make messages`, read from the Makefile so that the two cannot differ."""
    command = re.search(r"makemessages\s+([^\n]*)", (ROOT / "Makefile").read_text())
    options = command.group(1).split()
    assert "-l" in options and any(option.startswith("--ignore=") for option in options)
    return options


@pytest.fixture(scope="module")
def remade(tmp_path_factory):
    """(before, after): the Danish catalogue as it is, and as `make messages` leaves it when it
    runs on a copy of the project's files (those git tracks or would, as they are now)."""
    assert shutil.which("xgettext"), "makemessages needs xgettext: apt-get install gettext"
    git = shutil.which("git")
    assert git, "the copy is made of the files git lists"
    copy = tmp_path_factory.mktemp("makemessages")
    listed = subprocess.run(
        [git, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        if (ROOT / name).is_file():  # a file deleted but not yet committed is gone
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, copy / name)
    made = subprocess.run(
        [sys.executable, "manage.py", "makemessages", *_makemessages_options()],
        cwd=copy,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"},
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    return polib.pofile(str(ROOT / PO)), polib.pofile(str(copy / PO))


@pytest.mark.walk
def test_makemessages_leaves_nothing_untranslated_or_fuzzy(remade):
    """A text added to the code without its Danish, or changed so that gettext only guesses
    (fuzzy), shows here with its msgid, before a Danish reader meets it in English."""
    _, after = remade
    assert len(after) >= 1000, "makemessages found the project's texts"
    problems = untranslated_and_fuzzy(after)
    assert not problems, "Translate in locale/da after `make messages`:\n" + "\n".join(problems)


@pytest.mark.walk
def test_makemessages_keeps_every_entry_of_the_catalogue(remade):
    """An entry makemessages finds in no source is marked obsolete and leaves the compiled
    catalogue at the next `make messages`. A text the code no longer has goes from locale/da;
    a translation of a text of Wagtail's or Django's belongs in locale/wagtail-admin, which
    makemessages never touches, or the site loses it at the next `make messages`."""
    before, after = remade
    live = {entry.msgid for entry in before if not entry.obsolete}
    dropped = sorted(entry.msgid for entry in after.obsolete_entries() if entry.msgid in live)
    assert not dropped, "`make messages` would drop:\n" + "\n".join(dropped)


def test_the_checks_name_an_untranslated_and_a_fuzzy_text():
    po = polib.POFile()
    po.append(polib.POEntry(msgid="Save", msgstr="Gem"))
    po.append(polib.POEntry(msgid="Send", msgstr=""))
    po.append(polib.POEntry(msgid="Sent", msgstr="Sendt", flags=["fuzzy"]))
    assert untranslated_and_fuzzy(po) == ["untranslated: 'Send'", "fuzzy: 'Sent'"]
