"""The cases of the bad-input corpus: broken, odd or mistyped inputs as planners and analysts
have them, each with what must happen. The runner is test_bad_input_corpus.py.

A parameter value ``In("name")`` is a file of bad_input_files.py, ``Out("name")`` a file in the
case's output folder. A case either fails with a message holding all of ``error`` (words that
name the problem, in English: the tests run in the source language), or succeeds and passes
``check(results)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, NamedTuple

from osgeo import ogr

TEMPORARY = "TEMPORARY_OUTPUT"
GENERIC_TABLE = 4  # joinindicators TABLE_FORMAT: a table of the user's own layout
OVERWRITE = ("would overwrite", "Choose another file")


class In(NamedTuple):
    name: str


class Out(NamedTuple):
    name: str


def file_value(value, inputs, outputs):
    """A case's parameter value with ``In``/``Out`` made paths in those folders."""
    if isinstance(value, In):
        return str(inputs / value.name)
    if isinstance(value, Out):
        return str(outputs / value.name)
    return value


@dataclass(frozen=True)
class Case:
    name: str
    algorithm: str
    parameters: dict
    error: tuple = ()
    check: Callable | None = None
    # Known to fail until the plugin handles it: the reason (pytest's strict xfail).
    open_defect: str | None = None


def layer_rows(result, key="OUTPUT"):
    """Rows of an output, a layer object or a file path, as dicts."""
    value = result[key]
    if isinstance(value, str):
        dataset = ogr.Open(value)
        layer = dataset.GetLayer(0)
        rows = [feature.items() for feature in layer]
        dataset = None
        return rows
    names = value.fields().names()
    return [dict(zip(names, feature.attributes())) for feature in value.getFeatures()]


def expect_rows(count, key="OUTPUT"):
    def check(result):
        assert len(layer_rows(result, key)) == count

    return check


def expect_values(column, values, key="OUTPUT"):
    def check(result):
        assert [row[column] for row in layer_rows(result, key)] == list(values)

    return check


def expect_result(name, value):
    def check(result):
        assert result[name] == value

    return check


# A valid run of every algorithm; a case changes what it tests.
VALID = {
    "densitybands": {
        "INPUT": In("areas.geojson"),
        "POPULATION_FIELD": "einwohner",
        "OUTPUT": TEMPORARY,
    },
    "bandstatistics": {
        "POINTS": In("points.geojson"),
        "AREAS": In("areas.geojson"),
        "BAND_FIELD": "band",
        "POPULATION_FIELD": "einwohner",
        "ITERATIONS": 99,
        "SEED": 1,
        "OUTPUT": TEMPORARY,
    },
    "joinindicators": {
        "INPUT": In("districts.geojson"),
        "INPUT_KEY": "AGS",
        "TABLE": In("table.csv"),
        "TABLE_FORMAT": GENERIC_TABLE,
        "TABLE_KEY": "AGS",
        "OUTPUT": TEMPORARY,
    },
    "deriveindicator": {
        "INPUT": In("districts.geojson"),
        "NUMERATOR": "wert",
        "DENOMINATOR": "wert",
        "FACTOR": 100,
        "OUTPUT_FIELD": "anteil",
        "OUTPUT": TEMPORARY,
    },
    "choropleth": {"INPUT": In("districts.geojson"), "FIELD": "wert", "METHOD": 2, "CLASSES": 2},
    "crosstab": {
        "INPUT": In("points.geojson"),
        "ROW_FIELD": "land",
        "COLUMN_FIELD": "size_class",
        "OUTPUT": TEMPORARY,
    },
    "assignpoints": {
        "INPUT": In("points.geojson"),
        "AREAS": In("areas.geojson"),
        "OUTPUT": TEMPORARY,
        "COUNTS": TEMPORARY,
    },
    "nearestfacility": {
        "INPUT": In("points.geojson"),
        "FACILITIES": In("facilities.geojson"),
        "RADII": "1,3",
        "OUTPUT": TEMPORARY,
    },
    "geocodepoints": {"INPUT": In("use_cases.csv"), "OUTPUT": TEMPORARY},
    "referencefacilities": {"FACILITIES": 0, "PLZ_AREAS": In("areas.geojson"), "OUTPUT": TEMPORARY},
    "report": {"DENSITY_SUMMARY": In("areas.geojson"), "OUTPUT": Out("bericht.html")},
    "exportatlas": {
        "LAENDER_LAYER": In("laender.geojson"),
        "LAND_FIELD": "GEN",
        "LAENDER": "Sachsen",
        "PAGES": [2],
        "BANDS": In("areas.geojson"),
        "POINTS": In("points.geojson"),
        "FACILITIES": In("facilities.geojson"),
        "OUTPUT_FOLDER": Out("atlas"),
    },
}


