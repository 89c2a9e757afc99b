"""Band statistics: hand-computed answers, the study's reading of shares, Monte Carlo."""

import math
from itertools import pairwise

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from i40_disparity_plugin.core.density.band_statistics import (
    band_table,
    grouped_band_tables,
    labels_by_band,
    points_per_band,
)
from i40_disparity_plugin.core.density.outputs import BAND_STATISTICS
from i40_disparity_plugin.core.messages import CoreError
from i40_disparity_plugin.core.streamed_assignment import OUTSIDE, StreamedResult


def test_expected_points_follow_population_by_hand():
    # Populations 100/300/600 of 1 000: 10 points are expected as 1, 3 and 6.
    table = band_table([1, 2, 3], [100, 300, 600], [4, 3, 3], iterations=99, seed=1)
    rows = table.rows
    assert [row.expected for row in rows] == pytest.approx([1.0, 3.0, 6.0])
    assert [row.population_share for row in rows] == pytest.approx([10.0, 30.0, 60.0])
    assert [row.points for row in rows] == [4, 3, 3]
    assert [row.share for row in rows] == pytest.approx([40.0, 30.0, 30.0])
    assert [row.enrichment for row in rows] == pytest.approx([4.0, 1.0, 0.5])
    assert table.total_points == 10
    assert table.unbanded_points == 0


def test_cumulative_share_runs_from_the_densest_band_down():
    # The study's reading: 96 use cases, 48 in > 500, 64 (two thirds) in ≥ 300.
    table = band_table([1, 2, 3, 4], [1, 1, 1, 1], [11, 21, 16, 48], iterations=9)
    cumulative = [row.cumulative_share for row in table.rows]
    assert cumulative == pytest.approx([100.0, 100 * 85 / 96, 100 * 64 / 96, 50.0])


def test_areas_of_one_band_are_summed_and_unbanded_points_are_set_apart():
    table = band_table(
        [1, 1, 2, None], [50, 50, 100, 1000], [1, 1, 2, 5], iterations=9, labels={1: "eins"}
    )
    assert [(r.band, r.label, r.points, r.population) for r in table.rows] == [
        (1, "eins", 2, 100.0),
        (2, "Band 2", 2, 100.0),
    ]
    assert table.total_points == 4
    assert table.unbanded_points == 5


def test_listed_bands_without_areas_get_zero_rows_and_no_enrichment():
    table = band_table([2], [100], [3], band_numbers=[1, 2, 3], iterations=9)
    assert [r.points for r in table.rows] == [0, 3, 0]
    assert [r.expected for r in table.rows] == [0.0, 3.0, 0.0]
    assert [r.enrichment for r in table.rows] == [None, 1.0, None]
    assert [r.p_value for r in table.rows] == [1.0, 1.0, 1.0]


def test_points_where_nobody_lives_are_as_unlikely_as_the_iterations_can_say():
    table = band_table([1, 2], [0, 100], [1, 0], iterations=99, seed=3)
    assert table.rows[0].expected == 0.0
    assert table.rows[0].enrichment is None
    assert table.rows[0].p_value == pytest.approx(1 / 100)


def test_no_population_gives_no_expectation():
    table = band_table([1, 2], [0, None], [1, 2], iterations=9)
    assert all(r.expected is None and r.p_value is None for r in table.rows)
    assert all(r.population_share is None for r in table.rows)
    assert [r.share for r in table.rows] == pytest.approx([100 / 3, 200 / 3])


def test_p_value_is_one_sided_in_the_observed_direction():
    # All 20 points in a band holding 10 % of the population: far more than chance allows.
    table = band_table([1, 2], [100, 900], [20, 0], iterations=999, seed=7)
    crowded, empty = table.rows
    assert crowded.enrichment > 1 and crowded.p_value == pytest.approx(1 / 1000)
    assert empty.enrichment < 1 and empty.p_value == pytest.approx(1 / 1000)


