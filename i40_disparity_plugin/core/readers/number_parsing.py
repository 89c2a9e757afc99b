"""Numbers as German official statistics write them, with their special characters.

The special characters and their meanings follow the "Zeichenerklärung" of the statistical
offices (GENESIS-Online, Regionaldatenbank Deutschland):

- ``-``  nichts vorhanden (genau null): the value is exactly 0. The en dash ``–`` is read alike,
  because exports pasted through office software turn the hyphen into one.
- ``.``  Zahlenwert unbekannt oder geheim zu halten: unknown or kept secret.
- ``...`` Angabe fällt später an: not yet available (also the ellipsis character ``…``).
- ``x``  Tabellenfach gesperrt, weil Aussage nicht sinnvoll: not meaningful.
- ``/``  keine Angaben, da Zahlenwert nicht sicher genug: too uncertain to publish.
- ``( )`` around a number: Aussagewert eingeschränkt, the value is kept but of limited
  reliability.
- ``0``  less than half of the smallest unit shown, but more than nothing: an ordinary number.

GENESIS quality marks after a number are kept as ``quality``: ``p`` vorläufige Zahl
(provisional), ``r`` berichtigte Zahl (revised), ``s`` geschätzte Zahl (estimated) and ``e``
endgültige Zahl (final — not "estimated", a common misreading).

Unknown values never become 0: they give ``value`` None and a ``reason``.
"""

from __future__ import annotations

import math
import numbers
import re
from dataclasses import dataclass
from itertools import repeat

from ..messages import QT_TRANSLATE_NOOP

REASON_EMPTY = QT_TRANSLATE_NOOP("core", "empty cell")
REASON_UNKNOWN_OR_SECRET = QT_TRANSLATE_NOOP("core", "unknown or kept secret ('.')")
REASON_NOT_YET_AVAILABLE = QT_TRANSLATE_NOOP("core", "not yet available ('...')")
REASON_NOT_MEANINGFUL = QT_TRANSLATE_NOOP("core", "not meaningful, cell blocked ('x')")
REASON_TOO_UNCERTAIN = QT_TRANSLATE_NOOP("core", "too uncertain to publish ('/')")
REASON_NOT_A_NUMBER = QT_TRANSLATE_NOOP("core", "not a number")

DECIMAL_SEPARATORS = (",", ".")

_UNKNOWN_MARKS = {
    ".": REASON_UNKNOWN_OR_SECRET,
    "...": REASON_NOT_YET_AVAILABLE,
    "…": REASON_NOT_YET_AVAILABLE,
    "x": REASON_NOT_MEANINGFUL,
    "X": REASON_NOT_MEANINGFUL,
    "/": REASON_TOO_UNCERTAIN,
}
_ZERO_MARKS = ("-", "–")
# Quality marks after a value (vorläufig, berichtigt, geschätzt, endgültig): the value counts.
_QUALITY_SUFFIX = re.compile(r"^(.*[\d)])\s*([prse])$")
# Thin and narrow no-break spaces group digits in typeset tables ("1 234 567").
_GROUPING_SPACES = " \u00a0\u2009\u202f"
# What parse_number strips around a cell.
_CELL_BLANKS = " \t\r\n\u00a0"


@dataclass(frozen=True)
class ParsedNumber:
    value: float | None
    reason: str | None
    from_dash: bool = False
    limited_reliability: bool = False
    quality: str | None = None


def _number_pattern(decimal):
    thousands = re.escape(("." if decimal == "," else ",") + _GROUPING_SPACES)
    return re.compile(
        rf"[+-]?(?:\d{{1,3}}(?:[{thousands}]\d{{3}})+|\d+)"
        rf"(?:{re.escape(decimal)}\d+)?(?:[eE][+-]?\d+)?"
    )


_NUMBER_PATTERNS = {decimal: _number_pattern(decimal) for decimal in DECIMAL_SEPARATORS}
# Most cells are plain numbers without grouping; these read in one step, which matters for
# tables of hundreds of thousands of cells. Everything else takes the full path below.
_SIMPLE_NUMBERS = {
    decimal: re.compile(rf"-?\d+(?:{re.escape(decimal)}\d+)?") for decimal in DECIMAL_SEPARATORS
}


def _plain_float(text, decimal):
    """The float of a written number, or None when it is not one in this notation."""
    text = text.replace("\u2212", "-")  # the typographic minus sign
    if not _NUMBER_PATTERNS[decimal].fullmatch(text):
        return None
    thousands = "." if decimal == "," else ","
    for separator in thousands + _GROUPING_SPACES:
        text = text.replace(separator, "")
    return float(text.replace(decimal, "."))


def _unknown(reason):
    return ParsedNumber(None, reason)


