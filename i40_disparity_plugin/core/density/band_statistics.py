"""Points per density band against what population alone would predict.

Input is one record per area: its band (None: no band), its population and the number of
points (use cases, test centres, …) that lie in it, optionally a group (e.g. the Land).

Decisions, so that every number can be read the same way:

- **Totals** are those of the areas *with* a band: points in unbanded areas are not part of
  any share (they are counted in ``BandTable.unbanded_points``), and missing or negative
  populations weigh 0.
- **Cumulative share** runs from the densest band down: the row of band i gives the share of
  points in band i *or denser*. That is how the FES study speaks ("two thirds in areas with
  at least 300 inhabitants per km²" is the cumulative share of the band starting at 300).
- **Expected** points if points followed population: total points × population share.
  **Enrichment** = observed / expected, None when expected is 0.
- **Monte Carlo p-value**: the same total number of points is placed ``iterations`` times at
  random, each point in an area with probability proportional to the area's population.
  Summing a multinomial draw over the areas of a band gives exactly a multinomial draw over
  the bands with the bands' summed probabilities, so the draw is made per band (numpy
  ``Generator(seed).multinomial``, all iterations in one vectorised call); this is the same
  distribution at a cost that does not grow with the number of areas.
  The test is one-sided in the observed direction: for observed ≥ expected the p-value is the
  share of simulations with *at least as many* points in the band, for observed < expected
  the share with *at most as many*. With the usual Monte Carlo correction
  ``p = (1 + extreme simulations) / (1 + iterations)`` (Davison & Hinkley 1997), so p lies in
  (0, 1] and never claims more certainty than the number of iterations allows.
- The same seed gives the same p-values; each table (overall and every group) starts its
  own generator from the seed, so a group's numbers do not depend on which other groups exist.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..messages import QT_TRANSLATE_NOOP, CoreError
from ..streamed_assignment import OUTSIDE, count_per_polygon
from .outputs import ALL_GROUP, BAND_STATISTICS, group_name

DEFAULT_ITERATIONS = 999
DEFAULT_SEED = 42


@dataclass(frozen=True)
class BandStatistic:
    """One band's row; shares in percent, ``None`` where the base is zero."""

    band: int
    label: str
    points: int
    share: float | None
    cumulative_share: float | None
    population: float
    population_share: float | None
    expected: float | None
    enrichment: float | None
    p_value: float | None


@dataclass(frozen=True)
class BandTable:
    group: str | None  # None: all areas
    rows: tuple
    total_points: int  # points in areas with a band: the base of all shares
    unbanded_points: int  # points in areas without a band
    iterations: int
    seed: int


def _population_weights(populations):
    weights = np.array([_finite_or_zero(value) for value in populations], dtype=float).reshape(-1)
    return np.where(weights > 0, weights, 0.0)


def _finite_or_zero(value):
    if value is None:
        return 0.0
    number = float(value)
    return number if math.isfinite(number) else 0.0


def _point_counts(points):
    counts = np.array([0 if value is None else value for value in points], dtype=float)
    whole = np.isfinite(counts) & (counts >= 0) & (counts == np.round(counts))
    if not np.all(whole):
        raise CoreError(QT_TRANSLATE_NOOP("core", "Point counts must be whole numbers ≥ 0."))
    return counts.astype(np.int64)


def _band_or_none(band):
    if band is None or (isinstance(band, float) and math.isnan(band)):
        return None
    return int(band)


def validate_iterations(iterations):
    if iterations is None or int(iterations) != iterations or iterations < 1:
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "The number of iterations must be at least 1: {value}."),
            value=iterations,
        )
    return int(iterations)


def band_table(
    area_bands,
    populations,
    points,
    *,
    band_numbers=None,
    labels=None,
    iterations=DEFAULT_ITERATIONS,
    seed=DEFAULT_SEED,
    group=None,
):
    """The statistics of one set of areas, one row per band (lowest band first).

    ``band_numbers`` lists the bands to report (also those without areas), by default the
    bands that occur; ``labels`` maps band numbers to labels (default "Band n").
    """
    iterations = validate_iterations(iterations)
    area_bands = [_band_or_none(band) for band in area_bands]
    weights = _population_weights(populations)
    counts = _point_counts(points)
    if not len(area_bands) == len(weights) == len(counts):
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "Bands, populations and point counts differ in length.")
        )
    banded = [band is not None for band in area_bands]
    occurring = sorted({int(band) for band in area_bands if band is not None})
    numbers = sorted(int(n) for n in band_numbers) if band_numbers is not None else occurring
    unknown = sorted(set(occurring) - set(numbers))
    if unknown:
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "Areas have bands that are not listed: {bands}."),
            bands=", ".join(str(n) for n in unknown),
        )
    position = {number: i for i, number in enumerate(numbers)}
    observed = np.zeros(len(numbers), dtype=np.int64)
    population = np.zeros(len(numbers), dtype=float)
    unbanded_points = 0
    for band, weight, count, has_band in zip(area_bands, weights, counts, banded):
        if has_band:
            observed[position[int(band)]] += count
            population[position[int(band)]] += weight
        else:
            unbanded_points += int(count)

    total_points = int(observed.sum())
    total_population = float(population.sum())
    shares = _percent(observed, total_points)
    # Densest band first, then back: band i's row holds the share of band i or denser.
    cumulative = _percent(np.cumsum(observed[::-1])[::-1], total_points)
    population_shares = _percent(population, total_population)
    if total_population > 0:
        probabilities = population / total_population
        expected = total_points * probabilities
        p_values = _monte_carlo_p_values(observed, expected, probabilities, iterations, seed)
    else:
        expected = p_values = [None] * len(numbers)

    labels = labels or {}
    rows = tuple(
        BandStatistic(
            band=number,
            label=labels.get(number) or f"Band {number}",
            points=int(observed[i]),
            share=shares[i],
            cumulative_share=cumulative[i],
            population=float(population[i]),
            population_share=population_shares[i],
            expected=None if expected[i] is None else float(expected[i]),
            enrichment=_ratio(observed[i], expected[i]),
            p_value=None if p_values[i] is None else float(p_values[i]),
        )
        for i, number in enumerate(numbers)
    )
    return BandTable(group, rows, total_points, unbanded_points, iterations, int(seed))


