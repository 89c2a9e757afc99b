"""Any table a user brings (CSV or XLSX) with a key column and value columns.

Delimiter (``;``, ``,``, tab, ``|``), decimal separator and encoding (UTF-8 with or without BOM,
cp1252) are detected unless given. Keys are read as text, so ``01001`` stays ``01001``; a
column named like ``Industriequote (2017)`` gives the indicator ``Industriequote`` and the year
2017. Cells that give no number are counted with their reason, never turned into 0.

The file helpers here (reading bytes, decoding, finding the delimiter, reading a sheet) are
shared by the other readers.
"""

import codecs
import csv
import inspect
import io
import itertools
import re
import warnings
import zipfile
from collections import Counter
from pathlib import Path

import numpy as np

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
from .number_parsing import (
    REASON_EMPTY,
    REASON_NOT_A_NUMBER,
    PlainNumbersBuilder,
    parse_number,
)
from .progress import Progress
from .statistics_table import Note, TidyCollector

DELIMITERS = (";", ",", "\t", "|")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
_UTF8_BOM = b"\xef\xbb\xbf"
_YEAR_SUFFIX = re.compile(r"^(.*\S)\s*\((\d{4})\)$")
# How many lines are enough to recognise a delimiter; more only costs time.
_SNIFF_LINES = 60
# Lines handed to the csv module at a time: io.StringIO holds 4 bytes per character, so a
# whole file of 100 MB would cost 400 MB more.
_BLOCK_CHARACTERS = 1 << 20

REASON_NO_KEY = QT_TRANSLATE_NOOP("core", "row without a key")
# pylupdate5 needs the context and the text's start on one line.
# fmt: off
NOTE_NUMERIC_KEYS = QT_TRANSLATE_NOOP("core", "Some keys are stored as numbers in the workbook: "
                                              "leading zeros may be lost.")
NOTE_CODE_COLUMNS = QT_TRANSLATE_NOOP("core", "Not read as indicators, because they hold the code "
                                              "of a classification named in the column beside "
                                              "them: {columns}.")
# fmt: on
# How official exports name the column beside a classification's code (INKAR: ktyp4 and
# ktyp4_name, ROR11 and ROR11name, land and land_name).
_CODE_NAME_SUFFIXES = ("_name", "name", "_bez", "bez")


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


# Python's names of the encodings decode_text finds, as a spreadsheet program names them.
_ENCODING_NAMES = {
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
    "latin-1": "ISO-8859-1",
}


def encoding_name(encoding):
    """The name a reader knows an encoding by (``utf-8-sig`` -> ``UTF-8 (BOM)``)."""
    return _ENCODING_NAMES.get(encoding, encoding)


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
    lines = [line for line in _first_lines(text, _SNIFF_LINES) if line.strip()]
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


def _first_lines(text, count):
    """``text.splitlines()[:count]``, without splitting all of a long text."""
    size = 64 * 1024
    while True:
        lines = text[:size].splitlines()
        # More lines than asked for: the last one asked for ended inside the slice.
        if len(lines) > count or size >= len(text):
            return lines[:count]
        size *= 4


def _text_lines(text):
    """The lines of ``text`` as ``io.StringIO(text)`` gives them (each up to its line feed),
    a block at a time."""
    start, length = 0, len(text)
    while start < length:
        end = text.find("\n", start + _BLOCK_CHARACTERS)
        end = length if end < 0 else end + 1
        yield from io.StringIO(text[start:end])
        start = end


def _csv_records(text, delimiter):
    """``(first line, last line, cells)`` of every record of ``text``."""
    reader = csv.reader(_text_lines(text), delimiter=delimiter)
    start = 1
    try:
        for cells in reader:
            yield start, reader.line_num, cells
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


def csv_rows(text, delimiter, progress=None):
    """``(line number, cells)`` of every record; the line number is where the record starts.

    ``progress`` (see ``progress.py``) hears the share of the lines read."""
    progress = Progress.of(progress)
    lines = text.count("\n") + 1 if progress.callback else 0
    for count, (start, _end, cells) in enumerate(_csv_records(text, delimiter)):
        if lines and count % 8192 == 0:
            progress(start / lines)
        yield start, cells
    progress.done()


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


def sheet_rows(worksheet, progress=None):
    """``(row number, cell values)`` of a worksheet, empty trailing cells dropped.

    ``progress`` hears the share of the rows read, where the sheet states how many it has."""
    progress = Progress.of(progress)
    total = getattr(worksheet, "max_row", None) if progress.callback else None
    for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
        if total and number % 8192 == 0:
            progress(number / total)
        values = list(values)
        while values and values[-1] in (None, ""):
            values.pop()
        yield number, values
    progress.done()


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


