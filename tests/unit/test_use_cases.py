"""Use-case tables in German and English mapped to one schema (synthetic fixtures)."""

import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from i40_disparity_plugin.core.messages import CoreError
from i40_disparity_plugin.core.output_tables import BIG_INTEGER, REAL, TEXT
from i40_disparity_plugin.core.points.company_size import (
    REASON_SIZE_DIFFERS,
    REASON_SIZE_SPANS,
    SIZE_CLASSES,
    parse_size_class,
    size_class_of,
)
from i40_disparity_plugin.core.points.outputs import USE_CASE
from i40_disparity_plugin.core.points.use_cases import (
    REASON_NOT_A_PLZ,
    REASON_NOT_EMPLOYEES,
    REASON_UNKNOWN_LAND,
    SCHEMA,
    land_code,
    land_name,
    normalise_plz,
    read_use_cases,
    records_to_use_cases,
)
from i40_disparity_plugin.core.readers.progress import ReadCanceled

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "use_cases"
GERMAN = FIXTURES / "anwendungsbeispiele_synthetisch_cp1252.csv"
ENGLISH = FIXTURES / "use_cases_synthetic_en.csv"
GEOJSON = FIXTURES / "anwendungsbeispiele_synthetisch.geojson"


@pytest.fixture(scope="module")
def german():
    return read_use_cases(GERMAN)


@pytest.fixture(scope="module")
def english():
    return read_use_cases(ENGLISH)


def failures_of(table, field):
    return [(f.row, f.raw, f.reason) for f in table.report.failures if f.field == field]


# ---------------------------------------------------------------- single values


@pytest.mark.parametrize(
    ("raw", "plz"),
    [
        (1067, "01067"),
        ("1067", "01067"),
        (1067.0, "01067"),
        ("1067.0", "01067"),
        ("01067", "01067"),
        ("D-01067", "01067"),
        (" 70173 ", "70173"),
        ("ABCDE", None),
        ("123", None),
        ("123456", None),
        (None, None),
        (float("nan"), None),
        (1067.5, None),
        ("00000", None),
    ],
)
def test_postcodes_are_five_digit_text(raw, plz):
    assert normalise_plz(raw) == plz


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("BW", "08"),
        ("bw", "08"),
        ("NW", "05"),
        ("NRW", "05"),
        ("HE", "06"),
        ("BB", "12"),
        ("DE-BY", "09"),
        ("08", "08"),
        ("8", "08"),
        (8, "08"),
        (8.0, "08"),
        ("Baden-Württemberg", "08"),
        ("Baden-Wuerttemberg", "08"),
        ("nordrhein-westfalen", "05"),
        ("North Rhine-Westphalia", "05"),
        ("Hesse", "06"),
        ("Thüringen", "16"),
        ("Mars", None),
        ("17", None),
        ("", None),
        (None, None),
    ],
)
def test_land_codes_names_and_numbers(raw, code):
    assert land_code(raw) == code


def test_land_name_is_the_official_name():
    assert land_name("NRW") == "Nordrhein-Westfalen"
    assert land_name("bb") == "Brandenburg"


@pytest.mark.parametrize(
    ("employees", "label"),
    [
        (1, "1–250"),
        (250, "1–250"),
        (251, "250–5.000"),
        (5000, "250–5.000"),
        (5001, "5.000–15.000"),
        (15000, "5.000–15.000"),
        (15001, "15.000+"),
        (400000, "15.000+"),
        (0, None),
        (-3, None),
        (None, None),
        (float("nan"), None),
    ],
)
def test_size_classes_at_their_bounds(employees, label):
    assert size_class_of(employees) == label


def test_the_study_s_labels_read_as_themselves():
    assert [parse_size_class(label)[0] for label in SIZE_CLASSES] == list(SIZE_CLASSES)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("1-250", "1–250"),
        ("1 – 250", "1–250"),
        ("50–249", "1–250"),
        ("bis 250", "1–250"),
        ("< 250", "1–250"),
        ("KMU", "1–250"),
        ("SME", "1–250"),
        ("250 - 5000", "250–5.000"),
        ("250–5.000", "250–5.000"),
        ("1.000 bis 4.999", "250–5.000"),
        ("250-5,000", "250–5.000"),
        ("5.000–15.000", "5.000–15.000"),
        ("15.000+", "15.000+"),
        ("> 15000", "15.000+"),
        ("über 15.000", "15.000+"),
        ("more than 20,000", "15.000+"),
        ("ab 15.000", "15.000+"),
        ("120", "1–250"),
        (120, "1–250"),
    ],
)
def test_size_class_texts(text, label):
    assert parse_size_class(text) == (label, None)


