"""The two engines for points in polygons give the same answers: on the real PLZ areas (10
of them invalid, so repaired), with points on their shared borders and vertices."""

import numpy as np
import processing
import pytest
from conftest import memory_layer
from engines import ENGINES, use_engine
from qgis.core import QgsProcessingFeedback

from i40_disparity_plugin.compat import FieldType
from i40_disparity_plugin.gis.point_assignment import point_assignment


@pytest.mark.parametrize("engine", ENGINES)
def test_the_engine_is_the_one_the_detection_picks(engine, monkeypatch):
    use_engine(engine, monkeypatch)
    expected = {"shapely": "ShapelyAssignment", "qgis": "QgisAssignment"}[engine]
    with point_assignment(0) as assigner:
        assert type(assigner).__name__ == expected


def border_and_random_points(areas, vertex_areas=400, random_points=20_000):
    """Every vertex of the first ``vertex_areas`` areas (on borders shared with their
    neighbours) and random points over the whole extent, as (name, WKT) rows."""
    rows = []
    for number, feature in enumerate(areas.getFeatures()):
        if number == vertex_areas:
            break
        for vertex in feature.geometry().vertices():
            rows.append(({"name": f"v{len(rows)}"}, f"POINT({vertex.x()!r} {vertex.y()!r})"))
    extent = areas.extent()
    generator = np.random.default_rng(7)
    xs = generator.uniform(extent.xMinimum(), extent.xMaximum(), random_points)
    ys = generator.uniform(extent.yMinimum(), extent.yMaximum(), random_points)
    for k in range(random_points):
        # float(): numpy 2 writes np.float64(…) as its repr; WKT wants the plain number.
        rows.append(({"name": f"r{k}"}, f"POINT({float(xs[k])!r} {float(ys[k])!r})"))
    rows.append(({"name": "none"}, None))
    return rows


def run_with(engine, monkeypatch, points, areas):
    with monkeypatch.context() as patch:
        use_engine(engine, patch)
        feedback = QgsProcessingFeedback()
        result = processing.run(
            "i40disparity:assignpoints",
            {
                "INPUT": points,
                "AREAS": areas,
                "AREA_FIELDS": ["plz"],
                "OUTPUT": "memory:",
                "COUNTS": "memory:",
            },
            feedback=feedback,
        )
    assigned = {f["name"]: f["plz"] for f in result["OUTPUT"].getFeatures()}
    counts = [(f["plz"], f["n_points"]) for f in result["COUNTS"].getFeatures()]
    log = [line for line in feedback.textLog().splitlines() if "area" in line]
    numbers = {k: result[k] for k in ("POINTS_ASSIGNED", "POINTS_OUTSIDE", "REPAIRED")}
    return assigned, counts, log, numbers


def test_both_engines_assign_the_plz_areas_alike(provider, plz_layer, monkeypatch):
    points = memory_layer(
        border_and_random_points(plz_layer),
        geometry="Point",
        crs=plz_layer.crs().authid(),
        fields={"name": FieldType.String},
        name="points",
    )
    shapely_answer = run_with("shapely", monkeypatch, points, plz_layer)
    qgis_answer = run_with("qgis", monkeypatch, points, plz_layer)
    assigned, counts, log, numbers = shapely_answer
    assert sum(n for _plz, n in counts) == numbers["POINTS_ASSIGNED"]
    # Not vacuous: most points are in an area, the areas were repaired and counted.
    assert numbers["REPAIRED"] == 10 and numbers["POINTS_ASSIGNED"] > 10_000
    assert sum(1 for name, plz in assigned.items() if name.startswith("v") and plz) > 1_000
    assert any("repaired" in line for line in log)
    assert qgis_answer == shapely_answer
