"""Density bands in the pure core: hand-computed answers and properties of the rule."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from i40_disparity_plugin.core.density.bands import (
    DEFAULT_THRESHOLDS,
    REASON_NEGATIVE_POPULATION,
    REASON_NO_AREA,
    REASON_NO_POPULATION,
    REASON_NON_POSITIVE_AREA,
    band_number,
    bands_for,
    classify_area,
    parse_thresholds,
    summarise,
)
from i40_disparity_plugin.core.messages import CoreError
from i40_disparity_plugin.core.readers.number_lists import format_number_list

DEFAULTS = DEFAULT_THRESHOLDS


@pytest.mark.parametrize(
    ("density", "band"),
    [
        (0.0, 1),
        (150.0, 1),  # "maximal 150": on the threshold is still rural
        (150.000001, 2),
        (300.0, 2),
        (300.5, 3),
        (500.0, 3),
        (500.01, 4),  # "über 500"
        (4000.0, 4),
    ],
)
def test_band_of_values_at_and_around_each_threshold(density, band):
    assert band_number(density, DEFAULTS) == band


def test_classify_area_computes_density_by_hand():
    # 1,500 inhabitants on 10 km² are 150 per km²: exactly the rural threshold.
    result = classify_area(1500, 10.0, DEFAULTS)
    assert result.density == 150.0
    assert result.band == 1
    assert result.reason is None
    # 3,001 on 10 km² are 300.1 per km²: urban.
    assert classify_area(3001, 10.0, DEFAULTS).band == 3


@pytest.mark.parametrize(
    ("population", "area", "reason"),
    [
        (None, 5.0, REASON_NO_POPULATION),
        (float("nan"), 5.0, REASON_NO_POPULATION),
        (-1, 5.0, REASON_NEGATIVE_POPULATION),
        (100, None, REASON_NO_AREA),
        (100, 0.0, REASON_NON_POSITIVE_AREA),
        (100, -2.0, REASON_NON_POSITIVE_AREA),
    ],
)
def test_impossible_inputs_give_no_band_and_a_reason(population, area, reason):
    result = classify_area(population, area, DEFAULTS)
    assert result.band is None
    assert result.density is None
    assert result.reason == reason


def test_zero_population_is_a_valid_density_of_zero():
    result = classify_area(0, 3.0, DEFAULTS)
    assert (result.density, result.band, result.reason) == (0.0, 1, None)


def test_default_labels_in_german_and_english():
    bands = bands_for(DEFAULTS)
    assert [b.label("de") for b in bands] == [
        "ländlich (≤ 150 E/km²)",
        "Übergangsraum (> 150 bis 300 E/km²)",
        "städtisch (> 300 bis 500 E/km²)",
        "dicht besiedelt (> 500 E/km²)",
    ]
    assert bands[0].label("en") == "rural (≤ 150 inh./km²)"
    assert bands[3].label("en") == "densely populated (> 500 inh./km²)"


def test_custom_thresholds_get_range_labels_in_the_language_number_format():
    bands = bands_for((100, 1000.5))
    assert [b.label("de") for b in bands] == [
        "≤ 100 E/km²",
        "> 100 bis 1.000,5 E/km²",
        "> 1.000,5 E/km²",
    ]
    assert bands[1].label("en") == "> 100 to 1,000.5 inh./km²"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("150,300,500", (150.0, 300.0, 500.0)),
        (" 150; 300 ;500 ", (150.0, 300.0, 500.0)),
        ("150 300 500", (150.0, 300.0, 500.0)),
        ("0.5", (0.5,)),
        # With ';' the values are German numbers: decimal comma, thousands dot …
        ("150,5; 300; 1.000", (150.5, 300.0, 1000.0)),
        # … and a decimal point where it cannot be a thousands dot.
        ("12.5; 20", (12.5, 20.0)),
    ],
)
def test_parse_thresholds(text, expected):
    assert parse_thresholds(text) == expected


@pytest.mark.parametrize(
    ("language", "written"), [("de", "150,5; 300; 1000"), ("en", "150.5, 300, 1000")]
)
def test_thresholds_written_for_a_description_read_back_the_same(language, written):
    assert format_number_list((150.5, 300.0, 1000.0), language) == written
    assert parse_thresholds(written) == (150.5, 300.0, 1000.0)


def test_thresholds_are_written_as_given_not_rounded():
    assert format_number_list((150.125, 300.0), "de") == "150,125; 300"


@pytest.mark.parametrize(
    ("text", "message_part"),
    [
        ("", "at least one"),
        ("150,abc", "'abc' is not a number"),
        ("300,150", "strictly ascending"),
        ("150,150", "strictly ascending"),
        ("-5,10", "not negative"),
        ("inf", "'inf' is not a number"),
        ("150,-", "'-' is not a number"),  # a table's zero mark is not a threshold
        # As typed, and the decimal comma's form pointed to.
        (
            "150,5",
            "150 is followed by 5. Meant as a decimal comma? Separate the thresholds with ';'",
        ),
        ("300; 150,5", "300 is followed by 150,5."),
    ],
)
def test_bad_thresholds_raise_a_clear_error(text, message_part):
    with pytest.raises(CoreError) as raised:
        parse_thresholds(text)
    assert message_part in str(raised.value)


def test_summary_by_hand():
    # Four areas: two rural, one dense, one without area. Expected values computed by hand.
    results = [
        classify_area(100, 10.0, DEFAULTS),  # 10 /km², band 1
        classify_area(200, 4.0, DEFAULTS),  # 50 /km², band 1
        classify_area(7000, 2.0, DEFAULTS),  # 3,500 /km², band 4
        classify_area(50, 0.0, DEFAULTS),  # no band
    ]
    rows = summarise(results, bands_for(DEFAULTS), "en")
    assert [(r.band, r.areas) for r in rows] == [(1, 2), (2, 0), (3, 0), (4, 1), (None, 1)]
    rural, _, _, dense, unclassified = rows
    assert rural.population == 300 and dense.population == 7000
    assert rural.area_km2 == 14.0 and dense.area_km2 == 2.0
    assert rural.population_share == pytest.approx(100 * 300 / 7300)
    assert rural.areas_share == pytest.approx(100 * 2 / 3)
    assert dense.area_km2_share == pytest.approx(100 * 2 / 16)
    assert unclassified.label == "not classified"
    assert unclassified.population == 50
    assert unclassified.population_share is None


def test_summary_of_nothing_has_empty_bands_and_no_shares():
    rows = summarise([], bands_for(DEFAULTS), "de")
    assert [r.areas for r in rows] == [0, 0, 0, 0]
    assert all(r.population_share is None for r in rows)


ascending_thresholds = st.lists(
    st.floats(min_value=0, max_value=1e6, allow_nan=False), min_size=1, max_size=6, unique=True
).map(lambda values: tuple(sorted(values)))
densities = st.floats(min_value=0, max_value=1e7, allow_nan=False)


@given(ascending_thresholds, densities)
def test_every_density_lies_in_exactly_the_band_the_rule_names(thresholds, density):
    bands = bands_for(thresholds)
    containing = [band.number for band in bands if band.contains(density)]
    assert containing == [band_number(density, thresholds)]


@given(ascending_thresholds, densities, densities)
def test_bands_never_decrease_with_density(thresholds, a, b):
    low, high = sorted((a, b))
    assert band_number(low, thresholds) <= band_number(high, thresholds)


@given(ascending_thresholds)
def test_thresholds_survive_a_round_trip_through_text(thresholds):
    text = ",".join(repr(t) for t in thresholds)
    assert parse_thresholds(text) == thresholds


@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.integers(min_value=-10, max_value=10**6)),
            st.one_of(st.none(), st.floats(min_value=-1, max_value=1e4, allow_nan=False)),
        ),
        max_size=40,
    )
)
def test_summary_keeps_every_area_and_shares_add_up(areas):
    results = [classify_area(p, a, DEFAULTS) for p, a in areas]
    rows = summarise(results, bands_for(DEFAULTS), "de")
    assert sum(r.areas for r in rows) == len(areas)
    classified = [r for r in rows if r.band is not None]
    if any(r.areas for r in classified):
        assert math.isclose(sum(r.areas_share for r in classified), 100.0)