def _ratio(observed, expected):
    """observed / expected; None where it is undefined or too large for a float (an expected
    value near zero, as only extreme inputs give)."""
    if expected is None or expected <= 0:
        return None
    with np.errstate(over="ignore"):
        ratio = float(observed / expected)
    return ratio if math.isfinite(ratio) else None


def _percent(parts, whole):
    if whole <= 0:
        return [None] * len(parts)
    return [float(100.0 * part / whole) for part in parts]


def _monte_carlo_p_values(observed, expected, probabilities, iterations, seed):
    rng = np.random.Generator(np.random.PCG64(seed))
    # Rounding may let the probabilities' sum exceed 1 by an ulp, which numpy refuses.
    probabilities = probabilities / probabilities.sum()
    simulated = rng.multinomial(int(observed.sum()), probabilities, size=iterations)
    at_least = (simulated >= observed).sum(axis=0)
    at_most = (simulated <= observed).sum(axis=0)
    extreme = np.where(observed >= expected, at_least, at_most)
    return (1.0 + extreme) / (1.0 + iterations)


def grouped_band_tables(area_bands, populations, points, groups=None, **options):
    """The overall table, then one per group (sorted); areas without a group join no group."""
    area_bands = [_band_or_none(band) for band in area_bands]
    populations = list(populations)
    points = list(points)
    if "band_numbers" not in options or options["band_numbers"] is None:
        options["band_numbers"] = sorted({int(b) for b in area_bands if b is not None})
    tables = [band_table(area_bands, populations, points, **options)]
    if groups is None:
        return tables
    groups = list(groups)
    if len(groups) != len(area_bands):
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "Bands, populations and point counts differ in length.")
        )
    members = {}
    for index, group in enumerate(groups):
        if group_name(group) is not None:
            members.setdefault(group_name(group), []).append(index)
    for group, indexes in sorted(members.items()):
        tables.append(
            band_table(
                [area_bands[i] for i in indexes],
                [populations[i] for i in indexes],
                [points[i] for i in indexes],
                group=group,
                **options,
            )
        )
    return tables


def labels_by_band(area_bands, area_labels):
    """Each band's label: the first one an area of the band carries (densitybands gives all
    areas of a band the same); bands without one are left out."""
    labels = {}
    for band, label in zip(area_bands, area_labels):
        band = _band_or_none(band)
        if label and band is not None and band not in labels:
            labels[band] = str(label)
    return labels


@dataclass(frozen=True)
class PointsPerBand:
    """bandstatistics' result: the tables (over all areas first) and the points it could
    not count."""

    tables: list
    points_read: int  # points with a location
    outside: int  # of them, those outside all areas
    unusable_areas: int  # areas without a geometry or with nothing polygonal left

    @property
    def overall(self):
        return self.tables[0]

    @property
    def not_counted(self):
        """Points outside all areas or in areas without a band."""
        return self.outside + self.overall.unbanded_points

    def band_counts(self):
        return {row.band: row.points for row in self.overall.rows}

    def rows(self, language):
        """Every table's rows in BAND_STATISTICS' order; all areas' group named in
        ``language``."""
        return [
            BAND_STATISTICS.row(
                group=ALL_GROUP[language] if table.group is None else table.group,
                band=row.band,
                band_label=row.label,
                points=row.points,
                share=row.share,
                cumulative_share=row.cumulative_share,
                population_share=row.population_share,
                expected=row.expected,
                enrichment=row.enrichment,
                p_value=row.p_value,
                iterations=table.iterations,
                seed=table.seed,
            )
            for table in self.tables
            for row in table.rows
        ]


def points_per_band(
    area_bands, populations, assigned, *, area_wkbs, groups=None, area_labels=(), **options
):
    """The band statistics of areas and the points ``assigned`` to them.

    ``assigned`` is the ``StreamedResult`` of assigning the points to the areas in their
    order (``gis.point_assignment``, the assignment and border rule of assignpoints too);
    ``area_wkbs`` are the areas' geometries as given to it (None: none). ``options`` are
    ``band_table``'s.
    """
    counts = count_per_polygon(assigned.assignment, len(area_bands)).tolist()
    tables = grouped_band_tables(
        area_bands,
        populations,
        counts,
        groups,
        labels=labels_by_band(area_bands, area_labels),
        **options,
    )
    # Points without a location (NaN) are neither read nor outside.
    points_read = int(np.isfinite(assigned.xs).sum())
    inside = int((assigned.assignment != OUTSIDE).sum())
    unusable = sum(wkb is None for wkb in area_wkbs) + len(assigned.dropped)
    return PointsPerBand(tables, points_read, points_read - inside, unusable)