def case(name, algorithm, error=(), check=None, open_defect=None, **changes):
    parameters = {**VALID[algorithm], **changes}
    parameters = {key: value for key, value in parameters.items() if value is not None}
    return Case(name, f"i40disparity:{algorithm}", parameters, tuple(error), check, open_defect)


def overwrite_cases():
    """Class 1: an output that is one of the inputs, or another output."""
    yield case(
        "densitybands output is the input", "densitybands", OVERWRITE, OUTPUT=In("areas.geojson")
    )
    yield case(
        "densitybands summary is the input shapefile",
        "densitybands",
        OVERWRITE,
        INPUT=In("areas.shp"),
        SUMMARY=In("areas.shp"),
    )
    yield case(
        "densitybands output replaces the GeoPackage of the input",
        "densitybands",
        OVERWRITE,
        INPUT=In("areas.gpkg"),
        OUTPUT=In("areas.gpkg"),
    )
    yield case(
        "densitybands output and summary in one file",
        "densitybands",
        OVERWRITE,
        OUTPUT=Out("bands.geojson"),
        SUMMARY=Out("bands.geojson"),
    )
    yield case(
        "bandstatistics output is the areas",
        "bandstatistics",
        OVERWRITE,
        OUTPUT=In("areas.geojson"),
    )
    yield case(
        "bandstatistics chart is the points file",
        "bandstatistics",
        OVERWRITE,
        CHART=In("points.geojson"),
    )
    yield case(
        "joinindicators output is the statistics table",
        "joinindicators",
        OVERWRITE,
        OUTPUT=In("table.csv"),
    )
    yield case(
        "joinindicators unmatched rows onto the districts",
        "joinindicators",
        OVERWRITE,
        UNMATCHED=In("districts.geojson"),
    )
    yield case(
        "deriveindicator output is its input",
        "deriveindicator",
        OVERWRITE,
        OUTPUT=In("districts.geojson"),
    )
    yield case(
        "choropleth style file is the layer file",
        "choropleth",
        OVERWRITE,
        OUTPUT_STYLE=In("districts.geojson"),
    )
    yield case("crosstab CSV is the use cases", "crosstab", OVERWRITE, CSV=In("points.geojson"))
    yield case(
        "assignpoints counts onto the areas", "assignpoints", OVERWRITE, COUNTS=In("areas.geojson")
    )
    yield case(
        "assignpoints output onto the points",
        "assignpoints",
        OVERWRITE,
        OUTPUT=In("points.geojson"),
    )
    yield case(
        "nearestfacility output is the facilities",
        "nearestfacility",
        OVERWRITE,
        OUTPUT=In("facilities.geojson"),
    )
    yield case(
        "geocodepoints output is the table it reads",
        "geocodepoints",
        OVERWRITE,
        OUTPUT=In("use_cases.csv"),
    )
    yield case(
        "referencefacilities output is the PLZ areas",
        "referencefacilities",
        OVERWRITE,
        OUTPUT=In("areas.geojson"),
    )
    yield case(
        "report page is the summary it reads", "report", OVERWRITE, OUTPUT=In("areas.geojson")
    )


