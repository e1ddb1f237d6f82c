"""Each file of a contribution has a title readers can read: made from the file's name, never
the bare name."""

import pytest
from django.utils import translation

from library.uploads import title_from_file_name


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("plan_for_forloeb-2026.pdf", "Plan for forloeb 2026"),
        ("Sovetips.docx", "Sovetips"),
        ("fars__første--uger .pptx", "Fars første uger"),
        ("rapport.2026.endelig.pdf", "Rapport.2026.endelig"),
        ("ma\u030alsætning.pdf", "Målsætning"),  # as a Mac names it: å in two code points
        ("_-_.pdf", "Fil"),
        ("x" * 300 + ".pdf", "X" + "x" * 254),
    ],
)
def test_a_title_is_made_from_the_file_name(name, title):
    with translation.override("da"):
        assert title_from_file_name(name) == title
