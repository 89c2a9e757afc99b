"""Any table a user brings (CSV or XLSX) with a key column and value columns.

Delimiter (``;``, ``,``, tab, ``|``), decimal separator and encoding (UTF-8 with or without BOM,
cp1252) are detected unless given. Keys are read as text, so ``01001`` stays ``01001``; a
column named like ``Industriequote (2017)`` gives the indicator ``Industriequote`` and the year
2017. Cells that give no number are counted with their reason, never turned into 0.

The file helpers here (reading bytes, decoding, finding the delimiter, reading a sheet) are
shared by the other readers.
"""

import csv
import io
import re
import zipfile
from collections import Counter
from pathlib import Path

from .. import requirements
from ..messages import QT_TRANSLATE_NOOP, CoreError
from . import workbook_fallback
from .file_content import (
    DAMAGED_WORKBOOK,
    OLD_EXCEL,
    UTF16_BOMS,
    check_text_table,
    check_workbook,
)
from .number_parsing import REASON_EMPTY, REASON_NOT_A_NUMBER, parse_number
from .statistics_table import Note, TidyCollector

DELIMITERS = (";", ",", "\t", "|")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
_UTF8_BOM = b"\xef\xbb\xbf"
_YEAR_SUFFIX = re.compile(r"^(.*\S)\s*\((\d{4})\)$")
# How many lines are enough to recognise a delimiter; more only costs time.
_SNIFF_LINES = 60

REASON_NO_KEY = QT_TRANSLATE_NOOP("core", "row without a key")
# pylupdate5 needs the context and the text's start on one line.
# fmt: off
NOTE_NUMERIC_KEYS = QT_TRANSLATE_NOOP("core", "Some keys are stored as numbers in the workbook: "
                                              "leading zeros may be lost.")
# fmt: on


def read_file_bytes(path):
    path = Path(path)
    if not path.exists():
        raise CoreError(QT_TRANSLATE_NOOP("core", "The file {path} does not exist."), path=path)
    if path.is_dir():
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "{path} is a folder, not a table file."), path=path
        )
    try:
        return path.read_bytes()
    except OSError as error:
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "The file {path} cannot be read: {error}"),
            path=path,
            error=error.strerror or error,
        ) from None


def decode_text(data, encoding=None):
    """The text of a file and the encoding it was read with.

    Without ``encoding``: UTF-16 with its BOM (Excel's "Unicode text"), UTF-8 (with or without
    BOM), else cp1252, the encoding of Windows exports; latin-1 as the last resort because it
    never fails.
    """
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise CoreError(
                QT_TRANSLATE_NOOP("core", "Unknown encoding '{encoding}'."), encoding=encoding
            ) from None
        except UnicodeDecodeError:
            raise CoreError(
                QT_TRANSLATE_NOOP("core", "The file is not written in the encoding '{encoding}'."),
                encoding=encoding,
            ) from None
        return text.removeprefix("\ufeff"), encoding
    if data.startswith(UTF16_BOMS):
        return data.decode("utf-16", errors="replace").removeprefix("\ufeff"), "utf-16"
    if data.startswith(_UTF8_BOM):
        return data[len(_UTF8_BOM) :].decode("utf-8", errors="replace"), "utf-8-sig"
    for candidate in ("utf-8", "cp1252"):
        try:
            return data.decode(candidate), candidate
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def read_text(path, encoding=None):
    """The text of a table file, after checking that it is one (file_content)."""
    data = read_file_bytes(path)
    if not (encoding or "").lower().replace("_", "-").startswith("utf-16"):
        check_text_table(data, path)
    return decode_text(data, encoding)


def detect_delimiter(text):
    """The delimiter that splits the first lines into the most consistent number of fields.

    A tie goes to the earlier entry of ``DELIMITERS``: ``;`` first, because German exports use
    it precisely because the comma is their decimal separator.
    """
    lines = [line for line in text.splitlines()[:_SNIFF_LINES] if line.strip()]
    best, best_score = None, None
    for delimiter in DELIMITERS:
        widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        if not widths or max(widths) < 2:
            continue
        width, frequency = Counter(widths).most_common(1)[0]
        score = (widths[0] == width, frequency / len(widths), width > 1)
        if best_score is None or score > best_score:
            best, best_score = delimiter, score
    return best or ";"


def csv_rows(text, delimiter):
    """``(line number, cells)`` of every record; the line number is where the record starts."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    start = 1
    try:
        for cells in reader:
            yield start, cells
            start = reader.line_num + 1
    except csv.Error:
        # What stops Python's csv module: a quoted field that runs past its size limit
        # because its closing quotation mark is missing, or a stray line break inside it.
        # fmt: off
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "From line {line} on the file cannot be read as a table: "
                                      "a quotation mark is never closed. Check the file in a "
                                      "text editor."),
            line=start,
        ) from None
        # fmt: on


def open_workbook(path, read_only):
    """openpyxl's workbook, else ``workbook_fallback``'s (GDAL's, in QGIS)."""
    check_workbook(read_file_bytes(path), path)
    opener = _openpyxl_workbook if requirements.openpyxl_usable() else workbook_fallback.opener
    if opener is None:
        # pylupdate5 needs the context and the text's start on one line.
        # fmt: off
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "Reading {path} needs openpyxl, which QGIS's Python "
                                      "lacks. Save the workbook as CSV."),
            path=Path(path).name,
        )
        # fmt: on
    try:
        return opener(path, read_only)
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        # check_workbook saw a ZIP: what cannot be opened is a damaged or truncated workbook.
        raise CoreError(DAMAGED_WORKBOOK, path=Path(path).name) from error
    except OSError as error:
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "{path} cannot be read as an Excel workbook: {error}"),
            path=path,
            error=error,
        ) from None


