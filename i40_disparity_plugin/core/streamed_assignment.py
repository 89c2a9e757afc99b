"""Point-in-polygon assignment with polygons and points arriving in batches: the interface and
the bookkeeping every engine shares, numpy only.

Two engines do the geometry: ``core.points.spatial.ShapelyAssignment`` (shapely 2, on whole arrays
in a worker thread) and ``gis.qgis_assignment.QgisAssignment`` (QGIS's own spatial index and
GEOS, for a QGIS whose Python lacks shapely 2); ``gis.point_assignment`` picks one. Each
supplies three steps: ``repair`` a batch of polygons, ``index`` them all, ``assign`` a batch
of points. Everything else (batch order, positions of repaired polygons across batches, the
joined result) is done here once, so the engines cannot differ in it.
"""

from collections import namedtuple
from concurrent.futures import Executor, Future
from dataclasses import dataclass

import numpy as np

from .messages import QT_TRANSLATE_NOOP, CoreError

OUTSIDE = -1

StreamedResult = namedtuple(
    "StreamedResult", ["keys", "xs", "ys", "assignment", "repaired", "dropped"]
)


class StreamedAssignment:
    """The index of the polygon that holds each point; ``OUTSIDE`` (-1) if none. Use it in a
    ``with`` block: all polygons first (``add_polygons``, then ``finish_polygons``), then the
    points (``add_points``), then ``result()``.

    Polygons arrive as WKB (None for a feature without geometry; None and empty polygons hold
    nothing), in the same CRS as the points. Invalid polygons are made valid first, keeping
    their polygonal parts; one with nothing polygonal left is dropped and holds nothing.
    Border rule, so that every point counts exactly once: a point covered by several
    polygons (on a shared border or vertex, or where polygons overlap) goes to the polygon
    with the LOWEST position among those that cover it; "cover" includes the boundary, so a
    point on an outer border still belongs to its polygon. Points with NaN or infinite
    coordinates are outside.

    An engine subclass implements ``repair(wkbs)`` (the polygons, repaired positions and
    dropped positions within the batch), ``index(polygons)`` and ``assign(index, xs, ys)``,
    and hands ``worker``, the executor they run on, in their order of submission.
    """

    def __init__(self, point_count, worker):
        # The expected number of points, for an engine that sizes its index by it.
        self.point_count = max(point_count, 0)
        self._worker = worker
        self._repairs, self._index = [], None
        self._keys, self._xs, self._ys, self._parts = [], [], [], []

    def __enter__(self):
        return self

    def __exit__(self, *_exception):
        self._worker.shutdown(cancel_futures=True)

    def add_polygons(self, wkbs):
        """The next polygons, as WKB, indexed after those given before."""
        self._repairs.append(self._worker.submit(self.repair, list(wkbs)))

    def finish_polygons(self):
        """No more polygons: their index is built now, while the caller reads the first
        points. ``add_points`` and ``result`` call it if the caller did not."""
        if self._index is None:
            self._index = self._worker.submit(self._repaired_index)

    def add_points(self, keys, xs, ys):
        """The next points: ``keys`` (e.g. feature ids) are carried along untouched."""
        xs, ys = _coordinates(xs, ys)
        self.finish_polygons()
        self._keys.append(np.asarray(keys))
        self._xs.append(xs)
        self._ys.append(ys)
        self._parts.append(self._worker.submit(self._assign_batch, xs, ys))

    def result(self):
        """A ``StreamedResult``: keys, xs, ys and assignment joined in the order given;
        repaired and dropped are positions among all polygons (dropped ones are among the
        repaired)."""
        self.finish_polygons()
        _index, repaired, dropped = self._index.result()
        parts = [part.result() for part in self._parts]
        return StreamedResult(
            _joined(self._keys, np.int64),
            _joined(self._xs, float),
            _joined(self._ys, float),
            _joined(parts, np.int64),
            repaired,
            dropped,
        )

    def repair(self, wkbs):
        raise NotImplementedError

    def index(self, polygons):
        raise NotImplementedError

    def assign(self, index, xs, ys):
        raise NotImplementedError

    def _repaired_index(self):
        # Runs after every repair asked for before (the worker keeps their order).
        polygons, repaired, dropped, offset = [], [], [], 0
        for repair in self._repairs:
            fixed, batch_repaired, batch_dropped = repair.result()
            polygons.extend(fixed)
            repaired.extend(offset + p for p in batch_repaired)
            dropped.extend(offset + p for p in batch_dropped)
            offset += len(fixed)
        return self.index(polygons), repaired, dropped

    def _assign_batch(self, xs, ys):
        # The worker runs its tasks in order, so the index is built by now.
        index, _repaired, _dropped = self._index.result()
        return self.assign(index, xs, ys)


class InlineWorker(Executor):
    """An executor that runs each task at once, in the caller's thread: for an engine whose
    steps are Python loops holding the GIL, where a worker thread would gain nothing."""

    def submit(self, fn, /, *args, **kwargs):
        future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as error:  # handed to whoever asks the future, as a thread would
            future.set_exception(error)
        return future


def _coordinates(xs, ys):
    xs = np.asarray(xs, dtype=float)
    ys = np.asarray(ys, dtype=float)
    if xs.shape != ys.shape or xs.ndim != 1:
        raise CoreError(QT_TRANSLATE_NOOP("core", "x and y must be two lists of equal length."))
    return xs, ys


def _joined(arrays, empty_dtype):
    return np.concatenate(arrays) if arrays else np.zeros(0, dtype=empty_dtype)


def count_per_polygon(assignment, polygon_count):
    """Points per polygon (0 for polygons without points) from a ``StreamedResult``'s
    assignment."""
    assignment = np.asarray(assignment)
    inside = assignment[assignment >= 0]
    return np.bincount(inside, minlength=polygon_count).astype(np.int64)


@dataclass(frozen=True)
class PointTally:
    """How the points of a ``StreamedResult`` fared, as positions among them."""

    outside: np.ndarray  # points with coordinates that no polygon holds
    without_geometry: np.ndarray  # points without coordinates (NaN)
    total: int

    @property
    def assigned(self):
        return self.total - len(self.outside) - len(self.without_geometry)


def tally_points(result):
    """The ``PointTally`` of a ``StreamedResult``: a point without coordinates is not counted
    as outside, so that the log can tell a missing geometry from a point off the map."""
    without_geometry = np.isnan(result.xs)
    outside = (result.assignment == OUTSIDE) & ~without_geometry
    return PointTally(
        np.flatnonzero(outside), np.flatnonzero(without_geometry), len(result.assignment)
    )
