"""i40disparity:densitybands inside real QGIS: hand-computed layers, real PLZ data, bad input."""

import json

import processing
import pytest
from conftest import (
    PLZ_FEATURES,
    PLZ_POPULATION,
    RecordingFeedback,
    memory_layer,
    square_wkt,
)
from pyproj import Geod
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
)
from shapely import wkt as shapely_wkt

from i40_disparity_plugin.compat import FieldType
from i40_disparity_plugin.gis.values import python_value

ALG = "i40disparity:densitybands"
X0, Y0 = 4_300_000, 3_000_000  # somewhere in Germany, in EPSG:3035 metres
KM = 1000


def run(layer, feedback=None, **parameters):
    defaults = {
        "INPUT": layer,
        "POPULATION_FIELD": "einwohner",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "SUMMARY": "TEMPORARY_OUTPUT",
        "LABEL_LANGUAGE": 1,  # English
    }
    return processing.run(ALG, {**defaults, **parameters}, feedback=feedback)


def rows_of(layer):
    """Features as dicts of plain Python values (NULL as None)."""
    names = layer.fields().names()
    return [{n: python_value(f[n]) for n in names} for f in layer.getFeatures()]


def by_plz(layer):
    return {row["plz"]: row for row in rows_of(layer)}


@pytest.fixture
def hand_built_layer():
    """1 km² squares whose densities sit exactly on and just above each threshold."""
    squares = {
        "10150": 150,  # on the rural threshold: band 1
        "10151": 151,  # band 2
        "10300": 300,  # band 2
        "10301": 301,  # band 3
        "10500": 500,  # band 3
        "10501": 501,  # band 4
    }
    rows = [
        ({"plz": plz, "einwohner": population}, square_wkt(X0 + i * 2 * KM, Y0, KM))
        for i, (plz, population) in enumerate(squares.items())
    ]
    # A bow tie: invalid, repaired into two triangles of 1 km² each (hand computation: each
    # triangle has base 2 km and height 1 km).
    bottom, top = Y0 + 5 * KM, Y0 + 7 * KM
    bow_tie = (
        f"POLYGON(({X0} {bottom},{X0 + 2 * KM} {top},{X0 + 2 * KM} {bottom},"
        f"{X0} {top},{X0} {bottom}))"
    )
    rows.append(({"plz": "20000", "einwohner": 700}, bow_tie))  # 350 per km²: band 3
    # A degenerate polygon (all points on one line) has zero area.
    line_y = Y0 - KM
    flat = f"POLYGON(({X0} {line_y},{X0 + KM} {line_y},{X0 + 2 * KM} {line_y},{X0} {line_y}))"
    rows.append(({"plz": "30000", "einwohner": 10}, flat))
    rows.append(({"plz": "40000", "einwohner": None}, square_wkt(X0, Y0 + 10 * KM, KM)))
    return memory_layer(rows)


def test_measured_areas_give_the_hand_computed_bands(provider, hand_built_layer):
    result = run(hand_built_layer)
    features = by_plz(result["OUTPUT"])
    expected_bands = {
        "10150": 1,
        "10151": 2,
        "10300": 2,
        "10301": 3,
        "10500": 3,
        "10501": 4,
        "20000": 3,
        "30000": None,
        "40000": None,
    }
    assert {plz: f["band"] for plz, f in features.items()} == expected_bands
    # EPSG:3035 is equal-area, so the ellipsoidal area of a 1 km square is 1 km².
    assert features["10150"]["area_km2"] == pytest.approx(1.0, rel=1e-4)
    assert features["10150"]["density"] == pytest.approx(150.0, rel=1e-4)
    assert features["20000"]["area_km2"] == pytest.approx(2.0, rel=1e-4)
    assert features["10150"]["band_label"] == "rural (≤ 150 inh./km²)"
    assert features["30000"]["band_note"] == "area zero or negative"
    assert features["40000"]["band_note"] == "population missing"
    assert result["REPAIRED"] == 1
    assert result["CLASSIFIED"] == 7
    assert result["UNCLASSIFIED"] == 2
    assert json.loads(result["BAND_COUNTS"]) == {"1": 1, "2": 2, "3": 3, "4": 1}


def test_area_field_is_used_when_given(provider):
    rows = [
        ({"plz": "01067", "einwohner": 1500, "qkm": 10.0}, square_wkt(X0, Y0, KM)),
        ({"plz": "01069", "einwohner": 1500, "qkm": 0.0}, square_wkt(X0 + 2 * KM, Y0, KM)),
    ]
    result = run(memory_layer(rows), AREA_FIELD="qkm")
    features = by_plz(result["OUTPUT"])
    assert features["01067"]["density"] == 150.0
    assert features["01067"]["band"] == 1
    assert features["01069"]["band"] is None
    assert features["01069"]["band_note"] == "area zero or negative"
    assert features["01067"]["plz"] == "01067"  # leading zero kept