def _openpyxl_workbook(path, read_only):
    import openpyxl  # imported on use: only XLSX readers need it

    return openpyxl.load_workbook(path, read_only=read_only, data_only=True)


def pick_sheet(workbook, sheet):
    if sheet is None:
        return workbook.worksheets[0]
    if isinstance(sheet, int) and 0 <= sheet < len(workbook.worksheets):
        return workbook.worksheets[sheet]
    if sheet in workbook.sheetnames:
        return workbook[sheet]
    raise CoreError(
        QT_TRANSLATE_NOOP("core", "The workbook has no sheet '{sheet}'. Its sheets are: {sheets}."),
        sheet=sheet,
        sheets=", ".join(workbook.sheetnames),
    )


def sheet_rows(worksheet):
    """``(row number, cell values)`` of a worksheet, empty trailing cells dropped."""
    for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
        values = list(values)
        while values and values[-1] in (None, ""):
            values.pop()
        yield number, values


def cell_text(value):
    """A cell as text: whole numbers without ``.0``, blanks as ``""``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def row_text(cells):
    """A row as one line of text, for the report of skipped rows."""
    return " | ".join(text for text in map(cell_text, cells) if text)


def indicator_and_year(column_name):
    """``"Industriequote (2017)"`` → ``("Industriequote", 2017)``; other names have no year."""
    match = _YEAR_SUFFIX.match(column_name)
    if match:
        return match.group(1), int(match.group(2))
    return column_name, None


_GERMAN_ONLY = re.compile(
    r"^[+-]?\d+(?:\.\d{3})*,(?:\d{1,2}|\d{4,})$|^[+-]?\d{1,3}(?:\.\d{3})+,\d+$"
)
_ENGLISH_ONLY = re.compile(
    r"^[+-]?\d+(?:,\d{3})*\.(?:\d{1,2}|\d{4,})$|^[+-]?\d{1,3}(?:,\d{3})+\.\d+$"
)


def detect_decimal(cells, delimiter):
    """``","`` or ``"."``, decided by the cells only one notation can read.

    ``1.234`` or ``1,234`` could be either; ``12,5`` or ``1.234,5`` only German, ``42.5`` only
    English. Without evidence a ``,``-separated file is English, anything else German.
    """
    votes = Counter()
    for cell in cells:
        if isinstance(cell, str):
            text = cell.strip()
            if _GERMAN_ONLY.match(text):
                votes[","] += 1
            elif _ENGLISH_ONLY.match(text):
                votes["."] += 1
    if votes[","] != votes["."]:
        return "," if votes[","] > votes["."] else "."
    return "." if delimiter == "," else ","


def find_column(names, wanted):
    """Index of a column by its name; case and surrounding blanks are forgiven."""
    wanted = str(wanted).strip()
    for candidates, target in (
        (names, wanted),
        ([name.casefold() for name in names], wanted.casefold()),
    ):
        if target in candidates:
            return candidates.index(target)
    # pylupdate5 needs the context and the text's start on one line.
    # fmt: off
    raise CoreError(
        QT_TRANSLATE_NOOP("core", "The table has no column '{column}'. "
                                  "Its columns are: {columns}."),
        column=wanted,
        columns=", ".join(names),
    )
    # fmt: on


def _unique_names(header):
    seen = Counter()
    names = []
    for position, raw in enumerate(header, start=1):
        name = cell_text(raw) or f"#{position}"
        seen[name] += 1
        names.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return names


# Cells per column that decide its kind and the decimal separator: enough to see the
# notation, few enough that a table of 10,000 rows is not parsed twice.
SAMPLE_CELLS = 1000


def _looks_numeric(cells, decimal):
    """Whether a column holds numbers: at least half of its filled cells read as a number or
    an official special character, and at least one is a number. Judged on a sample of the
    column; every cell is parsed later anyway, with its problems counted."""
    reasons = [parse_number(cell, decimal).reason for cell in cells]
    filled = [reason for reason in reasons if reason != REASON_EMPTY]
    numbers = filled.count(None)
    return numbers > 0 and len(filled) - filled.count(REASON_NOT_A_NUMBER) >= 0.5 * len(filled)


def cell_at(cells, index):
    return cells[index] if index is not None and index < len(cells) else None


def _table_rows(path, delimiter, encoding, sheet):
    """Header, body ``(row number, cells)``, and how the file was read."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xls":
        raise CoreError(OLD_EXCEL, path=Path(path).name)
    if suffix in EXCEL_SUFFIXES:
        workbook = open_workbook(path, read_only=True)
        try:
            rows = list(sheet_rows(pick_sheet(workbook, sheet)))
        finally:
            workbook.close()
        encoding = delimiter = None
    else:
        text, encoding = read_text(path, encoding)
        delimiter = delimiter or detect_delimiter(text)
        rows = list(csv_rows(text, delimiter))
    rows = [(number, cells) for number, cells in rows if any(cell_text(c) for c in cells)]
    if not rows:
        raise CoreError(QT_TRANSLATE_NOOP("core", "The file {path} holds no table."), path=path)
    if len(rows) == 1:
        # fmt: off
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "The table {path} has only a header line ({columns}) and "
                                      "no data rows."),
            path=Path(path).name,
            columns=", ".join(map(cell_text, rows[0][1])),
        )
        # fmt: on
    return rows[0][1], rows[1:], encoding, delimiter


