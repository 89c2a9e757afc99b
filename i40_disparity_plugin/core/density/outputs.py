"""The density feature's result tables: the bands of each area, the summary per band, and
points per band against population."""

import json
import math

from ..output_tables import BIG_INTEGER, INTEGER, REAL, TEXT, OutputTable, column

# The group of the rows over all areas, before the rows of each group (if any).
ALL_GROUP = {"de": "alle", "en": "all"}


def group_name(value):
    """The group an area's group value names, as text; None (no group) for a missing value."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value)


GROUP = column("group", TEXT, "Gruppe", "Group")
BAND = column("band", INTEGER, "Klasse", "Band")
BAND_LABEL = column("band_label", TEXT, "Dichteklasse", "Density band")

# Added to every area of the input (densitybands' main output).
AREA_BANDS = OutputTable(
    "area_bands",
    (
        column("area_km2", REAL, "Fläche", "Area", "km2", 1),
        column("density", REAL, "Dichte", "Density", "per_km2", 1),
        BAND,
        BAND_LABEL,
        column("band_note", TEXT, "Hinweis", "Note"),
    ),
)

# densitybands' SUMMARY: per group (all areas first) and band.
BAND_SUMMARY = OutputTable(
    "density",
    (
        GROUP,
        BAND,
        BAND_LABEL,
        column("n_areas", INTEGER, "Gebiete", "Areas", "count"),
        column("population", REAL, "Einwohner", "Population"),
        column("area_km2", REAL, "Fläche", "Area", "km2", 1),
        column("share_population", REAL, "Anteil Einwohner", "Share of population", "percent", 1),
        column("share_areas", REAL, "Anteil Gebiete", "Share of areas", "percent", 1),
        column("share_area_km2", REAL, "Anteil Fläche", "Share of area", "percent", 1),
    ),
    title={"de": "Dichteklassen", "en": "Density bands"},
    csv_stem={"de": "dichteklassen", "en": "density_bands"},
)

# bandstatistics' OUTPUT: per group and band, points observed and expected from population.
BAND_STATISTICS = OutputTable(
    "band_statistics",
    (
        GROUP,
        BAND,
        BAND_LABEL,
        column("points", INTEGER, "Punkte", "Points", "count"),
        column("share", REAL, "Anteil Punkte", "Share of points", "percent", 1),
        column(
            "cumulative_share",
            REAL,
            "Anteil in dieser oder dichterer Klasse",
            "Share in this or a denser band",
            "percent",
            1,
        ),
        column("population_share", REAL, "Anteil Einwohner", "Share of population", "percent", 1),
        column("expected", REAL, "Erwartet", "Expected", "points", 1),
        column("enrichment", REAL, "Anreicherung", "Enrichment", "ratio", 2),
        column("p_value", REAL, "p-Wert", "p-value", decimals=3),
        column("iterations", INTEGER, "Zufallsverteilungen", "Random placements", in_report=False),
        column("seed", BIG_INTEGER, "Startwert", "Seed", in_report=False),
    ),
    title={
        "de": "Punkte je Dichteklasse gegenüber der Bevölkerung",
        "en": "Points per density band against population",
    },
    csv_stem={"de": "punkte_je_dichteklasse", "en": "points_per_band"},
)


def band_counts_json(counts):
    """The BAND_COUNTS output of both algorithms: ``{"1": n, …}`` in band order."""
    return json.dumps({str(band): count for band, count in counts.items()})
