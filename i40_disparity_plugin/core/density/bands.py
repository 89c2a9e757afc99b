"""Population density bands of areas (inhabitants per km²).

One rule for any strictly ascending list of thresholds t1 < … < tk:
band 1 is ``density ≤ t1``, band i is ``t(i-1) < density ≤ t(i)``, band k+1 is ``density > tk``.
The defaults 150, 300, 500 follow the FES study: rural areas have at most 150 inhabitants per
km² (BBSR), densely populated areas over 500.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass

from ..messages import QT_TRANSLATE_NOOP, CoreError
from ..number_format import format_number
from ..readers.number_lists import parse_number_list, typed_with_comma_separators

DEFAULT_THRESHOLDS = (150.0, 300.0, 500.0)

# The study names only its default bands; other thresholds get labels with the range alone,
# because calling a band "rural" is a claim only the BBSR definition backs.
DEFAULT_BAND_NAMES = {
    "de": ("ländlich", "Übergangsraum", "städtisch", "dicht besiedelt"),
    "en": ("rural", "transitional", "urban", "densely populated"),
}
DENSITY_UNIT = {"de": "E/km²", "en": "inh./km²"}
_RANGE_WORD = {"de": "bis", "en": "to"}

# pylupdate5 needs the context and the text's start on one line.
# fmt: off
NOT_ASCENDING = QT_TRANSLATE_NOOP("core", "Density thresholds must be strictly ascending: "
                                          "{lower} is followed by {upper}.")
NOT_ASCENDING_PERHAPS_DECIMAL_COMMA = QT_TRANSLATE_NOOP("core", "Density thresholds must be "
                                                        "strictly ascending: {lower} is "
                                                        "followed by {upper}. Meant as a "
                                                        "decimal comma? Separate the "
                                                        "thresholds with ';' (150,5; 300).")
# fmt: on
REASON_NO_POPULATION = QT_TRANSLATE_NOOP("core", "population missing")
REASON_NEGATIVE_POPULATION = QT_TRANSLATE_NOOP("core", "population negative")
REASON_NO_AREA = QT_TRANSLATE_NOOP("core", "area missing")
REASON_NON_POSITIVE_AREA = QT_TRANSLATE_NOOP("core", "area zero or negative")


def parse_thresholds(text):
    """Read thresholds as users write them: ``150; 300; 500`` (German numbers, ``150,5``) or
    ``150,300,500`` (decimal point), the rule of ``readers/number_lists``."""
    typed = parse_number_list(text)
    return validate_thresholds(
        [value for _, value in typed],
        shown=[part for part, _ in typed],
        comma_hint=typed_with_comma_separators(text),
    )


def validate_thresholds(thresholds, shown=None, comma_hint=False):
    """Return the thresholds as a tuple of floats, or raise if they cannot define bands.
    ``shown``: the values as the user typed them, for the message; ``comma_hint``: whether
    a comma between them may have been meant as a decimal comma."""
    values = tuple(float(value) for value in thresholds)
    shown = shown or [f"{value:g}" for value in values]
    if not values:
        raise CoreError(QT_TRANSLATE_NOOP("core", "Enter at least one density threshold."))
    for value, text in zip(values, shown):
        if not math.isfinite(value) or value < 0:
            # fmt: off
            raise CoreError(
                QT_TRANSLATE_NOOP("core", "Density thresholds must be finite and not "
                                          "negative: {value}."),
                value=text,
            )
            # fmt: on
    for index, (lower, upper) in enumerate(zip(values, values[1:])):
        if not lower < upper:
            template = NOT_ASCENDING_PERHAPS_DECIMAL_COMMA if comma_hint else NOT_ASCENDING
            raise CoreError(template, lower=shown[index], upper=shown[index + 1])
    return values


def band_number(density, thresholds):
    """Band (1 = lowest) of a density; a density equal to a threshold belongs to the band below."""
    return bisect_left(thresholds, density) + 1


@dataclass(frozen=True)
class Band:
    number: int
    lower: float | None  # exclusive; None for the lowest band
    upper: float | None  # inclusive; None for the highest band
    name: dict | None = None  # language -> name, only for the study's default bands

    def contains(self, density):
        return (self.lower is None or density > self.lower) and (
            self.upper is None or density <= self.upper
        )

    def label(self, language):
        unit = DENSITY_UNIT[language]
        if self.lower is None:
            span = f"≤ {format_number(self.upper, language)} {unit}"
        elif self.upper is None:
            span = f"> {format_number(self.lower, language)} {unit}"
        else:
            span = (
                f"> {format_number(self.lower, language)} {_RANGE_WORD[language]} "
                f"{format_number(self.upper, language)} {unit}"
            )
        if self.name is None:
            return span
        return f"{self.name[language]} ({span})"


def bands_for(thresholds):
    """The k+1 bands defined by k validated thresholds, lowest first."""
    thresholds = validate_thresholds(thresholds)
    bounds = (None, *thresholds, None)
    named = thresholds == DEFAULT_THRESHOLDS
    return tuple(
        Band(
            number=index + 1,
            lower=bounds[index],
            upper=bounds[index + 1],
            name=(
                {lang: names[index] for lang, names in DEFAULT_BAND_NAMES.items()}
                if named
                else None
            ),
        )
        for index in range(len(thresholds) + 1)
    )


@dataclass(frozen=True)
class Classification:
    """Density and band of one area; ``band`` is None exactly when ``reason`` says why."""

    population: float | None
    area_km2: float | None
    density: float | None
    band: int | None
    reason: str | None


def _as_number(value):
    """A finite float, or None for missing values (None, NaN, empty text)."""
    if value is None:
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def classify_area(population, area_km2, thresholds):
    """Classify one area; missing or impossible inputs give no band and a reason."""
    population = _as_number(population)
    area_km2 = _as_number(area_km2)
    reason = None
    if population is None:
        reason = REASON_NO_POPULATION
    elif population < 0:
        reason = REASON_NEGATIVE_POPULATION
    elif area_km2 is None:
        reason = REASON_NO_AREA
    elif area_km2 <= 0:
        reason = REASON_NON_POSITIVE_AREA
    if reason is not None:
        return Classification(population, area_km2, None, None, reason)
    density = population / area_km2
    return Classification(population, area_km2, density, band_number(density, thresholds), None)


@dataclass(frozen=True)
class BandSummary:
    """One row of the band table; ``band`` None is the row of unclassified areas.

    Shares are percentages of the classified areas' totals (of their population, their number
    and their surface), so each adds up to 100 over the bands; the unclassified row has none.
    """

    band: int | None
    label: str
    areas: int
    population: float
    area_km2: float
    population_share: float | None
    areas_share: float | None
    area_km2_share: float | None


UNCLASSIFIED_LABEL = {"de": "nicht klassifiziert", "en": "not classified"}


def summarise(classifications, bands, language):
    """Per band: number of areas, population, area and their shares; then the unclassified."""
    totals = {band.number: [0, 0.0, 0.0] for band in bands}
    unclassified = [0, 0.0, 0.0]
    for item in classifications:
        row = totals[item.band] if item.band is not None else unclassified
        row[0] += 1
        # Unclassified areas may still have a usable population or area: keep them counted,
        # so that the table's totals equal the input's.
        if item.population is not None and item.population > 0:
            row[1] += item.population
        if item.area_km2 is not None and item.area_km2 > 0:
            row[2] += item.area_km2
    areas_total = sum(row[0] for row in totals.values())
    population_total = sum(row[1] for row in totals.values())
    area_total = sum(row[2] for row in totals.values())

    def share(part, whole):
        return 100.0 * part / whole if whole > 0 else None

    rows = [
        BandSummary(
            band=band.number,
            label=band.label(language),
            areas=totals[band.number][0],
            population=totals[band.number][1],
            area_km2=totals[band.number][2],
            population_share=share(totals[band.number][1], population_total),
            areas_share=share(totals[band.number][0], areas_total),
            area_km2_share=share(totals[band.number][2], area_total),
        )
        for band in bands
    ]
    if unclassified[0]:
        rows.append(
            BandSummary(None, UNCLASSIFIED_LABEL[language], *unclassified, None, None, None)
        )
    return rows