def code_columns(names):
    """The columns that hold codes of a classification: numbers, but no indicator. They are
    known by the column of names beside them."""
    lowered = {name.casefold() for name in names}
    return [
        name
        for name in names
        if any((name + suffix).casefold() in lowered for suffix in _CODE_NAME_SUFFIXES)
    ]


# Cells per column that decide its kind and the decimal separator: enough to see the
# notation, few enough that a table of 10,000 rows is not parsed twice.
SAMPLE_CELLS = 1000
# Records pandas reads at a time: between two, the read reports progress and may be canceled.
CHUNK_ROWS = 100_000


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


def _filled(rows):
    """The rows that hold anything but blanks."""
    return ((number, cells) for number, cells in rows if any(cell_text(c) for c in cells))


def _check_table(path, rows):
    """Stop unless ``rows`` (the first filled rows, at least two if there are) are a table."""
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


def _worksheet_rows(path, sheet, progress=None):
    workbook = open_workbook(path, read_only=True)
    try:
        rows = list(_filled(sheet_rows(pick_sheet(workbook, sheet), progress)))
        if len(rows) < 2 and sheet is None and len(workbook.sheetnames) > 1:
            # Where the table is not on the first sheet, the sheets tell the user where to look.
            # fmt: off
            raise CoreError(
                QT_TRANSLATE_NOOP("core", "The first sheet ('{sheet}') of {path} holds no table. "
                                          "The workbook's sheets are: {sheets}. Move the table "
                                          "to the first sheet, or save its sheet as CSV."),
                path=Path(path).name,
                sheet=workbook.sheetnames[0],
                sheets=", ".join(workbook.sheetnames),
            )
            # fmt: on
        return rows
    finally:
        workbook.close()


