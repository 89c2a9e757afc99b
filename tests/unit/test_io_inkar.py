"""INKAR wide exports: every real export of the shared data, and a small hand-written one.

Expected values were read by hand from the files (a text editor), not from the reader.
"""

import functools
import math
from pathlib import Path

import pytest

from i40_disparity_plugin.core.messages import CoreError
from i40_disparity_plugin.core.readers.inkar import read_inkar, unit_from_long_name
from i40_disparity_plugin.core.readers.number_parsing import REASON_EMPTY, REASON_NOT_MEANINGFUL
from i40_disparity_plugin.core.readers.statistics_table import TIDY_COLUMNS

RAW = Path(__file__).resolve().parents[3] / "shared" / "data" / "inkar_2019" / "raw"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "inkar"

# file, indicators, value columns, metadata files that describe it
REAL_EXPORTS = [
    ("Wirtschaftliche-Leistung.csv", 11, 198, ["Meta-Wirtschaftliche-Leistung.csv"]),
    (
        "Wirtschafts-und-Berufszweige-Part-I.csv",
        7,
        69,
        ["Metadata-Wirtschafts-und-Berufszweige-Part-I.csv"],
    ),
    (
        "Wirtschafts-und-Berufszweige-Part-II.csv",
        9,
        80,
        ["Metadata-Wirtschafts-und-Berufszweige-Part-II.csv"],
    ),
    (
        "employment-and-gainful-employment.csv",
        21,
        336,
        ["Metadata-Structure-Part-I.csv", "Metadata-Structure-Part-II.csv"],
    ),
    ("privateinkommen.csv", 11, 100, ["Metadata-privateinkommen.csv"]),
]


@functools.cache
def real(name):
    """Each real export is read once per test run; the tests only look at it."""
    return read_inkar(RAW / name)


def value_of(table, key, indicator, year):
    data = table.data
    rows = data[(data.key == key) & (data.indicator == indicator) & (data.year == year)]
    assert len(rows) == 1, (key, indicator, year)
    return rows.iloc[0]


@pytest.fixture(scope="module", params=REAL_EXPORTS, ids=lambda export: export[0])
def real_export(request):
    name, indicators, columns, metadata = request.param
    return real(name), indicators, columns, metadata


def test_every_real_export_reads_401_districts_with_all_values(real_export):
    table, indicators, columns, metadata_files = real_export
    report = table.report
    assert list(table.data.columns) == list(TIDY_COLUMNS)
    assert len(table.indicators()) == indicators
    assert report.rows_read == 401
    assert report.keys == 401
    assert len(table.data) == 401 * columns
    assert report.values_converted + len(report.problems) == 401 * columns
    assert report.skipped == []
    assert (report.table_format, report.delimiter, report.decimal) == ("inkar", ";", ",")
    assert table.attribution == ["Datenbasis: INKAR 2019, BBSR Bonn (dl-de/by-2-0)"]
    assert report.notes[0] == "Metadata read from: " + ", ".join(metadata_files)


def test_every_real_export_keeps_keys_as_five_digit_text(real_export):
    table = real_export[0]
    keys = table.data["key"]
    assert keys.map(type).eq(str).all()
    assert keys.str.fullmatch(r"\d{5}").all()
    assert {"01001", "03159", "16077", "11000"} <= set(keys)


