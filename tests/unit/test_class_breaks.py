"""Choropleth classes without QGIS: fixed breaks, clean ranges, legend labels, units."""

import math
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from i40_disparity_plugin.core.indicators.class_breaks import (
    ClassRange,
    breaks_text,
    class_counts,
    class_index,
    class_labels,
    clean_ranges,
    fixed_ranges,
    format_bound,
    label_decimals,
    parse_breaks,
    unit_from_alias,
)
from i40_disparity_plugin.core.messages import CoreError


@pytest.mark.parametrize(
    ("text", "breaks"),
    [
        ("20,30,40", (20.0, 30.0, 40.0)),
        (" 20, 30 ,40 ", (20.0, 30.0, 40.0)),
        ("20 30 40", (20.0, 30.0, 40.0)),
        ("12.5; 20; 30", (12.5, 20.0, 30.0)),
        ("-5,0,5", (-5.0, 0.0, 5.0)),
        ("1e3,2e3", (1000.0, 2000.0)),
        ("7", (7.0,)),
    ],
)
def test_parse_breaks(text, breaks):
    assert parse_breaks(text) == breaks


@pytest.mark.parametrize(
    ("text", "template_start", "params"),
    [
        ("", "Fixed breaks need class upper bounds", {}),
        (None, "Fixed breaks need class upper bounds", {}),
        (" , ", "Fixed breaks need class upper bounds", {}),
        ("30,20", "Class bounds must be strictly ascending", {"lower": "30", "upper": "20"}),
        ("20,20", "Class bounds must be strictly ascending", {"lower": "20", "upper": "20"}),
        # A decimal comma without semicolons reads as two numbers, hence the hint in the text.
        ("12,5,20", "Class bounds must be strictly ascending", {"lower": "12", "upper": "5"}),
        # Without ';' a comma separates, so the pair is named and the ';' form suggested.
        (
            "12,5,20",
            "Class bounds must be strictly ascending: {lower} is followed by {upper}. "
            "Meant as a decimal comma?",
            {"lower": "12", "upper": "5"},
        ),
        (
            "20; 12,5",
            "Class bounds must be strictly ascending: {lower} is followed by {upper}.",
            {"lower": "20", "upper": "12,5"},
        ),
        ("20,abc", "'{value}' is not a number", {"value": "abc"}),
        ("20,nan", "'{value}' is not a number", {"value": "nan"}),
        ("20,inf", "'{value}' is not a number", {"value": "inf"}),
    ],
)
def test_parse_breaks_errors(text, template_start, params):
    with pytest.raises(CoreError) as raised:
        parse_breaks(text)
    assert raised.value.template.startswith(template_start)
    assert raised.value.params == params


def test_fixed_ranges_open_at_the_ends_and_a_top_class_only_when_needed():
    ranges, top_added = fixed_ranges((20.0, 30.0, 40.0), maximum=38.0)
    assert not top_added
    assert ranges == (
        ClassRange(-math.inf, 20.0, open_below=True),
        ClassRange(20.0, 30.0),
        ClassRange(30.0, 40.0),
    )
    ranges, top_added = fixed_ranges((20.0, 30.0, 40.0), maximum=45.0)
    assert top_added
    assert ranges[-1] == ClassRange(40.0, 45.0, open_above=True)
    assert breaks_text(ranges) == "20,30,40,45"


def test_clean_ranges_drop_empty_and_repeated_classes():
    # QGIS's quantiles of 1,1,1,2,2 in five classes.
    pairs = [(1.0, 1.0), (1.0, 1.0), (1.0, 1.4), (1.4, 2.0), (2.0, 2.0)]
    assert clean_ranges(pairs) == (
        ClassRange(1.0, 1.0),
        ClassRange(1.0, 1.4),
        ClassRange(1.4, 2.0),
    )
    # Rounding noise of one value: 3.0000000000000004, then 3.0 again.
    noisy = [(3.0, 3.0000000000000004), (3.0000000000000004, 3.0), (3.0, 3.0)]
    assert len(clean_ranges(noisy)) == 1
    assert clean_ranges([]) == ()


