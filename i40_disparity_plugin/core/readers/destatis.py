"""The Destatis Gemeindeverzeichnis table of districts (``04-kreise.xlsx``).

"Kreisfreie Städte und Landkreise nach Fläche, Bevölkerung und Bevölkerungsdichte", sheet
"Kreisfreie Städte u. Landkreise": title rows, a header of merged cells over several rows
(``Schlüssel-nummer | Regionale Bezeichnung | Kreisfreie Stadt / Landkreis | NUTS3 |
Fläche in km² | Bevölkerung: insgesamt, männlich, weiblich, je km²``), often a row numbering
the columns, then Land rows (2-digit key), Regierungsbezirk and region rows (3 or 4 digits)
between the district rows (5 digits), and footnotes at the bottom.

Columns are found by their header words, not by position, because the editions differ in
their title rows. Only district rows give values: area, population (total, male, female) and
the table's own density; the other rows are reported as skipped with the reason. The year is
the reference date in the title rows (``31.12.2019``), or on the cover sheet.
"""

import re
from pathlib import Path

from ..messages import QT_TRANSLATE_NOOP, CoreError
from .generic import NOTE_NUMERIC_KEYS, cell_text, open_workbook, row_text
from .progress import Progress
from .statistics_table import Note, TidyCollector

AREA = "area_km2"
POPULATION = "population_total"
POPULATION_MALE = "population_male"
POPULATION_FEMALE = "population_female"
DENSITY = "population_density"
UNITS = {
    AREA: "km²",
    POPULATION: "Einwohner",
    POPULATION_MALE: "Einwohner",
    POPULATION_FEMALE: "Einwohner",
    DENSITY: "Einwohner je km²",
}
ATTRIBUTION = (
    "Statistisches Bundesamt (Destatis), Gemeindeverzeichnis-Informationssystem GV-ISys "
    "(dl-de/by-2-0)"
)

REASON_LAND = QT_TRANSLATE_NOOP("core", "Land (subtotal)")
REASON_REGION = QT_TRANSLATE_NOOP("core", "Regierungsbezirk or region (subtotal)")
REASON_TOTAL = QT_TRANSLATE_NOOP("core", "Germany (total)")
REASON_TEXT = QT_TRANSLATE_NOOP("core", "footnote or text")
NOTE_NO_YEAR = QT_TRANSLATE_NOOP("core", "The table names no reference date: year left empty.")

_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.(\d{4})\b")
_FOOTNOTE_MARK = re.compile(r"\s*\d+\)")
# How far down the header may start; the editions have two to six title rows.
_HEADER_SEARCH_ROWS = 25
_TOTAL_WORDS = ("deutschland", "insgesamt", "dg")


def _top_rows(worksheet):
    rows = worksheet.iter_rows(max_row=_HEADER_SEARCH_ROWS + 3, values_only=True)
    return [list(values) for values in rows]


def _district_sheets(workbook):
    """The sheets that hold the table: by name, else by their header."""
    named = [sheet for sheet in workbook.worksheets if "kreisfreie" in sheet.title.casefold()]
    return named or [
        sheet for sheet in workbook.worksheets if _header_start(_top_rows(sheet)) is not None
    ]


def looks_like_destatis_kreise(workbook):
    return bool(_district_sheets(workbook))


def _district_sheet(workbook, path):
    sheets = _district_sheets(workbook)
    if sheets:
        return sheets[0]
    # pylupdate5 needs the context and the text's start on one line.
    # fmt: off
    raise CoreError(
        QT_TRANSLATE_NOOP("core", "{path} is not the Destatis table of districts (04-kreise.xlsx): "
                                  "no sheet with the columns Schlüsselnummer, Fläche and "
                                  "Bevölkerung."),
        path=path,
    )
    # fmt: on


def _grid(worksheet):
    """Rows of cell values; a merged range repeats its value in every cell it covers, so that
    each column of a header sees the group heading above it."""
    rows = [list(values) for values in worksheet.iter_rows(values_only=True)]
    for merged in getattr(worksheet, "merged_cells", ()):
        value = rows[merged.min_row - 1][merged.min_col - 1]
        for row in range(merged.min_row - 1, merged.max_row):
            for column in range(merged.min_col - 1, merged.max_col):
                rows[row][column] = value
    return rows


def _header_start(grid):
    """The first header row: it starts the key column, and the area column is beside it."""
    for index, row in enumerate(grid[:_HEADER_SEARCH_ROWS]):
        if any(cell_text(value).casefold().startswith("schlüssel") for value in row):
            nearby = " ".join(
                cell_text(value) for near in grid[index : index + 3] for value in near
            )
            if "fläche" in nearby.casefold():
                return index
    return None


def _is_key(value):
    return isinstance(value, (int, float)) or bool(re.fullmatch(r"\d{2,5}", cell_text(value)))


