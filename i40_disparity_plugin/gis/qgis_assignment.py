"""Points in polygons with QGIS's own engine, for a QGIS whose Python lacks shapely 2 (Debian
12's QGIS 3.22 has shapely 1.8): the same results as ``core.spatial.ShapelyAssignment``,
slower.

Both engines ask GEOS the same questions: whether a polygon is valid, what its valid form
is (``gis.geometry.repaired_polygon``, which the density bands use too), and whether a
prepared polygon intersects a point, which for a point means "covers", boundary included.
The border rule and the batch bookkeeping are ``core.streamed_assignment``'s, shared.
"""

import numpy as np
from qgis.core import QgsGeometry, QgsPoint, QgsRectangle, QgsSpatialIndex

from ..core.streamed_assignment import OUTSIDE, InlineWorker, StreamedAssignment
from .geometry import repaired_polygon


class QgisAssignment(StreamedAssignment):
    """``StreamedAssignment`` with ``QgsSpatialIndex`` for the candidates and prepared GEOS
    polygons for the point tests. Its steps loop over features and points in Python,
    holding the GIL, so they run in the caller's thread: a worker would not overlap with
    the reading, and QGIS objects stay in the thread that made them."""

    def __init__(self, point_count):
        super().__init__(point_count, InlineWorker())

    def repair(self, wkbs):
        polygons, repaired, dropped = [], [], []
        for position, wkb in enumerate(wkbs):
            polygon, was_repaired = None, False
            if wkb is not None:
                geometry = QgsGeometry()
                geometry.fromWkb(wkb)
                polygon, was_repaired = repaired_polygon(geometry)
            if was_repaired:
                repaired.append(position)
                if polygon is None:
                    dropped.append(position)
            polygons.append(polygon)
        return polygons, repaired, dropped

    def index(self, polygons):
        index = QgsSpatialIndex()
        engines = {}
        for position, polygon in enumerate(polygons):
            if polygon is None:
                continue
            index.addFeature(position, polygon.boundingBox())
            engine = QgsGeometry.createGeometryEngine(polygon.constGet())
            engine.prepareGeometry()
            engines[position] = engine
        # The engines refer to the polygons' geometries, which must live as long.
        return index, engines, polygons

    def assign(self, index, xs, ys):
        tree, engines, _polygons = index
        result = np.full(len(xs), OUTSIDE, dtype=np.int64)
        for k in np.flatnonzero(np.isfinite(xs) & np.isfinite(ys)).tolist():
            x, y = float(xs[k]), float(ys[k])
            candidates = tree.intersects(QgsRectangle(x, y, x, y))
            if not candidates:
                continue
            point = QgsPoint(x, y)
            # The lowest position among the polygons that cover the point: the border rule.
            for position in sorted(candidates):
                if engines[position].intersects(point):
                    result[k] = position
                    break
        return result
