"""How a result table is declared: its columns once, for every place that shows them.

An algorithm builds its output fields from the declaration, a dock its table headers, a chart
its labels, the report its columns and the CSV its headings. Changing a column is therefore a
change in one declaration (the tables themselves are in each feature's ``outputs.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

# Column types, mapped to QGIS field types in gis/output_fields.py.
TEXT, INTEGER, BIG_INTEGER, REAL = "text", "integer", "big_integer", "real"

# Units as headings write them after the label, in parentheses.
UNITS = {
    "count": {"de": "Anzahl", "en": "number"},
    "points": {"de": "Punkte", "en": "points"},
    "percent": {"de": "%", "en": "%"},
    "km2": {"de": "km²", "en": "km²"},
    "km": {"de": "km", "en": "km"},
    "per_km2": {"de": "E/km²", "en": "inh./km²"},
    "ratio": {"de": "beobachtet/erwartet", "en": "observed/expected"},
}


@dataclass(frozen=True)
class Column:
    name: str  # the field name: part of the public contract, never translated
    type: str
    label: dict  # {"de": …, "en": …}, without the unit
    unit: str = ""  # a key of UNITS, or "" for none
    decimals: int = 0  # shown in docks and the report; files keep full precision
    in_report: bool = True  # False: the report names its value in a note instead

    def heading(self, language):
        """The label with its unit, as the report, the CSV and the docks head the column."""
        label = self.label[language]
        return f"{label} ({UNITS[self.unit][language]})" if self.unit else label

    @property
    def is_text(self):
        return self.type == TEXT


@dataclass(frozen=True)
class OutputTable:
    name: str  # the table's kind, and the key of its report section
    columns: tuple = ()
    title: dict | None = None  # the report section it feeds; None: not in the report
    csv_stem: dict | None = None  # the stem of its CSV file beside the report

    @property
    def names(self):
        return tuple(column.name for column in self.columns)

    def column(self, name):
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)

    def row(self, **values):
        """The values in the order of the columns. Every column must be given, and no other
        name, so that a written row cannot drift from its declaration."""
        if set(values) != set(self.names):
            raise KeyError(f"{self.name}: {sorted(set(values) ^ set(self.names))}")
        return tuple(values[name] for name in self.names)

    def with_columns(self, *extra):
        """The table with columns whose names depend on the run (e.g. one per radius)."""
        return OutputTable(self.name, self.columns + tuple(extra), self.title, self.csv_stem)


def column(name, type_, de, en, unit="", decimals=0, in_report=True):
    """A column in one line: ``column("n", INTEGER, "Anzahl", "Number")``."""
    return Column(name, type_, {"de": de, "en": en}, unit, decimals, in_report)