def test_p_value_agrees_with_the_binomial_tail():
    # With two bands a band's count is binomial: P(X ≥ 4 | n=10, p=0.1) = 0.0128 by hand
    # from 1 - sum_{k<4} C(10,k) 0.1^k 0.9^(10-k).
    exact = 1 - sum(math.comb(10, k) * 0.1**k * 0.9 ** (10 - k) for k in range(4))
    table = band_table([1, 2], [100, 900], [4, 6], iterations=99_999, seed=11)
    assert table.rows[0].p_value == pytest.approx(exact, abs=0.002)
    # Band 2 has fewer than expected (6 < 9): P(Y ≤ 6) = P(X ≥ 4), the same tail.
    assert table.rows[1].p_value == pytest.approx(exact, abs=0.002)


def test_same_seed_same_p_values_other_seed_may_differ():
    arguments = ([1, 2, 3], [100, 300, 600], [3, 3, 4])
    first = band_table(*arguments, iterations=199, seed=5)
    again = band_table(*arguments, iterations=199, seed=5)
    other = band_table(*arguments, iterations=199, seed=6)
    assert first == again
    assert [r.p_value for r in first.rows] != [r.p_value for r in other.rows]


def test_groups_get_their_own_tables_after_the_overall_one():
    tables = grouped_band_tables(
        [1, 2, 1, 2, 1],
        [100, 100, 300, 100, 50],
        [1, 2, 3, 0, 9],
        groups=["HE", "HE", "BW", "BW", None],
        iterations=9,
        labels={1: "a", 2: "b"},
    )
    assert [t.group for t in tables] == [None, "BW", "HE"]
    assert [r.points for r in tables[0].rows] == [13, 2]
    assert [r.points for r in tables[1].rows] == [3, 0]
    assert [r.expected for r in tables[1].rows] == pytest.approx([2.25, 0.75])
    assert [r.points for r in tables[2].rows] == [1, 2]
    # A group without areas in a band still lists it, as the overall table does.
    only_band_2 = grouped_band_tables([1, 2], [1, 1], [1, 1], groups=["A", "B"], iterations=9)
    assert [r.band for r in only_band_2[2].rows] == [1, 2]


@pytest.mark.parametrize("iterations", [0, -5, 2.5, None])
def test_iterations_below_one_are_refused(iterations):
    with pytest.raises(CoreError, match="iterations"):
        band_table([1], [1], [1], iterations=iterations)


@pytest.mark.parametrize("points", [[-1], [1.5], [float("nan")]])
def test_impossible_point_counts_are_refused(points):
    with pytest.raises(CoreError):
        band_table([1], [1], points, iterations=9)


def test_lengths_must_agree_and_bands_must_be_listed():
    with pytest.raises(CoreError):
        band_table([1, 2], [1], [1, 1], iterations=9)
    with pytest.raises(CoreError, match="not listed"):
        band_table([1, 5], [1, 1], [1, 1], band_numbers=[1, 2], iterations=9)


areas = st.lists(
    st.tuples(
        st.one_of(st.none(), st.integers(1, 4)),
        st.floats(0, 1e6, allow_nan=False),
        st.integers(0, 50),
    ),
    min_size=1,
    max_size=30,
)


@settings(max_examples=60, deadline=None)
@given(areas=areas, seed=st.integers(0, 2**32 - 1))
def test_properties_of_any_table(areas, seed):
    bands, populations, points = zip(*areas, strict=True)
    table = band_table(bands, populations, points, iterations=49, seed=seed)
    rows = table.rows
    assert table.total_points + table.unbanded_points == sum(points)
    assert sum(r.points for r in rows) == table.total_points
    if table.total_points > 0:
        assert sum(r.share for r in rows) == pytest.approx(100.0)
        assert rows[0].cumulative_share == pytest.approx(100.0)
        cumulative = [r.cumulative_share for r in rows]
        assert all(a >= b - 1e-9 for a, b in pairwise(cumulative))
    if sum(r.population for r in rows) > 0:
        assert sum(r.population_share for r in rows) == pytest.approx(100.0)
        assert sum(r.expected for r in rows) == pytest.approx(table.total_points)
        assert all(0 < r.p_value <= 1 for r in rows)
        assert np.isclose(rows[0].p_value * 50, round(rows[0].p_value * 50))
    assert band_table(bands, populations, points, iterations=49, seed=seed) == table


