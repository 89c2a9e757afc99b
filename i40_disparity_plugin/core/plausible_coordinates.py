"""Whether a layer's coordinates can be German data in the CRS the layer declares.

Latitude and longitude swapped, or metres declared as degrees, give numbers QGIS takes without
a word; areas and distances computed from them are wrong by a third or more. Germany lies within
about 5.9–15.1° E and 47.3–55.1° N. The box below leaves some degrees around it, so that data of
the border regions and of the neighbours' edges still pass.
"""

from .messages import QT_TRANSLATE_NOOP, CoreError
from .number_format import format_number

GERMANY_WITH_MARGIN = (2.0, 44.0, 19.0, 58.0)  # west, south, east, north in degrees

# fmt: off
NOT_DEGREES = QT_TRANSLATE_NOOP("core", "The layer {layer} declares its coordinates as degrees "
                                        "({crs}), but they reach {x}, {y}, which no place on "
                                        "earth has. They are probably metres: give the layer "
                                        "its true CRS (Layer Properties, Source) and run again.")
FAR_FROM_GERMANY = QT_TRANSLATE_NOOP("core", "The layer {layer} lies around {lon}° E, {lat}° N "
                                             "in its CRS {crs}, far from Germany. If latitude "
                                             "and longitude are swapped or the CRS is wrong, "
                                             "correct the layer and run again: areas and "
                                             "distances computed from it would be wrong.")
# fmt: on


def coordinates_problem(layer, crs, bounds, geographic, degree_bounds, language):
    """A CoreError if ``bounds`` (west, south, east, north in the layer's CRS ``crs``) cannot
    be German data; None if they can. ``degree_bounds`` are the same bounds in WGS 84, None
    where they could not be transformed."""
    west, south, east, north = bounds
    if geographic and (max(abs(west), abs(east)) > 180 or max(abs(south), abs(north)) > 90):
        far = (max((west, east), key=abs), max((south, north), key=abs))
        return CoreError(
            NOT_DEGREES,
            layer=layer,
            crs=crs,
            x=_number(far[0], language),
            y=_number(far[1], language),
        )
    if degree_bounds is None or not _overlaps(degree_bounds, GERMANY_WITH_MARGIN):
        reference = degree_bounds or bounds
        return CoreError(
            FAR_FROM_GERMANY,
            layer=layer,
            crs=crs,
            lon=_number((reference[0] + reference[2]) / 2, language),
            lat=_number((reference[1] + reference[3]) / 2, language),
        )
    return None


def _overlaps(a, b):
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _number(value, language):
    return format_number(value, language, decimals=1)
