"""Points in polygons with either engine (gis.point_assignment): shapely 2's, and QGIS's own,
which a QGIS whose Python has no usable shapely gets. A test module imports ``engine`` to run
all its tests with both."""

import sys

import pytest

ENGINES = ("shapely", "qgis")


def use_engine(name, monkeypatch):
    if name == "qgis":
        # As in a QGIS without shapely: importing it fails, so the one detection
        # (requirements.shapely_usable) says no, and a shapely call left anywhere on the
        # fallback's way fails the test.
        monkeypatch.setitem(sys.modules, "shapely", None)


@pytest.fixture(autouse=True, params=ENGINES)
def engine(request, monkeypatch):
    use_engine(request.param, monkeypatch)
    return request.param
