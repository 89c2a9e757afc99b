"""Areas measured on the ellipsoid, in km², whatever the layer's CRS."""

from qgis.core import QgsDistanceArea

from ..compat import AreaUnit

# The ellipsoid of ETRS89 (GRS 1980), Germany's reference system; used when the project or
# qgis_process names none, so that areas are never measured in square degrees.
DEFAULT_ELLIPSOID = "EPSG:7019"


def ellipsoidal_measure(crs, context):
    """A QgsDistanceArea for geometries in ``crs`` on the Processing context's ellipsoid, or on
    GRS 1980 when the context has none. ``crs`` must be valid."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs, context.transformContext())
    ellipsoid = context.ellipsoid()
    measure.setEllipsoid(ellipsoid if ellipsoid and ellipsoid != "NONE" else DEFAULT_ELLIPSOID)
    return measure


def area_km2(measure, geometry):
    return measure.convertAreaMeasurement(measure.measureArea(geometry), AreaUnit.SquareKilometers)
