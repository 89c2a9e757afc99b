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

import pandas as pd

from .number_parsing import parse_number, plain_numbers

TIDY_COLUMNS = ("key", "name", "indicator", "year", "value", "unit", "source")


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
        self.columns = []  # DataFrames from add_column, after the rows from add
        self.problems = []
        self.skipped = []
        self.values_converted = 0
        self.zeros_from_dash = 0
        self.limited_reliability = 0
        self.quality_marks = Counter()
        self._rows_with_values = set()

    def add(self, row, key, name, indicator, year, raw, unit="", source="", quality=None):
        """One cell; ``quality`` is a GENESIS quality mark given in a column of its own."""
        value = self._convert(row, key, indicator, raw, quality)
        self._rows_with_values.add(row)
        self.rows.append((key, name, indicator, year, value, unit or "", source or ""))

    def add_column(self, rows, keys, names, indicator, year, cells, unit="", source=""):
        """The cells of one indicator column at once; the same result as ``add`` per cell.

        Plain numbers convert as a whole column, the other cells one by one, so a table of
        hundreds of thousands of cells is read in a fraction of the time.
        """
        values, plain = plain_numbers(cells, self.decimal)
        self.values_converted += int(plain.sum())
        for index in (~plain).nonzero()[0]:
            values[index] = self._convert(rows[index], keys[index], indicator, cells[index])
        self._rows_with_values.update(rows)
        count = len(cells)
        self.columns.append(
            pd.DataFrame(
                {
                    "key": pd.Series(keys, dtype=object),
                    "name": pd.Series(names, dtype=object),
                    "indicator": pd.Series([indicator] * count, dtype=object),
                    "year": pd.array([year] * count, dtype="Int64"),
                    "value": pd.Series(values, dtype="float64"),
                    "unit": pd.Series([unit or ""] * count, dtype=object),
                    "source": pd.Series([source or ""] * count, dtype=object),
                },
                columns=list(TIDY_COLUMNS),
            )
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
        """The tidy DataFrame; text columns are plain Python objects on every pandas version."""
        columns = list(zip(*self.rows)) if self.rows else [()] * len(TIDY_COLUMNS)
        key, name, indicator, year, value, unit, source = columns
        rows = pd.DataFrame(
            {
                "key": pd.Series(key, dtype=object),
                "name": pd.Series(name, dtype=object),
                "indicator": pd.Series(indicator, dtype=object),
                "year": pd.array(year, dtype="Int64"),
                "value": pd.Series(value, dtype="float64"),
                "unit": pd.Series(unit, dtype=object),
                "source": pd.Series(source, dtype=object),
            },
            columns=list(TIDY_COLUMNS),
        )
        if not self.columns:
            return rows
        return pd.concat([rows, *self.columns], ignore_index=True)

    def report(self, table_format, encoding=None, delimiter=None, decimal=None, notes=()):
        return ParseReport(
            table_format=table_format,
            encoding=encoding,
            delimiter=delimiter,
            decimal=decimal,
            rows_read=len(self._rows_with_values),
            keys=len({row[0] for row in self.rows}.union(*(set(c["key"]) for c in self.columns))),
            values_converted=self.values_converted,
            zeros_from_dash=self.zeros_from_dash,
            problems=self.problems,
            skipped=self.skipped,
            notes=list(notes),
            limited_reliability=self.limited_reliability,
            quality_marks=dict(self.quality_marks),
        )

    def table(self, attribution, table_format, **report_options):
        return StatisticsTable(
            self.frame(), self.report(table_format, **report_options), list(attribution)
        )
