"""Join a tidy statistics table to areas by their official keys, with an exact key report.

The table is the readers' tidy form: one row per (key, indicator, year) with the columns
``key, name, indicator, year, value, unit, source``. The areas are given as their raw key
values in feature order. Both sides' keys are normalised to the layer's level (``core.ags``),
so ``09662000``, ``9662`` and ``09662`` all meet ``09662``. Nothing is dropped silently: every
key that does not match, on either side, is listed with its reason.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..ags import (
    GERMANY_CODES,
    REASON_GERMANY,
    REASON_NOT_DIGITS,
    REASON_OTHER_LEVEL,
    AreaKey,
    normalise_key,
    reform_for,
)
from ..messages import QT_TRANSLATE_NOOP, CoreError
from ..text import fold_umlauts

TABLE_COLUMNS = ("key", "name", "indicator", "year", "value", "unit", "source")
_REQUIRED_COLUMNS = ("key", "indicator", "year", "value")
MAX_FIELD_NAME_LENGTH = 63  # PostgreSQL's limit, the tightest of the formats QGIS writes

REASON_NOT_IN_TABLE = QT_TRANSLATE_NOOP("core", "not in the table")
REASON_NOT_IN_LAYER = QT_TRANSLATE_NOOP("core", "not in the layer")
# The reform itself is named in UnmatchedKey.detail (Reform.description).
# pylupdate5 needs the context and the text's start on one line.
# fmt: off
REASON_REFORM_NOT_IN_TABLE = QT_TRANSLATE_NOOP("core", "not in the table: the district was "
                                                       "changed by a reform")
REASON_REFORM_NOT_IN_LAYER = QT_TRANSLATE_NOOP("core", "not in the layer: the district was "
                                                       "changed by a reform")
# fmt: on
# Table rows of another level than the layer's (ags.REASON_OTHER_LEVEL): reported, not joined.
_OTHER_LEVEL_REASONS = set(REASON_OTHER_LEVEL.values())
_NOT_DIGITS = AreaKey(None, None, REASON_NOT_DIGITS)

# fmt: off
MISSING_COLUMNS = QT_TRANSLATE_NOOP("core", "The statistics table lacks the columns {missing}; "
                                            "it has {columns}.")
NO_LAYER_KEYS = QT_TRANSLATE_NOOP("core", "None of the layer's key values is an area key "
                                          "(AGS/ARS), e.g. {examples}. Choose the key field.")
NO_TABLE_KEYS = QT_TRANSLATE_NOOP("core", "None of the table's keys is an area key (AGS/ARS), "
                                           "e.g. {examples}. Choose the table's key column.")
UNKNOWN_INDICATORS = QT_TRANSLATE_NOOP("core", "Unknown indicators: {unknown}. The table has: "
                                               "{available}.")
NO_INDICATORS = QT_TRANSLATE_NOOP("core", "The statistics table has no indicator values.")
YEAR_NOT_AVAILABLE = QT_TRANSLATE_NOOP("core", "'{indicator}' has no values for {year}; years "
                                               "with values: {years}.")
NOT_A_YEAR = QT_TRANSLATE_NOOP("core", "'{year}' is not a year.")
# fmt: on


@dataclass
class IndicatorColumn:
    """One output field. ``source`` (not part of the first contract) lists the table rows'
    sources for the layer's attribution, joined by "; "."""

    field_name: str
    indicator: str
    year: int | None
    unit: str
    alias: str
    source: str = ""


@dataclass
class UnmatchedKey:
    """A key of one ``side`` ("layer" or "table") that was not joined, and why.

    ``key`` is the normalised key where there is one (for other-level table rows: at its own
    level), else the raw value as text. ``reason`` and ``detail`` are marked, untranslated
    texts without placeholders; ``detail`` is "" or the reform's description (``ags.Reform``).
    """

    side: str
    key: str
    name: str | None
    reason: str
    detail: str = ""


