"""Distances to the nearest facility summarised: radii read, shares within them, medians."""

import numpy as np
import pytest

from i40_disparity_plugin.core.messages import CoreError
from i40_disparity_plugin.core.points.distances import (
    parse_distances,
    share_within,
    summarise_distances,
    weighted_median,
)
from i40_disparity_plugin.core.points.outputs import distances_table


@pytest.mark.parametrize(
    ("text", "expected"),
    [("10,25,50", (10.0, 25.0, 50.0)), ("50; 10 25", (10.0, 25.0, 50.0)), ("2.5", (2.5,))],
)
def test_parse_distances(text, expected):
    assert parse_distances(text) == expected


@pytest.mark.parametrize("text", ["", "10,abc", "0,10", "-5", "inf"])
def test_bad_distances_are_refused(text):
    with pytest.raises(CoreError):
        parse_distances(text)


def test_share_within_radii_by_hand():
    distances = [5.0, 10.0, 20.0, 30.0, 60.0]
    assert share_within(distances, [10, 25, 50]).tolist() == [40.0, 60.0, 80.0]
    weights = [1.0, 1.0, 2.0, 0.0, 6.0]  # 10 in all
    assert share_within(distances, [10, 25, 50], weights).tolist() == [20.0, 40.0, 40.0]


def test_share_within_leaves_out_missing_distances_and_checks_weights():
    assert share_within([5.0, np.nan], [10]).tolist() == [100.0]
    assert np.isnan(share_within([np.nan], [10])).all()
    with pytest.raises(CoreError):
        share_within([1.0, 2.0], [10], [1.0])
    with pytest.raises(CoreError):
        share_within([1.0], [10], [-1.0])


# Four known distances and one unknown; sorted 3, 7, 12, 30 km.
DISTANCES_KM = [12.0, 3.0, np.nan, 7.0, 30.0]


def test_a_summary_by_hand():
    summary = summarise_distances("points", DISTANCES_KM, (10.0, 25.0))
    assert summary.n == 4
    assert summary.median_km == 9.5  # (7 + 12) / 2
    # Within 10 km: 3 and 7 of four; within 25 km: 3, 7 and 12.
    assert summary.shares == (50.0, 75.0)


def test_weights_weight_the_shares_and_the_median_but_not_the_count():
    # The unknown distance's weight 5 is left out: 1 + 2 + 1 + 1 = 5 remain.
    weights = [1.0, 2.0, 5.0, 1.0, 1.0]
    summary = summarise_distances("population", DISTANCES_KM, (10.0, 25.0), weights)
    # Sorted by distance the weights are 2 (3 km), 1 (7 km), 1, 1: half of 5 is reached at
    # 7 km (2 + 1 = 3 > 2.5), where the unweighted median is 9.5 km.
    assert (summary.n, summary.median_km) == (4, 7.0)
    # Within 10 km: 2 (3 km) + 1 (7 km) of 5; within 25 km: also 1 (12 km).
    assert summary.shares == (60.0, 80.0)


@pytest.mark.parametrize(
    ("values", "weights", "median"),
    [
        ([3, 7, 12, 30], [1, 1, 1, 1], 9.5),  # equal weights: the ordinary median
        ([3, 7, 12, 30], [1, 1, 1, 100], 30.0),  # most weight far away
        ([3, 7, 12, 30], [10, 0, 0, 1], 3.0),  # weight 0 does not count
        ([3, 7], [1, 1], 5.0),  # exactly half on each side
        ([5, np.nan], [1, 1], 5.0),  # an unknown distance does not count
        ([5], [0], None),
    ],
)
def test_weighted_median_by_hand(values, weights, median):
    assert weighted_median(values, weights) == median


def test_a_row_holds_the_columns_of_the_summary_table_and_null_for_nothing_known():
    radii = (2.5, 10.0)
    row = summarise_distances("areas", [np.nan], radii).row()
    assert tuple(row) == distances_table(radii).names
    assert row == {
        "measure": "areas",
        "n": 0,
        "median_km": None,
        "within_2_5km": None,
        "within_10km": None,
    }
