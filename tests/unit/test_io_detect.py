"""Format detection and the one entry point the algorithms and docks call."""

from pathlib import Path

import pytest
from fixtures.workbooks import build_generic_workbook, build_kreise_workbook

from i40_disparity_plugin.core.messages import CoreError
from i40_disparity_plugin.core.readers.detect import TABLE_FORMATS, detect_format, read_statistics

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "inkar_2019"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_the_formats_the_join_algorithm_offers():
    assert TABLE_FORMATS == ("auto", "genesis", "inkar", "destatis_kreise", "csv")


@pytest.mark.parametrize(
    ("path", "table_format"),
    [
        (DATA / "raw" / "Wirtschaftliche-Leistung.csv", "inkar"),
        (DATA / "raw" / "Wirtschafts-und-Berufszweige-Part-I.csv", "inkar"),
        (DATA / "raw" / "Wirtschafts-und-Berufszweige-Part-II.csv", "inkar"),  # no BOM, LF
        (DATA / "raw" / "employment-and-gainful-employment.csv", "inkar"),
        (DATA / "raw" / "privateinkommen.csv", "inkar"),
        (DATA / "raw" / "Meta-Wirtschaftliche-Leistung.csv", "csv"),
        (DATA / "inkar2019_kreise_selected_latest.csv", "csv"),
        (DATA / "raw" / "Referenz Gemeinden-GVB-Kreise_NUTS.xlsx", "csv"),
        (FIXTURES / "inkar" / "Kleine-Auswahl.csv", "inkar"),
        (FIXTURES / "genesis" / "12411-01-01-4_kreise_cp1252.csv", "genesis"),
        (FIXTURES / "genesis" / "11111-01-01-4_zeitspalte_bom.csv", "genesis"),
        (FIXTURES / "genesis" / "21111-01-03-4_schularten.csv", "genesis"),
        (FIXTURES / "genesis" / "12411-01-01-4_flat.csv", "genesis"),
        (FIXTURES / "genesis" / "12411-01-01-4_flat_2024.csv", "genesis"),
        (FIXTURES / "generic" / "kreise_semikolon_cp1252.csv", "csv"),
        (FIXTURES / "generic" / "kreise_tab_bom.tsv", "csv"),
    ],
    ids=lambda value: value.name if isinstance(value, Path) else value,
)
def test_detect_format(path, table_format):
    assert detect_format(path) == table_format


def test_genesis_without_title_is_recognised_by_footer_and_key_rows(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        "Bevölkerung (Anzahl)\n;;Insgesamt\n01001;Flensburg;89934\n__________\nStand: 2020\n",
        encoding="utf-8",
    )
    assert detect_format(path) == "genesis"


@pytest.mark.parametrize(
    ("builder", "table_format"),
    [(build_kreise_workbook, "destatis_kreise"), (build_generic_workbook, "csv")],
)
def test_detect_workbooks(tmp_path, builder, table_format):
    assert detect_format(builder(tmp_path / "tabelle.xlsx")) == table_format


@pytest.mark.parametrize(
    ("path", "key_column", "table_format", "rows"),
    [
        (DATA / "raw" / "Wirtschaftliche-Leistung.csv", None, "inkar", 401),
        (DATA / "inkar2019_kreise_selected_latest.csv", "AGS_kreis", "csv", 401),
        (FIXTURES / "genesis" / "12411-01-01-4_kreise_cp1252.csv", None, "genesis", 9),
    ],
)
def test_read_statistics_dispatches_on_the_detected_format(path, key_column, table_format, rows):
    table = read_statistics(path, "auto", key_column=key_column)
    assert (table.report.table_format, table.report.rows_read) == (table_format, rows)


def test_read_statistics_reads_the_destatis_workbook(tmp_path):
    table = read_statistics(build_kreise_workbook(tmp_path / "04-kreise.xlsx"))
    assert table.report.table_format == "destatis_kreise"
    assert table.report.keys == 5


def test_an_explicit_format_overrides_detection():
    # An INKAR export read as a generic table: the second header row becomes a data row.
    table = read_statistics(DATA / "raw" / "privateinkommen.csv", "csv", key_column="Kennziffer")
    assert table.report.table_format == "csv"
    assert table.report.skipped[0].reason == "row without a key"


def test_options_a_format_does_not_use_are_noted_not_fatal():
    table = read_statistics(
        FIXTURES / "inkar" / "Kleine-Auswahl.csv", "auto", delimiter=";", encoding="utf-8"
    )
    assert table.report.notes[-1] == "Options not used by this format: delimiter, encoding"


def test_options_reach_the_reader_that_uses_them():
    table = read_statistics(
        FIXTURES / "generic" / "kreise_semikolon_cp1252.csv",
        "csv",
        key_column="AGS",
        value_columns=["Fläche km² (2019)"],
        encoding="cp1252",
    )
    assert table.indicators() == ["Fläche km²"]


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (("xlsx",), {}, "Unknown table format 'xlsx'. Known formats: auto, genesis"),
        (("csv",), {}, "choose the column that holds the area keys"),
        (("auto",), {}, "choose the column that holds the area keys"),
    ],
)
def test_unknown_format_or_a_generic_table_without_key_column(args, kwargs, message):
    with pytest.raises(CoreError, match=message):
        read_statistics(FIXTURES / "generic" / "kreise_semikolon_cp1252.csv", *args, **kwargs)


@pytest.mark.parametrize("table_format", TABLE_FORMATS)
def test_a_missing_file_gives_a_clear_error_in_every_format(tmp_path, table_format):
    with pytest.raises(CoreError, match="does not exist"):
        read_statistics(tmp_path / "fehlt.csv", table_format, key_column="AGS")