def sheet_names(path):
    workbook = open_workbook(path, read_only=True)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def table_columns(path, delimiter=None, encoding=None, sheet=None):
    """The column names of a table file, after the same checks as reading it."""
    header, _body, _encoding, _delimiter = _table_rows(path, delimiter, encoding, sheet)
    return _unique_names(header)


def _find_column_on_sheet(path, sheet, names, wanted):
    """``find_column``, whose error names the workbook's other sheets: the data a user looks
    for is often on another sheet than the first."""
    try:
        return find_column(names, wanted)
    except CoreError:
        sheets = sheet_names(path) if Path(path).suffix.lower() in EXCEL_SUFFIXES else []
        if len(sheets) < 2:
            raise
        # fmt: off
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "The sheet '{sheet}' has no column '{column}' (its columns: "
                                      "{columns}). The workbook's sheets are: {sheets}; choose "
                                      "the sheet that holds the table."),
            sheet=sheet if sheet is not None else sheets[0],
            column=wanted,
            columns=", ".join(names),
            sheets=", ".join(sheets),
        ) from None
        # fmt: on


def read_generic(
    path,
    key_column,
    value_columns=None,
    name_column=None,
    delimiter=None,
    decimal=None,
    encoding=None,
    sheet=None,
):
    """Read a user's CSV or XLSX table into a ``StatisticsTable``.

    ``key_column`` names the column of area keys (required); ``value_columns`` the columns to
    read (default: every other column that holds numbers); ``name_column`` an optional column
    of area names. ``delimiter``, ``decimal`` (``","`` or ``"."``) and ``encoding`` are detected
    when None; ``sheet`` picks a worksheet of an XLSX file by name or index (default the first).
    """
    if not key_column:
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "Choose the column of the table that holds the area keys.")
        )
    header, body, encoding, delimiter = _table_rows(path, delimiter, encoding, sheet)
    names = _unique_names(header)
    key_index = _find_column_on_sheet(path, sheet, names, key_column)
    name_index = _find_column_on_sheet(path, sheet, names, name_column) if name_column else None

    def sample(index):
        """The first cells of a column: enough to judge its kind and notation."""
        return [cell_at(cells, index) for _, cells in body[:SAMPLE_CELLS]]

    others = [i for i in range(len(names)) if i not in (key_index, name_index)]
    if decimal is None:
        decimal = detect_decimal((cell for i in others for cell in sample(i)), delimiter)
    if value_columns is None:
        value_indexes = [i for i in others if _looks_numeric(sample(i), decimal)]
    else:
        wanted = [value_columns] if isinstance(value_columns, str) else value_columns
        value_indexes = [find_column(names, name) for name in wanted]
    if not value_indexes:
        # pylupdate5 needs the context and the text's start on one line.
        # fmt: off
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "No column besides the key holds numbers. "
                                      "Columns: {columns}."),
            columns=", ".join(names),
        )
        # fmt: on

    collector = TidyCollector(decimal)
    numeric_keys = False
    keyed = []  # (row number, key, name, cells) of the rows that have a key
    for number, cells in body:
        raw_key = cell_at(cells, key_index)
        numeric_keys |= isinstance(raw_key, (int, float))
        key = cell_text(raw_key)
        if not key:
            collector.skip(number, row_text(cells), REASON_NO_KEY)
            continue
        keyed.append((number, key, cell_text(cell_at(cells, name_index)) or None, cells))
    numbers = [number for number, _key, _name, _cells in keyed]
    keys = [key for _number, key, _name, _cells in keyed]
    area_names = [name for _number, _key, name, _cells in keyed]
    for index in value_indexes:
        indicator, year = indicator_and_year(names[index])
        cells = [cell_at(row_cells, index) for *_, row_cells in keyed]
        collector.add_column(numbers, keys, area_names, indicator, year, cells)
    notes = [Note(NOTE_NUMERIC_KEYS)] if numeric_keys else []
    return collector.table(
        [], "csv", encoding=encoding, delimiter=delimiter, decimal=decimal, notes=notes
    )