BAD_TABLES = {
    # file: words the message must hold
    "empty.csv": ("is empty",),
    "blank_lines.csv": ("is empty",),
    "header_only.csv": ("only a header line",),
    "web_page.csv": ("web page",),
    "binary.csv": ("binary data",),
    "zip.csv": ("text ending",),
    "old_excel.csv": ("old Excel",),
    "truncated.xlsx": ("truncated.xlsx",),
    "missing.csv": ("missing.csv",),
}


def table_cases():
    """Files that are not what they claim, given where a statistics table is read."""
    for name, words in BAD_TABLES.items():
        yield case(f"joinindicators reads {name}", "joinindicators", words, TABLE=In(name))
    for name, words in BAD_TABLES.items():
        yield case(f"geocodepoints reads {name}", "geocodepoints", words, INPUT=In(name))
    yield case(
        "joinindicators UTF-16 table",
        "joinindicators",
        check=expect_values("wert_2", [12.5, 7.0]),
        TABLE=In("table_utf16.csv"),
    )
    yield case(
        "joinindicators cp1252 table",
        "joinindicators",
        check=expect_rows(2),
        TABLE=In("table_cp1252.csv"),
    )
    yield case(
        "joinindicators key column missing",
        "joinindicators",
        ("AGS", "Kreis, Wert"),
        TABLE=In("no_key_column.csv"),
    )
    yield case(
        "joinindicators workbook names its sheets",
        "joinindicators",
        ("Hinweise", "Daten"),
        TABLE=In("second_sheet.xlsx"),
    )
    yield case(
        "geocodepoints header-only use cases",
        "geocodepoints",
        ("only a header line",),
        INPUT=In("use_cases_header_only.csv"),
    )


def field_cases():
    """Named things that do not exist, or hold the wrong kind of values."""
    no_field = ("no field named",)
    yield case(
        "densitybands population field missing",
        "densitybands",
        no_field,
        POPULATION_FIELD="bewohner",
    )
    yield case("densitybands area field missing", "densitybands", no_field, AREA_FIELD="flaeche")
    yield case("densitybands group field missing", "densitybands", no_field, GROUP_FIELD="kreis")
    yield case(
        "densitybands population is text", "densitybands", ("not numbers",), POPULATION_FIELD="plz"
    )
    yield case("bandstatistics band field missing", "bandstatistics", no_field, BAND_FIELD="klasse")
    yield case(
        "bandstatistics group field missing", "bandstatistics", no_field, GROUP_FIELD="bundesland"
    )
    yield case("joinindicators key field missing", "joinindicators", no_field, INPUT_KEY="RS")
    yield case(
        "joinindicators indicator not in the table",
        "joinindicators",
        ("Arbeitslose",),
        INDICATORS="Arbeitslose",
    )
    yield case("deriveindicator numerator missing", "deriveindicator", no_field, NUMERATOR="bip")
    yield case(
        "deriveindicator denominator is text",
        "deriveindicator",
        ("not numbers",),
        DENOMINATOR="stufe",
    )
    yield case(
        "deriveindicator overwrites a field it reads",
        "deriveindicator",
        ("already has a field wert",),
        OUTPUT_FIELD="wert",
    )
    yield case(
        "deriveindicator replaces a field on request",
        "deriveindicator",
        check=expect_values("wert", [100.0, 100.0]),
        OUTPUT_FIELD="wert",
        REPLACE_FIELD=True,
    )
    yield case(
        "deriveindicator overwrites another field, in other case",
        "deriveindicator",
        ("already has a field GEN",),
        OUTPUT_FIELD="gen",
    )
    yield case("choropleth field missing", "choropleth", no_field, FIELD="bip")
    yield case("choropleth field is text", "choropleth", ("not numbers",), FIELD="stufe")
    yield case("crosstab row field missing", "crosstab", no_field, ROW_FIELD="bundesland")
    yield case("crosstab column field missing", "crosstab", no_field, COLUMN_FIELD="groesse")
    yield case(
        "assignpoints area field list names a missing field",
        "assignpoints",
        ("no fields kreis", "band_label"),
        AREA_FIELDS=["plz", "kreis"],
    )
    yield case(
        "nearestfacility population field missing",
        "nearestfacility",
        no_field,
        AREAS=In("areas.geojson"),
        POPULATION_FIELD="bewohner",
    )
    yield case("exportatlas land field missing", "exportatlas", no_field, LAND_FIELD="NAME")


