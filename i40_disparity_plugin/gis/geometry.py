"""Geometry repair for polygon layers from the real world (simplified boundaries self-intersect)."""

from qgis.core import QgsGeometry, QgsWkbTypes

from ..compat import GeometryType, WkbType


def repaired_polygon(geometry):
    """Return ``(multipolygon or None, was_repaired)``.

    Valid polygons come back unchanged (as multi-part, the type of the plugin's outputs).
    Invalid ones are made valid and keep only their polygon parts; None means nothing
    polygonal is left (or there was no geometry to begin with).
    """
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None, False
    was_repaired = not geometry.isGeosValid()
    result = QgsGeometry(geometry)
    if was_repaired:
        result = result.makeValid()
        if QgsWkbTypes.flatType(result.wkbType()) == WkbType.GeometryCollection:
            result = result.convertGeometryCollectionToSubclass(GeometryType.Polygon)
        if result.isNull() or result.isEmpty() or result.type() != GeometryType.Polygon:
            return None, True
    result.convertToMultiType()
    return result, was_repaired