@dataclass
class JoinReport:
    """What matched and what did not, each key listed.

    ``matched`` counts distinct layer keys found in the table (``matched_features`` the
    features that got them). ``unmatched`` lists keys valid at ``level`` without a partner,
    and the table's rows of other levels; ``invalid_keys`` lists values that are no area key
    at all (each distinct value once). Duplicate table keys are (key, indicator, year) whose
    rows disagree; the first row's value was used.
    """

    level: str
    matched: int
    unmatched: list[UnmatchedKey]
    duplicate_layer_keys: list[str]
    duplicate_table_keys: list[tuple[str, str, int | None]]
    invalid_keys: list[UnmatchedKey]
    layer_features: int = 0
    matched_features: int = 0

    # Lists, not counts: len() counts them and the items say which and why.
    @property
    def unmatched_layer(self):
        return [item for item in self.unmatched if item.side == "layer"]

    @property
    def unmatched_table(self):
        return [item for item in self.unmatched if item.side == "table"]

    @property
    def invalid_layer(self):
        return [item for item in self.invalid_keys if item.side == "layer"]

    @property
    def invalid_table(self):
        return [item for item in self.invalid_keys if item.side == "table"]


@dataclass
class JoinResult:
    """``values[i][j]``: feature i's value of ``columns[j]``; None is NULL (no value)."""

    columns: list[IndicatorColumn]
    values: list[list[float | None]]
    report: JoinReport = field(repr=False)


def slugify(text):
    """Lowercase ASCII: umlauts spelled out, accents dropped, anything else as one "_"."""
    text = fold_umlauts(str(text).lower())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def field_names_for(labels, reserved=()):
    """Unique field names for (indicator, year) pairs, none equal to a ``reserved`` name.

    Names are compared ignoring case (GeoPackage/SQLite columns are case-insensitive);
    a clash gets the suffix _2, _3, … and every name stays within MAX_FIELD_NAME_LENGTH.
    """
    taken = {name.lower() for name in reserved}
    names = []
    for indicator, year in labels:
        stem = slugify(indicator) or "indicator"
        if stem[0].isdigit():
            stem = "i_" + stem
        year_part = "" if year is None else f"_{year}"
        name = _fit(stem, year_part)
        number = 1
        while name in taken:
            number += 1
            name = _fit(stem, f"{year_part}_{number}")
        taken.add(name)
        names.append(name)
    return names


def _fit(stem, suffix):
    return stem[: MAX_FIELD_NAME_LENGTH - len(suffix)].rstrip("_") + suffix


def _alias(indicator, year, unit):
    text = indicator if year is None else f"{indicator} {year}"
    return f"{text} ({unit})" if unit else text


def _is_missing(value):
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def _raw_text(raw):
    return "" if _is_missing(raw) else str(raw).strip()


def _normalise_distinct(raw_values, level, known=None):
    """{raw: AreaKey} for the distinct values; missing values (None, NaN, pd.NA) share None.

    ``known``: AreaKeys of the same values at level None, reused where they are at ``level``.
    """
    keys = {}
    for raw in raw_values:
        # Missing values first: pd.NA cannot be compared, not even by a dict lookup.
        if type(raw) is not str and _is_missing(raw):
            keys[None] = normalise_key(None)
            continue
        if raw in keys:
            continue
        area = known.get(raw) if known is not None else None
        keys[raw] = area if area is not None and area.level == level else normalise_key(raw, level)
    return keys


def _area_of(areas, raw):
    return areas[None if _is_missing(raw) else raw]


def infer_level(layer_keys):
    """The level most of the layer's valid keys have (each feature counts once).

    Gemeinde- or ARS-length keys that all end in zeros after the Kreis part are Kreis keys
    written long (09662000): such a layer is joined at the Kreis level, where a kreisfreie
    Stadt's Gemeinde key and its Kreis key mean the same area.
    """
    return _infer_level(Counter(layer_keys))[0]


def _infer_level(counts):
    areas = _normalise_distinct(counts, None)
    levels = Counter()
    for raw, count in counts.items():
        area = _area_of(areas, raw)
        if area.is_valid:
            levels[area.level] += count
    if not levels:
        examples = ", ".join(repr(_raw_text(raw)) for raw in list(counts)[:3])
        raise CoreError(NO_LAYER_KEYS, examples=examples)
    level = levels.most_common(1)[0][0]
    if level in ("gemeinde", "ars"):
        long_keys = [area.key for area in areas.values() if area.level == level]
        if all(key[5:].count("0") == len(key) - 5 for key in long_keys):
            return "kreis", areas
    return level, areas


