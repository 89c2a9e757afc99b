"""The density tables' helpers: rows in declared order, group names, band counts as JSON."""

import json

import pytest

from i40_disparity_plugin.core.density.outputs import (
    ALL_GROUP,
    AREA_BANDS,
    band_counts_json,
    group_name,
)


def test_a_row_is_in_the_order_of_the_declaration_not_of_the_call():
    row = AREA_BANDS.row(band_note="n", band_label="l", band=2, density=3.5, area_km2=1.25)
    assert row == (1.25, 3.5, 2, "l", "n")


@pytest.mark.parametrize(
    "values",
    [
        {"area_km2": 1, "density": 2, "band": 3, "band_label": "x"},  # band_note missing
        {"area_km2": 1, "density": 2, "band": 3, "band_label": "x", "band_note": "", "n": 0},
    ],
)
def test_a_row_refuses_a_missing_or_an_undeclared_column(values):
    with pytest.raises(KeyError):
        AREA_BANDS.row(**values)


@pytest.mark.parametrize(
    ("value", "name"),
    [(None, None), (float("nan"), None), ("", ""), ("BW", "BW"), (8, "8"), (2.5, "2.5")],
)
def test_group_name(value, name):
    assert group_name(value) == name


def test_band_counts_json_keeps_the_band_order_with_text_keys():
    text = band_counts_json({1: 4, 2: 0, 10: 3})
    assert text == '{"1": 4, "2": 0, "10": 3}'
    assert json.loads(text) == {"1": 4, "2": 0, "10": 3}


def test_all_group_in_both_languages():
    assert ALL_GROUP == {"de": "alle", "en": "all"}
