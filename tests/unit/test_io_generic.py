"""Generic tables a user brings: detection of delimiter, decimal and encoding, keys as text."""

import math
from pathlib import Path

import pytest
from fixtures.workbooks import build_generic_workbook

from i40_disparity_plugin.core.messages import CoreError
from i40_disparity_plugin.core.readers.generic import (
    decode_text,
    detect_decimal,
    detect_delimiter,
    indicator_and_year,
    read_generic,
)
from i40_disparity_plugin.core.readers.inkar import read_inkar
from i40_disparity_plugin.core.readers.number_parsing import (
    REASON_EMPTY,
    REASON_NOT_A_NUMBER,
    REASON_NOT_MEANINGFUL,
)
from i40_disparity_plugin.core.readers.statistics_table import TIDY_COLUMNS

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "inkar_2019"
EXTRACT = DATA / "inkar2019_kreise_selected_latest.csv"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "generic"
SEMICOLON = FIXTURES / "kreise_semikolon_cp1252.csv"
TAB = FIXTURES / "kreise_tab_bom.tsv"
COMMA = FIXTURES / "kreise_komma_punkt.csv"


def cell(table, key, indicator):
    rows = table.data[(table.data.key == key) & (table.data.indicator == indicator)]
    assert len(rows) == 1
    return rows.iloc[0]


@pytest.fixture(scope="module")
def extract():
    return read_generic(EXTRACT, key_column="AGS_kreis", name_column="raumeinheit")


def test_inkar_extract_reads_with_its_key_column(extract):
    report = extract.report
    assert (report.encoding, report.delimiter, report.decimal) == ("utf-8", ",", ".")
    assert (report.rows_read, report.keys) == (401, 401)
    assert list(extract.data.columns) == list(TIDY_COLUMNS)
    assert extract.data.key.str.fullmatch(r"\d{5}").all()
    gdp = cell(extract, "01001", "Bruttoinlandsprodukt je Einwohner")
    assert (gdp.value, gdp.year, gdp["name"]) == (42.5, 2017, "Flensburg, Stadt")
    assert cell(extract, "01001", "Industriequote").value == 11.4
    manufacturing = "Anteil Erwerbstätige Verarbeitendes Gewerbe an Industrie"
    assert cell(extract, "01001", manufacturing).year == 2016
    # text columns (aggregat, NUTS3, names) are no indicators
    assert not {"aggregat", "NUTS3", "krs17name", "ktyp4_name"} & set(extract.indicators())


def test_codes_of_classifications_are_no_indicators(extract):
    # Each of these holds numbers, but only as the code of the class named beside it.
    codes = ["ktyp4", "slraum", "ROR11", "rtyp3", "RBZ", "land"]
    assert not set(codes) & set(extract.indicators())
    assert len(extract.indicators()) == 14  # the header's 14 INKAR indicators, counted by hand
    assert [note.params for note in extract.report.notes] == [{"columns": ", ".join(codes)}]


def test_a_code_column_is_read_when_asked_for_by_name():
    table = read_generic(EXTRACT, key_column="AGS_kreis", value_columns=["ktyp4"])
    assert cell(table, "01001", "ktyp4").value == 4


def test_inkar_extract_agrees_with_the_raw_inkar_export(extract):
    raw = read_inkar(DATA / "raw" / "Wirtschaftliche-Leistung.csv").data
    raw = raw[(raw.indicator == "Bruttoinlandsprodukt je Einwohner") & (raw.year == 2017)]
    tidy = extract.data[extract.data.indicator == "Bruttoinlandsprodukt je Einwohner"]
    assert dict(zip(tidy.key, tidy.value, strict=True)) == dict(
        zip(raw.key, raw.value, strict=True)
    )