@pytest.mark.parametrize("text", ["10-500", "> 250", "ab 1000", "bis 1000", "4000-20000"])
def test_size_class_texts_spanning_classes_are_refused(text):
    assert parse_size_class(text) == (None, REASON_SIZE_SPANS)


@pytest.mark.parametrize("text", ["groß", "500-100", "viele"])
def test_size_class_texts_without_a_class(text):
    label, reason = parse_size_class(text)
    assert label is None and reason


# ---------------------------------------------------------------- tables


def test_german_export_columns_map_to_the_schema(german):
    report = german.report
    assert report.mapping == {
        "title": "Titel",
        "organisation": "Unternehmen",
        "plz": "PLZ",
        "city": "Ort",
        "land": "Bundesland",
        "sector": "Branche",
        "employees": "Mitarbeiter",
        "maturity": "Reifegrad",
        "scenario": "Anwendungsszenario",
        "lon": "Längengrad",
        "lat": "Breitengrad",
    }
    assert report.unmapped == ["Bemerkung"]
    assert (report.rows, report.encoding, report.delimiter, report.decimal) == (
        6,
        "cp1252",
        ";",
        ",",
    )
    assert list(german.data.columns[: len(SCHEMA)]) == list(SCHEMA)


# How pandas holds each declared type; geocodepoints gives the schema fields the declared
# types, the table's own columns those of their pandas types, so the two must agree.
PANDAS_TYPES = {TEXT: "object", BIG_INTEGER: "Int64", REAL: "float64"}


@pytest.mark.parametrize("name", ["german", "english", "plz_only"])
def test_the_schema_columns_hold_their_declared_types(name, request):
    if name == "plz_only":  # every other field missing, lon and lat too
        table = records_to_use_cases([{"plz": "01067"}])
    else:
        table = request.getfixturevalue(name)
    assert USE_CASE.names == SCHEMA
    declared = {column.name: PANDAS_TYPES[column.type] for column in USE_CASE.columns}
    assert {name: str(table.data[name].dtype) for name in SCHEMA} == declared


def test_original_columns_are_kept_and_a_clash_is_renamed(german):
    data = german.data
    assert german.report.renamed == {"PLZ": "PLZ_input"}
    assert list(data["PLZ_input"][:2]) == ["1067", "70173"]
    assert list(data["Bemerkung"].unique()) == ["erfunden"]
    assert data["Titel"][0] == "Vernetzte Fräszelle (synthetisch)"


def test_values_as_read(german):
    data = german.data
    assert data["plz"][0] == "01067"  # the leading zero lost by a spreadsheet, restored
    assert list(data["land"][:5]) == [
        "Sachsen",
        "Baden-Württemberg",
        "Hessen",
        "Brandenburg",
        None,
    ]
    assert list(data["employees"][:5]) == [250, 251, 15000, 15001, 12]
    assert list(data["size_class"][:5]) == [
        "1–250",
        "250–5.000",
        "5.000–15.000",
        "15.000+",
        "1–250",
    ]
    assert (data["lon"][1], data["lat"][1]) == (9.18, 48.78)
    assert pd.isna(data["lon"][0]) and pd.isna(data["plz"][2])
    assert data["ags"].isna().all()


def test_values_that_failed_are_listed_with_row_and_reason(german):
    assert failures_of(german, "plz") == [(7, "ABCDE", REASON_NOT_A_PLZ)]
    assert failures_of(german, "land") == [(7, "Mars", REASON_UNKNOWN_LAND)]
    assert failures_of(german, "employees") == [(7, "viele", REASON_NOT_EMPLOYEES)]
    # a longitude without its latitude: the pair is not used
    assert [row for row, *_ in failures_of(german, "lat")] == [7]
    row = german.data.iloc[5]
    assert pd.isna(row["plz"]) and pd.isna(row["land"]) and pd.isna(row["lon"])
    assert german.report.failure_counts()[("plz", REASON_NOT_A_PLZ)] == 1


