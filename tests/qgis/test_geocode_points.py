"""Offline geocoding inside real QGIS: each route on a synthetic table, the shipped lists."""

import json

import processing
import pytest
from conftest import PLZ_GEOJSON, SHARED_DATA, RecordingFeedback, memory_layer, square_wkt
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from i40_disparity_plugin.compat import FieldType
from i40_disparity_plugin.core.points.outputs import PLACED, UNPLACED, USE_CASE
from i40_disparity_plugin.gis.i18n import install_translator, remove_translator
from i40_disparity_plugin.gis.output_fields import qgs_field
from i40_disparity_plugin.gis.values import python_value

GEMEINDEN = SHARED_DATA / "vg5000_2021" / "shp" / "VG5000_GEM.shp"
# A synthetic use-case table: one row per route, and an ambiguous town name twice.
USE_CASES = (
    "Titel;Unternehmen;PLZ;Ort;Bundesland;Längengrad;Breitengrad\n"
    "Koordinaten;A GmbH;;;;9,99;53,55\n"
    "PLZ ohne Null;B GmbH;1067;Dresden;;;\n"
    "Frankfurt in Hessen;C AG;;Frankfurt;HE;;\n"
    "Frankfurt ohne Land;D AG;;Frankfurt;;;\n"
    "Nirgends;E AG;;;;;\n"
)


def rows_of(layer):
    names = layer.fields().names()
    return [{n: python_value(f[n]) for n in names} for f in layer.getFeatures()]


@pytest.fixture
def use_case_file(tmp_path):
    path = tmp_path / "anwendungsbeispiele.csv"
    path.write_text(USE_CASES, encoding="cp1252")
    return str(path)


def test_each_route_and_an_ambiguous_name(provider, use_case_file):
    feedback = QgsProcessingFeedback()
    result = processing.run(
        "i40disparity:geocodepoints",
        {
            "INPUT": use_case_file,
            "PLZ_AREAS": str(PLZ_GEOJSON),
            "GEMEINDEN": str(GEMEINDEN),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "UNPLACED": "TEMPORARY_OUTPUT",
        },
        feedback=feedback,
    )
    assert (result["PLACED"], result["NOT_PLACED"]) == (3, 2)
    placed = {f["Titel"]: f for f in result["OUTPUT"].getFeatures()}
    assert placed["Koordinaten"]["geocode_method"] == "coordinates"
    assert placed["Koordinaten"].geometry().asPoint() == QgsPointXY(9.99, 53.55)
    assert placed["PLZ ohne Null"]["geocode_method"] == "plz"
    assert placed["Frankfurt in Hessen"]["geocode_method"] == "name"

    # Independent checks: the point lies in the PLZ area 01067 and in Frankfurt am Main.
    # The key is looked up in the file itself: QGIS >= 3.40 reads this mixed-type field as JSON
    # (NULL), and GeoJSON features are numbered from 0 in file order.
    features = json.loads(PLZ_GEOJSON.read_text(encoding="utf-8"))["features"]
    dresden_id = next(i for i, f in enumerate(features) if f["properties"]["plz"] == "01067")
    dresden = QgsVectorLayer(str(PLZ_GEOJSON), "plz", "ogr").getFeature(dresden_id)
    point = QgsGeometry.fromPointXY(placed["PLZ ohne Null"].geometry().asPoint())
    assert dresden.geometry().makeValid().contains(point)
    gemeinden = QgsVectorLayer(str(GEMEINDEN), "gem", "ogr")
    frankfurt = next(f for f in gemeinden.getFeatures() if f["AGS"] == "06412000")
    assert frankfurt["GEN"] == "Frankfurt am Main"
    lonlat = placed["Frankfurt in Hessen"].geometry().asPoint()
    # VG5000 is in EPSG:31467; compare in the layer's CRS.
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    to_layer = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), gemeinden.crs(), QgsProject.instance()
    )
    assert frankfurt.geometry().contains(QgsGeometry.fromPointXY(to_layer.transform(lonlat)))

    # The fields are those declared: the schema, the table's own columns, PLACED; UNPLACED.
    output = [(f.name(), f.type()) for f in result["OUTPUT"].fields()]
    n_schema, n_placed = len(USE_CASE.columns), len(PLACED.columns)
    declared = [(c.name, qgs_field(c).type()) for c in (*USE_CASE.columns, *PLACED.columns)]
    assert output[:n_schema] + output[-n_placed:] == declared
    own = [name for name, _type in output[n_schema:-n_placed]]
    assert own == [
        "Titel",
        "Unternehmen",
        "PLZ_input",
        "Ort",
        "Bundesland",
        "Längengrad",
        "Breitengrad",
    ]
    unplaced_fields = result["UNPLACED"].fields()
    assert tuple(unplaced_fields.names()) == UNPLACED.names
    assert [f.type() for f in unplaced_fields] == [qgs_field(c).type() for c in UNPLACED.columns]

    unplaced = {row["title"]: row for row in rows_of(result["UNPLACED"])}
    assert "Frankfurt am Main" in unplaced["Frankfurt ohne Land"]["candidates"]
    assert "Frankfurt (Oder)" in unplaced["Frankfurt ohne Land"]["candidates"]
    assert unplaced["Nirgends"]["reason"]
    # The log names each candidate once, with the advice what to give.
    warning = next(line for line in feedback.textLog().splitlines() if "Row 4" in line)
    assert warning.count("Frankfurt (Oder)") == 1 and "give the Land or the postcode" in warning


