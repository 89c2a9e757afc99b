"""i40disparity:nearestfacility inside real QGIS, distances checked with pyproj.Geod."""

import json

import processing
import pytest
from conftest import RecordingFeedback, memory_layer, square_wkt
from pyproj import Geod
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
)

from i40_disparity_plugin.compat import FieldType
from i40_disparity_plugin.core.points.outputs import NEAREST, distances_table
from i40_disparity_plugin.gis.output_fields import qgs_field
from i40_disparity_plugin.gis.values import python_value

ALG = "i40disparity:nearestfacility"
GEOD = Geod(ellps="GRS80")
# Two facilities and three points (lon/lat), chosen so the nearest is plain to see.
FACILITIES = [("TU Darmstadt", "TU9", 8.6512, 49.8728), ("KIT", "TU9", 8.4115, 49.0094)]
POINTS = [
    ("Frankfurt", 8.6821, 50.1109),
    ("Karlsruhe", 8.4037, 49.0069),
    ("Mainz", 8.2473, 49.9929),
]


def km(lon1, lat1, lon2, lat2):
    return GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000


@pytest.fixture
def facilities():
    fields = {"name": FieldType.String, "category": FieldType.String}
    rows = [({"name": n, "category": c}, f"POINT({x} {y})") for n, c, x, y in FACILITIES]
    return memory_layer(rows, geometry="Point", crs="EPSG:4326", fields=fields)


@pytest.fixture
def points():
    fields = {"ort": FieldType.String}
    rows = [({"ort": name}, f"POINT({x} {y})") for name, x, y in POINTS]
    # In EPSG:4326 here; the algorithm must cope with any CRS, tested below with EPSG:3035.
    return memory_layer(rows, geometry="Point", crs="EPSG:4326", fields=fields)


def rows_of(layer):
    names = layer.fields().names()
    return [{n: python_value(f[n]) for n in names} for f in layer.getFeatures()]


