"""Points against areas and facilities: known answers worked out by hand."""

import math
from itertools import pairwise

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod, Transformer

from i40_disparity_plugin.core.messages import CoreError
from i40_disparity_plugin.core.points import spatial
from i40_disparity_plugin.core.points.spatial import (
    NearestFacilities,
    ShapelyAssignment,
    nearest_facility,
    repair_polygons,
)
from i40_disparity_plugin.core.streamed_assignment import (
    OUTSIDE,
    StreamedResult,
    count_per_polygon,
    tally_points,
)

# Two unit squares side by side sharing the border x = 1, and a third one apart.
SQUARES = [shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1), shapely.box(5, 5, 6, 6)]


def streamed(polygon_batches, point_batches, point_count):
    with ShapelyAssignment(point_count) as assigner:
        for polygons in polygon_batches:
            assigner.add_polygons(shapely.to_wkb(polygons))
        assigner.finish_polygons()
        for batch in point_batches:
            assigner.add_points(*batch)
        return assigner.result()


def assign_points(xs, ys, polygons):
    """All polygons and all points in one batch each."""
    return streamed([polygons], [(np.arange(len(xs)), xs, ys)], len(xs)).assignment


def test_points_go_to_the_polygon_that_holds_them_and_outside_is_minus_one():
    xs = [0.5, 0.2, 1.5, 5.5, 9.0, 0.9]
    ys = [0.5, 0.7, 0.5, 5.5, 9.0, 0.1]
    assignment = assign_points(xs, ys, SQUARES)
    assert assignment.tolist() == [0, 0, 1, 2, OUTSIDE, 0]
    assert count_per_polygon(assignment, 3).tolist() == [3, 1, 1]


def test_a_point_on_a_shared_border_goes_to_the_lower_index_once():
    assignment = assign_points([1.0, 1.0], [0.5, 1.0], SQUARES)
    assert assignment.tolist() == [0, 0]
    # The rule is about index order, not about which side comes first in space.
    swapped = [SQUARES[1], SQUARES[0]]
    assert assign_points([1.0], [0.5], swapped).tolist() == [0]
    assert count_per_polygon(assignment, 3).sum() == 2


def test_a_point_on_an_outer_border_belongs_to_its_polygon():
    assert assign_points([0.0, 2.0, 6.0], [0.0, 0.5, 6.0], SQUARES).tolist() == [0, 1, 2]


def test_overlapping_polygons_give_the_lowest_index():
    big, small = shapely.box(0, 0, 10, 10), shapely.box(2, 2, 3, 3)
    assert assign_points([2.5], [2.5], [small, big]).tolist() == [0]
    assert assign_points([2.5], [2.5], [big, small]).tolist() == [0]


def test_missing_coordinates_and_missing_polygons_hold_nothing():
    assignment = assign_points([np.nan, 0.5, 5.5], [np.nan, 0.5, 5.5], [None, *SQUARES[1:]])
    assert assignment.tolist() == [OUTSIDE, OUTSIDE, 2]


def test_large_batches_are_tested_in_chunks_with_the_same_result(monkeypatch):
    xs, ys = [0.5, 1.0, 9.0, 5.5, 1.5], [0.5, 0.5, 9.0, 5.5, 0.5]
    monkeypatch.setattr(spatial, "_ASSIGN_CHUNK", 2)
    assert assign_points(xs, ys, SQUARES).tolist() == [0, 0, OUTSIDE, 2, 1]


def test_no_points_or_no_polygons():
    assert assign_points([], [], SQUARES).tolist() == []
    assert assign_points([0.5], [0.5], []).tolist() == [OUTSIDE]
    with pytest.raises(CoreError):
        assign_points([1, 2], [1], SQUARES)


def test_streamed_points_without_batches_or_polygons_and_bad_batches():
    empty = streamed([SQUARES], [], 0)
    assert [len(a) for a in (empty.keys, empty.xs, empty.ys, empty.assignment)] == [0, 0, 0, 0]
    # Without finish_polygons, result() still indexes the polygons and reports their repairs.
    with ShapelyAssignment(0) as assigner:
        assigner.add_polygons([shapely.Polygon([(0, 0), (2, 2), (2, 0), (0, 2)]).wkb])
        assert assigner.result().repaired == [0]
    assert streamed([], [([1], [0.5], [0.5])], -1).assignment.tolist() == [OUTSIDE]
    with pytest.raises(CoreError):
        streamed([SQUARES], [([1, 2], [1.0, 2.0], [1.0])], 2)


def test_zero_counts_for_empty_polygons():
    assert count_per_polygon(np.array([OUTSIDE, OUTSIDE]), 3).tolist() == [0, 0, 0]