def test_semicolon_cp1252_file_with_decimal_comma_and_leading_zeros():
    table = read_generic(SEMICOLON, key_column="AGS", name_column="Kreis")
    report = table.report
    assert (report.encoding, report.delimiter, report.decimal) == ("cp1252", ";", ",")
    assert table.indicators() == ["Fläche km²", "Einwohner", "Anteil Industrie %"]
    assert list(dict.fromkeys(table.data.key)) == ["01001", "01002", "03159"]
    area = cell(table, "03159", "Fläche km²")
    assert (area.value, area.year, area["name"]) == (1753.42, 2019, "Göttingen")
    assert cell(table, "01002", "Einwohner").value == 247717.0
    assert cell(table, "03159", "Einwohner").value == 0.0  # "-"
    assert math.isnan(cell(table, "01002", "Anteil Industrie %").value)
    assert report.problem_counts() == {REASON_NOT_MEANINGFUL: 1, REASON_NOT_A_NUMBER: 1}
    assert report.zeros_from_dash == 1


def test_tab_separated_utf8_bom_file_with_english_numbers():
    table = read_generic(TAB, key_column="Kennziffer")
    report = table.report
    assert (report.encoding, report.delimiter, report.decimal) == ("utf-8-sig", "\t", ".")
    assert cell(table, "01002", "Beschäftigte").value == 2345.5
    assert cell(table, "01001", "BIP je Einwohner").year == 2017
    # no name column chosen: names stay unknown, and "Name" is no indicator
    assert table.data["name"].isna().all()
    assert "Name" not in table.indicators()


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, {"summe": [1.5, 2.25]}),  # comma file: decimal point
        ({"decimal": ",", "value_columns": ["anteil"]}, {"anteil": [15.9, 15.3]}),
        ({"value_columns": "anteil"}, {"anteil": [math.nan, math.nan]}),
    ],
)
def test_value_columns_and_decimal_separator_can_be_chosen(options, expected):
    table = read_generic(COMMA, key_column="ags", **options)
    values = {
        indicator: list(group.value)
        for indicator, group in table.data.groupby("indicator", sort=False)
    }
    assert values.keys() == expected.keys()
    for indicator, numbers in expected.items():
        assert values[indicator] == pytest.approx(numbers, nan_ok=True)


def test_text_in_a_chosen_value_column_is_counted_not_a_crash():
    table = read_generic(SEMICOLON, key_column="AGS", value_columns=["Bemerkung"])
    assert table.report.problem_counts() == {REASON_NOT_A_NUMBER: 2, REASON_EMPTY: 1}
    assert table.data.value.isna().all()


def test_xlsx_keys_stay_text_and_numbers_stored_as_numbers_are_noted(tmp_path):
    path = build_generic_workbook(tmp_path / "tabelle.xlsx")
    table = read_generic(path, key_column="ags", name_column="Name")
    report = table.report
    assert (report.encoding, report.delimiter, report.decimal) == (None, None, ",")
    assert list(table.data.key) == ["01001", "01002", "1003"]
    assert list(table.data.value[:2]) == [11.4, 10.9]
    assert set(table.data.year) == {2017}
    assert report.problem_counts() == {REASON_NOT_A_NUMBER: 1}
    assert report.notes == [
        "Some keys are stored as numbers in the workbook: leading zeros may be lost."
    ]


@pytest.mark.parametrize(
    ("sheet", "message"), [("Leer", "holds no table"), ("Fehlt", "has no sheet 'Fehlt'")]
)
def test_xlsx_sheet_choice(tmp_path, sheet, message):
    path = build_generic_workbook(tmp_path / "tabelle.xlsx")
    with pytest.raises(CoreError, match=message):
        read_generic(path, key_column="AGS", sheet=sheet)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"key_column": "Schluessel"}, "has no column 'Schluessel'. Its columns are: AGS, Kreis"),
        ({"key_column": ""}, "Choose the column"),
        ({"key_column": "AGS", "value_columns": ["Kreis"]}, None),
        ({"key_column": "AGS", "name_column": "Gemeinde"}, "has no column 'Gemeinde'"),
        ({"key_column": "AGS", "encoding": "latin-9x"}, "Unknown encoding"),
        ({"key_column": "AGS", "encoding": "utf-8"}, "not written in the encoding 'utf-8'"),
    ],
)
def test_wrong_choices_give_clear_errors(kwargs, message):
    if message is None:
        table = read_generic(SEMICOLON, **kwargs)  # text values: counted, no error
        assert len(table.report.problems) == 3
        return
    with pytest.raises(CoreError, match=message):
        read_generic(SEMICOLON, **kwargs)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("fehlt.csv", None, "does not exist"),
        ("alt.xls", b"\xd0\xcf\x11\xe0", "old Excel file"),
        ("leer.csv", b"\r\n\r\n", "is empty"),
        ("nur-text.csv", b"AGS;Name\n01001;Flensburg\n", "No column besides the key"),
    ],
)
def test_unusable_files_give_clear_errors(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(CoreError, match=message):
        read_generic(path, key_column="AGS")


def test_a_folder_is_no_table(tmp_path):
    with pytest.raises(CoreError, match="is a folder"):
        read_generic(tmp_path, key_column="AGS")


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a;b;c\n1,5;2,5;3\n4;5;6\n", ";"),
        ("a,b,c\n1.5,2.5,3\n", ","),
        ("a\tb\n1,5\t2\n", "\t"),
        ("a|b\n1|2\n", "|"),
        ('a,b\n"1;2",3\n', ","),
        ("nur eine Spalte\n1\n", ";"),
    ],
)
def test_delimiter_detection(text, delimiter):
    assert detect_delimiter(text) == delimiter


