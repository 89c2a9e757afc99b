"""Lookups for offline geocoding, built from the user's area layers: a point per PLZ area and
per Gemeinde, in WGS 84 longitude/latitude as core.geocoding expects them."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
)

from ..compat import ProcessingFeatureSourceFlag
from .geometry import repaired_polygon
from .values import python_value

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
NO_POINT = (float("nan"), float("nan"))


def inner_points(source, field_names, context, keep_unusable=False):
    """(attribute values, (lon, lat), polygon) of each feature with a usable polygon: a point
    on its surface, so the point lies inside the area even where a centroid would not (bent or
    hollow areas), and the repaired polygon in the source's CRS. With ``keep_unusable``, a
    feature without a usable polygon comes too, as (values, (nan, nan), None)."""
    transform = QgsCoordinateTransform(source.sourceCrs(), WGS84, context.transformContext())
    request = QgsFeatureRequest().setSubsetOfAttributes(field_names, source.fields())
    # Real boundary data has invalid polygons; they are repaired here, not refused.
    features = source.getFeatures(request, ProcessingFeatureSourceFlag.SkipGeometryValidityChecks)
    for feature in features:
        geometry, _repaired = repaired_polygon(feature.geometry())
        if geometry is None:
            if keep_unusable:
                yield [python_value(feature[name]) for name in field_names], NO_POINT, None
            continue
        point = geometry.pointOnSurface()
        point.transform(transform)
        xy = point.asPoint()
        yield [python_value(feature[name]) for name in field_names], (xy.x(), xy.y()), geometry


def plz_points(source, plz_field, context):
    """{PLZ as written in the layer: (lon, lat)}."""
    points = inner_points(source, [plz_field], context)
    return {str(values[0]): xy for values, xy, _polygon in points if values[0]}


def gemeinden(source, key_field, name_field, context):
    """The Gemeinden of a layer such as VG5000 GEM, with key, official name and inner point."""
    from ..core.points.geocoding import Gemeinde  # needs pandas: imported when the tool runs

    return [
        Gemeinde(str(key), str(name or ""), x, y)
        for (key, name), (x, y), _polygon in inner_points(source, [key_field, name_field], context)
        if key
    ]
