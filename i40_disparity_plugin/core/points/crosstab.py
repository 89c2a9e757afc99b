"""Counts by two categorical fields, with row and column totals (the study's Table 2).

Categories appear in a given order first (also when nobody falls into them, so that a zero
cell such as Hessen's 5,000–15,000 stays visible), then the other values found, sorted, and
last the missing values (None, NaN, empty text) as one category "unbekannt"/"unknown":
they are counted, never dropped, so the grand total is the number of records.
Values are compared as text with surrounding blanks removed; a whole-number float such as
``2.0`` (how QGIS and pandas hand over integer columns with gaps) is read as ``2``.
"""

import math
from dataclasses import dataclass

from ..spreadsheet_csv import write_spreadsheet_csv

UNKNOWN = {"de": "unbekannt", "en": "unknown"}
TOTAL = {"de": "Summe", "en": "total"}


@dataclass(frozen=True)
class CrossTable:
    rows: tuple  # row categories, in display order
    columns: tuple  # column categories, in display order
    counts: tuple  # one tuple per row, one count per column

    @property
    def row_totals(self):
        return tuple(sum(row) for row in self.counts)

    @property
    def column_totals(self):
        return tuple(sum(column) for column in zip(*self.counts)) or tuple(0 for _ in self.columns)

    @property
    def total(self):
        return sum(self.row_totals)

    def count(self, row, column):
        return self.counts[self.rows.index(row)][self.columns.index(column)]


def category(value, unknown):
    """The text category of one value; ``unknown`` for missing values."""
    if value is None:
        return unknown
    if isinstance(value, float):
        if math.isnan(value):
            return unknown
        if value.is_integer():
            return str(int(value))
    text = str(value).strip()
    return text if text else unknown


def _ordered(found, order, unknown):
    order = [str(item).strip() for item in order or ()]
    listed = list(dict.fromkeys(item for item in order if item))
    others = sorted(set(found) - set(listed) - {unknown})
    missing = [unknown] if unknown in found and unknown not in listed else []
    return tuple(listed + others + missing)


def crosstab(row_values, column_values, row_order=None, column_order=None, language="de"):
    """Count the records by (row value, column value); see the module's rules on order."""
    unknown = UNKNOWN[language]
    row_categories = [category(value, unknown) for value in row_values]
    column_categories = [category(value, unknown) for value in column_values]
    if len(row_categories) != len(column_categories):
        raise ValueError("row and column values differ in length")
    rows = _ordered(set(row_categories), row_order, unknown)
    columns = _ordered(set(column_categories), column_order, unknown)
    row_position = {name: i for i, name in enumerate(rows)}
    column_position = {name: i for i, name in enumerate(columns)}
    counts = [[0] * len(columns) for _ in rows]
    for row, column in zip(row_categories, column_categories):
        counts[row_position[row]][column_position[column]] += 1
    return CrossTable(rows, columns, tuple(tuple(row) for row in counts))


def parse_order(text):
    """Categories from a parameter text: separated by ``;`` or new lines (not commas,
    which the English size classes "250–5,000" contain)."""
    return [part.strip() for part in (text or "").replace("\n", ";").split(";") if part.strip()]


def table_rows(table, language="de"):
    """The table as lines of cells, with a total column and a total row, no header."""
    lines = [
        [name, *counts, total]
        for name, counts, total in zip(table.rows, table.counts, table.row_totals)
    ]
    lines.append([TOTAL[language], *table.column_totals, table.total])
    return lines


def header(table, row_title, language="de"):
    """The heading of each column of ``table_rows``: the row title, the column categories and
    the total."""
    return [row_title, *table.columns, TOTAL[language]]


def field_names(table, row_title, language="de"):
    """The header as field names of a layer: a name that repeats an earlier one (ignoring
    case, as QGIS and GeoPackage compare field names) gets a suffix, ``_2``, ``_3`` …"""
    seen = {}
    names = []
    for name in header(table, row_title, language):
        key = name.lower()
        seen[key] = seen.get(key, 0) + 1
        names.append(name if seen[key] == 1 else f"{name}_{seen[key]}")
    return names


def write_csv(table, path, row_title, language="de"):
    """Write the table for spreadsheet users (see ``write_spreadsheet_csv``); counts are
    whole numbers, so no decimal separator arises."""
    write_spreadsheet_csv(path, header(table, row_title, language), table_rows(table, language))
