"""CSV exports of GENESIS databases: Regionaldatenbank Deutschland (regionalstatistik.de) and
GENESIS-Online (Destatis).

Two kinds of export are read, ``;``-separated, in cp1252 (older exports) or UTF-8 (with or
without BOM):

**Table CSV** (the download "CSV"), a printed table written out line by line::

    GENESIS-Tabelle: 12411-01-01-4              title lines; the last "Measure (unit)" line
    Bevölkerungsstand (Anzahl);;;;              names the measure and its unit
    ;;31.12.2015;31.12.2015;31.12.2015          header rows: their first cells are empty
    ;;Insgesamt;männlich;weiblich
    DG;Deutschland;82175684;40514123;41661561   data rows
    01001;      Flensburg, Kreisfreie Stadt;85942;42767;43175
    __________                                  footer: footnotes, source, "Stand: …"
    (C)opyright Statistische Ämter des Bundes und der Länder, 2016

Supported variants, all seen in published exports: the data rows may start with a time column
(``31.12.2015;01001;…`` or ``2015;01001;…``, the GENESIS layout since 2024), may carry further
row labels after the name (age groups, school types: they become part of the indicator), and
the header may have several rows, including rows of dates or years (→ ``year``), rows that
only repeat ``Stichtag``/``Jahr``, and a last row of units (``Anzahl``, ``%``, ``EUR`` …).
A lone year in the title lines (``2015;;;;``) is the year of the whole table. The indicator
is the measure followed by the column's header labels, e.g. ``Bevölkerungsstand: männlich``;
row labels are appended after a comma.

**Flat file CSV** (the download "CSV (flat)"/"ffcsv"): one value per line, with the columns
``Statistik_Code … 1_Merkmal_Code;1_Merkmal_Label;1_Auspraegung_Code;1_Auspraegung_Label …
BEV001__Bevoelkerungsstand__Anzahl`` (until 2024) or ``statistics_code … 1_variable_code …
1_variable_attribute_code … value;value_unit;value_variable_label`` (since 2024). The regional
variable (``KREISE``, ``DLAND``, ``GEMEIN`` …) gives key and name; the other variables' values
are appended to the indicator.

Keys are every official code (``DG``, Land ``01``, Regierungsbezirk ``051``, Kreis ``01001``,
Gemeinde ``03241001`` …), kept as text; rows without one are reported as skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..messages import QT_TRANSLATE_NOOP, CoreError
from .generic import csv_rows, read_text, row_text
from .number_parsing import REASON_EMPTY, REASON_NOT_A_NUMBER, parse_number
from .progress import Progress
from .statistics_table import TidyCollector

ATTRIBUTION_REGIONALSTATISTIK = (
    "Statistische Ämter des Bundes und der Länder, Regionaldatenbank Deutschland (dl-de/by-2-0)"
)
ATTRIBUTION_GENESIS_ONLINE = "Statistisches Bundesamt (Destatis), GENESIS-Online (dl-de/by-2-0)"
LICENCE = "dl-de/by-2-0"

_KEY = re.compile(r"^(?:DG|\d{2,12})$")
_DATE = re.compile(r"^\d{1,2}\.\d{1,2}\.(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_FOOTER_RULE = re.compile(r"^_{3,}")
_MEASURE = re.compile(r"^(.+?)\s*\(([^()]+)\)$")
_TABLE_CODE = re.compile(r"^(?:GENESIS-)?Tabelle:\s*(\S+)", re.IGNORECASE)
# GENESIS-Online (Destatis) codes look like 12411-0010; the Regionaldatenbank's 12411-01-01-4.
_GENESIS_ONLINE_CODE = re.compile(r"^\d{5}-\d{4}$")
_UNIT = re.compile(
    r"^(?:\d[\d.]*\s*)?(?:Tsd\.\s*|Mill\.\s*|Mio\.\s*|Mrd\.\s*)?"
    r"(?:Anzahl|%|Prozent|Promille|‰|EUR|Euro|€|qkm|km²|km2|ha|m²|m2|m³|m3|t|kg|dt|dt/ha|"
    r"Personen|Stunden|Tage|Jahre|MWh|GWh|kWh|TJ|Betten)$",
    re.IGNORECASE,
)
_TIME_WORDS = {
    "stichtag",
    "jahr",
    "jahre",
    "zeit",
    "monat",
    "monate",
    "quartal",
    "schuljahr",
    "berichtsjahr",
    "semester",
}
_REGIONAL_VARIABLES = {"DINSG", "DLAND", "REGBEZ", "KREISE", "GEMEIN", "GVBZ", "GEMVB"}

REASON_NO_AREA_KEY = QT_TRANSLATE_NOOP("core", "no official area key")


def _year_of(text):
    """The year of a date (``31.12.2019``) or of a year (``2019``), else None."""
    match = _DATE.match(text) or _YEAR.match(text)
    return int(match.group(1)) if match else None


def _is_value(cell):
    """A number or an official special character (not a blank, not text)."""
    return parse_number(cell).reason not in (REASON_EMPTY, REASON_NOT_A_NUMBER)


def _leading_empty(cells):
    count = 0
    while count < len(cells) and not cells[count].strip():
        count += 1
    return count


def _is_header_row(cells):
    return bool(cells) and not cells[0].strip() and any(cell.strip() for cell in cells)


def _is_data_row(cells):
    """A first cell, an area key among the first cells, and a value after it."""
    if not cells or not cells[0].strip():
        return False
    for position, cell in enumerate(cells[:4]):
        if _KEY.match(cell.strip()):
            return any(_is_value(later) for later in cells[position + 1 :])
    return False


def _is_unkeyed_data_row(cells):
    return bool(cells) and bool(cells[0].strip()) and any(_is_value(c) for c in cells[1:])


def _cell(cells, index):
    return cells[index].strip() if index < len(cells) else ""


@dataclass
class _Column:
    index: int
    indicator: str
    year: int | None
    unit: str


@dataclass
class _Layout:
    time: int | None
    key: int
    name: int | None
    row_labels: list[int]
    columns: list[_Column]


def _find_data_start(rows, path):
    for position, (_, cells) in enumerate(rows):
        if position and _is_data_row(cells) and _is_header_row(rows[position - 1][1]):
            return position
    # A table whose rows name their areas without codes cannot be joined: say so.
    if any(
        position and _is_header_row(rows[position - 1][1]) and _is_unkeyed_data_row(cells)
        for position, (_, cells) in enumerate(rows)
    ):
        raise _no_key_column(path)
    # pylupdate5 needs the context and the text's start on one line.
    # fmt: off
    raise CoreError(
        QT_TRANSLATE_NOOP("core", "{path} has no GENESIS table: no header row followed by rows "
                                  "with area keys and numbers was found."),
        path=path,
    )
    # fmt: on


def _title(rows):
    """Measure, its unit and the table's year from the title lines."""
    measure = unit = year = None
    for _, cells in rows:
        filled = [cell.strip() for cell in cells if cell.strip()]
        if len(filled) != 1:
            continue
        text = filled[0]
        match = _MEASURE.match(text)
        if match and _UNIT.match(match.group(2).strip()):
            measure, unit = match.group(1).strip(), match.group(2).strip()
        elif _year_of(text):
            year = _year_of(text)
    return measure, unit, year


