"""Points against areas and facilities, on arrays: point-in-polygon assignment and nearest
facility distances (their summary is in ``distances``).

Everything works on whole numpy arrays with bulk spatial-index look-ups (a grid of polygon
boxes, a shapely 2 ``STRtree`` of facilities); no Python loop runs per point, because with
a million points that loop, not the geometry test, would be the cost.
"""

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import shapely
from pyproj import Geod

from ..messages import QT_TRANSLATE_NOOP, CoreError
from ..streamed_assignment import OUTSIDE, StreamedAssignment
from .laea import to_laea

METHODS = ("ellipsoid", "laea")
GEOD = Geod(ellps="GRS80")
# LAEA stretches lengths by at most 1/cos(c/2) at angular distance c from its centre: 1.41 at
# 90°. A search radius of 1.5 times the geodesic distance to the planar nearest facility
# therefore holds the geodesic nearest facility for every point in the hemisphere around
# 52°N 10°E (all of Europe and far beyond), with room for the ellipsoid's flattening.
_LAEA_STRETCH_BOUND = 1.5


class ShapelyAssignment(StreamedAssignment):
    """``StreamedAssignment`` with shapely 2: repairs with ``repair_polygons``, a grid of
    polygon boxes (``_PolygonGrid``) and ``shapely.intersects_xy`` on whole arrays.

    Why a worker thread: reading features from QGIS holds Python's GIL, while shapely's
    repairs, indexing and point tests mostly release it. So all of that runs in one worker,
    in the order it was asked for, while the caller reads the next batch; on two cores it
    then costs almost no wall time (measured: 15–20 % off a run with 100k points). Only
    numpy and shapely run in the worker, never QGIS.
    """

    def __init__(self, point_count):
        super().__init__(point_count, ThreadPoolExecutor(max_workers=1))

    def repair(self, wkbs):
        return repair_polygons(shapely.from_wkb(wkbs))

    def index(self, polygons):
        # The expected number of points sizes the grid.
        return _PolygonGrid(polygons, self.point_count)

    def assign(self, grid, xs, ys):
        return grid.assign(xs, ys)


_ASSIGN_CHUNK = 200_000
# Cells per typical polygon side: finer cells mean fewer candidate polygons per point but a
# larger grid to build, which pays only when many points fall in each polygon. Measured on
# the 8,177 PLZ areas: 1 at 10k points, 4 (about two candidates per point) from 100k on;
# finer than 4 no longer pays.
_MAX_CELLS_PER_POLYGON_SIDE = 4
_MAX_CELLS_PER_AXIS = 1024


