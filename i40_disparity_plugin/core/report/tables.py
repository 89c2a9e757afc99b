"""The tables a report shows: which columns each kind needs, how its numbers are written.

A table arrives as the plugin's algorithms wrote it, read back as field names and rows.
Read from a CSV file, every cell is text (``"8.57142857142857"``, written by GDAL with a
decimal point); the numeric columns are therefore converted here, the text columns (keys
such as ``01001``) never are.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..messages import QT_TRANSLATE_NOOP, CoreError
from ..number_format import format_number
from ..spreadsheet_csv import write_spreadsheet_csv
from .texts import CSV_STEMS, HEADINGS, TEXTS

KINDS = ("density", "band_statistics", "crosstab", "distances", "join")
WITHIN_FIELD = re.compile(r"^within_(\d+(?:_\d+)?)km$")  # nearestfacility's radius columns


@dataclass(frozen=True)
class TableSpec:
    required: tuple  # fields the table must have, shown in this order
    text_fields: tuple  # fields kept as text; all others are numbers
    decimals: dict  # decimals shown per field; 0 where not listed
    hidden: tuple = ()  # required, but shown as a note rather than as columns


SPECS = {
    "density": TableSpec(
        required=(
            "group",
            "band",
            "band_label",
            "n_areas",
            "population",
            "area_km2",
            "share_population",
            "share_areas",
            "share_area_km2",
        ),
        text_fields=("group", "band_label"),
        decimals={"area_km2": 1, "share_population": 1, "share_areas": 1, "share_area_km2": 1},
    ),
    "band_statistics": TableSpec(
        required=(
            "group",
            "band",
            "band_label",
            "points",
            "share",
            "cumulative_share",
            "population_share",
            "expected",
            "enrichment",
            "p_value",
            "iterations",
            "seed",
        ),
        text_fields=("group", "band_label"),
        decimals={
            "share": 1,
            "cumulative_share": 1,
            "population_share": 1,
            "expected": 1,
            "enrichment": 2,
            "p_value": 3,
        },
        hidden=("iterations", "seed"),
    ),
    # The crosstab's columns are its categories; the first holds the row categories.
    "crosstab": TableSpec(required=(), text_fields=(), decimals={}),
    # Plus one within_<km>km column per radius.
    "distances": TableSpec(
        required=("measure", "n", "median_km"),
        text_fields=("measure",),
        decimals={"median_km": 1},
    ),
    "join": TableSpec(
        required=("side", "key", "name", "reason", "detail"),
        text_fields=("side", "key", "name", "reason", "detail"),
        decimals={},
    ),
}


@dataclass(frozen=True)
class Source:
    """Where a table or map comes from: its layer or file and its metadata."""

    name: str
    file: str = ""
    title: str = ""
    abstract: str = ""
    rights: tuple = ()


@dataclass(frozen=True)
class ReportTable:
    kind: str
    source: Source
    columns: tuple  # field names shown, in order
    rows: tuple  # tuples of cells: numbers (int/float), text or None
    notes: tuple = ()  # (key of TEXTS, parameters) shown under the table
    chart: bytes | None = field(default=None, compare=False)  # PNG

    def heading(self, column, language):
        if self.kind == "crosstab":
            return column
        radius = WITHIN_FIELD.match(column)
        if radius:
            km = format_number(float(radius.group(1).replace("_", ".")), language)
            return HEADINGS["within"][language].format(km=km)
        return HEADINGS[column][language]

    def decimals(self, column):
        if WITHIN_FIELD.match(column):
            return 1
        return SPECS[self.kind].decimals.get(column, 0)


def report_table(kind, source, field_names, rows):
    """A table of ``kind`` from its field names and rows; a ``CoreError`` naming the table
    and what it lacks when it is not what that kind of output looks like."""
    spec = SPECS[kind]
    field_names = list(field_names)
    if kind == "crosstab":
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
        columns = tuple(field_names)
        text_fields = (field_names[0],)
    else:
        missing = [name for name in spec.required if name not in field_names]
        if missing:
            raise CoreError(
                QT_TRANSLATE_NOOP("core", "The table '{table}' lacks the columns {columns}."),
                table=source.name,
                columns=", ".join(missing),
            )
        columns = tuple(name for name in spec.required if name not in spec.hidden)
        if kind == "distances":
            columns += tuple(name for name in field_names if WITHIN_FIELD.match(name))
        text_fields = spec.text_fields
    wanted = columns + spec.hidden
    positions = [field_names.index(name) for name in wanted]
    converted = []
    for row in rows:
        cells = []
        for name, position in zip(wanted, positions):
            value = row[position]
            cells.append(_text(value) if name in text_fields else _number(value, name, source))
        converted.append(tuple(cells))
    notes = ()
    if spec.hidden and converted:
        hidden = dict(zip(spec.hidden, converted[0][len(columns) :]))
        notes = (("iterations", hidden),)
    return ReportTable(
        kind, source, columns, tuple(row[: len(columns)] for row in converted), notes
    )


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


def csv_cell(value, language):
    """A cell for the CSV file: numbers at full precision without thousands separators (so
    spreadsheets read them as numbers), a decimal comma in German; no value stays empty."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    text = repr(value) if isinstance(value, float) else str(value)
    return text.replace(".", ",") if language == "de" else text


def shown_cells(table, language):
    """The cells of the table's rows as the report shows them (join sides translated)."""
    decimals = [table.decimals(column) for column in table.columns]
    lines = []
    for row in table.rows:
        cells = [cell_text(value, language, d) for value, d in zip(row, decimals)]
        lines.append(_with_side_named(table, cells, language))
    return lines


def _with_side_named(table, cells, language):
    """A join report's side ('layer'/'table', as joinindicators writes it) in words."""
    if table.kind == "join" and cells:
        cells[0] = TEXTS[language].get(f"side_{cells[0]}", cells[0])
    return cells


def csv_names(tables, language):
    """A file name per table: numbered in report order, the kind's stem, a count on repeats."""
    totals = {kind: sum(t.kind == kind for t in tables) for kind in KINDS}
    seen = dict.fromkeys(KINDS, 0)
    names = []
    for number, table in enumerate(tables, start=1):
        seen[table.kind] += 1
        stem = CSV_STEMS[table.kind][language]
        if totals[table.kind] > 1:
            stem += f"_{seen[table.kind]}"
        names.append(f"{number:02d}_{stem}.csv")
    return names


_STEMS = "|".join(re.escape(stem) for stems in CSV_STEMS.values() for stem in stems.values())
_REPORT_CSV = re.compile(rf"^\d{{2}}_({_STEMS})(_\d+)?\.csv$")


def is_report_csv(name):
    """Whether a file name is one ``csv_names`` gives (so an earlier report wrote it)."""
    return bool(_REPORT_CSV.match(name))


def write_table_csv(table, path, language):
    """The table as a spreadsheet CSV: the report's headings, full-precision numbers."""
    rows = []
    for row in table.rows:
        rows.append(_with_side_named(table, [csv_cell(value, language) for value in row], language))
    write_spreadsheet_csv(path, [table.heading(c, language) for c in table.columns], rows)
