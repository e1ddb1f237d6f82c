"""The one way request parameters are cleaned (home/params.py), value by value."""

import pytest
from django import forms
from django.http import QueryDict

from home.params import (
    CleanCharField,
    choice_param,
    choice_params,
    clean_text,
    int_param,
    is_plausible_path,
    text_param,
    words,
)


def query(string):
    return QueryDict(string)


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("fædre", "fædre"),
        ("fa%00dre", "fadre"),
        ("%00", ""),
        ("%01a%08b%0b%0c%1bc%7f", "abc"),
        ("  fædre   og\t\tmødre%0d%0a  ", "fædre og mødre"),
        ("%ff%fe", "\ufffd\ufffd"),  # Django decodes what is not UTF-8 as replacement characters
        ("Aa%CC%8A", "Aå"),  # a + combining ring: composed into one letter
        ("x" * 1000, "x" * 100),
    ],
)
def test_text_param_cleans_one_line(raw, expected):
    assert text_param(query(f"q={raw}"), "q") == expected


def test_text_param_takes_the_last_of_several_values_and_is_empty_when_missing():
    assert text_param(query("q=a&q=b"), "q") == "b"
    assert text_param(query(""), "q") == ""


def test_clean_text_keeps_line_breaks_and_tabs_when_multiline():
    text = "Linje 1\r\n\tLinje\x002\x0b\n\n"
    assert clean_text(text, multiline=True) == "Linje 1\r\n\tLinje2"
    assert clean_text(text) == "Linje 1 Linje2"


def test_clean_text_drops_lone_surrogates_and_cuts_without_a_trailing_space():
    assert clean_text("a\ud800b") == "ab"
    assert clean_text("abc def", max_length=4) == "abc"


def test_words_keeps_only_words():
    assert words('"fædre" OR -* NEAR( ^ <script>') == "fædre OR NEAR script"


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("2025", 2025),
        (" 7 ", 7),
        ("007", 7),
        ("-1", None),
        ("0", None),
        ("10000", None),
        ("99999999999999999999999", None),
        ("9" * 5000, None),  # more digits than int() reads
        ("1e3", None),
        ("1.0", None),
        ("%2B5", None),
        ("0x10", None),
        ("%EF%BC%91", None),  # a full-width digit one
        ("%C2%B2", None),  # "²": isdigit() says yes, int() says no
        ("%00", None),
        ("", None),
    ],
)
def test_int_param_is_a_plain_decimal_in_range_or_none(raw, expected):
    assert int_param(query(f"year={raw}"), "year", minimum=1, maximum=9999) == expected


def test_int_param_without_a_range_fits_any_integer_column():
    assert int_param(query("id=2147483647"), "id") == 2147483647
    assert int_param(query("id=2147483648"), "id") is None
    assert int_param(query("id=-5"), "id") == -5
    assert int_param(query(""), "id") is None


def test_choice_param_is_one_of_the_allowed_or_none():
    allowed = {"newest", "title"}
    assert choice_param(query("sort=title"), "sort", allowed) == "title"
    assert choice_param(query("sort=evil"), "sort", allowed) is None
    assert choice_param(query("sort=ti%00tle"), "sort", allowed) == "title"
    assert choice_param(query(""), "sort", allowed) is None


def test_choice_params_cleans_dedupes_caps_and_drops_the_unknown():
    allowed = {f"v{n}" for n in range(30)}
    given = "&".join(f"v={value}" for value in ["v2", "v1", "v2", "%00", "", "ukendt", "v%001"])
    assert choice_params(query(given), "v", allowed) == ["v2", "v1"]
    many = "&".join(f"v=v{n}" for n in range(30))
    assert choice_params(query(many), "v", allowed, max_count=5) == [f"v{n}" for n in range(5)]


def test_choice_params_asks_a_function_with_the_cleaned_values_only():
    asked = []

    def known(values):
        asked.append(list(values))
        return [value for value in values if value.startswith("k")]

    assert choice_params(query("v=k%00a&v=x&v=kb"), "v", known) == ["ka", "kb"]
    assert asked == [["ka", "x", "kb"]]
    assert choice_params(query("v=&v=%00"), "v", known) == []
    assert len(asked) == 1  # nothing left to ask about


class Form(forms.Form):
    title = CleanCharField(max_length=20)
    text = CleanCharField(widget=forms.Textarea, required=False)


def test_clean_char_field_drops_control_characters_instead_of_refusing():
    form = Form({"title": " Fædre\x00møde\x0b ", "text": "Linje 1\r\nLinje\x002"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data == {"title": "Fædremøde", "text": "Linje 1\r\nLinje2"}


def test_clean_char_field_still_requires_and_limits():
    assert "title" in Form({"title": "\x00\x01"}).errors  # nothing left: required
    assert "title" in Form({"title": "x" * 21}).errors


def test_django_char_field_refuses_a_nul_with_an_error():
    class Plain(forms.Form):
        title = forms.CharField()

    form = Plain({"title": "a\x00b"})
    assert not form.is_valid()
    assert form.errors.as_data()["title"][0].code == "null_characters_not_allowed"


@pytest.mark.parametrize(
    "path,plausible",
    [
        ("/fagligt-omraade/bibliotek/", True),
        ("/fagligt-omraade/bibliotek/invitation-til-fædremøde-i-aarhus/", True),
        ("/media/images/" + "x" * 255, True),
        ("/media/images/" + "x" * 256, False),
        ("/media/images/" + "æ" * 128, False),  # 256 bytes in UTF-8
        ("/media/documents/a\x00.pdf", False),
        ("/calendar/a\nb.ics", False),
        ("/a\x7f/", False),
    ],
)
def test_is_plausible_path(path, plausible):
    assert is_plausible_path(path) == plausible