def join_indicators(
    layer_keys,
    table,
    indicators=None,
    year=None,
    level=None,
    *,
    layer_names=None,
    reserved_names=(),
):
    """Join ``table``'s indicators to the features whose raw keys are ``layer_keys``.

    ``indicators``: a subset of the table's indicator names (default all, in table order).
    ``year``: one year for all indicators; default, per indicator, the latest year with a
    value at the layer's level. ``level``: the layer's level (``ags.LEVELS``), default inferred.
    ``layer_names``: the features' names for the report; ``reserved_names``: field names the
    output already has (the input layer's), which the new fields must not take.
    """
    layer_keys = list(layer_keys)
    if layer_names is not None:
        layer_names = list(layer_names)
        # A name list of another length would give the report other features' names.
        if len(layer_names) != len(layer_keys):
            raise ValueError(f"{len(layer_names)} layer names for {len(layer_keys)} layer keys")
    known = None
    if level is None:
        level, known = _infer_level(Counter(layer_keys))
    else:
        normalise_key(None, level)  # an unknown level raises CoreError naming the levels
    _check_columns(table)

    layer_areas = _normalise_distinct(layer_keys, level, known)
    layer_key_of = [_area_of(layer_areas, raw).key for raw in layer_keys]

    coded = _CodedTable(table, level, layer_areas)
    coded.require_area_keys()
    selected = _selected_indicators(coded.indicators, indicators)
    coded.select(selected)
    years = _chosen_years(coded, selected, year)
    columns = _columns(coded, selected, years, reserved_names)
    matrix, duplicates = _value_matrix(coded, selected, years)

    row_of_key = {key: row for row, key in enumerate(coded.nkeys)}
    no_value_row = len(coded.nkeys)  # the matrix's last row is all NaN
    array = matrix[[row_of_key.get(key, no_value_row) for key in layer_key_of]]
    values = array.astype(object)
    values[np.isnan(array)] = None

    report = _report(level, layer_keys, layer_names, layer_areas, layer_key_of, coded)
    report.duplicate_table_keys = duplicates
    return JoinResult(columns=columns, values=values.tolist(), report=report)


def _check_columns(table):
    missing = [column for column in _REQUIRED_COLUMNS if column not in table.columns]
    if missing:
        raise CoreError(
            MISSING_COLUMNS, missing=", ".join(missing), columns=", ".join(map(str, table.columns))
        )