def value_cases():
    """Typing mistakes in parameters, and values outside what makes sense."""
    yield case(
        "densitybands thresholds not numbers", "densitybands", ("abc",), THRESHOLDS="150,abc"
    )
    yield case(
        "densitybands thresholds not rising", "densitybands", ("300", "150"), THRESHOLDS="300,150"
    )
    yield case("densitybands negative threshold", "densitybands", ("-5",), THRESHOLDS="-5,300")
    yield case(
        "densitybands thresholds separated by semicolons",
        "densitybands",
        check=expect_values("band", [1, 2, 3, 4]),
        THRESHOLDS="150;300;500",
    )
    yield case("nearestfacility radii not numbers", "nearestfacility", ("km",), RADII="1,km")
    yield case("nearestfacility negative radius", "nearestfacility", ("-1",), RADII="-1,3")
    yield case(
        "nearestfacility radii in any order",
        "nearestfacility",
        check=expect_result("WITHIN", '{"1": 40.0, "3": 80.0}'),
        RADII="3,1",
    )
    yield case("choropleth breaks not numbers", "choropleth", ("x",), METHOD=4, BREAKS="5,x")
    yield case("choropleth unknown colour ramp", "choropleth", ("Regenbogen",), RAMP="Regenbogen")
    yield case(
        "crosstab row order names a Land without use cases",
        "crosstab",
        check=expect_values("land", ["SN", "BE", "HH", "total"]),
        ROW_ORDER="SN;BE;HH",
    )
    yield case("exportatlas unknown Land", "exportatlas", ("Preußen",), LAENDER="Preußen")
    yield case("exportatlas density pages without bands", "exportatlas", ("BANDS",), BANDS=None)
    yield case("bandstatistics zero iterations", "bandstatistics", ("ITERATIONS",), ITERATIONS=0)
    yield case("joinindicators year not in the table", "joinindicators", ("1999",), YEAR=1999)
    yield case("report without any input", "report", ("at least one table",), DENSITY_SUMMARY=None)
    yield case(
        "report atlas folder missing",
        "report",
        ("atlas_index.json",),
        DENSITY_SUMMARY=None,
        ATLAS_FOLDER=In("empty_folder"),
    )


def crs_cases():
    """Coordinates that cannot be what the declared CRS says, for German data."""
    far = ("far from Germany", "swapped")
    not_degrees = ("as degrees", "no place on earth")
    yield case(
        "densitybands latitude and longitude swapped",
        "densitybands",
        far,
        INPUT=In("swapped.geojson"),
    )
    yield case(
        "densitybands metres declared as degrees",
        "densitybands",
        not_degrees,
        INPUT=In("metres_as_degrees.gpkg"),
    )
    yield case(
        "assignpoints areas swapped",
        "assignpoints",
        far,
        AREAS=In("swapped.geojson"),
    )
    yield case(
        "nearestfacility facilities as metres in degrees",
        "nearestfacility",
        not_degrees,
        FACILITIES=In("metres_as_degrees.gpkg"),
    )