def parse_number(text, decimal=","):
    """Read one table cell: a number, an official special character, or a blank.

    ``decimal`` is the decimal separator, ``","`` (German, ``1.234,5``) or ``"."`` (English,
    ``1,234.5``); the other character is taken as the thousands separator. Numbers that are
    already numbers (from spreadsheet cells) are taken as they are.
    """
    if decimal not in DECIMAL_SEPARATORS:
        raise ValueError(f"decimal separator must be ',' or '.', not {decimal!r}")
    if type(text) is str:  # the common case first: the checks below cost more than parsing
        cell = text.strip(_CELL_BLANKS)
        if _SIMPLE_NUMBERS[decimal].fullmatch(cell):
            return ParsedNumber(float(cell.replace(decimal, ".")), None)
    if text is None:
        return _unknown(REASON_EMPTY)
    if isinstance(text, bool):
        return _unknown(REASON_NOT_A_NUMBER)
    if isinstance(text, numbers.Real):
        value = float(text)
        if math.isnan(value):
            return _unknown(REASON_EMPTY)
        return ParsedNumber(value, None) if math.isfinite(value) else _unknown(REASON_NOT_A_NUMBER)
    cell = str(text).strip(_CELL_BLANKS)
    if not cell:
        return _unknown(REASON_EMPTY)
    if cell in _ZERO_MARKS:
        return ParsedNumber(0.0, None, from_dash=True)
    if cell in _UNKNOWN_MARKS:
        return _unknown(_UNKNOWN_MARKS[cell])
    quality = None
    marked = _QUALITY_SUFFIX.match(cell)
    if marked:
        cell, quality = marked.group(1).rstrip(), marked.group(2)
    limited = cell.startswith("(") and cell.endswith(")")
    if limited:
        cell = cell[1:-1].strip()
    value = _plain_float(cell, decimal)
    if value is None or not math.isfinite(value):
        return _unknown(REASON_NOT_A_NUMBER)
    return ParsedNumber(value, None, limited_reliability=limited, quality=quality)


def plain_numbers(cells, decimal=","):
    """The cells of a column that are plain numbers (``12``, ``-3,5``), read all at once.

    Returns ``(values, plain)``: float values, NaN where ``plain`` (a boolean mask) is False.
    The rest (blanks, special characters, grouping, marks, spreadsheet numbers) is for
    ``parse_number``; the split only saves time on columns of many thousand cells.
    """
    import numpy as np  # only the column readers need it

    count = len(cells)
    match = _SIMPLE_NUMBERS[decimal].fullmatch
    values = np.full(count, np.nan)
    # Most cells are plain as they are: matched and converted without stripping, in loops
    # that run in C where every cell is text.
    try:
        plain = np.fromiter(map(bool, map(match, cells)), bool, count)
    except TypeError:  # a cell that is no text (a spreadsheet number, None)
        plain = np.fromiter(
            (isinstance(cell, str) and match(cell) is not None for cell in cells), bool, count
        )
    texts = np.asarray(cells, dtype=object)[plain] if count else []
    if decimal != ".":
        texts = map(str.replace, texts, repeat(decimal), repeat("."))
    values[plain] = np.fromiter(map(float, texts), float, int(plain.sum()))
    # The others once stripped, as parse_number strips them.
    for index in (~plain).nonzero()[0].tolist():
        cell = cells[index]
        if isinstance(cell, str):
            stripped = cell.strip(_CELL_BLANKS)
            if stripped != cell and match(stripped):
                plain[index] = True
                values[index] = float(stripped.replace(decimal, "."))
    return values, plain


class PlainNumbers:
    """A column of cells read by ``plain_numbers`` already: ``values`` and ``plain`` as it
    gives them, and the cells that are not plain (``positions`` and their ``texts``), for
    ``parse_number``. A reader that reads a big file in chunks converts each chunk into this
    instead of keeping millions of cells of text; ``column[index]`` is a cell that is not
    plain. ``TidyCollector.add_column`` writes the values of those cells into ``values``.
    """

    def __init__(self, values, plain, positions, texts, decimal):
        self.values = values
        self.plain = plain
        self.positions = positions
        self.texts = texts
        self.decimal = decimal

    def __len__(self):
        return len(self.values)

    def __getitem__(self, index):
        import numpy as np

        found = int(np.searchsorted(self.positions, index))
        if found == len(self.positions) or self.positions[found] != index:
            raise IndexError(f"cell {index} is plain: its value is in values")
        return self.texts[found]


class PlainNumbersBuilder:
    """``PlainNumbers`` of a column written chunk by chunk into arrays of ``capacity`` cells."""

    def __init__(self, capacity, decimal=","):
        import numpy as np

        self.decimal = decimal
        self.values = np.full(capacity, np.nan)
        self.plain = np.zeros(capacity, dtype=bool)
        self.count = 0
        self._positions, self._texts = [], []

    def add(self, cells):
        """Append ``cells`` (a sequence of text cells)."""
        import numpy as np

        start, end = self.count, self.count + len(cells)
        values, plain = plain_numbers(cells, self.decimal)
        self.values[start:end] = values
        self.plain[start:end] = plain
        others = np.flatnonzero(~plain)
        self._positions.append(others + start)
        self._texts.extend(cells[index] for index in others.tolist())
        self.count = end

    def build(self):
        import numpy as np

        positions = np.concatenate(self._positions) if self._positions else np.empty(0, int)
        return PlainNumbers(
            self.values[: self.count],
            self.plain[: self.count],
            positions,
            self._texts,
            self.decimal,
        )