def test_english_columns_and_size_class_texts(english):
    report = english.report
    assert report.mapping == {
        "title": "title",
        "organisation": "organization",
        "plz": "postcode",
        "city": "city",
        "land": "state",
        "sector": "industry",
        "size_class": "company size",
        "maturity": "maturity level",
        "scenario": "application scenario",
        "lon": "longitude",
        "lat": "latitude",
    }
    assert (report.delimiter, report.decimal, report.encoding) == (",", ".", "utf-8")
    assert report.renamed == {"title": "title_input", "city": "city_input"}
    data = english.data
    assert list(data["size_class"][:3]) == ["250–5.000", "1–250", "15.000+"]
    assert pd.isna(data["size_class"][3])
    assert failures_of(english, "size_class") == [(5, "10-500", REASON_SIZE_SPANS)]
    assert list(data["land"]) == [
        "Hessen",
        "Sachsen-Anhalt",
        "Nordrhein-Westfalen",
        "Baden-Württemberg",
    ]
    assert data["employees"].isna().all()


def test_geojson_properties_and_point_coordinates():
    table = read_use_cases(GEOJSON)
    assert table.report.source_format == "geojson"
    assert table.report.mapping["lon"] == "geometry"
    data = table.data
    assert (data["lon"][0], data["lat"][0]) == (13.74, 51.05)
    assert pd.isna(data["lon"][1])
    assert list(data["plz"]) == ["01067", "01067"]
    assert list(data["PLZ_input"]) == ["01067", 1067]


