"""Distances to the nearest facility summarised: the radii asked for, the share of points (or
of their population) within each, and the median distance.

numpy only, no shapely or pyproj: the dock reads radii with ``parse_distances`` at start.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..messages import QT_TRANSLATE_NOOP, CoreError
from .outputs import within_field


def parse_distances(text):
    """Distances in km such as ``"10,25,50"`` (also ``;`` or blanks between), ascending."""
    parts = [part for part in text.replace(";", ",").replace(" ", ",").split(",") if part]
    try:
        values = sorted({float(part) for part in parts})
    except ValueError:
        # fmt: off
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "Write distances in km like 10,25,50 (decimal point, "
                                      "not comma): '{text}'."),
            text=text,
        ) from None
        # fmt: on
    if not values or values[0] <= 0 or any(v != v or v == float("inf") for v in values):
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "Give at least one distance in km above zero: '{text}'."),
            text=text,
        )
    return tuple(values)


def share_within(distances_km, radii_km, weights=None):
    """Percent of points (or of their ``weights``, e.g. population) within each radius.

    A distance equal to the radius counts as within. Points without a distance (NaN) or
    without a weight (NaN) are left out of numerator and denominator alike. Returns one
    percentage per radius, NaN when nothing is left to share.
    """
    distances = np.asarray(distances_km, dtype=float)
    radii = np.asarray(radii_km, dtype=float).reshape(-1)
    if weights is None:
        weights = np.ones(len(distances))
    weights = np.asarray(weights, dtype=float)
    if weights.shape != distances.shape:
        raise CoreError(QT_TRANSLATE_NOOP("core", "There must be one weight for every distance."))
    if np.any(weights < 0):
        raise CoreError(QT_TRANSLATE_NOOP("core", "Weights must not be negative."))
    usable = np.isfinite(distances) & np.isfinite(weights)
    distances = distances[usable]
    weights = weights[usable]
    total = weights.sum()
    if total <= 0:
        return np.full(len(radii), np.nan)
    within = distances[None, :] <= radii[:, None]
    return 100.0 * (within * weights[None, :]).sum(axis=1) / total


@dataclass(frozen=True)
class DistanceSummary:
    """One row of nearestfacility's SUMMARY (``outputs.distances_table(radii_km)``)."""

    measure: str  # what was measured: points, areas or the areas' population
    n: int  # the distances known (NaN ones left out)
    median_km: float | None  # None without any known distance
    radii_km: tuple
    shares: tuple  # percent within each radius; NaN where there is nothing to share

    def row(self):
        """The values by field name; a share that could not be computed is None (NULL)."""
        values = {"measure": self.measure, "n": self.n, "median_km": self.median_km}
        for km, share in zip(self.radii_km, self.shares):
            values[within_field(km)] = None if np.isnan(share) else share
        return values


def weighted_median(values, weights):
    """The value below and above which half of the weight lies (e.g. the distance within which
    half of the population lives); between two values when exactly half lies on each side, so
    that equal weights give the ordinary median. NaN values and weights of 0 or NaN do not
    count; None when nothing is left."""
    values = np.asarray(values, dtype=float)
    weights = np.asarray(weights, dtype=float)
    usable = np.isfinite(values) & np.isfinite(weights) & (weights > 0)
    order = np.argsort(values[usable], kind="stable")
    values, weights = values[usable][order], weights[usable][order]
    if not len(values):
        return None
    cumulative = np.cumsum(weights)
    half = cumulative[-1] / 2
    index = int(np.searchsorted(cumulative, half))
    # Half exactly, up to rounding only: 41 million inhabitants are summed.
    if index + 1 < len(values) and np.isclose(cumulative[index], half, rtol=1e-12, atol=0):
        return float((values[index] + values[index + 1]) / 2)
    return float(values[index])


def summarise_distances(measure, distances_km, radii_km, weights=None):
    """The ``DistanceSummary`` of ``distances_km``. With ``weights`` (e.g. population) the
    shares and the median are weighted: the median is then the distance within which half of
    the weight lies, which for a sparse, wide land differs from the areas' own median."""
    distances = np.asarray(distances_km, dtype=float)
    known = distances[np.isfinite(distances)]
    if weights is None:
        median = float(np.median(known)) if len(known) else None
    else:
        median = weighted_median(distances, weights)
    shares = tuple(float(s) for s in share_within(distances, radii_km, weights))
    return DistanceSummary(measure, len(known), median, tuple(radii_km), shares)
