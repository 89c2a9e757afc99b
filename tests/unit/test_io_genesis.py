"""GENESIS exports (Regionaldatenbank, GENESIS-Online): hand-written fixtures of each layout.

The fixtures copy the layouts of published exports (see fixtures/README.md); the expected
values below are read off the fixture files by eye.
"""

import math
from pathlib import Path

import pandas as pd
import pytest

from i40_disparity_plugin.core.messages import CoreError
from i40_disparity_plugin.core.readers.genesis import (
    ATTRIBUTION_REGIONALSTATISTIK,
    REASON_NO_AREA_KEY,
    read_genesis,
)
from i40_disparity_plugin.core.readers.number_parsing import (
    REASON_EMPTY,
    REASON_NOT_MEANINGFUL,
    REASON_NOT_YET_AVAILABLE,
    REASON_TOO_UNCERTAIN,
    REASON_UNKNOWN_OR_SECRET,
)
from i40_disparity_plugin.core.readers.statistics_table import TIDY_COLUMNS

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "genesis"
CLASSIC = FIXTURES / "12411-01-01-4_kreise_cp1252.csv"
TIME_COLUMN = FIXTURES / "11111-01-01-4_zeitspalte_bom.csv"
ROW_LABELS = FIXTURES / "21111-01-03-4_schularten.csv"
FLAT = FIXTURES / "12411-01-01-4_flat.csv"
FLAT_2024 = FIXTURES / "12411-01-01-4_flat_2024.csv"
NO_KEYS = FIXTURES / "11111-0001_laender_ohne_schluessel.csv"


def cell(table, key, indicator, year=None):
    data = table.data
    rows = data[(data.key == key) & (data.indicator == indicator)]
    if year is not None:
        rows = rows[rows.year == year]
    assert len(rows) == 1, (key, indicator, year, rows)
    return rows.iloc[0]


@pytest.fixture(scope="module")
def classic():
    return read_genesis(CLASSIC)


def test_classic_export_is_read_as_cp1252_with_title_header_and_footer(classic):
    report = classic.report
    assert (report.table_format, report.encoding, report.delimiter, report.decimal) == (
        "genesis",
        "cp1252",
        ";",
        ",",
    )
    assert list(classic.data.columns) == list(TIDY_COLUMNS)
    assert classic.indicators() == [
        "Bevölkerungsstand: Insgesamt",
        "Bevölkerungsstand: männlich",
        "Bevölkerungsstand: weiblich",
    ]
    assert set(classic.data.year) == {2015}
    assert set(classic.data.unit) == {"Anzahl"}
    assert report.notes == ["GENESIS-Tabelle: 12411-01-01-4", "Stand: 21.09.2016 / 10:23:45"]
    assert classic.attribution == [
        "© Statistische Ämter des Bundes und der Länder, 2016 (dl-de/by-2-0)",
        "GENESIS-Tabelle 12411-01-01-4",
    ]


def test_classic_export_keeps_every_official_key_as_stripped_text(classic):
    assert list(dict.fromkeys(classic.data.key)) == [
        "DG",
        "01",
        "01001",
        "01002",
        "031",
        "03159",
        "03241001",
        "05354",
        "09162",
    ]
    assert cell(classic, "01001", "Bevölkerungsstand: Insgesamt")["name"] == (
        "Flensburg, Kreisfreie Stadt"
    )
    assert cell(classic, "01001", "Bevölkerungsstand: weiblich").value == 43175.0
    assert cell(classic, "03241001", "Bevölkerungsstand: männlich").value == 259749.0


@pytest.mark.parametrize(
    ("key", "indicator", "value", "reason"),
    [
        ("03159", "Bevölkerungsstand: Insgesamt", 0.0, None),  # "-"
        ("03159", "Bevölkerungsstand: weiblich", 0.0, None),  # "–" (en dash)
        ("05354", "Bevölkerungsstand: Insgesamt", None, REASON_UNKNOWN_OR_SECRET),  # "."
        ("05354", "Bevölkerungsstand: männlich", None, REASON_NOT_YET_AVAILABLE),  # "..."
        ("05354", "Bevölkerungsstand: weiblich", None, REASON_NOT_MEANINGFUL),  # "x"
        ("09162", "Bevölkerungsstand: Insgesamt", None, REASON_TOO_UNCERTAIN),  # "/"
        ("09162", "Bevölkerungsstand: männlich", 710000.0, None),  # "(710.000)"
        ("09162", "Bevölkerungsstand: weiblich", 755210.0, None),  # "755210p"
    ],
)
def test_every_special_character_with_its_official_meaning(classic, key, indicator, value, reason):
    row = cell(classic, key, indicator)
    if value is None:
        assert math.isnan(row.value)
        [problem] = [p for p in classic.report.problems if (p.key, p.indicator) == (key, indicator)]
        assert problem.reason == reason
    else:
        assert row.value == value


def test_classic_export_counts_what_converted_and_what_not(classic):
    report = classic.report
    assert report.rows_read == 9
    assert report.keys == 9
    assert report.values_converted == 23
    assert report.zeros_from_dash == 3
    assert report.limited_reliability == 1
    assert report.quality_marks == {"p": 1}
    assert report.problem_counts() == {
        REASON_UNKNOWN_OR_SECRET: 1,
        REASON_NOT_YET_AVAILABLE: 1,
        REASON_NOT_MEANINGFUL: 1,
        REASON_TOO_UNCERTAIN: 1,
    }
    [skipped] = report.skipped
    assert (skipped.row, skipped.reason) == (18, REASON_NO_AREA_KEY)
    assert skipped.text == "Früheres Bundesgebiet ohne Berlin | 65000000"


