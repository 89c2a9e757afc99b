"""Big tables: read by pandas' C parser, column by column, with the same table and report as
the csv module gives; progress and cancelling of long reads.

A CSV file takes the fast path when it has more rows than the sample that decides the
columns' kinds (``SAMPLE_CELLS``); the tests make the sample small so that small files take
it, and compare each result with the csv module's (the fast path switched off).
"""

import math

import pandas as pd
import pytest

from i40_disparity_plugin.core.messages import CoreError
from i40_disparity_plugin.core.readers import generic
from i40_disparity_plugin.core.readers.detect import read_statistics
from i40_disparity_plugin.core.readers.generic import read_generic, table_columns
from i40_disparity_plugin.core.readers.number_parsing import parse_number, plain_numbers
from i40_disparity_plugin.core.readers.progress import Progress, ReadCanceled

HEADER = "AGS;Name;Einwohner;Anteil (2019);Bemerkung\n"
ROWS = [
    "01001;Flensburg;89.934;12,5;\n",
    "01002;Kiel;247.717;-;vorläufig\n",
    "01003;Lübeck;.;(3,4);\n",
    "  01004 ; Neumünster ;79 487;x;\n",
    "01051;Dithmarschen;133.193;7,0 p;\n",
    "01053;;  2  ;/;\n",
    "01054;Nordfriesland;abc;...;\n",
    "01055;Ostholstein;1e3;-0,0;\n",
]


def body(count=40):
    return "".join(ROWS[i % len(ROWS)] for i in range(count))


TABLES = {
    # name: (text, encoding to write, read_generic options)
    "plain": (HEADER + body(), "utf-8", {}),
    "crlf": ((HEADER + body()).replace("\n", "\r\n"), "utf-8", {}),
    "cp1252": (HEADER + body(), "cp1252", {}),
    "bom": ("\ufeff" + HEADER + body(), "utf-8", {}),
    "utf-16": (HEADER + body(), "utf-16", {}),
    "blank lines": (
        "\n;;;;\n" + HEADER + "\n" + body(10) + "\n;;;;\n  \n" + body(10) + "\n\n\n",
        "utf-8",
        {},
    ),
    "rows without key": (
        HEADER + body(10) + ";Summe;1.000;;\n;;;;Fußnote\n" + body(10) + ";;;;\n",
        "utf-8",
        {},
    ),
    "ragged rows": (
        HEADER + body(10) + "01060;Kurz\n01061;Lang;1;2;3;4;5;6\n01062\n" + body(10),
        "utf-8",
        {},
    ),
    "quoted cells": (
        HEADER + body(10) + '"01070";"Stadt; mit ""Zusatz""";"1.234,5";"2";\n' + body(10),
        "utf-8",
        {},
    ),
    "quoted line break": (
        HEADER + body(10) + '01071;"Zeile\neins";5;6;"a\r\nb"\n' + body(10),
        "utf-8",
        {},
    ),
    "bare carriage return": (HEADER + body(10) + "01072;Alt;1;2;\r" + body(10), "utf-8", {}),
    "duplicate names": (
        "AGS;Wert;Wert;Wert (2018)\n" + "".join(f"0{1001 + i};{i},5;{i};-\n" for i in range(30)),
        "utf-8",
        {},
    ),
    "comma and point": (
        "ags,name,summe,anteil\n"
        + "".join(f'{1001 + i:05d},"Kreis, {i}",{i}.25,"1,234.5"\n' for i in range(30)),
        "utf-8",
        {"key_column": "ags"},
    ),
    "tab": (HEADER.replace(";", "\t") + body().replace(";", "\t"), "utf-8", {}),
    "chosen columns": (
        HEADER + body(),
        "utf-8",
        {"value_columns": ["Bemerkung", "Einwohner"], "name_column": "Name", "decimal": "."},
    ),
}


def write(tmp_path, name, text, encoding):
    path = tmp_path / f"{name.replace(' ', '_')}.csv"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def small_sample(monkeypatch):
    """A sample of 3 rows: any table of more rows takes the fast path."""
    monkeypatch.setattr(generic, "SAMPLE_CELLS", 3)
    monkeypatch.setattr(generic, "CHUNK_ROWS", 7)