def _header_row_kind(cells, value_indexes):
    values = [_cell(cells, index) for index in value_indexes]
    filled = [value for value in values if value]
    if filled and all(_year_of(value) for value in filled):
        return "year"
    if filled and all(value.casefold() in _TIME_WORDS for value in filled):
        return "time word"
    if filled and all(_UNIT.match(value) for value in filled):
        return "unit"
    return "label"


def _value_columns(header_rows, body, labels, measure, measure_unit, table_year):
    width = max(len(cells) for cells in [*header_rows, *body])
    indexes = [
        index
        for index in range(labels, width)
        if any(_cell(cells, index) for cells in [*header_rows, *body])
    ]
    kinds = [_header_row_kind(cells, indexes) for cells in header_rows]
    # Only the last header row is read as units: a label such as "Personen" higher up names
    # a group, not a unit.
    if "unit" in kinds[:-1]:
        kinds = ["label" if kind == "unit" else kind for kind in kinds[:-1]] + kinds[-1:]
    columns = []
    for index in indexes:
        parts, year, unit = [], table_year, measure_unit or ""
        for kind, cells in zip(kinds, header_rows):
            text = _cell(cells, index)
            if not text or kind == "time word":
                continue
            if kind == "year":
                year = _year_of(text)
            elif kind == "unit":
                unit = text
            elif not parts or parts[-1] != text:
                parts.append(text)
        label = ", ".join(parts)
        if measure and measure not in parts:
            label = f"{measure}: {label}" if label else measure
        columns.append(_Column(index, label or f"#{index + 1}", year, unit))
    return columns


