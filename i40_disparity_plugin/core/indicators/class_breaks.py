"""Classes of a choropleth: fixed breaks typed by a user, clean ranges and legend labels.

A class includes its upper bound and excludes its lower one, so a value exactly on a break
belongs to the class below (the rule of the density bands, and of QGIS's graduated renderer).
Only the lowest class also includes its lower bound.
"""

import math
import re
from bisect import bisect_left
from dataclasses import dataclass

from ..messages import QT_TRANSLATE_NOOP, CoreError
from ..number_format import format_number
from ..readers.number_lists import parse_number_list, typed_with_comma_separators

NO_DATA_LABEL = {"de": "keine Daten", "en": "no data"}
MAX_LABEL_DECIMALS = 6
# Breaks handed back to users are plain numbers that parse_breaks reads again unchanged.
# "Beschäftigte Sekundärer Sektor 2017 (%)": the unit is the bracket at the end of the alias.
_TRAILING_BRACKET = re.compile(r"\(([^()]*)\)\s*$")
_DECIMAL_SEPARATOR = {"de": ",", "en": "."}


# pylupdate5 needs the context and the text's start on one line.
# fmt: off
BOUNDS_NOT_ASCENDING = QT_TRANSLATE_NOOP("core", "Class bounds must be strictly ascending: "
                                                 "{lower} is followed by {upper}.")
BOUNDS_NOT_ASCENDING_PERHAPS_DECIMAL_COMMA = QT_TRANSLATE_NOOP("core", "Class bounds must be "
                                                               "strictly ascending: {lower} is "
                                                               "followed by {upper}. Meant as "
                                                               "a decimal comma? Separate the "
                                                               "bounds with ';' (12,5; 20).")
# fmt: on


@dataclass(frozen=True)
class ClassRange:
    lower: float
    upper: float
    # Fixed breaks have classes open at the ends: "≤ 20" and "> 40" hold whatever lies there.
    open_below: bool = False
    open_above: bool = False


def parse_breaks(text):
    """Read class upper bounds as users write them: ``20; 30; 40`` (German numbers, ``12,5``)
    or ``20,30,40`` (decimal point), the rule of ``readers/number_lists``."""
    typed = parse_number_list(text)
    if not typed:
        # pylupdate5 needs the context and the text's start on one line.
        # fmt: off
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "Fixed breaks need class upper bounds, ascending and "
                                      "separated by ';' (12,5; 20; 30) or by commas "
                                      "(12.5,20,30).")
        )
        # fmt: on
    for (lower, low), (upper, high) in zip(typed, typed[1:]):
        if not low < high:
            perhaps_comma = typed_with_comma_separators(text)
            template = (
                BOUNDS_NOT_ASCENDING_PERHAPS_DECIMAL_COMMA
                if perhaps_comma
                else BOUNDS_NOT_ASCENDING
            )
            raise CoreError(template, lower=lower, upper=upper)
    return tuple(value for _, value in typed)


def fixed_ranges(breaks, maximum):
    """Classes for ascending upper bounds: ``≤ b1``, ``b1 – b2``, …, and one more, ``> bk``,
    when the data reach above the last bound, so that no value is drawn as missing.

    Returns the ranges and whether the top class was added. The lowest class has no lower
    bound (-inf), so maps of different regions with the same breaks share one legend.
    """
    bounds = list(breaks)
    top_added = maximum > bounds[-1]
    if top_added:
        bounds.append(maximum)
    lowers = [-math.inf, *bounds[:-1]]
    ranges = tuple(
        ClassRange(
            lower,
            upper,
            open_below=index == 0,
            open_above=top_added and index == len(bounds) - 1,
        )
        for index, (lower, upper) in enumerate(zip(lowers, bounds))
    )
    return ranges, top_added


