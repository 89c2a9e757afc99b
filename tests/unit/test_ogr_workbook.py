"""Workbooks read with GDAL's XLSX driver where openpyxl is missing (gis.ogr_workbook): the
same rows, merged cells and tables as openpyxl's. GDAL's Python bindings come with QGIS, so
this runs without QGIS itself."""

from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from fixtures.workbooks import build_generic_workbook, build_kreise_workbook

from i40_disparity_plugin.core import requirements
from i40_disparity_plugin.core.messages import CoreError
from i40_disparity_plugin.core.points.use_cases import read_use_cases
from i40_disparity_plugin.core.readers import workbook_fallback
from i40_disparity_plugin.core.readers.destatis import read_destatis_kreise
from i40_disparity_plugin.core.readers.detect import detect_format, read_statistics
from i40_disparity_plugin.core.readers.generic import read_generic
from i40_disparity_plugin.gis.ogr_workbook import OgrWorkbook, install_as_workbook_fallback

REFERENCE = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "data"
    / "inkar_2019"
    / "raw"
    / "Referenz Gemeinden-GVB-Kreise_NUTS.xlsx"
)


def build_use_case_workbook(path):
    """Use cases with postcodes stored as numbers, a text number and an empty cell."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Titel", "Postleitzahl", "Stadt", "Land", "Beschäftigte", "x", "y"])
    sheet.append(["Fall 1", 1067, "Dresden", 14, 5000, 13.74, 51.05])
    sheet.append(["Fall 2", 70173, "Stuttgart", "BW", "1.200", None, None])
    workbook.save(path)
    return path


def build_number_workbook(path):
    """Numbers in the forms a file stores them, and texts that only look like numbers."""
    workbook = openpyxl.Workbook()
    numbers = [1200.5, 1e-7, 1.2345678901234568e17, 10**15, -0.0, 3.0, 1 / 3, 5e-324]
    texts = ["1.200", "01001", "10,9", "1e5x", "-", "3.50"]
    for position, number in enumerate(numbers):
        workbook.active.append([number, texts[position] if position < len(texts) else None])
    workbook.save(path)
    return path


def kreise_with_numeric_keys(path):
    return build_kreise_workbook(path, keys_as_numbers=True)


BUILDERS = [build_kreise_workbook, kreise_with_numeric_keys, build_generic_workbook]
BUILDERS += [build_use_case_workbook, build_number_workbook]


def trimmed(rows):
    """Rows without trailing empty cells, and without trailing empty rows: how far a sheet's
    rows reach differs between the two, what they hold must not."""
    rows = [list(row) for row in rows]
    for row in rows:
        while row and row[-1] is None:
            row.pop()
    while rows and not rows[-1]:
        rows.pop()
    return rows


def bounds(merged_cells):
    return [(r.min_row, r.min_col, r.max_row, r.max_col) for r in merged_cells]


def sheets_of(workbook):
    return {
        sheet.title: trimmed(sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets
    }


def without_openpyxl(monkeypatch):
    """The core as in a QGIS without openpyxl, GDAL's reader installed as the plugin does."""
    monkeypatch.setattr(requirements, "openpyxl_usable", lambda: False)
    monkeypatch.setattr(workbook_fallback, "opener", None)
    install_as_workbook_fallback()


@pytest.fixture
def no_openpyxl(monkeypatch):
    without_openpyxl(monkeypatch)


@pytest.mark.parametrize("build", BUILDERS, ids=lambda b: b.__name__)
def test_rows_and_merged_cells_are_openpyxls(tmp_path, build):
    path = build(tmp_path / "tabelle.xlsx")
    ours = OgrWorkbook(path, read_only=False)
    theirs = openpyxl.load_workbook(path, data_only=True)
    assert ours.sheetnames == theirs.sheetnames  # an empty last sheet too
    assert sheets_of(ours) == sheets_of(theirs)
    for number, sheet in enumerate(ours.worksheets):
        assert bounds(sheet.merged_cells) == bounds(theirs.worksheets[number].merged_cells)


def test_the_real_reference_workbook_reads_alike():
    ours = OgrWorkbook(REFERENCE, read_only=True)
    theirs = openpyxl.load_workbook(REFERENCE, read_only=True, data_only=True)
    try:
        assert sheets_of(ours) == sheets_of(theirs)
        assert sum(len(rows) for rows in sheets_of(ours).values()) > 20_000
    finally:
        theirs.close()


def tables(read, path):
    table = read(path)
    return table.data, table.report


READERS = [
    (build_kreise_workbook, read_destatis_kreise),
    (kreise_with_numeric_keys, read_destatis_kreise),
    (build_kreise_workbook, read_statistics),
    (build_generic_workbook, lambda path: read_generic(path, key_column="AGS", name_column="Name")),
    (build_use_case_workbook, read_use_cases),
]


@pytest.mark.parametrize(("build", "read"), READERS)
def test_the_readers_give_the_same_table_without_openpyxl(tmp_path, build, read, monkeypatch):
    path = build(tmp_path / "tabelle.xlsx")
    data, report = tables(read, path)
    with monkeypatch.context() as patch:
        without_openpyxl(patch)
        fallback_data, fallback_report = tables(read, path)
    pd.testing.assert_frame_equal(fallback_data, data)
    assert fallback_report == report


def test_detection_and_sheet_choice_without_openpyxl(tmp_path, no_openpyxl):
    assert detect_format(build_kreise_workbook(tmp_path / "04-kreise.xlsx")) == "destatis_kreise"
    generic = build_generic_workbook(tmp_path / "tabelle.xlsx")
    assert detect_format(generic) == "csv"
    with pytest.raises(CoreError, match="holds no table"):
        read_generic(generic, key_column="AGS", sheet="Leer")
    with pytest.raises(CoreError, match=r"has no sheet 'Fehlt'\. Its sheets are: Daten, Leer\."):
        read_generic(generic, key_column="AGS", sheet="Fehlt")


def test_a_broken_workbook_gives_the_same_clear_error(tmp_path, no_openpyxl):
    path = tmp_path / "kaputt.xlsx"
    path.write_bytes(b"PK\x03\x04 a ZIP cut off after its first bytes")
    with pytest.raises(CoreError, match="damaged or incomplete"):
        read_destatis_kreise(path)


def test_without_openpyxl_or_gdal_the_message_is_short(tmp_path, monkeypatch):
    monkeypatch.setattr(requirements, "openpyxl_usable", lambda: False)
    monkeypatch.setattr(workbook_fallback, "opener", None)
    with pytest.raises(CoreError) as raised:
        read_generic(build_generic_workbook(tmp_path / "tabelle.xlsx"), key_column="AGS")
    assert str(raised.value) == (
        "Reading tabelle.xlsx needs openpyxl, which QGIS's Python lacks. Save the workbook as CSV."
    )


def test_a_text_cell_that_reads_like_a_stored_number_becomes_that_number(tmp_path):
    # What GDAL cannot tell (see gis.ogr_workbook): openpyxl keeps "2017" as text.
    workbook = openpyxl.Workbook()
    workbook.active.append(["2017", "2017 "])
    workbook.save(tmp_path / "jahr.xlsx")
    rows = sheets_of(OgrWorkbook(tmp_path / "jahr.xlsx", read_only=True))["Sheet"]
    assert rows == [[2017, "2017 "]]