def _table_rows(path, delimiter, encoding, sheet, progress=None):
    """Header, body ``(row number, cells)``, and how the file was read; ``progress`` (see
    ``progress.py``) hears the share of the rows read."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xls":
        raise CoreError(OLD_EXCEL, path=Path(path).name)
    if suffix in EXCEL_SUFFIXES:
        rows = _worksheet_rows(path, sheet, progress)
        encoding = delimiter = None
    else:
        text, encoding = read_text(path, encoding)
        delimiter = delimiter or detect_delimiter(text)
        rows = list(_filled(csv_rows(text, delimiter, progress)))
    _check_table(path, rows)
    return rows[0][1], rows[1:], encoding, delimiter


class _Columns:
    """The cells of a table that a reader uses, for the rows that have a key.

    ``numbers`` are the rows' line (CSV) or row (XLSX) numbers, ``keys`` their stripped keys,
    ``names`` their area names (None where blank), ``values`` one sequence of raw cells per
    value column asked for; ``skipped`` the ``(number, text)`` of the rows without a key that
    hold something else.
    """

    def __init__(self, numbers, keys, names, values, skipped, numeric_keys=False):
        self.numbers = numbers
        self.keys = keys
        self.names = names
        self.values = values
        self.skipped = skipped
        self.numeric_keys = numeric_keys


class _Rows:
    """A table read row by row (the csv module or a worksheet): ``header``, ``sample`` (the
    first ``SAMPLE_CELLS`` rows of the body), and ``body()``, every filled row after the
    header."""

    def __init__(self, header, sample, body, encoding, delimiter):
        self.header = header
        self.sample = sample
        self._body = body
        self.encoding = encoding
        self.delimiter = delimiter

    def body(self, progress):
        return self._body(progress) if callable(self._body) else self._body

    def columns(self, key_index, name_index, value_indexes, progress, decimal=","):
        numbers, keys, names, skipped = [], [], [], []
        values = [[] for _ in value_indexes]
        numeric_keys = False
        for number, cells in self.body(progress):
            raw_key = cell_at(cells, key_index)
            numeric_keys |= isinstance(raw_key, (int, float))
            key = cell_text(raw_key)
            if not key:
                skipped.append((number, row_text(cells)))
                continue
            numbers.append(number)
            keys.append(key)
            names.append(cell_text(cell_at(cells, name_index)) or None)
            for column, index in zip(values, value_indexes):
                column.append(cell_at(cells, index))
        progress.done()
        return _Columns(numbers, keys, names, values, skipped, numeric_keys)


def _streamed_rows(text, delimiter, head, encoding):
    """A CSV table whose body the csv module reads again when asked: only the cells used are
    kept, not every row of a file of millions."""

    def body(progress):
        return itertools.islice(_filled(csv_rows(text, delimiter, progress)), 1, None)

    return _Rows(head.rows[0][1], head.rows[1:], body, encoding, delimiter)


class _Head:
    """The first records of a CSV text, read with the csv module: the first ``1 +
    SAMPLE_CELLS`` filled ones (``rows``) and what the fast path needs to know of them."""

    def __init__(self, text, delimiter):
        self.rows = []
        self.complete = True  # the file has no filled row beyond ``rows``
        self.single_lines = True  # each record read so far lies on one line
        self.header_end = 0  # the line on which the header record ends
        for start, end, cells in _csv_records(text, delimiter):
            self.single_lines &= start == end
            if any(cell_text(c) for c in cells):
                if len(self.rows) > SAMPLE_CELLS:
                    self.complete = False
                    break
                self.rows.append((start, cells))
                if len(self.rows) == 1:
                    self.header_end = end


def _line_count(text):
    """The lines of ``text`` as the csv module and pandas count them (a line feed ends one)."""
    return text.count("\n") + (1 if text and not text.endswith("\n") else 0)


def _bare_carriage_returns(text):
    r"""Whether ``text`` holds a ``\r`` that is not part of ``\r\n``: the csv module and
    pandas do not split such (old Mac) lines alike."""
    return "\r" in text and text.count("\r") != text.count("\r\n")


def _pandas_reads_encodings():
    import pandas as pd

    return "encoding_errors" in inspect.signature(pd.read_csv).parameters


def _open_table(path, delimiter, encoding, sheet, progress):
    """The header and the first rows of a table, after the same checks as ``_table_rows``;
    its body is read when ``columns`` of it are asked for."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xls":
        raise CoreError(OLD_EXCEL, path=Path(path).name)
    if suffix in EXCEL_SUFFIXES:
        rows = _worksheet_rows(path, sheet, progress)
        _check_table(path, rows)
        return _Rows(rows[0][1], rows[1 : 1 + SAMPLE_CELLS], rows[1:], None, None)
    text, used_encoding = read_text(path, encoding)
    progress(0.8)
    delimiter = delimiter or detect_delimiter(text)
    head = _Head(text, delimiter)
    _check_table(path, head.rows)
    if head.complete:
        rows = head.rows
        return _Rows(rows[0][1], rows[1:], rows[1:], used_encoding, delimiter)
    if (
        head.single_lines
        and delimiter in DELIMITERS
        and not _bare_carriage_returns(text)
        and _pandas_reads_encodings()
    ):
        return _CsvColumns(path, encoding, used_encoding, delimiter, head, _line_count(text))
    return _streamed_rows(text, delimiter, head, used_encoding)


class _NotFast(Exception):
    """The file holds what the fast path does not read as the csv module does."""