def test_custom_thresholds_and_summary_by_hand(provider):
    rows = [
        ({"plz": "1", "einwohner": 50}, square_wkt(X0, Y0, KM)),  # 50 /km²
        ({"plz": "2", "einwohner": 2000}, square_wkt(X0 + 2 * KM, Y0, 2 * KM)),  # 500 /km²
        ({"plz": "3", "einwohner": 3000}, square_wkt(X0 + 5 * KM, Y0, KM)),  # 3000 /km²
    ]
    result = run(memory_layer(rows), THRESHOLDS="100, 1000")
    summary = [
        (f["band"], f["n_areas"], f["population"], round(f["area_km2"], 3))
        for f in result["SUMMARY"].getFeatures()
    ]
    assert summary == [(1, 1, 50.0, 1.0), (2, 1, 2000.0, 4.0), (3, 1, 3000.0, 1.0)]
    shares = {f["band"]: f["share_population"] for f in result["SUMMARY"].getFeatures()}
    assert shares[3] == pytest.approx(100 * 3000 / 5050)


def test_thresholds_with_a_decimal_comma_as_the_dock_writes_them(provider):
    rows = [  # 100 km² squares: 50, 50.5 and 51 inhabitants per km²
        ({"plz": str(i), "einwohner": population}, square_wkt(X0 + 20 * i * KM, Y0, 10 * KM))
        for i, population in enumerate((5000, 5050, 5100))
    ]
    result = run(memory_layer(rows), THRESHOLDS="50,25; 50,75")
    # LAEA is equal-area: on the ellipsoid the squares are 100 km² far within the 0.5 % margin.
    assert [f["band"] for f in result["OUTPUT"].getFeatures()] == [1, 2, 3]


def test_group_field_adds_per_group_summaries(provider):
    fields = {"plz": FieldType.String, "land": FieldType.String, "einwohner": FieldType.Int}
    rows = [
        ({"plz": "1", "land": "BB", "einwohner": 50}, square_wkt(X0, Y0, KM)),
        ({"plz": "2", "land": "BW", "einwohner": 900}, square_wkt(X0 + 2 * KM, Y0, KM)),
        ({"plz": "3", "land": "BW", "einwohner": 100}, square_wkt(X0 + 4 * KM, Y0, KM)),
    ]
    result = run(memory_layer(rows, fields=fields), GROUP_FIELD="land")
    counts = {(r["group"], r["band"]): r["n_areas"] for r in rows_of(result["SUMMARY"])}
    assert counts[("all", 1)] == 2 and counts[("all", 4)] == 1
    assert counts[("BB", 1)] == 1 and counts[("BB", 4)] == 0
    assert counts[("BW", 1)] == 1 and counts[("BW", 4)] == 1


def test_an_input_field_named_like_a_new_one_in_another_case_is_replaced(provider):
    # A GeoPackage would refuse "Band" beside "band": field names there ignore case.
    fields = {"plz": FieldType.String, "einwohner": FieldType.Int, "Band": FieldType.String}
    rows = [({"plz": "1", "einwohner": 50, "Band": "old"}, square_wkt(X0, Y0, KM))]
    result = run(memory_layer(rows, fields=fields))
    names = result["OUTPUT"].fields().names()
    assert [name for name in names if name.lower() == "band"] == ["band"]
    assert [f["band"] for f in result["OUTPUT"].getFeatures()] == [1]


def test_empty_layer_gives_empty_output_and_zero_counts(provider):
    result = run(memory_layer([]))
    assert result["OUTPUT"].featureCount() == 0
    assert result["CLASSIFIED"] == 0 and result["UNCLASSIFIED"] == 0
    assert [f["n_areas"] for f in result["SUMMARY"].getFeatures()] == [0, 0, 0, 0]


def test_output_is_styled_and_says_where_it_comes_from(provider, plz_layer):
    result = run(plz_layer, AREA_FIELD="qkm", LABEL_LANGUAGE=0)
    layer = result["OUTPUT"]
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "band"
    assert [c.label() for c in renderer.categories()] == [
        "ländlich (≤ 150 E/km²)",
        "Übergangsraum (> 150 bis 300 E/km²)",
        "städtisch (> 300 bis 500 E/km²)",
        "dicht besiedelt (> 500 E/km²)",
        "nicht klassifiziert",
    ]
    colours = [c.symbol().color().lightness() for c in renderer.categories()[:4]]
    assert colours == sorted(colours, reverse=True), "darker colours for denser bands"
    metadata = layer.metadata()
    assert "150, 300, 500" in metadata.abstract()
    assert "einwohner" in metadata.abstract()
    assert any("OpenStreetMap" in line and "Zensus 2011" in line for line in metadata.rights())