def test_nearest_facility_and_geodesic_distance(provider, points, facilities):
    result = processing.run(
        ALG,
        {
            "INPUT": points,
            "FACILITIES": facilities,
            "RADII": "5,40",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    rows = {row["ort"]: row for row in rows_of(result["OUTPUT"])}
    assert rows["Frankfurt"]["nearest_name"] == "TU Darmstadt"
    assert rows["Karlsruhe"]["nearest_name"] == "KIT"
    assert rows["Mainz"]["nearest_name"] == "TU Darmstadt"
    assert rows["Frankfurt"]["nearest_category"] == "TU9"
    expected = {
        "Frankfurt": km(8.6821, 50.1109, 8.6512, 49.8728),
        "Karlsruhe": km(8.4037, 49.0069, 8.4115, 49.0094),
        "Mainz": km(8.2473, 49.9929, 8.6512, 49.8728),
    }
    for name, distance in expected.items():
        assert rows[name]["distance_km"] == pytest.approx(distance, rel=1e-6)
    # Within 5 km: Karlsruhe only; within 40 km: all three (Mainz is about 31 km away).
    assert json.loads(result["WITHIN"]) == pytest.approx({"5": 100 / 3, "40": 100.0})
    # The summary's fields are the declared table's, for the radii asked for.
    fields = result["SUMMARY"].fields()
    declared = distances_table((5.0, 40.0))
    assert fields.names() == ["measure", "n", "median_km", "within_5km", "within_40km"]
    assert tuple(fields.names()) == declared.names
    assert [f.type() for f in fields] == [qgs_field(c).type() for c in declared.columns]
    point_fields = result["OUTPUT"].fields()
    assert tuple(point_fields.names()[-3:]) == NEAREST.names
    assert [f.type() for f in point_fields][-3:] == [qgs_field(c).type() for c in NEAREST.columns]
    summary = rows_of(result["SUMMARY"])
    assert summary[0]["n"] == 3
    assert summary[0]["median_km"] == pytest.approx(sorted(expected.values())[1], rel=1e-6)


def test_areas_get_distances_and_population_shares(provider, points, facilities):
    fields = {"plz": FieldType.String, "einwohner": FieldType.Int}
    # Two 1 km squares in EPSG:3035: one in Darmstadt (~0 km), one far away in Kiel.
    darmstadt_x, darmstadt_y = 4_226_000, 2_981_000
    kiel_x, kiel_y = 4_325_000, 3_520_000
    areas = memory_layer(
        [
            ({"plz": "64283", "einwohner": 3000}, square_wkt(darmstadt_x, darmstadt_y, 1000)),
            ({"plz": "24103", "einwohner": 1000}, square_wkt(kiel_x, kiel_y, 1000)),
            # No polygon: kept in the output without a distance, out of the shares.
            ({"plz": "99999", "einwohner": 5000}, None),
        ],
        fields=fields,
    )
    feedback = RecordingFeedback()
    result = processing.run(
        ALG,
        {
            "INPUT": points,
            "FACILITIES": facilities,
            "RADII": "50",
            "AREAS": areas,
            "POPULATION_FIELD": "einwohner",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "AREAS_OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    by_plz = {row["plz"]: row for row in rows_of(result["AREAS_OUTPUT"])}
    # The areas keep their polygons, unchanged: 1 km² each in the areas' own CRS.
    shapes = {
        f["plz"]: f.geometry() for f in result["AREAS_OUTPUT"].getFeatures() if f.hasGeometry()
    }
    assert result["AREAS_OUTPUT"].crs().authid() == "EPSG:3035"
    assert {plz: shape.area() for plz, shape in shapes.items()} == {
        "64283": pytest.approx(1e6),
        "24103": pytest.approx(1e6),
    }
    assert by_plz["64283"]["nearest_name"] == "TU Darmstadt"
    assert by_plz["64283"]["distance_km"] < 50 < by_plz["24103"]["distance_km"]
    assert by_plz["99999"]["distance_km"] is None
    assert by_plz["99999"]["nearest_name"] is None
    assert any("1 areas have no usable polygon" in w for w in feedback.warnings)
    summary = {row["measure"]: row for row in rows_of(result["SUMMARY"])}
    assert summary["areas"]["n"] == 2
    assert summary["population of the areas"]["within_50km"] == pytest.approx(75.0)
    assert summary["areas"]["within_50km"] == pytest.approx(50.0)
    # Two areas: their median lies halfway; 3,000 of 4,000 people live in Darmstadt, so half
    # the population lives within Darmstadt's distance.
    darmstadt, kiel = by_plz["64283"]["distance_km"], by_plz["24103"]["distance_km"]
    assert summary["areas"]["median_km"] == pytest.approx((darmstadt + kiel) / 2)
    assert summary["population of the areas"]["median_km"] == pytest.approx(darmstadt)


def test_straight_line_method_and_bad_input(provider, points, facilities):
    result = processing.run(
        ALG, {"INPUT": points, "FACILITIES": facilities, "METHOD": 1, "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    rows = {row["ort"]: row for row in rows_of(result["OUTPUT"])}
    geodesic = km(8.6821, 50.1109, 8.6512, 49.8728)
    # The equal-area projection distorts distances only slightly at this scale.
    assert rows["Frankfurt"]["distance_km"] == pytest.approx(geodesic, rel=5e-3)
    with pytest.raises(QgsProcessingException):
        processing.run(
            ALG,
            {
                "INPUT": points,
                "FACILITIES": facilities,
                "RADII": "0,abc",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
    polygons = memory_layer([({"plz": "1"}, square_wkt(0, 0, 10))])
    with pytest.raises(QgsProcessingException):
        processing.run(
            ALG, {"INPUT": polygons, "FACILITIES": facilities, "OUTPUT": "TEMPORARY_OUTPUT"}
        )


class CancelWhenPointsAreRead(QgsProcessingFeedback):
    """Presses Cancel as the points are read (30 %), before any distance is measured."""

    def __init__(self):
        super().__init__()
        self.highest = 0.0

    def setProgress(self, progress):
        super().setProgress(progress)
        self.highest = max(self.highest, progress)
        if progress >= 30:
            self.cancel()


def test_cancel_stops_before_the_distances(provider, points, facilities):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALG)
    feedback = CancelWhenPointsAreRead()
    parameters = {"INPUT": points, "FACILITIES": facilities, "OUTPUT": "TEMPORARY_OUTPUT"}
    results, _ok = algorithm.run(parameters, QgsProcessingContext(), feedback)
    assert results == {}
    assert feedback.highest == 30  # no step after the points was reached


class CancelAt(RecordingFeedback):
    def __init__(self, percent):
        super().__init__()
        self.percent = percent

    def setProgress(self, progress):
        super().setProgress(progress)
        if progress >= self.percent:
            self.cancel()


@pytest.mark.parametrize(("percent", "begun"), [(30, False), (90, True)])
def test_cancel_names_the_output_files_it_had_begun(
    provider, points, facilities, tmp_path, percent, begun
):
    # At 30 % no output is made yet; at 90 % the points' output has been written.
    output = tmp_path / "naechste.gpkg"
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALG)
    feedback = CancelAt(percent)
    parameters = {"INPUT": points, "FACILITIES": facilities, "OUTPUT": str(output)}
    algorithm.run(parameters, QgsProcessingContext(), feedback)
    named = [w for w in feedback.warnings if w.startswith("Cancelled: these output files")]
    assert output.exists() == begun
    if begun:
        assert len(named) == 1 and named[0].endswith(f"delete them or run again: {output}")
    else:
        assert named == []