class _CsvColumns:
    """A CSV table of more rows than its head, whose columns pandas' C parser reads.

    pandas reads only the columns used, as text exactly as the file writes them; the csv
    module has read the header and the first rows. Row numbers are line numbers, which
    pandas does not tell: they are its record numbers after the header, valid only when every
    record lies on one line. That is checked (records after the header plus the header's
    lines give the file's lines), and so is that pandas read the first rows as the csv module
    did; where either fails, or pandas cannot read the file, the csv module reads it all.
    """

    def __init__(self, path, encoding, used_encoding, delimiter, head, lines):
        self.path = path
        self._encoding = encoding  # as asked for: the csv module reads the file again with it
        self.encoding = used_encoding
        self.delimiter = delimiter
        self.header = head.rows[0][1]
        self.sample = head.rows[1 : 1 + SAMPLE_CELLS]
        self._header_end = head.header_end
        self._lines = lines

    def columns(self, key_index, name_index, value_indexes, progress, decimal=","):
        try:
            read = self._read(key_index, name_index, value_indexes, decimal, progress.part(0, 0.9))
        except _NotFast:
            text, _ = read_text(self.path, self._encoding)
            head = _Head(text, self.delimiter)
            rows = _streamed_rows(text, self.delimiter, head, self.encoding)
            return rows.columns(key_index, name_index, value_indexes, progress, decimal)
        numbers, keys, names, values, without_key = read
        skipped = [
            (number, row_text(row)) for number, row in self._rows_at(without_key) if row is not None
        ]
        progress.done()
        return _Columns(numbers, keys, names, values, skipped)

    def _read(self, key_index, name_index, value_indexes, decimal, progress):
        """Line numbers, keys, names and ``PlainNumbers`` per value column of the rows with
        a key, and the line numbers of those without."""
        usecols = sorted(
            {key_index, *([name_index] if name_index is not None else []), *value_indexes}
        )
        chunks = _Chunks(max(self._lines - self._header_end, 0), value_indexes, decimal)
        records = 0
        for chunk in self._chunks(usecols):
            cells = {index: chunk[index].to_numpy(dtype=object) for index in usecols}
            self._check_head(cells, usecols, records)
            if records == 0:  # the header line, read as the first record
                cells = {index: column[1:] for index, column in cells.items()}
            first_line = self._header_end + max(records, 1)
            chunks.add(first_line, cells[key_index], cells.get(name_index), cells)
            records += len(chunk)
            progress(records / max(self._lines - self._header_end + 1, 1))
        if self._header_end - 1 + records != self._lines:
            raise _NotFast()  # a quoted field with a line break: records are not lines
        return chunks.joined()

    def _chunks(self, usecols):
        """pandas' chunks of the records from the header line on (as text, "" for a cell a
        line lacks); ``_NotFast`` where pandas cannot read the file."""
        import pandas as pd

        codec = codecs.lookup(self.encoding).name
        try:
            # The header line is read too, as the first record: a first line that lacked a
            # column used would make pandas number the columns by another line. Longer and
            # shorter lines are fine with usecols: pandas cuts or fills them with "".
            reader = pd.read_csv(
                self.path,
                sep=self.delimiter,
                header=None,
                usecols=usecols,
                index_col=False,
                dtype=str,
                na_filter=False,
                keep_default_na=False,
                skip_blank_lines=False,
                skiprows=self._header_end - 1,
                quotechar='"',
                doublequote=True,
                # pandas' C parser reads UTF-8 bytes itself (a BOM stands on the header line,
                # where the csv module has read it); "replace" is what decode_text does where
                # it may not fail, and changes nothing where the file was decoded strictly.
                encoding="utf-8" if codec in ("utf-8", "utf-8-sig") else self.encoding,
                encoding_errors="replace",
                engine="c",
                chunksize=CHUNK_ROWS,
            )
            with reader, warnings.catch_warnings():
                # pandas 1.x warns of a stretch of lines that all lack the last column used
                # (pandas 2 refuses it: the csv module then reads the file).
                warnings.filterwarnings("ignore", "Defining usecols with out of bounds")
                yield from reader
        except CoreError:
            raise
        except (ValueError, OSError) as error:
            # ValueError covers pandas' ParserError (an unclosed quotation mark …) and
            # UnicodeDecodeError; the csv module names the problem.
            raise _NotFast() from error

    def _check_head(self, cells, usecols, first):
        """Stop unless pandas read the header and the first rows as the csv module did;
        ``cells`` are records ``first`` … (0 is the header line)."""
        count = len(cells[usecols[0]])
        for number, row in [(self._header_end, self.header), *self.sample]:
            position = number - self._header_end - first
            if not 0 <= position < count:
                continue
            for index in usecols:
                expected = cell_at(row, index)
                if cells[index][position] != ("" if expected is None else expected):
                    raise _NotFast()

    def _rows_at(self, numbers):
        """``(number, cells or None if blank)`` of the records on the lines ``numbers``
        (ascending), read again with the csv module."""
        if not numbers:
            return
        wanted = iter(numbers)
        target = next(wanted, None)
        text, _ = read_text(self.path, self._encoding)
        for number, line in enumerate(_text_lines(text), start=1):
            if target is None:
                break
            if number == target:
                cells = next(csv.reader([line], delimiter=self.delimiter), [])
                yield number, cells if any(cell_text(c) for c in cells) else None
                target = next(wanted, None)


def _stripped(cells):
    """``cell_text`` of each text cell: an object array."""
    return np.array([cell.strip() for cell in cells.tolist()] or [], dtype=object)