def _no_key_column(path):
    # pylupdate5 needs the context and the text's start on one line.
    # fmt: off
    return CoreError(
        QT_TRANSLATE_NOOP("core", "{path} has no column of area keys. Export the table "
                                  "with the regional keys (codes), not only the names."),
        path=path,
    )
    # fmt: on


def _label_roles(body, labels, path):
    """Time, key, name and further label columns among the first ``labels`` columns."""
    time = key = None
    for index in range(labels):
        filled = [value for value in (_cell(cells, index) for cells in body) if value]
        if not filled:
            continue
        # Dates or years before the key are the time column (never the last label column).
        is_time = all(_year_of(value) for value in filled) and index + 1 < labels
        if time is None and is_time:
            time = index
            continue
        if sum(bool(_KEY.match(value)) for value in filled) * 2 >= len(filled):
            key = index
            break
    if key is None:
        raise _no_key_column(path)
    name = key + 1 if key + 1 < labels else None
    others = [index for index in range(labels) if index not in (time, key, name)]
    return time, key, name, others


def _footer_facts(rows):
    """Attribution lines and notes from the lines below the table."""
    notes, source = [], None
    for _, cells in rows:
        text = " ".join(" ".join(cells).split()).strip('"; ')
        if not text or _FOOTER_RULE.match(text):
            continue
        lowered = text.casefold()
        if source is None and (
            lowered.startswith(("(c)opyright", "©", "quelle"))
            or "statistische ämter" in lowered
            or "statistisches bundesamt" in lowered
        ):
            source = re.sub(r"^\(c\)opyright\s*", "© ", text, flags=re.IGNORECASE)
        elif lowered.startswith("stand"):
            notes.append(text)
    return source, notes


def _attribution(source, table_code):
    if source is None:
        online = table_code and _GENESIS_ONLINE_CODE.match(table_code)
        source = ATTRIBUTION_GENESIS_ONLINE if online else ATTRIBUTION_REGIONALSTATISTIK
    elif LICENCE not in source and "datenlizenz" not in source.casefold():
        # Both portals publish under the Datenlizenz Deutschland, which asks to be named.
        source = f"{source.rstrip('.')} ({LICENCE})"
    lines = [source]
    if table_code:
        lines.append(f"GENESIS-Tabelle {table_code}")
    return lines


def _table_code(rows):
    for _, cells in rows:
        match = _TABLE_CODE.match(_cell(cells, 0))
        if match:
            return match.group(1).rstrip(";")
    return None