class _CodedTable:
    """The statistics table as integer codes per row, so that grouping stays in numpy.

    ``raw_id`` indexes ``raw_values`` (-1: key missing), ``nkey_id`` indexes ``nkeys`` (-1: no
    key at the layer's level), ``ind`` indexes ``indicators``; ``column`` is the output column
    of the row's indicator (-1: not selected). The keys are normalised once per distinct value.
    """

    def __init__(self, table, level, layer_areas):
        self.table = table
        self.raw_id, self.raw_values = _codes(table["key"])
        # Text keys written as in the layer were normalised already (type() keeps 1 and True
        # and "1" apart, which compare or hash alike).
        hopeless = _hopeless_texts(self.raw_values)
        self.areas = [
            _NOT_DIGITS
            if hopeless[i]
            else layer_areas[raw]
            if type(raw) is str and raw in layer_areas
            else normalise_key(raw, level)
            for i, raw in enumerate(self.raw_values)
        ]
        ids = {}
        nkey_of_raw = [ids.setdefault(a.key, len(ids)) if a.is_valid else -1 for a in self.areas]
        # One extra -1 at the end: raw_id -1 (a missing key) picks it.
        self.nkey_id = np.array([*nkey_of_raw, -1], dtype=np.int32)[self.raw_id]
        self.nkeys = list(ids)
        self.ind, self.indicators = _codes(table["indicator"])
        self.year = _floats(table["year"])
        self.value = _floats(table["value"])
        self.column = np.full(len(table), -1, dtype=np.int32)

    def require_area_keys(self):
        """Stop unless some key is an area key, of the layer's level or another: a table keyed
        by something else (grid cells, names) would only list each of its keys as unmatched."""
        if self.areas and not any(
            area.is_valid or area.reason in _OTHER_LEVEL_REASONS for area in self.areas
        ):
            examples = ", ".join(repr(_raw_text(raw)) for raw in self.raw_values[:3])
            raise CoreError(NO_TABLE_KEYS, examples=examples)

    def select(self, selected):
        column_of_ind = np.full(len(self.indicators) + 1, -1, dtype=np.int32)
        for column, indicator in enumerate(selected):
            column_of_ind[self.indicators.index(indicator)] = column
        self.column = column_of_ind[self.ind]
        self.selected = self.column >= 0
        self.at_level = self.selected & (self.nkey_id >= 0)

    def first_per_code(self, codes_by_row, mask):
        """{code: first row position} over the rows in ``mask``."""
        positions = np.flatnonzero(mask)
        codes = codes_by_row[positions]
        first = ~pd.Series(codes).duplicated().to_numpy()
        return dict(zip(codes[first].tolist(), positions[first].tolist()))

    def text_at(self, column, positions):
        """The texts of ``column`` at row ``positions`` ("" where missing or no column)."""
        if column not in self.table.columns:
            return [""] * len(positions)
        values = self.table[column].iloc[list(positions)].tolist()
        return ["" if _is_missing(value) else str(value) for value in values]

    def texts_per_column(self, column):
        """{output column: [distinct non-empty texts of ``column``]} over the selected rows."""
        result = {}
        if column not in self.table.columns:
            return result
        codes, texts = _codes(self.table[column])
        # Tidy tables repeat a unit or source row after row: only the rows where the text or
        # the indicator changes can add a new pair, and comparing neighbours is cheap.
        changes = np.ones(len(codes), dtype=bool)
        changes[1:] = (codes[1:] != codes[:-1]) | (self.column[1:] != self.column[:-1])
        for position in np.flatnonzero(changes & self.selected).tolist():
            code = codes[position]
            text = str(texts[code]).strip() if code >= 0 else ""
            if not text:
                continue
            found = result.setdefault(int(self.column[position]), [])
            if text not in found:
                found.append(text)
        return result


def _hopeless_texts(raw_values):
    """For each value, whether it is a text that cannot be an area key: not empty, no
    digits-only shape, no blank inside, not Germany's code. Told apart in bulk, as a table keyed
    by 2 million grid cell ids has as many such texts; the others are normalised one by one."""
    is_text = np.fromiter((type(raw) is str for raw in raw_values), bool, len(raw_values))
    texts = pd.Series([raw if type(raw) is str else "0" for raw in raw_values], dtype=object)
    # Blank texts are missing keys, texts with blanks inside are looked at one by one.
    may_be_key = texts.str.contains(r"^$|^\s*[0-9]+(?:\.0+)?\s*$|\s", regex=True)
    may_be_key = may_be_key.to_numpy(bool)
    germany = texts.str.upper().isin(GERMANY_CODES).to_numpy(bool)
    return (is_text & ~may_be_key & ~germany).tolist()