@pytest.mark.parametrize(
    ("file", "key", "indicator", "year", "value"),
    [
        # the 2nd data row of the file is Kiel; Flensburg is the first
        ("Wirtschaftliche-Leistung.csv", "01001", "Bruttoinlandsprodukt je Einwohner", 2000, 31.1),
        ("Wirtschaftliche-Leistung.csv", "01002", "Bruttoinlandsprodukt je Einwohner", 2000, 33.7),
        ("Wirtschaftliche-Leistung.csv", "16077", "Bruttowertschöpfung am Bund", 2017, 0.6),
        (
            "Wirtschafts-und-Berufszweige-Part-I.csv",
            "16077",
            "Beschäftigte Primärer Sektor",
            2008,
            2.67,
        ),
        (
            "Wirtschafts-und-Berufszweige-Part-II.csv",
            "01001",
            "Beschäftigte in Kreativbranchen",
            2008,
            2.79,
        ),
        ("employment-and-gainful-employment.csv", "09162", "Erwerbstätigendichte", 2017, 3584.1),
        ("privateinkommen.csv", "01001", "Haushaltseinkommen", 2000, 1198.0),
        (
            "privateinkommen.csv",
            "03103",
            "Medianeinkommen akademischer Berufsabschluss",
            2014,
            5903.0,
        ),
    ],
)
def test_values_read_by_hand_from_the_real_exports(file, key, indicator, year, value):
    assert value_of(real(file), key, indicator, year).value == value


def test_blank_cells_of_a_real_export_are_missing_with_a_reason_not_zero():
    table = real("privateinkommen.csv")
    # 48 cells of the file are empty, e.g. Wolfsburg's academic median income of 2015.
    assert table.report.problem_counts() == {REASON_EMPTY: 48}
    row = value_of(table, "03103", "Medianeinkommen akademischer Berufsabschluss", 2015)
    assert math.isnan(row.value)
    problem = next(p for p in table.report.problems if p.key == "03103")
    lines = (RAW / "privateinkommen.csv").read_text(encoding="utf-8-sig").splitlines()
    wolfsburg_line = 1 + next(i for i, line in enumerate(lines) if line.startswith('"03103"'))
    assert (problem.indicator, problem.raw, problem.row) == (
        "Medianeinkommen akademischer Berufsabschluss",
        "",
        wolfsburg_line,
    )


@pytest.mark.parametrize(
    ("file", "indicator", "unit", "source"),
    [
        (
            "Wirtschaftliche-Leistung.csv",
            "Bruttoinlandsprodukt je Einwohner",
            "Tsd. € je Einwohner",
            "Arbeitskreis Volkswirtschaftliche Gesamtrechnung der Länder, Eurostat Regio Datenbank",
        ),
        (
            "Wirtschaftliche-Leistung.csv",
            "Bruttowertschöpfung am Land",
            "‰",
            "Arbeitskreis Volkswirtschaftliche Gesamtrechnung der Länder",
        ),
        (
            "Wirtschafts-und-Berufszweige-Part-I.csv",
            "Beschäftigte Sekundärer Sektor",
            "%",
            "Beschäftigtenstatistik der Bundesagentur für Arbeit",
        ),
        (
            "employment-and-gainful-employment.csv",
            "Erwerbstätigendichte",
            "je km²",
            "Arbeitskreis Erwerbstätigenrechnung des Bundes und der Länder, "
            "Eurostat Regio Datenbank",
        ),
        # the export writes "Erwerbstätigenbesatz " with a blank; the metadata without
        (
            "employment-and-gainful-employment.csv",
            "Erwerbstätigenbesatz",
            "je 100 Einwohner im erwerbsfähigen Alter",
            "Arbeitskreis Erwerbstätigenrechnung des Bundes und der Länder",
        ),
        ("employment-and-gainful-employment.csv", "Anteil Teilzeitbeschäftigte", "", ""),
        (
            "privateinkommen.csv",
            "Bruttoverdienst",
            "€",
            "Volkswirtschaftliche Gesamtrechnung der Länder",
        ),
        (
            "privateinkommen.csv",
            "Medianeinkommen",
            "",
            "Statistik der Bundesagentur für Arbeit",
        ),
    ],
)
def test_units_and_sources_come_from_the_paired_metadata(file, indicator, unit, source):
    rows = real(file).data.query("indicator == @indicator")
    assert set(rows.unit) == {unit}
    assert set(rows.source) == {source}