def _read_table(rows, path):
    start = _find_data_start(rows, path)
    top = start
    while top > 0 and _is_header_row(rows[top - 1][1]):
        top -= 1
    header_rows = [cells for _, cells in rows[top:start]]
    titles = rows[:top]
    end = next(
        (i for i in range(start, len(rows)) if _FOOTER_RULE.match(_cell(rows[i][1], 0))),
        len(rows),
    )
    body = rows[start:end]
    labels = min(_leading_empty(cells) for cells in header_rows)
    measure, measure_unit, table_year = _title(titles)
    data_cells = [cells for _, cells in body if _is_data_row(cells)]
    time, key, name, others = _label_roles(data_cells, labels, path)
    columns = _value_columns(header_rows, data_cells, labels, measure, measure_unit, table_year)
    layout = _Layout(time, key, name, others, columns)

    collector = TidyCollector(",")
    for number, cells in body:
        if not any(cell.strip() for cell in cells):
            continue
        _add_row(collector, layout, number, cells)
    source, notes = _footer_facts(rows[end:])
    table_code = _table_code(titles)
    if table_code:
        notes.insert(0, f"GENESIS-Tabelle: {table_code}")
    return collector, _attribution(source, table_code), notes


def _add_row(collector, layout, number, cells):
    key = _cell(cells, layout.key)
    if not _KEY.match(key):
        collector.skip(number, row_text(cells), REASON_NO_AREA_KEY)
        return
    name = _cell(cells, layout.name) if layout.name is not None else ""
    qualifiers = [_cell(cells, index) for index in layout.row_labels if _cell(cells, index)]
    period = _cell(cells, layout.time) if layout.time is not None else ""
    row_year = _year_of(period) if period else None
    if period and row_year is None:
        qualifiers.append(period)
    for column in layout.columns:
        indicator = ", ".join([column.indicator, *qualifiers])
        year = row_year if row_year is not None else column.year
        raw = cells[column.index] if column.index < len(cells) else None
        collector.add(number, key, name or None, indicator, year, raw, unit=column.unit)


# --- flat file CSV -----------------------------------------------------------------------------

_FLAT_FIRST_COLUMNS = ("statistik_code", "statistics_code")


def is_flat_header(cells):
    return bool(cells) and cells[0].strip().casefold() in _FLAT_FIRST_COLUMNS


def _flat_variables(names):
    """Per variable number: (code column, attribute code column, attribute label column)."""
    lowered = [name.strip().casefold() for name in names]
    variables = {}
    for index, name in enumerate(lowered):
        match = re.match(r"^(\d+)_(merkmal_code|variable_code)$", name)
        if match:
            number = match.group(1)
            old = match.group(2) == "merkmal_code"
            code_name = f"{number}_auspraegung_code" if old else f"{number}_variable_attribute_code"
            label_name = (
                f"{number}_auspraegung_label" if old else f"{number}_variable_attribute_label"
            )
            if code_name in lowered and label_name in lowered:
                variables[number] = (index, lowered.index(code_name), lowered.index(label_name))
    return variables


def _flat_values(names):
    """Value columns: (index, label, unit, quality column index or None)."""
    lowered = [name.strip().casefold() for name in names]
    if "value" in lowered:
        unit = lowered.index("value_unit") if "value_unit" in lowered else None
        label = lowered.index("value_variable_label") if "value_variable_label" in lowered else None
        quality = lowered.index("value_q") if "value_q" in lowered else None
        return [(lowered.index("value"), label, unit, quality)]
    values = []
    for index, name in enumerate(names):
        parts = name.strip().split("__")
        if len(parts) == 3 and parts[2].casefold() != "q":
            quality_name = f"{parts[0]}__{parts[1]}__q".casefold()
            quality = lowered.index(quality_name) if quality_name in lowered else None
            values.append((index, parts[1].replace("_", " "), parts[2], quality))
    return values