def outcome(read):
    """The table ``read()`` gives, or its error's template and parameters."""
    try:
        return read()
    except CoreError as error:
        return (error.template, error.params)


def exact(monkeypatch, read):
    """What ``read()`` gives with the csv module alone."""
    with monkeypatch.context() as patch:
        patch.setattr(generic, "_pandas_reads_encodings", lambda: False)
        return outcome(read)


def fast_reads(monkeypatch):
    """Count the reads the fast path completes (those that did not fall back)."""
    done = []
    read = generic._CsvColumns._read

    def counted(self, *args):
        result = read(self, *args)
        done.append(self.path)
        return result

    monkeypatch.setattr(generic._CsvColumns, "_read", counted)
    return done


def assert_same(table, expected):
    if isinstance(expected, tuple):
        assert table == expected
        return
    pd.testing.assert_frame_equal(table.data, expected.data)
    assert table.report == expected.report
    assert table.attribution == expected.attribution


# Files whose records do not all lie on one line, or that split lines at a bare \r (which the
# csv module refuses): the fast path leaves them to the csv module.
NOT_FAST = {"quoted line break", "bare carriage return"}


@pytest.mark.parametrize("name", TABLES)
def test_the_fast_path_gives_what_the_csv_module_gives(tmp_path, monkeypatch, small_sample, name):
    text, encoding, options = TABLES[name]
    path = write(tmp_path, name, text, encoding)

    def read():
        return read_generic(path, **{"key_column": "AGS", **options})

    expected = exact(monkeypatch, read)
    done = fast_reads(monkeypatch)
    assert_same(outcome(read), expected)
    assert bool(done) == (name not in NOT_FAST)


def test_row_numbers_are_line_numbers_also_after_quoted_line_breaks(tmp_path, small_sample):
    text = HEADER + '01001;"Zeile\neins";x;1;\n' + "01002;Kiel;.;2;\n" + ";Summe;3;;\n"
    path = write(tmp_path, "umbruch", text + "01003;Lübeck;4;5;\n" * 5, "utf-8")
    report = read_generic(path, key_column="AGS", value_columns=["Einwohner"]).report
    problems = [(problem.row, problem.key, problem.raw) for problem in report.problems]
    assert problems == [(2, "01001", "x"), (4, "01002", ".")]
    assert [(s.row, s.text) for s in report.skipped] == [(5, "Summe | 3")]


def test_keys_stay_text_and_numbers_as_written_on_the_fast_path(tmp_path, small_sample):
    path = write(tmp_path, "plain", HEADER + body(), "utf-8")
    done = fast_reads(pytest.MonkeyPatch())
    table = read_generic(path, key_column="AGS", name_column="Name")
    assert done
    first = table.data.iloc[0]
    assert (first.key, first["name"], first.indicator, first.value) == (
        "01001",
        "Flensburg",
        "Einwohner",
        89934.0,
    )
    assert table.data.key.map(type).eq(str).all()
    assert table.data.value.isna().any() and not (table.data.value == 0).all()
    assert table.report.zeros_from_dash > 0
    assert table.report.rows_read == 40


def test_an_unclosed_quotation_mark_beyond_the_sample_is_named_as_before(
    tmp_path, monkeypatch, small_sample
):
    # The csv module reads a quoted field across lines up to its size limit (128 KiB).
    text = HEADER + body(20) + '01099;"Offen;1;2;\n' + body(5000)
    path = write(tmp_path, "offen", text, "utf-8")
    expected = exact(monkeypatch, lambda: read_generic(path, key_column="AGS"))
    assert expected[1] == {"line": 22}
    assert outcome(lambda: read_generic(path, key_column="AGS")) == expected


def test_table_columns_reads_the_header_only(tmp_path, small_sample):
    path = write(tmp_path, "plain", HEADER + body(), "utf-8")
    assert table_columns(path) == ["AGS", "Name", "Einwohner", "Anteil (2019)", "Bemerkung"]


@pytest.mark.parametrize(
    "cells",
    [
        ["12", " 12 ", "-3,5", "1.234,5", "\u00a07\t", "-", "", None, 4.5, "1e3", "+5", "٣", "-0"],
        [],
    ],
)
@pytest.mark.parametrize("decimal", [",", "."])
def test_plain_numbers_agree_with_parse_number(cells, decimal):
    values, plain = plain_numbers(cells, decimal)
    for cell, value, is_plain in zip(cells, values, plain):
        if is_plain:
            parsed = parse_number(cell, decimal)
            assert parsed.value == value
            assert math.copysign(1, parsed.value) == math.copysign(1, value)
        else:
            assert math.isnan(value)