def clean_ranges(pairs):
    """Ranges from (lower, upper) pairs with strictly ascending upper bounds.

    Classification methods return empty or repeated classes when a field has few distinct
    values (quantiles of 1,1,1,2,2) and rounding noise such as 3.0000000000000004 after 3.0;
    such classes are dropped and each kept class starts where the one below ends.
    """
    pairs = list(pairs)
    if not pairs:
        return ()
    ranges = []
    lower = pairs[0][0]
    for _, upper in pairs:
        if ranges and not upper > ranges[-1].upper:
            continue
        ranges.append(ClassRange(lower, max(upper, lower)))
        lower = ranges[-1].upper
    return tuple(ranges)


def class_index(value, ranges):
    """The class (0 = lowest) of a value; the ends take everything below and above them."""
    return min(bisect_left([r.upper for r in ranges], value), len(ranges) - 1)


def class_counts(values, ranges):
    counts = [0] * len(ranges)
    for value in values:
        counts[class_index(value, ranges)] += 1
    return counts


def label_decimals(ranges):
    """Decimals of the legend numbers.

    Whole-number bounds get none. Otherwise the span of the classes decides: 2 decimals for a
    span between 1 and 10, one fewer per tenfold (a span of 40 percentage points: 12,5 – 20,0),
    one more per tenth; then more until no two different bounds print alike (at most 6).
    """
    bounds = sorted(set(_shown_bounds(ranges)))
    if all(float(bound).is_integer() for bound in bounds):
        decimals = 0
    else:
        span = bounds[-1] - bounds[0]
        decimals = 2 - math.floor(math.log10(span)) if span > 0 else 2
        decimals = max(0, min(MAX_LABEL_DECIMALS, decimals))
    while decimals < MAX_LABEL_DECIMALS and not _print_apart(bounds, decimals):
        decimals += 1
    return decimals


def _print_apart(bounds, decimals):
    return len({round(bound, decimals) for bound in bounds}) == len(bounds)


def _shown_bounds(ranges):
    for class_range in ranges:
        if not class_range.open_below:
            yield class_range.lower
        if not class_range.open_above:
            yield class_range.upper


def format_bound(value, language, decimals):
    """A bound with exactly ``decimals`` decimals (``20,0`` beside ``12,5`` in one legend)."""
    text = format_number(value, language, decimals)
    if decimals == 0:
        return text
    separator = _DECIMAL_SEPARATOR[language]
    whole, _, fraction = text.partition(separator)
    return f"{whole}{separator}{fraction.ljust(decimals, '0')}"


def class_labels(ranges, language, unit=None):
    """Legend labels such as ``12,5 – 20,0 %``, ``≤ 20 %`` or ``> 40 %``."""
    decimals = label_decimals(ranges)
    suffix = f" {unit}" if unit else ""
    labels = []
    for class_range in ranges:
        if class_range.open_above:
            text = f"> {format_bound(class_range.lower, language, decimals)}"
        elif class_range.open_below:
            text = f"≤ {format_bound(class_range.upper, language, decimals)}"
        elif class_range.lower == class_range.upper:
            text = format_bound(class_range.upper, language, decimals)  # one value only
        else:
            lower = format_bound(class_range.lower, language, decimals)
            text = f"{lower} – {format_bound(class_range.upper, language, decimals)}"
        labels.append(text + suffix)
    return labels


def format_break(value):
    """The shortest text that reads back as exactly ``value`` ("32", "44.7", "1e-07")."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def breaks_text(ranges):
    """The upper bounds as ``"20,30,40"``, readable again as fixed breaks."""
    return ",".join(format_break(r.upper) for r in ranges)


def unit_from_alias(alias):
    """The unit in brackets at the end of a field alias (``"… 2017 (%)"`` → ``"%"``).

    A bracket holding only a number is a year or a footnote, not a unit.
    """
    match = _TRAILING_BRACKET.search(alias or "")
    if match is None:
        return None
    unit = match.group(1).strip()
    if not unit or re.fullmatch(r"[\d\s.,/-]+", unit):
        return None
    return unit