def test_labels_by_band_takes_each_bands_first_label():
    bands = [1, 2, None, 2, 2.0, float("nan"), 3]
    labels = ["rural", None, "none", "urban", "other", "nan", ""]
    assert labels_by_band(bands, labels) == {1: "rural", 2: "urban"}


def assigned(assignment, xs, dropped=()):
    """A StreamedResult as gis.point_assignment gives it, built by hand."""
    xs = np.array(xs, dtype=float)
    keys = np.arange(len(xs))
    return StreamedResult(keys, xs, xs, np.array(assignment), [*dropped], [*dropped])


def test_points_per_band_by_hand_from_an_assignment():
    # Areas 0..3 with bands 1, 2, none, 2; area 3 has no geometry, area 2 was dropped.
    # Points: two in area 0, one each in 1, 3 and the unbanded 2, one outside, one without
    # a location (NaN).
    result = points_per_band(
        [1, 2, None, 2],
        [100, 300, 50, 100],
        assigned([0, 0, 1, 3, 2, OUTSIDE, OUTSIDE], [0, 1, 2, 3, 4, 5, np.nan], dropped=[2]),
        area_wkbs=[b"0", b"1", b"2", None],
        groups=["BW", "BW", "HE", None],
        area_labels=["rural", None, "x", "urban"],
        iterations=99,
        seed=7,
    )
    assert (result.points_read, result.outside, result.unusable_areas) == (6, 1, 2)
    assert result.overall.total_points == 4
    assert result.not_counted == 2  # one outside, one in the unbanded area
    assert result.band_counts() == {1: 2, 2: 2}
    rows = result.rows("de")
    p_value = BAND_STATISTICS.names.index("p_value")
    without_p = [row[:p_value] + row[p_value + 1 :] for row in rows]
    # All: populations 100 and 400 of 500, 4 points: 0.8 and 3.2 expected.
    # BW (areas 0, 1): populations 100 and 300, 3 points: 0.75 and 2.25 expected.
    # HE holds only the unbanded area: no points, no population, nothing expected.
    hand = [
        ("alle", 1, "rural", 2, 50.0, 100.0, 20.0, 0.8, 2.5, 99, 7),
        ("alle", 2, "urban", 2, 50.0, 50.0, 80.0, 3.2, 0.625, 99, 7),
        ("BW", 1, "rural", 2, 200 / 3, 100.0, 25.0, 0.75, 2 / 0.75, 99, 7),
        ("BW", 2, "urban", 1, 100 / 3, 100 / 3, 75.0, 2.25, 1 / 2.25, 99, 7),
        ("HE", 1, "rural", 0, None, None, None, None, None, 99, 7),
        ("HE", 2, "urban", 0, None, None, None, None, None, 99, 7),
    ]
    assert len(without_p) == len(hand)
    for row, expected in zip(without_p, hand):
        assert row == pytest.approx(expected)
    assert all(0 < row[p_value] <= 1 for row in rows[:4])
    assert [row[p_value] for row in rows[4:]] == [None, None]
    assert result.tables[2].unbanded_points == 1


def test_points_per_band_without_groups_has_the_overall_table_alone():
    result = points_per_band(
        [1, 1], [10, 30], assigned([1, 1, 0], [0, 0, 0]), area_wkbs=[b"a", b"b"], iterations=9
    )
    assert [row[0] for row in result.rows("en")] == ["all"]
    assert result.band_counts() == {1: 3}
    assert (result.outside, result.not_counted, result.unusable_areas) == (0, 0, 0)
