"""The tidy statistics table every reader returns, and the parse report that explains it.

One row per area key × indicator × year. Keys stay text exactly as the file writes them
(stripped): ``01001`` keeps its zero, ``DG`` (Deutschland) and Land keys stay in; matching them
to areas is the join's business. Values that are unknown stay NaN with their reason in the
report, never 0; only the official ``-`` ("nothing there") becomes 0 and is counted.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .number_parsing import PlainNumbers, parse_number, plain_numbers

TIDY_COLUMNS = ("key", "name", "indicator", "year", "value", "unit", "source")
# A text column becomes codes (a Categorical) when its rows have a quarter as many texts at most.
REPEATS_FOR_CODES = 4


class Note(str):
    """A note of the parse report: reads as plain text, and keeps its marked, untranslated
    ``template`` and ``params`` (like ``CoreError``) so that the GUI can translate it."""

    def __new__(cls, template, **params):
        note = super().__new__(cls, template.format(**params))
        note.template = template
        note.params = params
        return note


@dataclass
class ValueProblem:
    """A cell that gave no number; ``row`` is the line (CSV) or row (XLSX) in the file."""

    row: int
    key: str
    indicator: str
    raw: str
    reason: str


@dataclass
class SkippedRow:
    """A row of the table body that carries no data: subtotal, footnote, title line …"""

    row: int
    text: str
    reason: str


@dataclass
class ParseReport:
    """What a reader found. ``rows_read`` counts the data rows that gave tidy values;
    ``values_converted`` the cells that became numbers (those from ``-`` included, and counted
    once more in ``zeros_from_dash``). ``notes`` are lines quoted from the file (``Stand: …``)
    or ``Note`` objects, which carry their marked template for translation."""

    table_format: str
    encoding: str | None
    delimiter: str | None
    decimal: str | None
    rows_read: int
    keys: int
    values_converted: int
    zeros_from_dash: int
    problems: list[ValueProblem]
    skipped: list[SkippedRow]
    notes: list[str]
    limited_reliability: int = 0
    quality_marks: dict[str, int] = field(default_factory=dict)

    def problem_counts(self):
        """Number of problem cells per reason, most frequent first."""
        return dict(Counter(problem.reason for problem in self.problems).most_common())

    def skipped_counts(self):
        """Number of skipped rows per reason, most frequent first."""
        return dict(Counter(row.reason for row in self.skipped).most_common())


@dataclass
class StatisticsTable:
    data: pd.DataFrame
    report: ParseReport
    attribution: list[str]

    def indicators(self):
        """The indicators in the order the file gives them."""
        return list(dict.fromkeys(self.data["indicator"]))


class TidyCollector:
    """Collects the cells of a table into tidy rows and counts what converted and what not.

    Every reader feeds its cells through ``add`` so that the parsing of numbers and the
    counting in the report are the same for all formats.
    """

    def __init__(self, decimal=","):
        self.decimal = decimal
        self.rows = []
        self.columns = []  # {tidy column: array} from add_column, after the rows from add
        self.problems = []
        self.skipped = []
        self.values_converted = 0
        self.zeros_from_dash = 0
        self.limited_reliability = 0
        self.quality_marks = Counter()
        self._rows_with_values = set()  # row numbers from add
        # Row numbers and keys of add_column, one array per distinct array given: the columns
        # of one table share theirs, and sets of millions of rows would cost seconds.
        self._column_rows = {}
        self._column_keys = {}

    def add(self, row, key, name, indicator, year, raw, unit="", source="", quality=None):
        """One cell; ``quality`` is a GENESIS quality mark given in a column of its own."""
        value = self._convert(row, key, indicator, raw, quality)
        self._rows_with_values.add(row)
        self.rows.append((key, name, indicator, year, value, unit or "", source or ""))

    def add_column(self, rows, keys, names, indicator, year, cells, unit="", source=""):
        """The cells of one indicator column at once; the same result as ``add`` per cell.

        ``rows``, ``keys``, ``names`` and ``cells`` are sequences of one length (lists or
        numpy arrays; ``cells`` may be ``PlainNumbers``, read in this decimal notation); the
        columns of one table may share the same ``rows``, ``keys`` and ``names``. Plain
        numbers convert as a whole column, the other cells one by one, so a table of millions
        of cells is read in a fraction of the time.
        """
        if isinstance(cells, PlainNumbers):
            if cells.decimal != self.decimal:
                raise ValueError(f"cells read with {cells.decimal!r}, not {self.decimal!r}")
            values, plain = cells.values, cells.plain  # its values are filled in here
        else:
            values, plain = plain_numbers(cells, self.decimal)
        self.values_converted += int(plain.sum())
        for index in (~plain).nonzero()[0].tolist():
            row = rows[index]
            row = row.item() if isinstance(row, np.generic) else row  # an int, not numpy's
            values[index] = self._convert(row, keys[index], indicator, cells[index])
        self._column_rows.setdefault(id(rows), rows)
        self._column_keys.setdefault(id(keys), keys)
        # One entry per tidy column: an array of the rows, or one value for all of them.
        self.columns.append(
            {
                "count": len(cells),
                "key": _objects(keys),
                "name": _objects(names),
                "indicator": indicator,
                "year": year,
                "value": values,
                "unit": unit or "",
                "source": source or "",
            }
        )

    def _convert(self, row, key, indicator, raw, quality=None):
        """The value of one cell, with what the report counts; NaN and a problem if unknown."""
        parsed = parse_number(raw, self.decimal)
        if parsed.value is None:
            text = "" if raw is None or (isinstance(raw, float) and math.isnan(raw)) else raw
            self.problems.append(ValueProblem(row, key, indicator, str(text), parsed.reason))
            return math.nan
        self.values_converted += 1
        self.zeros_from_dash += parsed.from_dash
        self.limited_reliability += parsed.limited_reliability
        if parsed.quality or quality:
            self.quality_marks[parsed.quality or quality] += 1
        return parsed.value

    def skip(self, row, text, reason):
        self.skipped.append(SkippedRow(row, text, reason))

    def frame(self):
        """The tidy DataFrame. Its text columns are plain Python objects on every pandas
        version, as categories where they repeat (see ``_texts``): a table of millions of
        rows repeats each key once per indicator and its indicator, unit and source on every
        row, and as codes that costs a byte or two per cell instead of a pointer of eight."""
        parts = list(self.columns)
        if self.rows or not parts:
            columns = list(zip(*self.rows)) if self.rows else [()] * len(TIDY_COLUMNS)
            key, name, indicator, year, value, unit, source = columns
            years = pd.array(year, dtype="Int64")
            parts.insert(
                0,
                {
                    "count": len(self.rows),
                    "key": _objects(key),
                    "name": _objects(name),
                    "indicator": _objects(indicator),
                    "year": (years.to_numpy(dtype=np.int64, na_value=0), years.isna()),
                    "value": np.asarray(value, dtype="float64"),
                    "unit": _objects(unit),
                    "source": _objects(source),
                },
            )
        # Each column is written once into an array of the table's length: a table of
        # millions of rows is neither concatenated nor consolidated by pandas again.
        total = sum(part["count"] for part in parts)
        data = {}
        for column in ("key", "name", "indicator", "unit", "source"):
            data[column] = pd.Series(_texts(parts, column, total), copy=False)
        year_values, year_missing = np.zeros(total, dtype=np.int64), np.ones(total, dtype=bool)
        start = 0
        for part in parts:
            end = start + part["count"]
            year = part["year"]
            if isinstance(year, tuple):  # the rows from add
                year_values[start:end], year_missing[start:end] = year
            elif year is not None:
                year_values[start:end], year_missing[start:end] = year, False
            start = end
        data["year"] = pd.arrays.IntegerArray(year_values, year_missing)
        data["value"] = pd.Series(_filled(parts, "value", np.empty(total, dtype="float64")))
        # In column order and without columns=, which makes pandas copy each column once.
        return pd.DataFrame({column: data[column] for column in TIDY_COLUMNS}, copy=False)

    def report(self, table_format, encoding=None, delimiter=None, decimal=None, notes=()):
        return ParseReport(
            table_format=table_format,
            encoding=encoding,
            delimiter=delimiter,
            decimal=decimal,
            rows_read=self._count_rows(),
            keys=self._count_keys(),
            values_converted=self.values_converted,
            zeros_from_dash=self.zeros_from_dash,
            problems=self.problems,
            skipped=self.skipped,
            notes=list(notes),
            limited_reliability=self.limited_reliability,
            quality_marks=dict(self.quality_marks),
        )

    def _count_rows(self):
        """How many distinct rows gave tidy values."""
        arrays = [np.asarray(rows, dtype=np.int64) for rows in self._column_rows.values()]
        if self._rows_with_values:
            arrays.append(np.fromiter(self._rows_with_values, dtype=np.int64))
        if not arrays:
            return 0
        rows = np.sort(np.concatenate(arrays))  # sorted already where one reader gave them
        return int(len(rows) > 0) + int(np.count_nonzero(rows[1:] != rows[:-1]))

    def _count_keys(self):
        """How many distinct keys the tidy rows have."""
        distinct = {row[0] for row in self.rows}
        for keys in self._column_keys.values():
            # A set is quicker than pandas' hash table here, and the keys keep their hashes.
            distinct.update(keys.tolist() if isinstance(keys, np.ndarray) else keys)
        return len(distinct)

    def table(self, attribution, table_format, **report_options):
        # The report first: its set of keys is gone before the frame is built.
        report = self.report(table_format, **report_options)
        return StatisticsTable(self.frame(), report, list(attribution))


def _objects(values):
    """``values`` as a numpy array of Python objects, without copying an object array."""
    if isinstance(values, np.ndarray) and values.dtype == object:
        return values
    array = np.empty(len(values), dtype=object)
    array[:] = list(values)
    return array


def _filled(parts, column, array):
    """``array`` with each part's ``column`` (its array, or its one value) in its place."""
    start = 0
    for part in parts:
        end = start + part["count"]
        # A text as the value of a slice is that one object in every cell.
        array[start:end] = part[column]
        start = end
    return array


