"""The one place that picks the engine for points in polygons (``core.streamed_assignment``):
shapely 2's where QGIS's Python has a usable one, else QGIS's own. Both give the same
results; shapely's is faster (whole arrays, a worker thread)."""

from ..core import requirements


def point_assignment(point_count):
    """A new ``StreamedAssignment`` for about ``point_count`` points (0 or less if unknown)."""
    if requirements.shapely_usable():
        from ..core.points.spatial import ShapelyAssignment  # imports shapely 2

        return ShapelyAssignment(point_count)
    from .qgis_assignment import QgisAssignment

    return QgisAssignment(point_count)