@pytest.mark.parametrize(
    ("cells", "delimiter", "decimal"),
    [
        (["12,5", "3", "1.234,5"], ";", ","),
        (["42.5", "3343.0"], ",", "."),
        (["1.234", "5"], ";", ","),  # ambiguous: the delimiter decides
        (["1,234"], ",", "."),
        (["1,234,567.5", "12,5"], ";", ","),  # a tie goes to the delimiter's custom
        ([42.5, None], ",", "."),
    ],
)
def test_decimal_detection(cells, delimiter, decimal):
    assert detect_decimal(cells, delimiter) == decimal


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("Göttingen".encode(), "Göttingen", "utf-8"),
        (b"\xef\xbb\xbf" + "Göttingen".encode(), "Göttingen", "utf-8-sig"),
        ("Göttingen".encode("cp1252"), "Göttingen", "cp1252"),
        (b"\x81\xe4", "\x81ä", "latin-1"),  # bytes cp1252 leaves undefined
    ],
)
def test_encoding_detection(data, text, encoding):
    assert decode_text(data) == (text, encoding)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Industriequote (2017)", ("Industriequote", 2017)),
        ("Fläche km² (2019)", ("Fläche km²", 2019)),
        ("Anteil (in %)", ("Anteil (in %)", None)),
        ("2017", ("2017", None)),
    ],
)
def test_indicator_and_year_from_a_column_name(name, expected):
    assert indicator_and_year(name) == expected


def test_repeated_keys_are_read_as_codes_of_plain_texts_distinct_ones_as_texts(tmp_path):
    # A grid keyed by Gemeinde: each key in ten cells; a grid keyed by its cells: all distinct.
    gemeinden = ["01001000", "01002000", "01003000", "01004000"]
    by_gemeinde = tmp_path / "by_gemeinde.csv"
    by_cell = tmp_path / "by_cell.csv"
    rows = [(gemeinden[i // 10], f"Ort {i // 10}", f"CRS3035RES100mN{i}", i) for i in range(40)]
    by_gemeinde.write_text(
        "AGS;Name;Einwohner;Haushalte\n"
        + "".join(f"{ags};{name};{n};{n % 7}\n" for ags, name, _cell, n in rows),
        encoding="utf-8",
    )
    by_cell.write_text(
        "Gitter;Einwohner\n" + "".join(f"{cell};{n}\n" for _ags, _name, cell, n in rows),
        encoding="utf-8",
    )
    repeated = read_generic(by_gemeinde, key_column="AGS", name_column="Name").data
    assert str(repeated["key"].dtype) == "category"
    assert repeated["key"].cat.categories.dtype == object
    assert list(repeated["key"]) == [ags for ags, *_ in rows] * 2
    assert list(repeated["name"]) == [name for _ags, name, *_ in rows] * 2
    assert list(repeated["indicator"]) == ["Einwohner"] * 40 + ["Haushalte"] * 40
    assert list(repeated["value"]) == [float(n) for *_, n in rows] + [n % 7 for *_, n in rows]
    distinct = read_generic(by_cell, key_column="Gitter").data
    assert distinct["key"].dtype == object
    assert list(distinct["key"]) == [cell for _ags, _name, cell, _n in rows]
