"""deriveindicator's arithmetic: a value per feature, or the reason it has none."""

import math

import pytest

from i40_disparity_plugin.core.field_names import replaced_fields
from i40_disparity_plugin.core.indicators.derived import (
    DENOMINATOR_MISSING,
    DENOMINATOR_ZERO,
    NUMERATOR_MISSING,
    DerivedValues,
    derived_value,
)


@pytest.mark.parametrize(
    ("numerator", "denominator", "factor", "expected"),
    [
        (30, 120, 100, (25.0, None)),  # a share in percent
        (1500, 2.5, 1, (600.0, None)),  # inhabitants per km²
        (-3, 4, 2, (-1.5, None)),
        (None, 4, 1, (None, NUMERATOR_MISSING)),
        (math.nan, 4, 1, (None, NUMERATOR_MISSING)),
        (None, None, 1, (None, NUMERATOR_MISSING)),  # the numerator is named first
        (3, None, 1, (None, DENOMINATOR_MISSING)),
        (3, math.nan, 1, (None, DENOMINATOR_MISSING)),
        (3, 0, 1, (None, DENOMINATOR_ZERO)),
        (0, 0.0, 1, (None, DENOMINATOR_ZERO)),
    ],
)
def test_a_value_or_the_reason_for_none(numerator, denominator, factor, expected):
    assert derived_value(numerator, denominator, factor) == expected


def test_a_run_counts_the_features_without_a_value_by_reason():
    values = DerivedValues(100)
    pairs = [(1, 4), (None, 4), (2, 0), (3, 0), (1, 8), (5, None)]
    assert [values.value(n, d) for n, d in pairs] == [25.0, None, None, None, 12.5, None]
    assert values.computed == 2
    assert values.missing == {NUMERATOR_MISSING: 1, DENOMINATOR_ZERO: 2, DENOMINATOR_MISSING: 1}


def test_fields_are_replaced_whatever_their_case():
    assert replaced_fields(["AGS", "Dichte", "dichte_alt"], ["dichte"]) == ["Dichte"]
    assert replaced_fields(["AGS"], ["dichte"]) == []
