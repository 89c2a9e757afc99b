"""A layer's extent checked against Germany (core/plausible_coordinates.py), in WGS 84."""

import math

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException

from ..core.plausible_coordinates import coordinates_problem
from .i18n import ui_language

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def coordinates_problem_of(layer, transform_context):
    """A CoreError if ``layer``'s coordinates cannot be German data; None if they can, and
    for a layer without geometries."""
    extent = layer.extent() if layer.isSpatial() else None
    if extent is None or extent.isEmpty() or not layer.crs().isValid():
        return None
    bounds = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    try:
        transform = QgsCoordinateTransform(layer.crs(), WGS84, transform_context)
        degrees = transform.transformBoundingBox(extent)
        degree_bounds = (
            degrees.xMinimum(),
            degrees.yMinimum(),
            degrees.xMaximum(),
            degrees.yMaximum(),
        )
    except QgsCsException:
        degree_bounds = None
    if degree_bounds is not None and not all(map(math.isfinite, degree_bounds)):
        degree_bounds = None  # partly outside the CRS's domain
    crs = layer.crs().userFriendlyIdentifier()
    return coordinates_problem(
        layer.name(), crs, bounds, layer.crs().isGeographic(), degree_bounds, ui_language()
    )
