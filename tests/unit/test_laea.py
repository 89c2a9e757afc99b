"""EPSG:3035 from longitude and latitude, checked against PROJ (through pyproj)."""

import numpy as np
import pytest
from pyproj import Transformer

from i40_disparity_plugin.core.points.laea import to_laea

# The origin, German towns at the corners of the country, and places far off in Europe.
PLACES = [
    (10.0, 52.0),
    (6.08, 50.78),  # Aachen
    (14.99, 51.15),  # Görlitz
    (7.6, 47.56),  # Basel
    (9.44, 54.78),  # Flensburg
    (-9.14, 38.72),  # Lisbon
    (30.52, 50.45),  # Kyiv
    (25.7, 71.0),  # North Cape
]


def test_agrees_with_proj_to_a_millimetre():
    lon, lat = np.array(PLACES).T
    expected = Transformer.from_crs("EPSG:4326", "EPSG:3035", always_xy=True).transform(lon, lat)
    easting, northing = to_laea(lon, lat)
    assert np.abs(easting - expected[0]).max() < 1e-3
    assert np.abs(northing - expected[1]).max() < 1e-3


def test_the_origin_is_the_false_easting_and_northing():
    assert to_laea(10.0, 52.0) == pytest.approx((4321000.0, 3210000.0), abs=1e-6)


def test_missing_coordinates_stay_missing():
    easting, northing = to_laea([np.nan, 10.0], [52.0, np.nan])
    assert np.isnan(easting).all() and np.isnan(northing).all()