def test_the_tally_tells_points_outside_from_points_without_geometry():
    xs = np.array([0.5, np.nan, 9.0, 1.5, np.inf])
    assignment = np.array([0, OUTSIDE, OUTSIDE, 1, OUTSIDE])
    result = StreamedResult(np.arange(10, 15), xs, xs, assignment, [], [])
    tally = tally_points(result)
    # By hand: the NaN point has no geometry; 9.0 and the infinite one lie off every polygon.
    assert tally.without_geometry.tolist() == [1]
    assert tally.outside.tolist() == [2, 4]
    assert (tally.total, tally.assigned) == (5, 2)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 8), st.integers(0, 8)),
        min_size=1,
        max_size=40,
    )
)
def test_every_point_on_the_grid_goes_to_the_lowest_covering_cell(points):
    # A 4 x 4 grid of 2 x 2 cells: points on grid lines sit on shared borders.
    cells = [shapely.box(2 * i, 2 * j, 2 * i + 2, 2 * j + 2) for j in range(4) for i in range(4)]
    xs, ys = (np.array(v, dtype=float) for v in zip(*points, strict=True))
    assignment = assign_points(xs, ys, cells)
    for x, y, got in zip(xs, ys, assignment, strict=True):
        covering = [k for k, cell in enumerate(cells) if cell.covers(shapely.Point(x, y))]
        assert got == (min(covering) if covering else OUTSIDE)
    assert count_per_polygon(assignment, len(cells)).sum() == len(points)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 20), st.integers(0, 20), st.integers(0, 12), st.integers(0, 12)),
        min_size=1,
        max_size=12,
    ),
    st.lists(st.tuples(st.integers(-2, 36), st.integers(-2, 36)), min_size=1, max_size=60),
    st.lists(st.integers(0, 60), max_size=5),
)
def test_overlapping_triangles_of_any_size_match_a_brute_force_covers(shapes, points, cuts):
    # Triangles of very different sizes (None where a side would be 0), overlapping at
    # random; points on a half-unit lattice hit their corners and edges. The expected owner:
    # the lowest covering index, found by testing every polygon.
    polygons = [
        shapely.Polygon([(x, y), (x + w, y), (x, y + h)]) if w and h else None
        for x, y, w, h in shapes
    ]
    xs, ys = (np.array(v, dtype=float) / 2 for v in zip(*points, strict=True))
    expected = [
        min(
            (k for k, p in enumerate(polygons) if p is not None and p.covers(shapely.Point(x, y))),
            default=OUTSIDE,
        )
        for x, y in zip(xs, ys, strict=True)
    ]
    assert assign_points(xs, ys, polygons).tolist() == expected
    # The same polygons and points in batches cut at random places (empty batches too),
    # ids carried along.
    ids = np.arange(len(xs)) * 10
    cut = [0, *sorted(min(c, len(xs)) for c in cuts), len(xs)]
    batches = [(ids[a:b], xs[a:b], ys[a:b]) for a, b in pairwise(cut)]
    cut = [0, *sorted(min(c, len(polygons)) for c in cuts), len(polygons)]
    result = streamed([polygons[a:b] for a, b in pairwise(cut)], batches, len(xs))
    assert result.assignment.tolist() == expected
    assert result.keys.tolist() == ids.tolist()
    assert result.xs.tolist() == xs.tolist() and result.ys.tolist() == ys.tolist()
    assert result.repaired == result.dropped == []


def test_many_large_overlapping_polygons_among_tiny_ones():
    # 400 tiny squares make the grid fine; 300 copies of one square over all of them would
    # then each list about a million cells: the grid must coarsen and still find both kinds.
    tiny = [shapely.box(k, 0.0, k + 1e-3, 1e-3) for k in range(400)]
    large = [shapely.box(-1000.0, -1000.0, 1000.0, 1000.0)] * 300
    xs = [7.0005, 7.5, 1000.0, 1000.5]
    ys = [0.0005, 0.0, 1000.0, 0.0]
    assert assign_points(xs, ys, tiny + large).tolist() == [7, 400, 400, OUTSIDE]


def test_points_far_off_the_polygons_are_outside_without_overflow():
    # Cell numbers beyond any integer: no cast warning (warnings fail the tests), no wrap.
    xs = [0.5, 1e300, -1e300, 0.5]
    ys = [0.5, 0.5, 1e300, -1e300]
    assert assign_points(xs, ys, SQUARES).tolist() == [0, OUTSIDE, OUTSIDE, OUTSIDE]


def test_no_usable_polygon_holds_any_point():
    empty = shapely.from_wkt("POLYGON EMPTY")
    assert assign_points([0.0, 1.0], [0.0, 1.0], [None, empty]).tolist() == [OUTSIDE, OUTSIDE]


def test_invalid_polygons_are_repaired_or_dropped():
    bowtie = shapely.from_wkt("POLYGON((0 0, 2 2, 2 0, 0 2, 0 0))")
    line_like = shapely.from_wkt("POLYGON((0 0, 1 1, 2 2, 0 0))")
    fixed, repaired, dropped = repair_polygons([SQUARES[0], bowtie, line_like, None])
    assert repaired == [1, 2]
    assert dropped == [2]
    assert fixed[0] is SQUARES[0]
    assert fixed[1].is_valid and math.isclose(fixed[1].area, 2.0)
    assert fixed[2] is None and fixed[3] is None
    assert assign_points([1.5], [1.0], fixed).tolist() == [1]
    # Streamed polygons get the same repair, positions counted over all batches: the
    # bow-tie's right half holds (1.5, 1).
    result = streamed([[SQUARES[0]], [bowtie, line_like]], [([7], [1.5], [1.0])], 1)
    assert (result.repaired, result.dropped) == ([1, 2], [2])
    assert result.assignment.tolist() == [1]