def test_values_that_could_not_be_read_are_counted_in_the_log(provider, tmp_path):
    path = tmp_path / "falsche_plz.csv"
    path.write_text("Titel;PLZ;Längengrad;Breitengrad\nA;ABCDE;9,99;53,55\nB;123;9,9;53,5\n")
    feedback = QgsProcessingFeedback()
    result = processing.run(
        "i40disparity:geocodepoints",
        {"INPUT": str(path), "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=feedback,
    )
    assert result["PLACED"] == 2  # by their coordinates
    assert "plz: 2 of the values could not be read and are left empty (not a postcode" in (
        feedback.textLog()
    )


def test_a_point_layer_keeps_its_columns_and_places_by_its_geometry(provider):
    fields = {"titel": FieldType.String, "mitarbeiter": FieldType.Int}
    layer = memory_layer(
        [({"titel": "Werk", "mitarbeiter": 300}, "POINT(9.99 53.55)")],
        geometry="Point",
        crs="EPSG:4326",
        fields=fields,
    )
    result = processing.run(
        "i40disparity:geocodepoints", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    rows = rows_of(result["OUTPUT"])
    assert len(rows) == 1
    assert rows[0]["geocode_method"] == "coordinates"
    assert rows[0]["size_class"] == "250–5.000"


@pytest.mark.parametrize(
    ("facilities", "placed", "not_placed", "marker"),
    [(0, 33, 0, "star"), (1, 35, 2, "diamond")],
)
def test_shipped_reference_lists(provider, facilities, placed, not_placed, marker):
    result = processing.run(
        "i40disparity:referencefacilities",
        {
            "FACILITIES": facilities,
            "PLZ_AREAS": str(PLZ_GEOJSON),
            "GEMEINDEN": str(GEMEINDEN),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "UNPLACED": "TEMPORARY_OUTPUT",
        },
    )
    assert (result["PLACED"], result["NOT_PLACED"]) == (placed, not_placed)
    assert result["OUTPUT"].crs().authid() == "EPSG:4326"
    assert result["OUTPUT"].metadata().rights()
    # Drawn as on the atlas pages: universities a star, centres a diamond, not QGIS's random
    # colour, which may be a grey that the map swallows.
    symbol = result["OUTPUT"].renderer().symbol()
    assert symbol.symbolLayer(0).properties()["name"] == marker


def test_reference_lists_log_in_german_like_geocodepoints(provider):
    # referencefacilities runs geocodepoints' code, whose texts are translated under that name.
    feedback = RecordingFeedback()
    install_translator("de")
    try:
        processing.run(
            "i40disparity:referencefacilities",
            {"FACILITIES": 1, "GEMEINDEN": str(GEMEINDEN), "OUTPUT": "TEMPORARY_OUTPUT"},
            feedback=feedback,
        )
    finally:
        remove_translator()
    assert "35 von 37 Datensätzen verortet." in feedback.infos
    # Row 29 has no place name: no empty brackets that would look like a name lost.
    assert any(w.startswith("Zeile 29 nicht verortet: ") for w in feedback.warnings)


def test_areas_without_a_plz_field_give_a_clear_error(provider, use_case_file):
    areas = memory_layer(
        [({"name": "x"}, square_wkt(4_300_000, 3_000_000, 10))], fields={"name": FieldType.String}
    )
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(
            "i40disparity:geocodepoints",
            {"INPUT": use_case_file, "PLZ_AREAS": areas, "OUTPUT": "TEMPORARY_OUTPUT"},
        )
    assert "PLZ_AREAS" in str(raised.value) and "plz" in str(raised.value)


def test_a_table_without_any_location_column_gives_a_clear_error(provider, tmp_path):
    path = tmp_path / "ohne_ort.csv"
    path.write_text("Titel;Branche\nA;Maschinenbau\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException):
        processing.run(
            "i40disparity:geocodepoints", {"INPUT": str(path), "OUTPUT": "TEMPORARY_OUTPUT"}
        )


def test_mapping_names_a_column_the_synonyms_miss(provider, tmp_path):
    path = tmp_path / "projekte.csv"
    path.write_text("Projekt;Zustellbezirk\nA;1067\n", encoding="utf-8")
    arguments = {"INPUT": str(path), "PLZ_AREAS": str(PLZ_GEOJSON), "OUTPUT": "TEMPORARY_OUTPUT"}
    with pytest.raises(QgsProcessingException):  # no location column recognised
        processing.run("i40disparity:geocodepoints", arguments)
    result = processing.run(
        "i40disparity:geocodepoints", {**arguments, "MAPPING": "title=Projekt; plz=Zustellbezirk"}
    )
    rows = rows_of(result["OUTPUT"])
    assert [(row["title"], row["plz"], row["geocode_method"]) for row in rows] == [
        ("A", "01067", "plz")
    ]