# Progress and cancelling


def big_table(tmp_path, rows=3000):
    return write(tmp_path, "gross", HEADER + body(rows), "utf-8")


@pytest.mark.parametrize("fast", [True, False])
def test_progress_rises_from_0_to_1(tmp_path, monkeypatch, fast):
    path = reported_table(tmp_path, monkeypatch, fast)
    seen = []
    read_generic(path, key_column="AGS", progress=seen.append)
    assert seen == sorted(seen)
    assert 0 <= seen[0] < 0.5
    assert seen[-1] == 1.0
    assert len(seen) > 10


def reported_table(tmp_path, monkeypatch, fast):
    """A big table whose read reports often: small chunks on pandas' path (``fast``), the
    csv module reporting every few rows on the other."""
    path = big_table(tmp_path)
    monkeypatch.setattr(generic, "SAMPLE_CELLS", 10)
    monkeypatch.setattr(generic, "CHUNK_ROWS", 100)
    if not fast:
        monkeypatch.setattr(generic, "_pandas_reads_encodings", lambda: False)
        monkeypatch.setattr(generic, "csv_rows", _often_reporting(generic.csv_rows))
    return path


def _often_reporting(csv_rows):
    """csv_rows that reports every few rows, as it does every 8192 rows of a big file."""

    def rows(text, delimiter, progress=None):
        progress = Progress.of(progress)
        lines = text.count("\n") + 1
        for number, cells in csv_rows(text, delimiter):
            progress(number / lines)
            yield number, cells
        progress.done()

    return rows


@pytest.mark.parametrize("fast", [True, False])
def test_returning_false_cancels_the_read(tmp_path, monkeypatch, fast):
    path = reported_table(tmp_path, monkeypatch, fast)
    seen = []

    def progress(fraction):
        seen.append(fraction)
        return fraction < 0.3

    with pytest.raises(ReadCanceled, match=r"Reading gross\.csv was canceled") as error:
        read_generic(path, key_column="AGS", progress=progress)
    assert isinstance(error.value, CoreError)
    assert error.value.params == {"path": "gross.csv"}
    assert max(seen) < 0.5  # it stopped where it was told to


def test_an_exception_from_progress_propagates(tmp_path, monkeypatch):
    path = reported_table(tmp_path, monkeypatch, fast=True)

    class Stop(Exception):
        pass

    def progress(fraction):
        if fraction > 0.2:
            raise Stop

    with pytest.raises(Stop):
        read_generic(path, key_column="AGS", progress=progress)


def test_none_and_true_continue(tmp_path):
    path = big_table(tmp_path, 50)
    for answer in (None, True, 0):
        read_generic(path, key_column="AGS", progress=lambda fraction, a=answer: a)


@pytest.mark.parametrize(
    ("path", "options"),
    [
        ("genesis/12411-01-01-4_flat.csv", {}),
        ("genesis/12411-01-01-4_kreise_cp1252.csv", {}),
        ("inkar/Kleine-Auswahl.csv", {}),
        ("generic/kreise_semikolon_cp1252.csv", {"key_column": "AGS"}),
    ],
)
def test_read_statistics_passes_progress_to_every_reader(path, options):
    from pathlib import Path

    seen = []
    fixture = Path(__file__).resolve().parent / "fixtures" / path
    table = read_statistics(fixture, progress=seen.append, **options)
    assert seen and seen[-1] == 1.0
    assert not [note for note in table.report.notes if "progress" in note]
    with pytest.raises(ReadCanceled):
        read_statistics(fixture, progress=lambda fraction: False, **options)


def test_parts_of_a_progress_map_into_its_range():
    seen = []
    progress = Progress(seen.append)
    progress.part(0, 0.5)(0.5)
    progress.part(0.5, 1.0)(0.5)
    progress.part(0.5, 1.0)(0.1)  # never backwards
    progress.done()
    assert seen == [0.25, 0.75, 1.0]