def test_a_value_on_a_break_belongs_to_the_class_below_and_the_ends_are_open():
    ranges = (ClassRange(1.0, 5.0), ClassRange(5.0, 10.0), ClassRange(10.0, 20.0))
    assert class_index(5.0, ranges) == 0
    assert class_index(5.000001, ranges) == 1
    assert class_index(-100.0, ranges) == 0
    assert class_index(1000.0, ranges) == 2
    assert class_counts([1, 5, 6, 10, 11, 20], ranges) == [2, 2, 2]


@pytest.mark.parametrize(
    ("bounds", "decimals"),
    [
        ((20.0, 30.0, 40.0), 0),  # whole numbers
        ((12.5, 20.0, 52.5), 1),  # span 40: one decimal
        ((1.0, 4.8, 8.6), 2),  # span 7.6: two decimals
        ((0.112, 0.211, 0.31), 3),  # span 0.198
        ((1000.5, 25000.5, 80000.25), 0),  # span 79,000: none
        ((1000.2, 1000.4, 80000.0), 1),  # with none, 1.000 and 1.000 would print alike
        ((1.0, 1.004, 9.0), 3),  # span 8: two decimals, one more to tell 1,00 from 1,004
        ((1.0001, 1.0002), 6),  # span 0.0001: six decimals
    ],
)
def test_label_decimals(bounds, decimals):
    ranges = tuple(ClassRange(lower, upper) for lower, upper in pairwise(bounds))
    assert label_decimals(ranges) == decimals


def test_format_bound_keeps_trailing_zeros():
    assert format_bound(20, "de", 1) == "20,0"
    assert format_bound(1234.5, "de", 2) == "1.234,50"
    assert format_bound(1234.5, "en", 2) == "1,234.50"
    assert format_bound(1234.4, "de", 0) == "1.234"
    assert format_bound(-0.04, "de", 1) == "0,0"


def test_labels_german_and_english_with_unit():
    ranges = (ClassRange(12.5, 20.0), ClassRange(20.0, 52.5))
    assert class_labels(ranges, "de", "%") == ["12,5 – 20,0 %", "20,0 – 52,5 %"]
    assert class_labels(ranges, "en", "%") == ["12.5 – 20.0 %", "20.0 – 52.5 %"]
    assert class_labels(ranges, "de") == ["12,5 – 20,0", "20,0 – 52,5"]


def test_labels_of_fixed_breaks_and_of_a_single_value():
    ranges, _ = fixed_ranges((15_000.0, 25_000.0), maximum=40_000.0)
    assert class_labels(ranges, "de", "€") == ["≤ 15.000 €", "15.000 – 25.000 €", "> 25.000 €"]
    assert class_labels((ClassRange(4.0, 4.0),), "de", "%") == ["4 %"]


@pytest.mark.parametrize(
    ("alias", "unit"),
    [
        ("Beschäftigte Sekundärer Sektor 2017 (%)", "%"),
        ("Bruttoinlandsprodukt je Einwohner (€)", "€"),
        ("Einwohnerdichte (E/km²) ", "E/km²"),
        ("Anteil (Prozent) (%)", "%"),
        ("Einwohner (2017)", None),  # a year, not a unit
        ("Einwohner", None),
        ("Einwohner ()", None),
        ("", None),
        (None, None),
    ],
)
def test_unit_from_alias(alias, unit):
    assert unit_from_alias(alias) == unit


ascending_bounds = st.lists(
    st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), min_size=1, max_size=12, unique=True
).map(sorted)


@given(ascending_bounds)
def test_breaks_text_reads_back_as_fixed_breaks(bounds):
    ranges = tuple(ClassRange(upper, upper) for upper in bounds)
    parsed = parse_breaks(breaks_text(ranges))
    assert parsed == pytest.approx(tuple(bounds), rel=1e-11, abs=1e-300)


@given(
    st.lists(
        st.integers(min_value=-(10**7), max_value=10**7), min_size=2, max_size=13, unique=True
    ).map(sorted)
)
def test_different_bounds_print_differently(hundredths):
    # Bounds with at most two decimals, as in official statistics.
    bounds = [value / 100 for value in hundredths]
    ranges = tuple(ClassRange(lower, upper) for lower, upper in pairwise(bounds))
    labels = class_labels(ranges, "de")
    assert len(set(labels)) == len(labels)
    printed = {format_bound(b, "de", label_decimals(ranges)) for b in bounds}
    assert len(printed) == len(bounds)