class _Chunks:
    """The used columns of a CSV table, gathered chunk by chunk into arrays of the table's
    size at most (``capacity`` rows): the value cells converted at once (``PlainNumbers``),
    so that the text of millions of cells is never all held, nor any column copied."""

    def __init__(self, capacity, value_indexes, decimal):
        self.capacity = capacity
        self.value_indexes = value_indexes
        self.count = 0
        self.numbers = np.zeros(capacity, dtype=np.int64)
        self.keys = np.empty(capacity, dtype=object)
        self.names = np.empty(capacity, dtype=object)
        self.values = [PlainNumbersBuilder(capacity, decimal) for _ in value_indexes]
        self.without_key = []
        # Keys and names repeat (a Gemeinde's key in every grid cell): one text each is kept
        # while most repeat; a table of distinct keys (grid cell ids) is not worth a dict.
        self._canonical = {"key": {}, "name": {}}
        self._rows = 0

    def add(self, first_line, key_cells, name_cells, cells):
        keys = self._shared("key", _stripped(key_cells))
        has_key = keys != ""
        lines = first_line + np.arange(len(keys))
        start, end = self.count, self.count + int(has_key.sum())
        if end > self.capacity:
            raise _NotFast()  # more records than lines: cannot be
        self.numbers[start:end] = lines[has_key]
        self.without_key.extend(lines[~has_key].tolist())
        self.keys[start:end] = keys[has_key]
        if name_cells is not None:
            names = self._shared("name", _stripped(name_cells))[has_key]
            names[names == ""] = None
            self.names[start:end] = names
        for column, index in zip(self.values, self.value_indexes):
            column.add(cells[index][has_key])
        self.count = end
        self._rows += len(keys)

    def _shared(self, kind, texts):
        canonical = self._canonical[kind]
        if canonical is None:
            return texts
        shared = np.array(list(map(canonical.setdefault, texts, texts)) or [], dtype=object)
        if len(canonical) > (self._rows + len(texts)) // 2:
            self._canonical[kind] = None
        return shared

    def joined(self):
        count = self.count
        return (
            self.numbers[:count],
            self.keys[:count],
            self.names[:count],
            [column.build() for column in self.values],
            self.without_key,
        )


def sheet_names(path):
    workbook = open_workbook(path, read_only=True)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def table_columns(path, delimiter=None, encoding=None, sheet=None):
    """The column names of a table file, after the same checks as reading it."""
    table = _open_table(path, delimiter, encoding, sheet, Progress())
    return _unique_names(table.header)


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
    progress=None,
):
    """Read a user's CSV or XLSX table into a ``StatisticsTable``.

    ``key_column`` names the column of area keys (required); ``value_columns`` the columns to
    read (default: every other column that holds numbers); ``name_column`` an optional column
    of area names. ``delimiter``, ``decimal`` (``","`` or ``"."``) and ``encoding`` are detected
    when None; ``sheet`` picks a worksheet of an XLSX file by name or index (default the first).
    ``progress`` hears how far the read is and may cancel it (see ``progress.py``).

    A CSV file longer than the rows that decide the columns' kinds is read by pandas' C
    parser, only the columns used (see ``_CsvColumns``): the same table and report as the
    csv module gives, in a fraction of the time and memory.
    """
    progress = Progress.of(progress, Path(path).name)
    if not key_column:
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "Choose the column of the table that holds the area keys.")
        )
    table = _open_table(path, delimiter, encoding, sheet, progress.part(0, 0.15))
    names = _unique_names(table.header)
    key_index = _find_column_on_sheet(path, sheet, names, key_column)
    name_index = _find_column_on_sheet(path, sheet, names, name_column) if name_column else None

    def sample(index):
        """The first cells of a column: enough to judge its kind and notation."""
        return [cell_at(cells, index) for _, cells in table.sample]

    others = [i for i in range(len(names)) if i not in (key_index, name_index)]
    codes = code_columns(names) if value_columns is None else []
    others = [i for i in others if names[i] not in codes]
    if decimal is None:
        decimal = detect_decimal((cell for i in others for cell in sample(i)), table.delimiter)
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

    columns = table.columns(key_index, name_index, value_indexes, progress.part(0.15, 0.7), decimal)
    collector = TidyCollector(decimal)
    for number, text in columns.skipped:
        collector.skip(number, text, REASON_NO_KEY)
    converting = progress.part(0.7, 0.95)
    for position, index in enumerate(value_indexes):
        indicator, year = indicator_and_year(names[index])
        cells = columns.values[position]
        columns.values[position] = None  # the raw cells are not needed once converted
        collector.add_column(columns.numbers, columns.keys, columns.names, indicator, year, cells)
        del cells
        converting((position + 1) / len(value_indexes))
    notes = [Note(NOTE_NUMERIC_KEYS)] if columns.numeric_keys else []
    if codes:
        notes.append(Note(NOTE_CODE_COLUMNS, columns=", ".join(codes)))
    result = collector.table(
        [], "csv", encoding=table.encoding, delimiter=table.delimiter, decimal=decimal, notes=notes
    )
    progress.done()
    return result