class _PolygonGrid:
    """A regular grid over the polygons' bounding boxes: every cell lists the polygons whose
    box touches it, in ascending index order.

    Why not a shapely ``STRtree``: querying one needs a shapely point per point, and making
    those objects costs more (0.85 s per million here) than the whole grid look-up; the
    grid works on the coordinate arrays, and ``shapely.intersects_xy`` tests the candidates
    with prepared polygons without making points either. For a point, intersects is the
    same as covered-by (the boundary counts), so the border rule holds.
    """

    def __init__(self, polygons, point_count):
        self.polygons = np.asarray(polygons, dtype=object)
        bounds = shapely.bounds(self.polygons)  # NaN for None and empty polygons
        usable = np.flatnonzero(np.isfinite(bounds).all(axis=1))
        bounds = bounds[usable]
        shapely.prepare(self.polygons[usable])
        if len(usable) == 0:
            self.cell_size, self.origin, self.shape = 1.0, (0.0, 0.0), (0, 0)
            self.cell_start = np.zeros(1, dtype=np.int64)
            self.members = usable
            return
        self.origin = (bounds[:, 0].min(), bounds[:, 1].min())
        self.cell_size = self._cell_size(bounds, point_count)
        x_low, y_low = (c.astype(np.int64) for c in self._cells(bounds[:, 0], bounds[:, 1]))
        x_high, y_high = (c.astype(np.int64) for c in self._cells(bounds[:, 2], bounds[:, 3]))
        self.shape = (int(x_high.max()) + 1, int(y_high.max()) + 1)
        widths = x_high - x_low + 1
        cells_per_polygon = widths * (y_high - y_low + 1)
        owner = np.repeat(np.arange(len(usable)), cells_per_polygon)
        offset = _offsets_within_runs(cells_per_polygon)
        cells = (y_low[owner] + offset // widths[owner]) * self.shape[0] + (
            x_low[owner] + offset % widths[owner]
        )
        # A stable sort keeps each cell's polygons in ascending index order.
        self.members = usable[owner[np.argsort(cells, kind="stable")]]
        counts = np.bincount(cells, minlength=self.shape[0] * self.shape[1])
        self.cell_start = np.concatenate([[0], np.cumsum(counts)])

    def _cell_size(self, bounds, point_count):
        widths, heights = bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1]
        span = max(bounds[:, 2].max() - self.origin[0], bounds[:, 3].max() - self.origin[1])
        cells_per_side = np.clip(np.sqrt(point_count / len(bounds)), 1, _MAX_CELLS_PER_POLYGON_SIDE)
        size = max(
            float(np.median(np.maximum(widths, heights))) / cells_per_side,
            span / _MAX_CELLS_PER_AXIS,
        )
        if size <= 0:  # only degenerate boxes (points or lines): one cell holds them all
            return 1.0
        # Large overlapping polygons would each list many cells: coarsen until the grid
        # holds a few entries per polygon and cell at most.
        limit = 16 * len(bounds) + _MAX_CELLS_PER_AXIS**2
        while np.sum((widths // size + 2) * (heights // size + 2)) > limit:
            size *= 2
        return size

    def _cells(self, xs, ys):
        """Cell columns and rows, as floats: a point far off the grid must not overflow an
        integer. floor() is monotonic, so a point inside a box falls into one of its cells."""
        return (
            np.floor((xs - self.origin[0]) / self.cell_size),
            np.floor((ys - self.origin[1]) / self.cell_size),
        )

    def assign(self, xs, ys):
        result = np.full(len(xs), OUTSIDE, dtype=np.int64)
        # In chunks, so that the candidate pairs of a million points never all exist at once.
        for first in range(0, len(xs), _ASSIGN_CHUNK):
            chunk = slice(first, first + _ASSIGN_CHUNK)
            result[chunk] = self._assign_chunk(xs[chunk], ys[chunk])
        return result

    def _assign_chunk(self, xs, ys):
        result = np.full(len(xs), OUTSIDE, dtype=np.int64)
        candidates = np.flatnonzero(np.isfinite(xs) & np.isfinite(ys))
        cell_x, cell_y = self._cells(xs[candidates], ys[candidates])
        on_grid = (
            (cell_x >= 0) & (cell_x < self.shape[0]) & (cell_y >= 0) & (cell_y < self.shape[1])
        )
        candidates = candidates[on_grid]
        cells = (cell_y[on_grid] * self.shape[0] + cell_x[on_grid]).astype(np.int64)
        starts = self.cell_start[cells]
        counts = self.cell_start[cells + 1] - starts
        # One (point, polygon) pair per polygon listed in the point's cell, grouped by point
        # and, within a point, in ascending polygon order.
        pair_point = np.repeat(candidates, counts)
        pair_polygon = self.members[np.repeat(starts, counts) + _offsets_within_runs(counts)]
        hit = shapely.intersects_xy(self.polygons[pair_polygon], xs[pair_point], ys[pair_point])
        pair_point, pair_polygon = pair_point[hit], pair_polygon[hit]
        first = np.ones(len(pair_point), dtype=bool)
        first[1:] = pair_point[1:] != pair_point[:-1]
        result[pair_point[first]] = pair_polygon[first]
        return result


def _offsets_within_runs(lengths):
    """0, 1, ..., n-1 for each run length n, concatenated: [2, 3] gives [0, 1, 0, 1, 2]."""
    return np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths)


def nearest_facility(xs, ys, fxs, fys, method="ellipsoid"):
    """For each point, the index of its nearest facility and the distance in km (see
    ``NearestFacilities``, which keeps the facilities' search for many calls)."""
    return NearestFacilities(fxs, fys, method).of(xs, ys)


class NearestFacilities:
    """The facilities at ``fxs``, ``fys``, prepared once for the nearest-facility search of
    any number of point batches.

    All coordinates are longitude/latitude (EPSG:4326). ``method``:
    - ``"ellipsoid"``: geodesic distance on the GRS 1980 ellipsoid (pyproj ``Geod``); the
      nearest facility is the one nearest along the ellipsoid. Candidates are searched in
      EPSG:3035 with a radius that provably holds the geodesic nearest for points within
      the hemisphere around 52°N 10°E; the few candidates are then measured exactly.
    - ``"laea"``: straight-line distance in EPSG:3035 (ETRS89-LAEA), nearest in that plane.
    """

    def __init__(self, fxs, fys, method="ellipsoid"):
        if method not in METHODS:
            raise CoreError(
                QT_TRANSLATE_NOOP("core", "Unknown distance method '{method}'."), method=method
            )
        self.method = method
        self.fxs = np.asarray(fxs, dtype=float)
        self.fys = np.asarray(fys, dtype=float)
        facility_ok = np.isfinite(self.fxs) & np.isfinite(self.fys)
        if not facility_ok.any():
            raise CoreError(QT_TRANSLATE_NOOP("core", "There are no facilities with coordinates."))
        self.facility_ids = np.flatnonzero(facility_ok)
        fx, fy = to_laea(self.fxs[self.facility_ids], self.fys[self.facility_ids])
        self.tree = shapely.STRtree(shapely.points(fx, fy))

    def of(self, xs, ys):
        """For each point, the index of its nearest facility and the distance in km; points
        with NaN coordinates get index -1 and distance NaN."""
        xs = np.asarray(xs, dtype=float)
        ys = np.asarray(ys, dtype=float)
        index = np.full(len(xs), OUTSIDE, dtype=np.int64)
        distance_km = np.full(len(xs), np.nan)
        point_ok = np.flatnonzero(np.isfinite(xs) & np.isfinite(ys))
        if len(point_ok) == 0:
            return index, distance_km
        facility_ids, fxs, fys, tree = self.facility_ids, self.fxs, self.fys, self.tree
        px, py = to_laea(xs[point_ok], ys[point_ok])
        points = shapely.points(px, py)
        (point_pos, tree_pos), planar_m = tree.query_nearest(
            points, return_distance=True, all_matches=False
        )
        if self.method == "laea":
            index[point_ok[point_pos]] = facility_ids[tree_pos]
            distance_km[point_ok[point_pos]] = planar_m / 1000.0
            return index, distance_km

        # Geodesic distance to the planar nearest bounds the geodesic nearest's distance.
        first_guess_m = np.empty(len(point_ok))
        first_guess_m[point_pos] = _geodesic_m(
            xs[point_ok[point_pos]],
            ys[point_ok[point_pos]],
            fxs[facility_ids[tree_pos]],
            fys[facility_ids[tree_pos]],
        )
        radius = first_guess_m * _LAEA_STRETCH_BOUND + 1.0
        point_pos, tree_pos = tree.query(points, predicate="dwithin", distance=radius)
        candidate_m = _geodesic_m(
            xs[point_ok[point_pos]],
            ys[point_ok[point_pos]],
            fxs[facility_ids[tree_pos]],
            fys[facility_ids[tree_pos]],
        )
        # Per point the candidate with the smallest distance (ties: the lower facility index).
        order = np.lexsort((tree_pos, candidate_m, point_pos))
        point_pos, tree_pos, candidate_m = point_pos[order], tree_pos[order], candidate_m[order]
        first = np.ones(len(point_pos), dtype=bool)
        first[1:] = point_pos[1:] != point_pos[:-1]
        index[point_ok[point_pos[first]]] = facility_ids[tree_pos[first]]
        distance_km[point_ok[point_pos[first]]] = candidate_m[first] / 1000.0
        return index, distance_km


def _geodesic_m(lon1, lat1, lon2, lat2):
    _forward, _back, metres = GEOD.inv(lon1, lat1, lon2, lat2)
    return np.asarray(metres, dtype=float)


def repair_polygons(polygons):
    """Make invalid polygons valid, keeping only their polygonal parts.

    Returns ``(polygons, repaired positions, dropped positions)``; a dropped polygon (nothing
    polygonal left) becomes None, which holds no point.
    """
    geometries = np.asarray(polygons, dtype=object)
    present = np.array([g is not None for g in geometries], dtype=bool)
    invalid = np.zeros(len(geometries), dtype=bool)
    if present.any():
        invalid[present] = ~shapely.is_valid(geometries[present])
    repaired = np.flatnonzero(invalid)
    dropped = []
    for position in repaired:
        fixed = shapely.make_valid(geometries[position])
        if shapely.get_type_id(fixed) == 7:  # a GeometryCollection: keep its polygons
            parts = [
                part
                for part in shapely.get_parts(fixed)
                if shapely.get_type_id(part) in (3, 6)  # Polygon, MultiPolygon
            ]
            fixed = shapely.union_all(parts) if parts else None
        if fixed is None or fixed.is_empty or shapely.get_type_id(fixed) not in (3, 6):
            fixed = None
            dropped.append(int(position))
        geometries[position] = fixed
    return geometries, [int(p) for p in repaired], dropped
