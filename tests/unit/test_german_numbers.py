"""German (and English) numbers and the special characters of official statistics."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from i40_disparity_plugin.core.number_format import format_number
from i40_disparity_plugin.core.readers.number_parsing import (
    REASON_EMPTY,
    REASON_NOT_A_NUMBER,
    REASON_NOT_MEANINGFUL,
    REASON_NOT_YET_AVAILABLE,
    REASON_TOO_UNCERTAIN,
    REASON_UNKNOWN_OR_SECRET,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.234,5", 1234.5),
        ("-1.234", -1234.0),
        ("12,0", 12.0),
        ("12", 12.0),
        ("0", 0.0),
        ("1.198", 1198.0),  # INKAR writes thousands with a dot and no decimals
        ("3.584,1", 3584.1),
        ("1.234.567,89", 1234567.89),
        (" 42,5 ", 42.5),
        ("+7", 7.0),
        ("\u22123,5", -3.5),  # the typographic minus sign
        ("1 234,5", 1234.5),  # thin space, as in typeset tables
        ("0,000001", 0.000001),
    ],
)
def test_german_numbers(text, value):
    parsed = parse_number(text)
    assert parsed.value == value
    assert parsed.reason is None
    assert not parsed.from_dash


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,234.5", 1234.5),
        ("-1,234", -1234.0),
        ("42.5", 42.5),
        ("3343.0", 3343.0),  # as pandas writes floats
        ("1e-05", 1e-05),
    ],
)
def test_english_numbers_with_the_decimal_point(text, value):
    assert parse_number(text, decimal=".").value == value


@pytest.mark.parametrize(
    ("text", "decimal"),
    [
        ("1.2", ","),  # a dot that is no thousands separator: not German
        ("1.234,5", "."),
        ("12,5,3", ","),
        ("1.23.456", ","),
        ("abc", ","),
        ("12 %", ","),
        ("n. v.", ","),
        ("1,2", "."),
        ("--1", ","),
    ],
)
def test_text_that_is_no_number_in_the_chosen_notation(text, decimal):
    parsed = parse_number(text, decimal)
    assert parsed.value is None
    assert parsed.reason == REASON_NOT_A_NUMBER


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (".", REASON_UNKNOWN_OR_SECRET),
        ("...", REASON_NOT_YET_AVAILABLE),
        ("…", REASON_NOT_YET_AVAILABLE),
        ("x", REASON_NOT_MEANINGFUL),
        ("X", REASON_NOT_MEANINGFUL),
        ("/", REASON_TOO_UNCERTAIN),
        ("", REASON_EMPTY),
        ("   ", REASON_EMPTY),
        (None, REASON_EMPTY),
        (float("nan"), REASON_EMPTY),
    ],
)
def test_unknown_values_give_no_number_and_a_reason_never_zero(text, reason):
    parsed = parse_number(text)
    assert parsed.value is None
    assert parsed.reason == reason
    assert not parsed.from_dash


@pytest.mark.parametrize("dash", ["-", "–", " - "])
def test_a_dash_means_nothing_there_exactly_zero(dash):
    parsed = parse_number(dash)
    assert parsed.value == 0.0
    assert parsed.from_dash
    assert parsed.reason is None


@pytest.mark.parametrize(
    ("text", "value"), [("(12,3)", 12.3), ("( 1.234 )", 1234.0), ("(-0,5)", -0.5)]
)
def test_parentheses_keep_the_value_and_flag_limited_reliability(text, value):
    parsed = parse_number(text)
    assert parsed.value == value
    assert parsed.limited_reliability
    assert parsed.reason is None


@pytest.mark.parametrize(
    ("text", "value", "quality"),
    [
        ("755210p", 755210.0, "p"),
        ("1.234,5 r", 1234.5, "r"),
        ("12s", 12.0, "s"),
        ("12,0e", 12.0, "e"),  # e: endgültig (final)
        ("(12,3)p", 12.3, "p"),
    ],
)
def test_genesis_quality_marks_after_a_number(text, value, quality):
    parsed = parse_number(text)
    assert (parsed.value, parsed.quality) == (value, quality)


@pytest.mark.parametrize(("raw", "value"), [(42, 42.0), (56.73, 56.73), (0, 0.0), (-3.5, -3.5)])
def test_numbers_from_spreadsheet_cells_are_taken_as_they_are(raw, value):
    assert parse_number(raw).value == value


@pytest.mark.parametrize("raw", [True, float("inf"), "1e999"])
def test_booleans_and_infinite_values_are_no_numbers(raw):
    assert parse_number(raw, decimal=".").reason == REASON_NOT_A_NUMBER


def test_an_unknown_decimal_separator_is_a_programming_error():
    with pytest.raises(ValueError, match="decimal separator"):
        parse_number("1", decimal=";")


finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)


@pytest.mark.parametrize(("language", "decimal"), [("de", ","), ("en", ".")])
@given(value=finite, decimals=st.integers(min_value=0, max_value=4))
def test_formatted_numbers_parse_back_within_rounding(language, decimal, value, decimals):
    text = format_number(value, language, decimals=decimals)
    parsed = parse_number(text, decimal)
    # Rounding to `decimals` places moves the value by at most half a unit of the last place.
    assert math.isclose(parsed.value, value, rel_tol=1e-12, abs_tol=0.5 * 10**-decimals + 1e-9)


@given(value=finite)
def test_german_and_english_spelling_of_a_number_agree(value):
    assert (
        parse_number(format_number(value, "de"), ",").value
        == parse_number(format_number(value, "en"), ".").value
    )


@given(text=st.text(max_size=12))
def test_any_text_gives_a_number_or_a_reason_and_never_raises(text):
    parsed = parse_number(text)
    assert (parsed.value is None) != (parsed.reason is None)
    if parsed.value is not None:
        assert math.isfinite(parsed.value)