def shape_cases():
    """Layers of the wrong geometry, empty names, outputs that cannot be written."""
    unwritable = ("cannot be written",)
    # /proc takes no new files, not even from root (the tests run as root in the chroots).
    yield case(
        "choropleth style file where no file can be made",
        "choropleth",
        unwritable,
        OUTPUT_STYLE="/proc/kreise.qml",
    )
    yield case(
        "bandstatistics chart where no file can be made",
        "bandstatistics",
        unwritable,
        CHART="/proc/chart.svg",
    )
    yield case(
        "crosstab CSV inside a file", "crosstab", unwritable, CSV=In("table.csv/kreuztabelle.csv")
    )
    yield case(
        "report page inside a file",
        "report",
        unwritable,
        DENSITY_SUMMARY=None,
        ATLAS_FOLDER=In("empty_folder"),
        OUTPUT=In("table.csv/bericht.html"),
    )
    yield case("densitybands no thresholds", "densitybands", ("threshold",), THRESHOLDS=" ")
    yield case(
        "deriveindicator empty name of the new field",
        "deriveindicator",
        ("name for the new field",),
        OUTPUT_FIELD=" ",
    )
    yield case(
        "nearestfacility points are polygons",
        "nearestfacility",
        ("must contain points",),
        INPUT=In("areas.geojson"),
    )
    yield case(
        "nearestfacility facilities are polygons",
        "nearestfacility",
        ("must contain points",),
        FACILITIES=In("districts.geojson"),
    )
    yield case(
        "bandstatistics points are polygons",
        "bandstatistics",
        ("points",),
        POINTS=In("districts.geojson"),
    )
    yield case(
        "assignpoints points are polygons", "assignpoints", ("points",), INPUT=In("areas.geojson")
    )
    yield case(
        "assignpoints areas are points",
        "assignpoints",
        ("polygons",),
        AREAS=In("facilities.geojson"),
    )
    yield case("nearestfacility no radii", "nearestfacility", ("at least one distance",), RADII=" ")
    yield case(
        "joinindicators table key not a column",
        "joinindicators",
        ("RS", "AGS, Wert"),
        TABLE_KEY="RS",
    )
    yield case("report summary is no band summary", "report", ("lacks the columns", "n_areas"))
    yield case(
        "exportatlas folder is a file",
        "exportatlas",
        ("cannot be created or written",),
        OUTPUT_FOLDER=In("table.csv"),
    )
    yield case(
        "referencefacilities areas without postcodes",
        "referencefacilities",
        ("plz",),
        PLZ_AREAS=In("districts.geojson"),
    )


def valid_cases():
    """Inputs handled well, kept so: each result checked against the files' known values."""
    yield case(
        "densitybands bands of the four squares",
        "densitybands",
        check=expect_values("band", [1, 2, 3, 4]),
    )
    yield case(
        "densitybands from a shapefile",
        "densitybands",
        check=expect_values("band", [1, 2, 3, 4]),
        INPUT=In("areas.shp"),
    )
    yield case(
        "densitybands from one layer of a GeoPackage",
        "densitybands",
        check=expect_rows(4),
        INPUT=In("areas.gpkg"),
    )
    yield case(
        "densitybands to a file beside the inputs",
        "densitybands",
        check=expect_values("plz", ["01067", "01069", "10115", "10117"]),
        OUTPUT=Out("bands.gpkg"),
    )
    yield case(
        "joinindicators joins both districts",
        "joinindicators",
        # The table's "Wert" meets the layer's "wert": the new field gets a name of its own.
        check=expect_values("wert_2", [12.5, 7.0]),
    )
    yield case(
        "deriveindicator ratio times 100",
        "deriveindicator",
        check=expect_values("anteil", [100.0, 100.0]),
    )
    yield case("crosstab of the five use cases", "crosstab", check=expect_rows(3))
    yield case(
        "assignpoints places four of five",
        "assignpoints",
        check=expect_values("plz", ["01067", "01069", "10115", "10117", None]),
    )
    yield case(
        "nearestfacility gives every point a facility", "nearestfacility", check=expect_rows(5)
    )
    yield case("geocodepoints places both rows", "geocodepoints", check=expect_result("PLACED", 2))
    yield case("bandstatistics runs", "bandstatistics", check=expect_rows(4))
    # Equal intervals over the two districts' values (7 and 12.5): two classes, as asked.
    yield case(
        "choropleth styles the districts", "choropleth", check=expect_result("CLASS_COUNT", 2)
    )


def all_cases():
    return [
        *overwrite_cases(),
        *table_cases(),
        *field_cases(),
        *value_cases(),
        *crs_cases(),
        *shape_cases(),
        *valid_cases(),
    ]