def _repeats(texts, sample=50_000):
    """Whether the texts repeat enough for codes, judged from the first ``sample``: a table
    of grid cell ids shows its distinct keys at once, and factorising all would cost."""
    head = texts[:sample]
    return len(pd.unique(head)) * REPEATS_FOR_CODES <= len(head)


def _texts(parts, column, total):
    """Each part's ``column`` (an array, or one value for all its rows) as one column: a
    Categorical where texts repeat, else the texts as they are.

    Codes pay where each text comes many times (a Gemeinde's key in every grid cell, an
    indicator's unit on each of its rows); a column of mostly distinct texts (grid cell ids)
    keeps its objects, as codes would save little and checking millions of categories costs
    seconds. An array is factorised once however many parts share it (the key column of a
    wide table is shared by all its indicator columns); a missing value (None, NaN) has
    code -1.
    """
    uniques = []  # the distinct texts of each array and the one text of each part, in turn
    arrays = {}  # id(array) -> (its codes, where its texts start in uniques, how many)
    pieces = []  # per part: (codes, start, count) of its array, or (None, start or None, 1)
    for part in parts:
        values = part[column]
        if isinstance(values, np.ndarray):
            if id(values) not in arrays:
                if not _repeats(values):
                    return _filled(parts, column, np.empty(total, dtype=object))
                codes, found = pd.factorize(values)
                arrays[id(values)] = (codes, len(uniques), len(found))
                uniques.extend(found)
            pieces.append(arrays[id(values)])
        elif values is None or (isinstance(values, float) and math.isnan(values)):
            pieces.append((None, None, 1))
        else:
            pieces.append((None, len(uniques), 1))
            uniques.append(values)
    if len(uniques) * REPEATS_FOR_CODES > total:
        return _filled(parts, column, np.empty(total, dtype=object))
    if len(arrays) == 1 and len(uniques) == next(iter(arrays.values()))[2]:
        global_of, categories = np.arange(len(uniques)), _objects(uniques)  # distinct already
    else:  # a text may come from several arrays or parts
        global_of, categories = pd.factorize(_objects(uniques))
    codes = np.empty(total, dtype=np.int32)
    start = 0
    for part, (part_codes, first, count) in zip(parts, pieces):
        end = start + part["count"]
        if part_codes is None:
            codes[start:end] = -1 if first is None else global_of[first]
        else:
            # The array's code -1 (missing) picks the appended -1.
            mapping = np.append(global_of[first : first + count], -1)
            codes[start:end] = mapping[part_codes]
        start = end
    return pd.Categorical.from_codes(codes, pd.Index(categories, dtype=object))