def _regional_variable(variables, rows):
    for number, (code_index, attribute_index, _) in sorted(variables.items()):
        codes = {_cell(cells, code_index) for cells in rows}
        attributes = [_cell(cells, attribute_index) for cells in rows]
        if codes & _REGIONAL_VARIABLES or any(code.startswith("GEO") for code in codes):
            return number
        if attributes and all(_KEY.match(value) for value in attributes if value):
            return number
    return None


def _read_flat(rows, path):
    (_, names), body = rows[0], rows[1:]
    body = [(number, cells) for number, cells in body if any(cell.strip() for cell in cells)]
    lowered = [name.strip().casefold() for name in names]
    time_index = next((lowered.index(n) for n in ("zeit", "time") if n in lowered), None)
    variables = _flat_variables(names)
    values = _flat_values(names)
    regional = _regional_variable(variables, [cells for _, cells in body])
    if regional is None or not values:
        # pylupdate5 needs the context and the text's start on one line.
        # fmt: off
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "{path} is a GENESIS flat file without a regional "
                                      "variable (area keys) or without values."),
            path=path,
        )
        # fmt: on
    _, key_index, name_index = variables[regional]
    qualifier_indexes = [
        label for number, (_, _, label) in sorted(variables.items()) if number != regional
    ]
    collector = TidyCollector(",")
    for number, cells in body:
        key = _cell(cells, key_index)
        if not _KEY.match(key):
            collector.skip(number, row_text(cells), REASON_NO_AREA_KEY)
            continue
        period = _cell(cells, time_index) if time_index is not None else ""
        year = _year_of(period) if period else None
        qualifiers = [_cell(cells, index) for index in qualifier_indexes if _cell(cells, index)]
        if period and year is None:
            qualifiers.append(period)
        for value_index, label, unit, quality_index in values:
            label_text = _cell(cells, label) if isinstance(label, int) else label
            unit_text = _cell(cells, unit) if isinstance(unit, int) else unit
            indicator = label_text or names[value_index].strip()
            if qualifiers:
                indicator = f"{indicator}: {', '.join(qualifiers)}"
            quality = _cell(cells, quality_index) if quality_index is not None else None
            collector.add(
                number,
                key,
                _cell(cells, name_index) or None,
                indicator,
                year,
                cells[value_index] if value_index < len(cells) else None,
                unit=unit_text or "",
                quality=quality if quality in ("p", "r", "s", "e") else None,
            )
    # A flat file names neither its portal nor its table; the Regionaldatenbank is the usual one.
    return collector, [ATTRIBUTION_REGIONALSTATISTIK], []


def looks_like_genesis(head, tail=()):
    """Whether the first rows (and the last ones) of a ``;``-split file are a GENESIS export:
    a flat file header, a ``Tabelle:`` title, or the footer rule after a header row that is
    followed by a row of area keys."""
    firsts = [_cell(cells, 0) for cells in head]
    if head and is_flat_header(head[0]):
        return True
    if any(_TABLE_CODE.match(first) for first in firsts[:3]):
        return True
    has_rule = any(_FOOTER_RULE.match(_cell(cells, 0)) for cells in [*head, *tail])
    header_then_keys = any(
        _is_header_row(above) and any(_KEY.match(cell.strip()) for cell in row[:2])
        for above, row in zip(head, head[1:])
    )
    return has_rule and header_then_keys


def read_genesis(path, encoding=None, progress=None):
    """Read a GENESIS export; ``progress`` hears how far and may cancel (``progress.py``)."""
    progress = Progress.of(progress, Path(path).name)
    text, encoding = read_text(path, encoding)
    rows = csv_rows(text, ";", progress.part(0, 0.6))
    filled = [(n, cells) for n, cells in rows if any(c.strip() for c in cells)]
    if filled and is_flat_header(filled[0][1]):
        collector, attribution, notes = _read_flat(filled, path)
    else:
        collector, attribution, notes = _read_table(filled, path)
    table = collector.table(
        attribution, "genesis", encoding=encoding, delimiter=";", decimal=",", notes=notes
    )
    progress.done()
    return table
