"""ETRS89 / LAEA Europe (EPSG:3035) from longitude and latitude, on numpy arrays.

The formulas of the Lambert azimuthal equal-area projection on the ellipsoid (oblique aspect),
as in IOGP's Guidance Note 7-2, with EPSG:3035's parameters. Written out rather than asked of
pyproj: a pyproj Transformer made in a worker thread of QGIS 3.40's desktop crashed in PROJ,
and numpy is thread-safe.
"""

import numpy as np

# GRS 1980 and EPSG:3035's origin (52°N 10°E) and false easting and northing.
_A = 6378137.0
_F = 1 / 298.257222101
_LAT0, _LON0 = np.radians(52.0), np.radians(10.0)
_FALSE_EASTING, _FALSE_NORTHING = 4321000.0, 3210000.0

_E2 = 2 * _F - _F**2
_E = np.sqrt(_E2)


def _q(sin_lat):
    return (1 - _E2) * (
        sin_lat / (1 - _E2 * sin_lat**2)
        - np.log((1 - _E * sin_lat) / (1 + _E * sin_lat)) / (2 * _E)
    )


_QP = _q(1.0)
_RQ = _A * np.sqrt(_QP / 2)
_BETA0 = np.arcsin(_q(np.sin(_LAT0)) / _QP)
_D = _A * (np.cos(_LAT0) / np.sqrt(1 - _E2 * np.sin(_LAT0) ** 2)) / (_RQ * np.cos(_BETA0))


def to_laea(lon, lat):
    """Easting and northing in metres (EPSG:3035) of degrees ``lon``, ``lat`` (arrays)."""
    lon = np.radians(np.asarray(lon, dtype=float))
    lat = np.radians(np.asarray(lat, dtype=float))
    beta = np.arcsin(np.clip(_q(np.sin(lat)) / _QP, -1.0, 1.0))
    dlon = lon - _LON0
    cos_c = np.sin(_BETA0) * np.sin(beta) + np.cos(_BETA0) * np.cos(beta) * np.cos(dlon)
    b = _RQ * np.sqrt(2 / (1 + cos_c))
    easting = _FALSE_EASTING + b * _D * np.cos(beta) * np.sin(dlon)
    northing = _FALSE_NORTHING + (b / _D) * (
        np.cos(_BETA0) * np.sin(beta) - np.sin(_BETA0) * np.cos(beta) * np.cos(dlon)
    )
    return easting, northing
