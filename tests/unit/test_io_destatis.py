"""The Destatis district table 04-kreise.xlsx, imitated by a workbook built at test time."""

import math

import pytest
from fixtures.workbooks import KREISE_SHEET, build_generic_workbook, build_kreise_workbook

from i40_disparity_plugin.core.messages import CoreError
from i40_disparity_plugin.core.readers.destatis import (
    AREA,
    ATTRIBUTION,
    DENSITY,
    POPULATION,
    POPULATION_FEMALE,
    POPULATION_MALE,
    REASON_LAND,
    REASON_REGION,
    REASON_TEXT,
    REASON_TOTAL,
    read_destatis_kreise,
)
from i40_disparity_plugin.core.readers.number_parsing import REASON_UNKNOWN_OR_SECRET
from i40_disparity_plugin.core.readers.statistics_table import TIDY_COLUMNS

DISTRICTS = ["01001", "01002", "05111", "08111", "03159"]


@pytest.fixture
def kreise(tmp_path):
    return read_destatis_kreise(build_kreise_workbook(tmp_path / "04-kreise.xlsx"))


def value(table, key, indicator):
    rows = table.data[(table.data.key == key) & (table.data.indicator == indicator)]
    assert len(rows) == 1
    return rows.iloc[0]


def test_only_district_rows_give_values(kreise):
    assert list(kreise.data.columns) == list(TIDY_COLUMNS)
    assert list(dict.fromkeys(kreise.data.key)) == DISTRICTS
    assert kreise.indicators() == [AREA, POPULATION, POPULATION_MALE, POPULATION_FEMALE, DENSITY]
    assert (kreise.report.rows_read, kreise.report.keys) == (5, 5)
    assert set(kreise.data.year) == {2019}
    assert kreise.attribution == [ATTRIBUTION]


@pytest.mark.parametrize(
    ("indicator", "number", "unit"),
    [
        (AREA, 56.73, "km²"),
        (POPULATION, 89934.0, "Einwohner"),
        (POPULATION_MALE, 44381.0, "Einwohner"),
        (POPULATION_FEMALE, 45553.0, "Einwohner"),
        (DENSITY, 1585.0, "Einwohner je km²"),
    ],
)
def test_flensburg_row_under_the_merged_header(kreise, indicator, number, unit):
    row = value(kreise, "01001", indicator)
    assert (row.value, row.unit, row["name"]) == (number, unit, "Flensburg, Stadt")


def test_special_characters_in_a_district_row(kreise):
    assert value(kreise, "03159", POPULATION_MALE).value == 0.0  # "-"
    assert value(kreise, "03159", POPULATION_FEMALE).value == 160000.0  # "(160.000)"
    assert math.isnan(value(kreise, "03159", DENSITY).value)  # "."
    report = kreise.report
    assert (report.zeros_from_dash, report.limited_reliability) == (1, 1)
    assert report.problem_counts() == {REASON_UNKNOWN_OR_SECRET: 1}
    assert report.values_converted == 24


def test_land_region_total_and_footnote_rows_are_reported_as_skipped(kreise):
    skipped = [(row.row, row.reason) for row in kreise.report.skipped]
    assert skipped == [
        (9, REASON_LAND),
        (12, REASON_LAND),
        (13, REASON_REGION),
        (15, REASON_LAND),
        (16, REASON_REGION),
        (17, REASON_REGION),
        (20, REASON_TOTAL),
        (22, REASON_TEXT),
        (23, REASON_TEXT),
        (24, REASON_TEXT),
    ]
    assert kreise.report.skipped[0].text.startswith("01 | Schleswig-Holstein")
    assert kreise.report.skipped_counts()[REASON_TEXT] == 3


def test_keys_stored_as_numbers_are_restored_to_five_digits_and_noted(tmp_path):
    table = read_destatis_kreise(
        build_kreise_workbook(tmp_path / "04-kreise.xlsx", keys_as_numbers=True)
    )
    assert list(dict.fromkeys(table.data.key)) == DISTRICTS
    assert table.report.notes == [
        "Some keys are stored as numbers in the workbook: leading zeros may be lost."
    ]
    assert [row.reason for row in table.report.skipped[:3]] == [
        REASON_LAND,
        REASON_LAND,
        REASON_REGION,
    ]


def test_a_title_without_a_date_leaves_the_year_empty_and_says_so(tmp_path):
    table = read_destatis_kreise(
        build_kreise_workbook(tmp_path / "04-kreise.xlsx", title="Gemeindeverzeichnis")
    )
    assert table.data.year.isna().all()
    assert table.report.notes == ["The table names no reference date: year left empty."]


def test_a_workbook_without_the_district_table_is_refused(tmp_path):
    with pytest.raises(CoreError, match="not the Destatis table of districts"):
        read_destatis_kreise(build_generic_workbook(tmp_path / "andere.xlsx"))


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("E4", "no header with a column Schlüsselnummer"),  # no "Fläche" beside the key
        ("F5", "lacks one of the columns Schlüsselnummer, Fläche, Bevölkerung insgesamt"),
    ],
)
def test_a_header_without_area_or_population_is_refused(tmp_path, address, message):
    import openpyxl

    path = build_kreise_workbook(tmp_path / "04-kreise.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook[KREISE_SHEET][address] = "Sonstiges"
    workbook.save(path)
    with pytest.raises(CoreError, match=message):
        read_destatis_kreise(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("fehlt.xlsx", None, "does not exist"),
        ("kaputt.xlsx", b"kein Excel", "is a text file, not an Excel workbook"),
    ],
)
def test_missing_or_broken_files_give_clear_errors(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(CoreError, match=message):
        read_destatis_kreise(path)
