"""Workbooks (.xlsx) read with GDAL's XLSX driver, for a QGIS whose Python lacks openpyxl
(the Windows installers): the core's readers get the same rows as from openpyxl.

An ``OgrWorkbook`` offers what the readers use of openpyxl's workbook: ``worksheets``,
``sheetnames``, ``workbook[name]``, ``close()``; a sheet's ``title``, ``iter_rows(max_row,
values_only=True)`` and, unless opened read-only, ``merged_cells``. Every sheet is read
from row 1 and column A, so row numbers are the workbook's.

GDAL gives each sheet as a layer of text fields, and a number cell as the text the file
stores (``1003``, ``56.73``, ``1e-07``), which is read back as openpyxl reads it: a float if
it has a point or an exponent, else an int, so values are exact. What GDAL loses is whether
a cell was text: a text cell that reads exactly like a stored number (no leading zero, no
trailing zero after the point, no thousands separator: ``2017``, ``1.5``, but not
``01001``, ``1.200`` or ``10,9``) becomes that number, where openpyxl keeps the text; dates
come as text (2019/12/31), booleans as 1 and 0. Statistics tables hold neither. GDAL knows
no merged cells and leaves out empty sheets at the end; both are read from the workbook's
XML, which is what openpyxl reads too.
"""

import re
import zipfile
from xml.etree import ElementTree

from osgeo import gdal

from ..core.readers import workbook_fallback

# A number as spreadsheet programs store it (shortest or 17 digits, no trailing zeros).
_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?([eE][+-]?[0-9]+)?")
# Each sheet as text fields Field1…FieldN from row 1 on, no header guessed.
_CONFIG = {"OGR_XLSX_HEADERS": "DISABLE", "OGR_XLSX_FIELD_TYPES": "STRING"}
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_CELL = re.compile(r"([A-Z]+)([0-9]+)")


def install_as_workbook_fallback():
    """Let the core's readers open workbooks with GDAL where openpyxl is missing."""
    workbook_fallback.opener = OgrWorkbook


class OgrWorkbook:
    def __init__(self, path, read_only):
        path = str(path)
        rows = _sheet_rows(path)
        try:
            sheets = _sheet_files(path)
        except ElementTree.ParseError as error:
            raise ValueError(error) from None
        self.worksheets = [
            OgrWorksheet(title, rows.get(title, []), None if read_only else (path, member))
            for title, member in sheets
        ]
        self.sheetnames = [sheet.title for sheet in self.worksheets]

    def __getitem__(self, name):
        return self.worksheets[self.sheetnames.index(name)]

    def close(self):
        """Nothing to release: the sheets were read when the workbook was opened."""


class OgrWorksheet:
    def __init__(self, title, rows, merge_source):
        self.title = title
        self._rows = rows
        self.merged_cells = []
        if merge_source is not None:
            self.merged_cells = _merged_ranges(*merge_source)
            self._cover(self.merged_cells)

    def iter_rows(self, max_row=None, values_only=True):
        if not values_only:
            raise ValueError("only values_only=True is supported")
        for row in self._rows[:max_row]:
            yield tuple(row)

    def _cover(self, ranges):
        # openpyxl's rows reach as far as any merged range, even past the last value.
        width = max([0] + [len(row) for row in self._rows] + [r.max_col for r in ranges])
        height = max([len(self._rows)] + [r.max_row for r in ranges])
        self._rows = [row + [None] * (width - len(row)) for row in self._rows]
        self._rows += [[None] * width for _ in range(height - len(self._rows))]


class MergedRange:
    """A merged range's first and last row and column, counted from 1 as in openpyxl."""

    def __init__(self, reference):
        first, _, last = reference.partition(":")
        self.min_col, self.min_row = _cell_position(first)
        self.max_col, self.max_row = _cell_position(last or first)


def _cell_position(reference):
    letters, row = _CELL.fullmatch(reference.replace("$", "")).groups()
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - ord("A") + 1
    return column, int(row)


def _value(text):
    """A cell's text as GDAL gives it, as openpyxl would give the cell."""
    if text is None:
        return None
    if _NUMBER.fullmatch(text):
        return float(text) if any(c in text for c in ".eE") else int(text)
    return text


def _sheet_rows(path):
    """``{sheet title: rows of cell values}`` as GDAL reads them."""
    previous = {name: gdal.GetThreadLocalConfigOption(name, None) for name in _CONFIG}
    for name, value in _CONFIG.items():
        gdal.SetThreadLocalConfigOption(name, value)
    try:
        # The driver reads a sheet when it is first asked for it, with the options then set.
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["XLSX"])
        if dataset is None:
            raise ValueError(gdal.GetLastErrorMsg() or "not a workbook GDAL can read")
        sheets = {}
        for number in range(dataset.GetLayerCount()):
            layer = dataset.GetLayer(number)
            width = layer.GetLayerDefn().GetFieldCount()
            rows = []
            for feature in layer:
                # Without a header row, a feature's id is its row number.
                rows += [[None] * width for _ in range(feature.GetFID() - len(rows))]
                rows[-1] = [
                    _value(feature.GetFieldAsString(k)) if feature.IsFieldSet(k) else None
                    for k in range(width)
                ]
            sheets[layer.GetName()] = rows
        return sheets
    finally:
        for name, value in previous.items():
            gdal.SetThreadLocalConfigOption(name, value)


def _sheet_files(path):
    """``(title, member)`` of every sheet in the workbook's order, empty ones too."""
    with zipfile.ZipFile(path) as archive:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in relations}
    sheets = []
    for sheet in workbook.iter(_MAIN + "sheet"):
        target = targets[sheet.get(_RELATIONSHIP)]
        member = target.lstrip("/") if target.startswith("/") else "xl/" + target
        sheets.append((sheet.get("name"), member))
    return sheets


def _merged_ranges(path, member):
    ranges = []
    with zipfile.ZipFile(path) as archive, archive.open(member) as sheet:
        for _event, element in ElementTree.iterparse(sheet):
            if element.tag == _MAIN + "mergeCell":
                ranges.append(MergedRange(element.get("ref")))
            elif element.tag == _MAIN + "row":
                element.clear()  # the cells are GDAL's to read; only the ranges are kept
    return ranges