def _codes(series):
    """(codes, distinct values in the order the rows have them) of a column; code -1 for a
    missing value. The readers' text columns are categorical: their small codes are put in
    that order (a categorical's own may differ) instead of hashing millions of texts."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        codes = series.cat.codes.to_numpy()
        seen = pd.unique(codes)
        seen = seen[seen >= 0]
        # One extra -1 at the end: code -1 (missing) picks it.
        renumber = np.full(len(series.cat.categories) + 1, -1, dtype=codes.dtype)
        renumber[seen] = np.arange(len(seen))
        return renumber[codes], list(series.cat.categories.take(seen))
    codes, uniques = pd.factorize(series)
    return codes.astype(np.int32), list(uniques)


def _floats(series):
    """The column as float64, NaN where it has no number; not copied when it is one."""
    return pd.to_numeric(series, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)


def _selected_indicators(available, indicators):
    if not available:
        raise CoreError(NO_INDICATORS)
    if indicators is None:
        return list(available)
    if isinstance(indicators, str):
        indicators = [indicators]
    wanted = list(dict.fromkeys(indicators))
    unknown = [name for name in wanted if name not in set(available)]
    if unknown:
        raise CoreError(
            UNKNOWN_INDICATORS,
            unknown=", ".join(map(str, unknown)),
            available=", ".join(map(str, available)),
        )
    return wanted


def _as_year(year):
    if year is None:
        return None
    try:
        number = float(year)
    except (TypeError, ValueError):
        raise CoreError(NOT_A_YEAR, year=year) from None
    if not number.is_integer():
        raise CoreError(NOT_A_YEAR, year=year)
    return int(number)


def _distinct_years(coded, mask):
    """{output column: ascending years} of the rows in ``mask`` that have a year."""
    mask = mask & ~np.isnan(coded.year)
    pairs = pd.DataFrame({"column": coded.column[mask], "year": coded.year[mask]})
    years = {}
    for column, year in pairs.drop_duplicates().itertuples(index=False):
        years.setdefault(column, []).append(int(year))
    return {column: sorted(values) for column, values in years.items()}


def _chosen_years(coded, selected, year):
    """[year or None per output column]; None stands for rows without a year."""
    with_values = _distinct_years(coded, coded.at_level & ~np.isnan(coded.value))
    year = _as_year(year)
    if year is not None:
        for column, indicator in enumerate(selected):
            available = with_values.get(column, [])
            if year not in available:
                raise CoreError(
                    YEAR_NOT_AVAILABLE,
                    indicator=indicator,
                    year=year,
                    years=", ".join(map(str, available)) or "-",
                )
        return [year] * len(selected)
    # An indicator without any value: its latest year at all, which gives a column of NULLs.
    lacking = len(with_values) < len(selected)
    any_year = _distinct_years(coded, coded.at_level) if lacking else {}
    return [
        (with_values.get(column) or any_year.get(column) or [None])[-1]
        for column in range(len(selected))
    ]


def _value_matrix(coded, selected, years):
    """Values by (normalised table key, output column), plus a last row of NaN; duplicates.

    Of several rows for one key and column in the chosen year, the first one's value is used;
    those whose values differ (NaN counts as a value) are returned as (key, indicator, year).
    The rows are sorted by (key, column) once: a grid table has a hundred rows per key, and
    sorting needs a fraction of the memory of hashing or grouping millions of pairs.
    """
    wanted = np.array([np.nan if y is None else y for y in years] + [np.nan], dtype=float)
    row_year = wanted[coded.column]
    in_year = coded.at_level & (
        (coded.year == row_year) | (np.isnan(row_year) & np.isnan(coded.year))
    )
    del row_year  # arrays of millions of rows are let go as soon as they are done with
    positions = np.flatnonzero(in_year)
    del in_year
    columns = len(selected)
    # In 64 bits: keys × columns may exceed what the 32-bit codes hold.
    pair = coded.nkey_id[positions].astype(np.int64) * columns + coded.column[positions]
    # Stable: of equal pairs, the table's first row comes first.
    order = np.argsort(pair, kind="stable")
    pair = pair[order]
    positions = positions[order]
    del order
    starts = np.ones(len(pair), dtype=bool)
    starts[1:] = pair[1:] != pair[:-1]
    chosen = positions[starts]
    matrix = np.full((len(coded.nkeys) + 1, columns), np.nan)
    matrix[coded.nkey_id[chosen], coded.column[chosen]] = coded.value[chosen]

    # Each row next to the first of its pair: where they differ, the pair has duplicates.
    values = coded.value[positions]
    del positions
    run_lengths = np.diff(np.append(np.flatnonzero(starts), len(starts)))
    first = np.repeat(values[starts], run_lengths)
    differs = ~((values == first) | (np.isnan(values) & np.isnan(first)))
    duplicates = []
    for code in np.unique(pair[differs]).tolist():
        key, column = divmod(code, columns)
        duplicates.append((coded.nkeys[key], selected[column], years[column]))
    duplicates.sort(key=lambda item: (item[0], str(item[1])))
    return matrix, duplicates


def _columns(coded, selected, years, reserved_names):
    units = coded.texts_per_column("unit")
    sources = coded.texts_per_column("source")
    labels = list(zip(selected, years))
    names = field_names_for(labels, reserved_names)
    columns = []
    for column, (name, (indicator, year)) in enumerate(zip(names, labels)):
        unit = units.get(column, [""])[0]
        columns.append(
            IndicatorColumn(
                field_name=name,
                indicator=str(indicator),
                year=year,
                unit=unit,
                alias=_alias(str(indicator), year, unit),
                source="; ".join(sources.get(column, [])),
            )
        )
    return columns


def _report(level, layer_keys, layer_names, layer_areas, layer_key_of, coded):
    names = layer_names if layer_names is not None else [None] * len(layer_keys)
    feature_counts = Counter(key for key in layer_key_of if key is not None)
    layer_name_of = {}
    for key, name in zip(layer_key_of, names):
        if key is not None:
            layer_name_of.setdefault(key, name)

    first_row = coded.first_per_code(coded.nkey_id, coded.at_level)
    table_name_of = dict(
        zip(
            (coded.nkeys[code] for code in first_row),
            coded.text_at("name", first_row.values()),
        )
    )
    table_keys = set(table_name_of)
    layer_set = set(feature_counts)

    unmatched = []
    for key in sorted(layer_set - table_keys):
        reason, detail = _unmatched_reason(key, REASON_NOT_IN_TABLE, REASON_REFORM_NOT_IN_TABLE)
        unmatched.append(UnmatchedKey("layer", key, layer_name_of[key], reason, detail))
    for key in sorted(table_keys - layer_set):
        reason, detail = _unmatched_reason(key, REASON_NOT_IN_LAYER, REASON_REFORM_NOT_IN_LAYER)
        unmatched.append(UnmatchedKey("table", key, table_name_of[key] or None, reason, detail))

    invalid = []
    seen_invalid = set()
    for raw, key, name in zip(layer_keys, layer_key_of, names):
        text = _raw_text(raw) if key is None else None
        if key is None and text not in seen_invalid:
            seen_invalid.add(text)
            area = _area_of(layer_areas, raw)
            invalid.append(UnmatchedKey("layer", text, name, area.reason))
    other_level, invalid_table = _table_keys_not_at_level(coded)
    unmatched.extend(other_level)
    invalid.extend(invalid_table)

    matched = layer_set & table_keys
    return JoinReport(
        level=level,
        matched=len(matched),
        unmatched=unmatched,
        duplicate_layer_keys=sorted(key for key, count in feature_counts.items() if count > 1),
        duplicate_table_keys=[],
        invalid_keys=invalid,
        layer_features=len(layer_keys),
        matched_features=sum(feature_counts[key] for key in matched),
    )


def _unmatched_reason(key, plain_reason, reform_reason):
    reform = reform_for(key)
    if reform is None:
        return plain_reason, ""
    return reform_reason, reform.description


def _table_keys_not_at_level(coded):
    """Rows of other levels (unmatched, with their level) and rows without an area key."""
    first_row = coded.first_per_code(coded.raw_id, coded.selected & (coded.nkey_id < 0))
    names = coded.text_at("name", first_row.values())
    other_level, invalid, seen = [], [], set()
    for raw_id, name in zip(first_row, names):
        raw = coded.raw_values[raw_id] if raw_id >= 0 else None
        reason = coded.areas[raw_id].reason if raw_id >= 0 else normalise_key(None).reason
        if reason == REASON_GERMANY:
            reason = REASON_OTHER_LEVEL["germany"]
        # Shown at its own level where it has one: "01" for the Land written 1. Only a key of
        # another level has one.
        own = normalise_key(raw) if reason in _OTHER_LEVEL_REASONS else None
        key = own.key if own is not None and own.is_valid else _raw_text(raw)
        if (key, reason) in seen:
            continue
        seen.add((key, reason))
        item = UnmatchedKey("table", key, name or None, reason)
        (other_level if reason in _OTHER_LEVEL_REASONS else invalid).append(item)
    return other_level, invalid


__all__ = [
    "TABLE_COLUMNS",
    "IndicatorColumn",
    "JoinReport",
    "JoinResult",
    "UnmatchedKey",
    "field_names_for",
    "infer_level",
    "join_indicators",
    "slugify",
]