def test_an_indicator_without_metadata_is_named_in_the_notes():
    table = real("employment-and-gainful-employment.csv")
    note = table.report.notes[1]
    assert note == "No metadata (unit, source) for: Anteil Teilzeitbeschäftigte"
    assert note.params == {"indicators": "Anteil Teilzeitbeschäftigte"}


@pytest.mark.parametrize(
    ("long_name", "unit"),
    [
        ("Bruttoinlandsprodukt in 1.000 € je Einwohner", "Tsd. € je Einwohner"),
        ("Anteil der SV Beschäftigten am Arbeitsort in Kreativbranchen (WZ 2008) in %", "%"),
        ("Anteil der Bruttowertschöpfung am Land in o/oo", "‰"),
        ("Monatlicher Bruttoverdienst von Arbeitnehmern in Euro", "€"),
        ("Durchschnittliches Haushaltseinkommen in € je Einwohner", "€ je Einwohner"),
        ("Erwerbstätige je km²", "je km²"),
        ("Selbständige je 1000 Erwerbstätige", "je 1000 Erwerbstätige"),
        ("Monatsentgelte der Vollzeitbeschäftigten", ""),
        ("Verhältnis junge (15-", ""),
        ("Bruttoinlandsprodukt je Einwohner", ""),  # per inhabitant, but in what? unclear
        ("", ""),
    ],
)
def test_unit_rule_on_long_names(long_name, unit):
    assert unit_from_long_name(long_name) == unit


def test_small_export_with_bom_decimal_comma_thousands_and_special_characters():
    table = read_inkar(FIXTURES / "Kleine-Auswahl.csv")
    report = table.report
    assert report.encoding == "utf-8-sig"
    assert (report.rows_read, report.keys, report.values_converted) == (3, 3, 10)
    assert report.zeros_from_dash == 1
    assert report.problem_counts() == {REASON_EMPTY: 1, REASON_NOT_MEANINGFUL: 1}
    assert value_of(table, "01001", "Medianeinkommen", 2017).value == 2982.0
    assert value_of(table, "01002", "Medianeinkommen", 2017).value == 3310.5
    assert value_of(table, "03159", "Bruttoinlandsprodukt je Einwohner", 2016).value == 0.0
    assert math.isnan(value_of(table, "03159", "Medianeinkommen", 2017).value)
    assert value_of(table, "01001", "Bruttoinlandsprodukt je Einwohner", 2017)["name"] == (
        "Flensburg, Stadt"
    )
    # No edition in the path: the attribution does not invent one.
    assert table.attribution == ["Datenbasis: INKAR, BBSR Bonn (dl-de/by-2-0)"]


def test_metadata_file_can_be_given_explicitly(tmp_path):
    export = tmp_path / "export.csv"
    export.write_bytes((FIXTURES / "Kleine-Auswahl.csv").read_bytes())
    without = read_inkar(export)
    assert set(without.data.unit) == {""}
    given = read_inkar(export, metadata_path=FIXTURES / "Metadata-Kleine-Auswahl.csv")
    gdp = given.data.query("indicator == 'Bruttoinlandsprodukt je Einwohner'")
    assert set(gdp.unit) == {"Tsd. € je Einwohner"}


def test_a_file_that_is_no_metadata_file_is_refused():
    with pytest.raises(CoreError, match="no INKAR metadata file"):
        read_inkar(FIXTURES / "Kleine-Auswahl.csv", metadata_path=RAW / "column-names.csv")


@pytest.mark.parametrize(
    "content",
    [
        "Kennziffer;Raumeinheit;Wert\n01001;Flensburg;12\n01002;Kiel;13\n",
        "Kennziffer;Raumeinheit\n",
    ],
    ids=["one header row", "header only"],
)
def test_files_without_the_two_header_rows_are_refused(tmp_path, content):
    path = tmp_path / "not-inkar.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CoreError, match="not an INKAR export"):
        read_inkar(path)


def test_a_missing_file_gives_a_clear_error(tmp_path):
    with pytest.raises(CoreError, match="does not exist"):
        read_inkar(tmp_path / "fehlt.csv")