def _is_numbering(row):
    """The row under the header that numbers the columns 1, 2, 3 …"""
    texts = [text for text in map(cell_text, row) if text]
    return len(texts) >= 3 and texts == [str(number) for number in range(1, len(texts) + 1)]


def _first(row):
    return row[0] if row else None


def _header_texts(grid, start):
    """The header of every column (its rows joined) and the index of the first body row."""
    end = start + 1
    while end < len(grid) and (_is_numbering(grid[end]) or not _is_key(_first(grid[end]))):
        end += 1
    width = max(len(row) for row in grid[start:end])
    texts = []
    for column in range(width):
        parts = []
        for row in grid[start:end]:
            text = _FOOTNOTE_MARK.sub("", cell_text(row[column] if column < len(row) else None))
            # The row numbering the columns (1, 2, 3 …) is no header text.
            if text and not text.isdigit() and text not in parts:
                parts.append(" ".join(text.replace("-\n", "").split()))
        texts.append(" ".join(parts).casefold())
    return texts, end


def _columns(texts, path):
    def first(*words, exclude=()):
        for index, text in enumerate(texts):
            if index not in exclude and all(word in text for word in words):
                return index
        return None

    key = first("schlüssel")
    kind = first("regionale bezeichnung")
    name = first("kreis", exclude={key, kind})
    male, female, density = first("männlich"), first("weiblich"), first("je km")
    columns = {
        AREA: first("fläche"),
        POPULATION: first("insgesamt", exclude={male, female, density}),
        POPULATION_MALE: male,
        POPULATION_FEMALE: female,
        DENSITY: density,
    }
    if key is None or columns[AREA] is None or columns[POPULATION] is None:
        # pylupdate5 needs the context and the text's start on one line.
        # fmt: off
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "{path}: the header lacks one of the columns "
                                      "Schlüsselnummer, Fläche, Bevölkerung insgesamt."),
            path=path,
        )
        # fmt: on
    return (
        key,
        name,
        {indicator: index for indicator, index in columns.items() if index is not None},
    )


def _year(grid, start, workbook):
    """The reference date's year: in the title rows, else on the cover sheet."""
    for row in grid[:start]:
        for value in row:
            match = _DATE.search(cell_text(value))
            if match:
                return int(match.group(1))
    cover = workbook.worksheets[0]
    for row in cover.iter_rows(max_row=60, values_only=True):
        for value in row:
            text = cell_text(value)
            match = _DATE.search(text)
            if match and "stand" in text.casefold():
                return int(match.group(1))
    return None


def _row_kind(key_value, name):
    """The district key of a row, or the reason why the row is no district."""
    key = cell_text(key_value)
    if isinstance(key_value, (int, float)):
        # A re-saved workbook may hold keys as numbers: a named row is a district, the
        # others are Länder (1–16) or Regierungsbezirke and regions (51, 811 …).
        if name:
            return key.zfill(5), None
        return None, REASON_LAND if int(key_value) <= 16 else REASON_REGION
    if re.fullmatch(r"\d{5}", key):
        return key, None
    if re.fullmatch(r"\d{2}", key):
        return None, REASON_LAND
    if re.fullmatch(r"\d{3,4}", key):
        return None, REASON_REGION
    if key.casefold() in _TOTAL_WORDS:
        return None, REASON_TOTAL
    return None, REASON_TEXT


def read_destatis_kreise(path, progress=None):
    """Read the Destatis district table; ``progress`` (``progress.py``) hears when it is done:
    the workbook has some 500 rows."""
    progress = Progress.of(progress, Path(path).name)
    workbook = open_workbook(path, read_only=False)
    worksheet = _district_sheet(workbook, path)
    grid = _grid(worksheet)
    start = _header_start(grid)
    if start is None:
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "{path}: no header with a column Schlüsselnummer found."),
            path=path,
        )
    texts, body_start = _header_texts(grid, start)
    key_index, name_index, columns = _columns(texts, path)
    year = _year(grid, start, workbook)

    collector = TidyCollector(",")
    numeric_keys = False
    for offset, row in enumerate(grid[body_start:]):
        number = body_start + offset + 1
        if not any(cell_text(value) for value in row) or _is_numbering(row):
            continue
        key_value = row[key_index] if key_index < len(row) else None
        name = (
            cell_text(row[name_index]) if name_index is not None and name_index < len(row) else ""
        )
        key, reason = _row_kind(key_value, name)
        numeric_keys |= isinstance(key_value, (int, float))
        if key is None:
            collector.skip(number, row_text(row), reason)
            continue
        for indicator, index in columns.items():
            raw = row[index] if index < len(row) else None
            collector.add(number, key, name or None, indicator, year, raw, unit=UNITS[indicator])
    notes = [Note(NOTE_NUMERIC_KEYS)] if numeric_keys else []
    if year is None:
        notes.append(Note(NOTE_NO_YEAR))
    table = collector.table(
        [ATTRIBUTION], "destatis_kreise", encoding=None, delimiter=None, decimal=",", notes=notes
    )
    progress.done()
    return table
