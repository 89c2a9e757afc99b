"""The tables a report shows, as the result tables' declarations describe them.

A table arrives as the plugin's algorithms wrote it, read back as field names and rows. Its
declaration (``core/<feature>/outputs.py``) says which columns it must have, which of them
are text, how many decimals each shows, its headings, and which it names in a note instead
(``in_report=False``). Read from a CSV file, every cell is text (``"8.57142857142857"``,
written by GDAL with a decimal point); the numeric columns are therefore converted here, the
text columns (keys such as ``01001``) never are.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace

from ..density.outputs import BAND_STATISTICS, BAND_SUMMARY
from ..indicators.outputs import JOIN_REPORT, side_name
from ..messages import QT_TRANSLATE_NOOP, CoreError
from ..number_format import format_number
from ..output_tables import INTEGER, TEXT, OutputTable, column
from ..points.outputs import CROSSTAB, DISTANCES, within_column, within_field

# The result tables a report shows, in its order; a table's name is its kind.
REPORT_TABLES = (BAND_SUMMARY, BAND_STATISTICS, CROSSTAB, DISTANCES, JOIN_REPORT)
KINDS = tuple(table.name for table in REPORT_TABLES)
_DECLARED = {table.name: table for table in REPORT_TABLES}
# Kinds the report takes several tables of (one per point layer or per join).
REPEATED_KINDS = frozenset({BAND_STATISTICS.name, DISTANCES.name, JOIN_REPORT.name})
# The note (a key of texts.TEXTS) that names the values of a kind's columns not shown; its
# placeholders are those columns' names.
HIDDEN_COLUMNS_NOTE = {BAND_STATISTICS.name: "iterations"}
# nearestfacility's radius columns, named by points/outputs.within_field: within_2_5km.
_WITHIN_FIELD = re.compile(r"^within_(\d+(?:_\d+)?)km$")


@dataclass(frozen=True)
class Source:
    """Where a table or map comes from: its layer or file and its metadata."""

    name: str
    file: str = ""
    title: str = ""
    abstract: str = ""
    rights: tuple = ()
    placements: tuple = ()  # core/points/placement.Placement of the points it was made from


@dataclass(frozen=True)
class ReportTable:
    output: OutputTable  # its declaration, with the columns shown in this run, in order
    source: Source
    rows: tuple  # tuples of cells: numbers (int/float), text or None
    notes: tuple = ()  # (key of TEXTS, parameters) shown under the table
    chart: bytes | None = field(default=None, compare=False)  # PNG

    @property
    def kind(self):
        return self.output.name

    @property
    def columns(self):
        return self.output.names

    def headings(self, language):
        return [column.heading(language) for column in self.output.columns]


def radius_column(name):
    """The declared column of a radius field such as ``within_2_5km``; None for other names."""
    match = _WITHIN_FIELD.match(name)
    if not match:
        return None
    km = float(match.group(1).replace("_", "."))
    return within_column(km) if within_field(km) == name else None


def report_table(kind, source, field_names, rows):
    """A table of ``kind`` from its field names and rows; a ``CoreError`` naming the table
    and what it lacks when it is not what that kind of output looks like."""
    field_names = list(field_names)
    declared = _run_declaration(kind, source, field_names)
    shown = tuple(c for c in declared.columns if c.in_report)
    hidden = tuple(c for c in declared.columns if not c.in_report)
    wanted = shown + hidden
    positions = [field_names.index(c.name) for c in wanted]
    converted = []
    for row in rows:
        cells = []
        for c, position in zip(wanted, positions):
            value = row[position]
            cells.append(_text(value) if c.is_text else _number(value, c.name, source))
        converted.append(tuple(cells))
    notes = ()
    if hidden and converted:
        values = dict(zip((c.name for c in hidden), converted[0][len(shown) :]))
        notes = ((HIDDEN_COLUMNS_NOTE[kind], values),)
    return ReportTable(
        replace(declared, columns=shown),
        source,
        tuple(row[: len(shown)] for row in converted),
        notes,
    )


def _run_declaration(kind, source, field_names):
    """The kind's declaration with the columns this table adds: a cross table's categories
    (headed by themselves), a distance summary's radii."""
    declared = _DECLARED[kind]
    if declared is CROSSTAB:
        if len(field_names) < 2:
            # pylupdate5 needs the context and the text's start on one line.
            # fmt: off
            raise CoreError(
                QT_TRANSLATE_NOOP("core", "The table '{table}' is not a cross table: it needs "
                                          "a column of row categories and at least a total "
                                          "column."),
                table=source.name,
            )
            # fmt: on
        rows_by, *counted = field_names
        categories = [column(name, INTEGER, name, name) for name in counted]
        return declared.with_columns(column(rows_by, TEXT, rows_by, rows_by), *categories)
    missing = [name for name in declared.names if name not in field_names]
    if missing:
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "The table '{table}' lacks the columns {columns}."),
            table=source.name,
            columns=", ".join(missing),
        )
    if declared is DISTANCES:
        return declared.with_columns(*filter(None, map(radius_column, field_names)))
    return declared


def _text(value):
    return None if value is None else str(value)


def _number(value, column, source):
    """A number of a numeric column; CSV text is read as GDAL writes it (decimal point)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, (int, float)):
        number = value
    else:
        try:
            number = float(str(value).strip())
        except ValueError:
            # fmt: off
            raise CoreError(
                QT_TRANSLATE_NOOP("core", "The column '{column}' of the table '{table}' holds "
                                          "'{value}', not a number."),
                column=column,
                table=source.name,
                value=value,
            ) from None
            # fmt: on
    if isinstance(number, float):
        if math.isnan(number):
            return None
        if number.is_integer() and abs(number) < 2**53:
            return int(number)
    return number


def cell_text(value, language, decimals):
    """A cell as the report shows it: numbers in the language's format, '–' for no value."""
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    return format_number(value, language, decimals, fixed=True)


def shown_cells(table, language):
    """The cells of the table's rows as the report shows them (join sides in words)."""
    decimals = [column.decimals for column in table.output.columns]
    lines = []
    for row in table.rows:
        cells = [cell_text(value, language, d) for value, d in zip(row, decimals)]
        lines.append(with_side_named(table, cells, language))
    return lines


def with_side_named(table, cells, language):
    """A join report's side ('layer'/'table', as joinindicators writes it) in words."""
    if table.kind == JOIN_REPORT.name:
        position = table.columns.index("side")
        cells[position] = side_name(cells[position], language)
    return cells