def test_a_file_output_carries_its_style_and_description_beside_it(provider, tmp_path):
    layer = memory_layer([({"plz": "01067", "einwohner": 100}, square_wkt(X0, Y0, KM))])
    run(layer, OUTPUT=str(tmp_path / "bands.geojson"))
    assert "<abstract>" in (tmp_path / "bands.qmd").read_text(encoding="utf-8")
    assert 'attr="band"' in (tmp_path / "bands.qml").read_text(encoding="utf-8")


def test_style_and_description_that_cannot_be_stored_are_warnings(provider, tmp_path):
    # Folders where QGIS would write the .qml and .qmd: the output itself can be written.
    (tmp_path / "bands.qmd").mkdir()
    (tmp_path / "bands.qml").mkdir()
    feedback = RecordingFeedback()
    layer = memory_layer([({"plz": "01067", "einwohner": 100}, square_wkt(X0, Y0, KM))])
    run(layer, feedback, OUTPUT=str(tmp_path / "bands.geojson"))
    assert (tmp_path / "bands.geojson").stat().st_size > 0
    lost = [w for w in feedback.warnings if "could not be stored with the file" in w]
    assert len(lost) == 2
    assert "description of" in lost[0] and "style of" in lost[1]


def test_an_input_given_as_a_selection_is_named_in_the_output(provider):
    layer = memory_layer([({"plz": "01067", "einwohner": 100}, square_wkt(X0, Y0, KM))])
    layer.setName("Planungsgebiete")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectAll()
        result = run(QgsProcessingFeatureSourceDefinition(layer.id(), selectedFeaturesOnly=True))
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    metadata = result["OUTPUT"].metadata()
    assert "Input: Planungsgebiete." in metadata.abstract()


def test_real_plz_layer_keeps_every_area_and_the_population(provider, plz_layer):
    result = run(plz_layer)
    output = result["OUTPUT"]
    assert output.featureCount() == PLZ_FEATURES
    assert sum(f["einwohner"] for f in output.getFeatures()) == PLZ_POPULATION
    assert result["CLASSIFIED"] + result["UNCLASSIFIED"] == PLZ_FEATURES
    assert sum(json.loads(result["BAND_COUNTS"]).values()) == result["CLASSIFIED"]
    assert result["REPAIRED"] == 10  # the 10 invalid polygons named in PROVENANCE.md
    assert all(f.geometry().isGeosValid() for f in output.getFeatures())
    summary_population = sum(f["population"] for f in result["SUMMARY"].getFeatures())
    assert summary_population == PLZ_POPULATION
    # Every area has either a band or a reason, never both, never neither.
    assert all((r["band"] is None) == (r["band_note"] is not None) for r in rows_of(output))


def test_measured_area_agrees_with_pyproj_geod(provider, plz_layer):
    """The ellipsoidal area of real PLZ polygons, checked against an independent method."""
    result = run(plz_layer)
    geod = Geod(ellps="GRS80")
    checked = 0
    for feature in result["OUTPUT"].getFeatures():
        if feature["plz"] not in {"01067", "10115", "80331", "24937", "99084"}:
            continue
        shape = shapely_wkt.loads(feature.geometry().asWkt())
        area_m2 = abs(geod.geometry_area_perimeter(shape)[0])
        assert feature["area_km2"] == pytest.approx(area_m2 / 1e6, rel=1e-3)
        checked += 1
    assert checked == 5


@pytest.mark.parametrize(
    ("parameters", "message_part"),
    [
        ({"POPULATION_FIELD": "missing_field"}, "no field named 'missing_field'"),
        ({"POPULATION_FIELD": "plz"}, "not numbers"),
        ({"THRESHOLDS": "500,300"}, "strictly ascending"),
        ({"THRESHOLDS": "150,viel"}, "'viel' is not a number"),
    ],
)
def test_wrong_input_raises_a_clear_processing_exception(provider, parameters, message_part):
    layer = memory_layer([({"plz": "1", "einwohner": 5}, square_wkt(X0, Y0, KM))])
    with pytest.raises(QgsProcessingException) as raised:
        run(layer, **parameters)
    assert message_part in str(raised.value)


def test_point_layer_is_refused(provider):
    points = memory_layer([({"plz": "1", "einwohner": 5}, f"POINT({X0} {Y0})")], geometry="Point")
    with pytest.raises(QgsProcessingException):
        run(points)


def test_input_layer_is_not_changed(provider, hand_built_layer):
    before = [(f.attributes(), f.geometry().asWkt()) for f in hand_built_layer.getFeatures()]
    fields_before = hand_built_layer.fields().names()
    run(hand_built_layer)
    assert hand_built_layer.fields().names() == fields_before
    after = [(f.attributes(), f.geometry().asWkt()) for f in hand_built_layer.getFeatures()]
    assert after == before