def test_geojson_in_another_crs_is_refused(tmp_path):
    path = tmp_path / "utm.geojson"
    document = {
        "type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}},
        "features": [],
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(CoreError, match="25832"):
        read_use_cases(path)


def test_xlsx_with_numeric_postcodes(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Titel (synthetisch)", "Postleitzahl", "Stadt", "Land", "Beschäftigte", "x", "y"])
    sheet.append(["Fall 1", 1067, "Dresden", 14, 5000, 13.74, 51.05])
    sheet.append(["Fall 2", 70173, "Stuttgart", "BW", "1.200", None, None])
    path = tmp_path / "faelle.xlsx"
    workbook.save(path)
    table = read_use_cases(path)
    assert table.report.mapping["title"] == "Titel (synthetisch)"
    assert table.report.mapping["lon"] == "x" and table.report.mapping["lat"] == "y"
    data = table.data
    assert list(data["plz"]) == ["01067", "70173"]
    assert list(data["land"]) == ["Sachsen", "Baden-Württemberg"]
    assert list(data["employees"]) == [5000, 1200]
    assert list(data["size_class"]) == ["250–5.000", "250–5.000"]
    assert (data["lon"][0], data["lat"][0]) == (13.74, 51.05)


def test_a_size_class_that_contradicts_the_employees_is_reported():
    table = records_to_use_cases(
        [{"PLZ": "01067", "Mitarbeiter": 100, "Unternehmensgröße": "15.000+"}]
    )
    assert table.data["size_class"][0] == "1–250"  # the count decides
    assert failures_of(table, "size_class") == [(1, "15.000+", REASON_SIZE_DIFFERS)]


def test_a_class_written_in_the_employees_column_is_a_class():
    table = records_to_use_cases([{"plz": "01067", "employees": "250-5.000"}])
    assert pd.isna(table.data["employees"][0])
    assert table.data["size_class"][0] == "250–5.000"
    assert table.report.failures == []


def test_ags_and_explicit_mapping():
    table = records_to_use_cases(
        [{"Schlüssel": 6412000, "Wo": "Frankfurt am Main"}],
        mapping={"ags": "Schlüssel", "city": "wo"},
    )
    assert table.data["ags"][0] == "06412000"
    assert table.data["city"][0] == "Frankfurt am Main"
    assert table.report.mapping == {"city": "Wo", "ags": "Schlüssel"}


def test_a_mapping_to_a_missing_column_is_a_clear_error():
    with pytest.raises(CoreError, match="no column 'Ort'"):
        records_to_use_cases([{"PLZ": "01067"}], mapping={"city": "Ort"})
    with pytest.raises(CoreError, match="Unknown fields"):
        records_to_use_cases([{"PLZ": "01067"}], mapping={"town": "PLZ"})


def test_a_table_without_any_location_column_is_a_clear_error():
    with pytest.raises(CoreError, match="no column that locates") as raised:
        read_use_cases(FIXTURES / "ohne_ort_synthetisch.csv")
    assert raised.value.params["columns"] == "Titel, Unternehmen, Branche"
    # without the requirement, it still reads
    table = read_use_cases(FIXTURES / "ohne_ort_synthetisch.csv", require_location=False)
    assert table.report.rows == 1


def test_an_empty_table_is_a_clear_error(tmp_path):
    with pytest.raises(CoreError, match="only a header line"):
        read_use_cases(FIXTURES / "nur_kopfzeile_synthetisch.csv")
    empty = tmp_path / "leer.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(CoreError, match="is empty"):
        read_use_cases(empty)
    with pytest.raises(CoreError, match="no records"):
        records_to_use_cases([], mapping={"plz": None}, require_location=False)


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_size_classes_follow_the_order_of_counts(first, second):
    low, high = sorted((first, second))
    assert SIZE_CLASSES.index(size_class_of(low)) <= SIZE_CLASSES.index(size_class_of(high))
    assert parse_size_class(str(low)) == (size_class_of(low), None)


@given(st.integers(min_value=1000, max_value=99999))
def test_every_postcode_number_reads_back_as_its_text(number):
    assert normalise_plz(number) == f"{number:05d}"
    assert normalise_plz(f"{number:05d}") == f"{number:05d}"


def test_an_empty_feature_collection_holds_no_records(tmp_path):
    path = tmp_path / "leer.geojson"
    path.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    with pytest.raises(CoreError, match="no records"):
        read_use_cases(path)
    path.write_text('{"type": "Polygon", "coordinates": []}', encoding="utf-8")
    with pytest.raises(CoreError, match="no GeoJSON features"):
        read_use_cases(path)


def test_parse_mapping_reads_fields_columns_and_explicit_blanks():
    from i40_disparity_plugin.core.points.use_cases import parse_mapping

    text = "title=Projekt, Phase 2; plz = Zustellbezirk\nlon="
    assert parse_mapping(text) == {
        "title": "Projekt, Phase 2",
        "plz": "Zustellbezirk",
        "lon": None,
    }
    assert parse_mapping("") == {}


def test_parse_mapping_refuses_an_entry_without_equals_sign():
    from i40_disparity_plugin.core.messages import CoreError
    from i40_disparity_plugin.core.points.use_cases import parse_mapping

    with pytest.raises(CoreError):
        parse_mapping("title Projekt")


def test_reading_reports_progress_and_stops_when_told(tmp_path):
    path = tmp_path / "anwendungen.csv"
    # More than one of csv_rows' reporting steps (8192 rows), so the rows report too.
    rows = "".join(f"Anwendung {k};{10000 + k % 80000:05d}\n" for k in range(20_000))
    path.write_text("titel;plz\n" + rows, encoding="utf-8")
    seen = []
    table = read_use_cases(path, progress=seen.append)
    assert len(table.data) == 20_000
    assert seen == sorted(seen) and seen[-1] == 1.0
    assert any(0 < fraction < 0.6 for fraction in seen)  # while the rows are read
    assert any(0.6 < fraction < 1 for fraction in seen)  # while they are mapped
    with pytest.raises(ReadCanceled, match=r"Reading anwendungen\.csv was canceled"):
        read_use_cases(path, progress=lambda fraction: fraction < 0.7)


def test_records_with_german_numbers_as_text_are_read_like_a_file():
    # As a use-case table loaded from a German CSV into a database holds its coordinates.
    table = records_to_use_cases([{"PLZ": "01067", "Längengrad": "13,74", "Breitengrad": "51,05"}])
    assert (table.data["lon"][0], table.data["lat"][0]) == (13.74, 51.05)
    assert table.report.failures == []
