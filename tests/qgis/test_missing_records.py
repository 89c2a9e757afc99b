"""A partly placed point set is never used in silence: the real Industrie 4.0 centres placed
against the district layer (the mistake of issue 15: districts taken for Gemeinden) leave
records unplaced, and band statistics, distances, cross table, atlas and report built on
them say how many are missing and where their list is."""

import re
import subprocess

import processing
import pytest
from bad_input_cases import VALID, file_value
from bad_input_files import write_all
from chart_foot import foot_is_blank
from conftest import PLZ_GEOJSON, SHARED_DATA, RecordingFeedback
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtGui import QImage
from test_german_session import german_provider  # noqa: F401 (fixture)

from i40_disparity_plugin.core.points.placement import LAYER, Placement
from i40_disparity_plugin.core.report.atlas_pages import COMBINED_PDF
from i40_disparity_plugin.gis.placement import placements_of, with_placements

CENTRES = SHARED_DATA / "facilities" / "i40_zentren_partial.csv"
DISTRICTS = SHARED_DATA / "vg5000_2021" / "shp" / "VG5000_KRS.shp"
UNPLACED_LIST = "Nicht verortet: i40_zentren_partial"
SENTENCE = re.compile(r"(\d+) von 37 Einträgen nicht verortet; Liste: Ebene „(.+)“")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("missing")


@pytest.fixture
def placed_centres(german_provider, folder):  # noqa: F811
    """The centres placed into a GeoPackage, as (its path, the run's result)."""
    path = folder / "zentren.gpkg"
    result = processing.run(
        "i40disparity:geocodepoints",
        {
            "INPUT": str(CENTRES),
            "GEMEINDEN": str(DISTRICTS),
            "OUTPUT": str(path),
            "UNPLACED": "TEMPORARY_OUTPUT",
        },
    )
    return path, result


def expected_sentence(result):
    missing = result["NOT_PLACED"]
    return f"{missing} von 37 Einträgen nicht verortet; Liste: Ebene „{UNPLACED_LIST}“"


def test_the_placing_run_records_its_placement_with_the_points(placed_centres):
    path, result = placed_centres
    assert 0 < result["PLACED"] < 37, result  # partly placed, as in the planner's session
    assert result["UNPLACED"].name() == UNPLACED_LIST
    # Read from disk again, as the next step of a model or a colleague's QGIS reads it.
    layer = QgsVectorLayer(str(path), "zentren", "ogr")
    assert placements_of(layer) == [Placement(result["PLACED"], 37, LAYER, UNPLACED_LIST)]
    assert expected_sentence(result) in layer.metadata().abstract()


def test_band_statistics_and_report_say_what_is_missing(placed_centres, folder):
    path, placed = placed_centres
    sentence = expected_sentence(placed)
    bands = processing.run(
        "i40disparity:densitybands",
        {"INPUT": str(PLZ_GEOJSON), "POPULATION_FIELD": "einwohner", "AREA_FIELD": "qkm",
         "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]  # fmt: skip
    feedback = RecordingFeedback()
    statistics = processing.run(
        "i40disparity:bandstatistics",
        {"POINTS": str(path), "AREAS": bands, "ITERATIONS": 9,
         "OUTPUT": str(folder / "statistik.gpkg"), "CHART": str(folder / "diagramm.png")},
        feedback=feedback,
    )  # fmt: skip
    assert sentence in feedback.warnings
    assert statistics["MISSING_RECORDS"] == sentence
    # The chart, read on its own, says it too (at its foot).
    assert not foot_is_blank(QImage(statistics["CHART"]))
    # Passed on with the table, where the report finds it.
    table = QgsVectorLayer(statistics["OUTPUT"], "statistik", "ogr")
    assert [p.missing for p in placements_of(table)] == [placed["NOT_PLACED"]]

    feedback = RecordingFeedback()
    report = processing.run(
        "i40disparity:report",
        {"BAND_STATISTICS": [statistics["OUTPUT"]], "OUTPUT": str(folder / "bericht.html")},
        feedback=feedback,
    )
    assert report["MISSING_RECORDS"] == sentence
    assert sentence in feedback.warnings
    html = (folder / "bericht.html").read_text(encoding="utf-8")
    section = html[html.index('<section id="band_statistics">') :]
    section = section[: section.index("</section>")]
    assert f'<p class="missing">{sentence}</p>' in section


@pytest.mark.parametrize(
    ("algorithm", "parameters"),
    [
        ("nearestfacility", {"FACILITIES": "points", "RADII": "10"}),
        ("nearestfacility", {"INPUT": "points", "RADII": "10"}),
        ("crosstab", {"ROW_FIELD": "land", "COLUMN_FIELD": "geocode_method"}),
        ("assignpoints", {"AREAS": str(DISTRICTS), "COUNTS": "TEMPORARY_OUTPUT"}),
    ],
    ids=["distances to centres", "distances from centres", "cross table", "points in areas"],
)
def test_products_from_the_points_name_the_missing_records(placed_centres, algorithm, parameters):
    path, placed = placed_centres
    others = {"INPUT": str(path), "FACILITIES": str(path), "OUTPUT": "TEMPORARY_OUTPUT"}
    parameters = {
        key: str(path) if value == "points" else value
        for key, value in {**others, **parameters}.items()
    }
    if algorithm != "nearestfacility":
        del parameters["FACILITIES"]
    feedback = RecordingFeedback()
    result = processing.run(f"i40disparity:{algorithm}", parameters, feedback=feedback)
    assert result["MISSING_RECORDS"] == expected_sentence(placed)
    assert expected_sentence(placed) in feedback.warnings
    assert [p.missing for p in placements_of(result["OUTPUT"])] == [placed["NOT_PLACED"]]


def test_atlas_pages_name_the_missing_records(german_provider, tmp_path):  # noqa: F811
    inputs, outputs = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    outputs.mkdir()
    write_all(inputs)
    parameters = {
        key: file_value(value, inputs, outputs) for key, value in VALID["exportatlas"].items()
    }
    points = QgsVectorLayer(str(inputs / "points.geojson"), "Fälle", "ogr")
    placement = Placement(5, 9, LAYER, "Nicht verortet: Fälle")
    points.setMetadata(with_placements(points.metadata(), [placement]))
    parameters["POINTS"] = points
    result = processing.run("i40disparity:exportatlas", parameters)
    sentence = "4 von 9 Einträgen nicht verortet; Liste: Ebene „Nicht verortet: Fälle“"
    assert result["MISSING_RECORDS"] == sentence
    pages = [p for p in (outputs / "atlas").glob("*.pdf") if p.name != COMBINED_PDF]
    assert len(pages) == result["PAGE_COUNT"] > 0
    for page in pages:  # once on every page, in its sources box
        text = subprocess.run(["pdftotext", str(page), "-"], capture_output=True, text=True)
        assert " ".join(text.stdout.split()).count(sentence) == 1, text.stdout


def test_a_complete_point_set_adds_no_word(german_provider, tmp_path):  # noqa: F811
    write_all(tmp_path)
    parameters = {
        key: file_value(value, tmp_path, tmp_path) for key, value in VALID["crosstab"].items()
    }
    feedback = RecordingFeedback()
    result = processing.run("i40disparity:crosstab", parameters, feedback=feedback)
    assert result["MISSING_RECORDS"] == ""
    assert not any(SENTENCE.search(warning) for warning in feedback.warnings)
