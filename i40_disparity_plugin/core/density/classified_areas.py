"""densitybands' analysis, fed one area at a time: each area's band, then the summary per
band (over all areas, then per group), the areas per band and why areas got no band."""

from __future__ import annotations

from collections import Counter

from .bands import bands_for, classify_area, summarise, validate_thresholds
from .outputs import ALL_GROUP, AREA_BANDS, BAND_SUMMARY, group_name


class ClassifiedAreas:
    """``add`` each area; then ``summary_rows``, ``band_counts`` and ``reasons``.

    ``language`` is that of the band labels and of the group name of all areas.
    """

    def __init__(self, thresholds, language):
        self.thresholds = validate_thresholds(thresholds)
        self.bands = bands_for(self.thresholds)
        self.language = language
        self._labels = {band.number: band.label(language) for band in self.bands}
        self._all = []
        self._by_group = {}

    def add(self, population, area_km2, group=None):
        """Classify one area (see ``bands.classify_area``); ``group`` as read, None for none."""
        result = classify_area(population, area_km2, self.thresholds)
        self._all.append(result)
        name = group_name(group)
        if name is not None:
            self._by_group.setdefault(name, []).append(result)
        return result

    def area_row(self, result, translate):
        """The values densitybands adds to an area, in AREA_BANDS' order; ``translate``
        gives a core text (the reason for no band) in the user's language."""
        return AREA_BANDS.row(
            area_km2=result.area_km2,
            density=result.density,
            band=result.band,
            band_label=self._labels.get(result.band),
            band_note=translate(result.reason) if result.reason else None,
        )

    def band_counts(self):
        """Areas per band, every band listed (lowest first), unclassified areas left out."""
        counts = Counter(result.band for result in self._all)
        return {band.number: counts[band.number] for band in self.bands}

    @property
    def classified(self):
        return sum(self.band_counts().values())

    @property
    def unclassified(self):
        return len(self._all) - self.classified

    def reasons(self):
        """``(reason, number of areas)`` for the areas without a band, sorted by reason."""
        return sorted(Counter(r.reason for r in self._all if r.reason).items())

    def summary_rows(self):
        """The rows of the summary table in BAND_SUMMARY's order: all areas first, then each
        group (sorted by name), each band by band with the unclassified row last."""
        tables = [(ALL_GROUP[self.language], self._all)]
        tables += sorted(self._by_group.items())
        return [
            summary_row(group, row)
            for group, results in tables
            for row in summarise(results, self.bands, self.language)
        ]


def summary_row(group, row):
    """One ``bands.BandSummary`` of ``group`` as a row of BAND_SUMMARY."""
    return BAND_SUMMARY.row(
        group=group,
        band=row.band,
        band_label=row.label,
        n_areas=row.areas,
        population=row.population,
        area_km2=row.area_km2,
        share_population=row.population_share,
        share_areas=row.areas_share,
        share_area_km2=row.area_km2_share,
    )