# Berlin, Munich, Hamburg; points in Potsdam, Augsburg, Kiel, Frankfurt (Main).
FACILITIES = np.array([[13.405, 52.52], [11.576, 48.137], [9.993, 53.551]])
POINTS = np.array([[13.064, 52.391], [10.898, 48.371], [10.123, 54.323], [8.682, 50.110]])


def brute_force_geodesic(points, facilities):
    geod = Geod(ellps="GRS80")
    best = []
    for lon, lat in points:
        distances = [geod.inv(lon, lat, flon, flat)[2] for flon, flat in facilities]
        j = int(np.argmin(distances))
        best.append((j, distances[j] / 1000.0))
    return best


def test_nearest_facility_on_the_ellipsoid_matches_pyproj_geod():
    index, km = nearest_facility(*POINTS.T, *FACILITIES.T, method="ellipsoid")
    expected = brute_force_geodesic(POINTS, FACILITIES)
    assert index.tolist() == [j for j, _ in expected]
    assert index.tolist() == [0, 1, 2, 1]  # Frankfurt is nearer to Munich than to Hamburg
    np.testing.assert_allclose(km, [d for _, d in expected], rtol=1e-9)
    assert 25 < km[0] < 30  # Potsdam - Berlin


@pytest.mark.parametrize("method", ["ellipsoid", "laea"])
def test_one_prepared_search_over_batches_agrees_with_the_brute_force(method):
    # As nearestfacility measures in steps: batches of 1, 2 and 1 points, one of them NaN.
    points = np.vstack([POINTS[:1], [[np.nan, np.nan]], POINTS[1:]])
    search = NearestFacilities(*FACILITIES.T, method=method)
    batches = [search.of(*points[a:b].T) for a, b in ((0, 1), (1, 3), (3, 5))]
    index = np.concatenate([i for i, _ in batches])
    km = np.concatenate([d for _, d in batches])
    assert index[1] == -1 and np.isnan(km[1])
    expected = brute_force_geodesic(POINTS, FACILITIES)
    assert np.delete(index, 1).tolist() == [j for j, _ in expected]
    rtol = 1e-9 if method == "ellipsoid" else 0.01  # LAEA is close to true in Germany
    np.testing.assert_allclose(np.delete(km, 1), [d for _, d in expected], rtol=rtol)


def test_nearest_facility_in_laea_is_euclidean_in_epsg_3035():
    index, km = nearest_facility(*POINTS.T, *FACILITIES.T, method="laea")
    to_laea = Transformer.from_crs("EPSG:4326", "EPSG:3035", always_xy=True)
    px, py = to_laea.transform(*POINTS.T)
    fx, fy = to_laea.transform(*FACILITIES.T)
    planar = np.hypot(px[:, None] - fx[None, :], py[:, None] - fy[None, :]) / 1000.0
    assert index.tolist() == planar.argmin(axis=1).tolist()
    np.testing.assert_allclose(km, planar.min(axis=1), rtol=1e-9)
    geodesic = [d for _, d in brute_force_geodesic(POINTS, FACILITIES)]
    np.testing.assert_allclose(km, geodesic, rtol=0.01)  # LAEA is close to true in Germany


def test_nearest_facility_where_planar_and_geodesic_nearest_could_differ():
    rng = np.random.default_rng(7)
    points = np.column_stack([rng.uniform(5.8, 15.1, 500), rng.uniform(47.2, 55.1, 500)])
    facilities = np.column_stack([rng.uniform(5.8, 15.1, 60), rng.uniform(47.2, 55.1, 60)])
    index, km = nearest_facility(*points.T, *facilities.T, method="ellipsoid")
    geod = Geod(ellps="GRS80")
    all_m = np.array(
        [geod.inv(np.full(60, lon), np.full(60, lat), *facilities.T)[2] for lon, lat in points]
    )
    np.testing.assert_allclose(km, all_m.min(axis=1) / 1000.0, rtol=1e-12)
    assert (all_m[np.arange(500), index] == all_m.min(axis=1)).all()


def test_nearest_facility_leaves_points_without_coordinates_and_checks_its_input():
    index, km = nearest_facility([np.nan, 13.064], [np.nan, 52.391], *FACILITIES.T)
    assert index.tolist() == [OUTSIDE, 0]
    assert math.isnan(km[0])
    with pytest.raises(CoreError):
        nearest_facility([1.0], [50.0], *FACILITIES.T, method="degrees")
    with pytest.raises(CoreError):
        nearest_facility([1.0], [50.0], [np.nan], [np.nan])