def test_layout_with_time_column_bom_decimal_comma_and_unit_row():
    table = read_genesis(TIME_COLUMN)
    report = table.report
    assert report.encoding == "utf-8-sig"
    assert table.indicators() == ["Gebietsfläche", "Gebietsfläche, Veränderung zum Vorjahr"]
    assert cell(table, "DG", "Gebietsfläche").value == 357581.64
    area = cell(table, "01001", "Gebietsfläche", 2020)
    assert (area.value, area.unit, area["name"]) == (56.74, "qkm", "Flensburg, kreisfreie Stadt")
    assert cell(table, "01001", "Gebietsfläche", 2019).value == 56.73
    change = cell(table, "01002", "Gebietsfläche, Veränderung zum Vorjahr")
    assert (change.value, change.unit, change.year) == (-0.02, "%", 2019)
    assert report.zeros_from_dash == 1
    assert report.notes == ["GENESIS-Tabelle: 11111-01-01-4", "Stand: 13.09.2024 / 20:57:21"]
    # The footer names the licence itself, in a quoted cell over three lines.
    assert table.attribution[0] == (
        "© Statistische Ämter des Bundes und der Länder, Deutschland, 2024. Dieses Werk ist "
        "lizenziert unter der Datenlizenz Deutschland - Namensnennung - Version 2.0."
    )


def test_row_labels_after_the_name_become_part_of_the_indicator():
    table = read_genesis(ROW_LABELS)
    assert set(table.data.year) == {2015}  # the lone "2015" title line
    assert set(table.data.unit) == {"Anzahl"}  # the last header row
    assert cell(table, "01001", "Allgemein bildende Schulen, Gymnasien").value == 5.0
    girls = "Schüler(innen) an allgemein bildenden Schulen, Geschlecht, weiblich, Grundschulen"
    assert cell(table, "01001", girls).value == 1404.0
    land_schools = cell(table, "01", "Allgemein bildende Schulen, Insgesamt")
    assert math.isnan(land_schools.value)
    assert table.report.problem_counts() == {REASON_NOT_MEANINGFUL: 1}
    assert len(table.data) == 12


@pytest.mark.parametrize(
    ("path", "encoding", "indicator", "key", "year", "value"),
    [
        (FLAT, "utf-8-sig", "Bevoelkerungsstand: weiblich", "01001", 2019, 45553.0),
        (FLAT, "utf-8-sig", "Bevoelkerungsstand: weiblich", "03159", 2019, 0.0),
        (FLAT_2024, "utf-8", "Bevölkerungsstand", "01002", 2023, 23456.0),
    ],
)
def test_flat_file_exports_old_and_new(path, encoding, indicator, key, year, value):
    table = read_genesis(path)
    assert table.report.encoding == encoding
    row = cell(table, key, indicator, year)
    assert (row.value, row.unit) == (value, "Anzahl")
    assert table.attribution == [ATTRIBUTION_REGIONALSTATISTIK]


def test_flat_file_counts_quality_marks_and_unknown_values():
    report = read_genesis(FLAT).report
    assert report.quality_marks == {"e": 2}
    assert report.problem_counts() == {REASON_UNKNOWN_OR_SECRET: 1}
    assert (report.zeros_from_dash, report.rows_read, report.keys) == (1, 4, 2)


def test_a_table_of_names_without_keys_is_refused_with_the_reason():
    with pytest.raises(CoreError, match="no column of area keys") as error:
        read_genesis(NO_KEYS)
    assert error.value.params == {"path": NO_KEYS}


@pytest.mark.parametrize(
    "content",
    ["irgendein Text\nohne Tabelle\n", ";;Insgesamt\nText;mehr Text\n"],
    ids=["prose", "header without data"],
)
def test_files_without_a_genesis_table_are_refused(tmp_path, content):
    path = tmp_path / "kein-genesis.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CoreError, match="no GENESIS table"):
        read_genesis(path)


def test_encoding_can_be_overridden_and_a_wrong_one_is_reported():
    assert read_genesis(CLASSIC, encoding="cp1252").report.encoding == "cp1252"
    with pytest.raises(CoreError, match="not written in the encoding 'utf-8'"):
        read_genesis(CLASSIC, encoding="utf-8")


def test_a_missing_file_gives_a_clear_error(tmp_path):
    with pytest.raises(CoreError, match="does not exist"):
        read_genesis(tmp_path / "12411-01-01-4.csv")


def test_empty_value_cells_are_reported_as_empty(tmp_path):
    path = tmp_path / "leer.csv"
    path.write_text(
        "Bevölkerungsstand (Anzahl)\n;;Insgesamt;männlich\n01001;Flensburg;85942;\n",
        encoding="utf-8",
    )
    table = read_genesis(path)
    assert table.report.problem_counts() == {REASON_EMPTY: 1}
    # No date anywhere: the year stays unknown.
    assert pd.isna(cell(table, "01001", "Bevölkerungsstand: Insgesamt").year)
