"""The points feature's result tables: placed use cases, assignments to areas, nearest
facilities and their distances, and cross tables."""

from ..number_format import format_number
from ..output_tables import BIG_INTEGER, INTEGER, REAL, TEXT, OutputTable, column

# The use-case schema: the fields every table of places is read into (core/points/use_cases.py),
# in the order they lead geocodepoints' OUTPUT; the table's own columns follow, then PLACED.
USE_CASE = OutputTable(
    "use_case",
    (
        column("title", TEXT, "Titel", "Title"),
        column("organisation", TEXT, "Organisation", "Organisation"),
        column("plz", TEXT, "PLZ", "PLZ"),
        column("city", TEXT, "Ort", "Town"),
        column("land", TEXT, "Land", "Land"),
        column("sector", TEXT, "Branche", "Sector"),
        column("employees", BIG_INTEGER, "Beschäftigte", "Employees"),
        column("size_class", TEXT, "Größenklasse", "Size class"),
        column("maturity", TEXT, "Reifegrad", "Maturity"),
        column("scenario", TEXT, "Anwendungsszenario", "Application scenario"),
        column("lon", REAL, "Längengrad", "Longitude", decimals=5),
        column("lat", REAL, "Breitengrad", "Latitude", decimals=5),
        column("ags", TEXT, "Gemeindeschlüssel (AGS)", "Gemeinde key (AGS)"),
    ),
)

# Added to every placed record (geocodepoints, referencefacilities).
PLACED = OutputTable(
    "placed",
    (
        column("geocode_method", TEXT, "Verortet über", "Placed by"),
        column("geocode_note", TEXT, "Hinweis zur Verortung", "Placement note"),
    ),
)

# Added by referencefacilities to the universities, after PLACED: a label a map reader can use
# (core/points/facility_labels.py), where the list's short name is the HRK's "Aachen TH".
FACILITY_LABEL = OutputTable("facility_label", (column("label", TEXT, "Beschriftung", "Label"),))

# The records that could not be placed: their row in the table, the schema fields that say
# what and where they are, and why they were not placed.
UNPLACED_RECORD_FIELDS = ("title", "organisation", "plz", "city", "land")
UNPLACED = OutputTable(
    "unplaced",
    (
        column("row", INTEGER, "Zeile", "Row"),
        *(USE_CASE.column(name) for name in UNPLACED_RECORD_FIELDS),
        column("reason", TEXT, "Grund", "Reason"),
        column("candidates", TEXT, "Kandidaten", "Candidates"),
    ),
)

# Added to every area by assignpoints' COUNTS output.
AREA_COUNTS = OutputTable(
    "area_counts", (column("n_points", INTEGER, "Punkte", "Points", "count"),)
)

# Added to every point (and area) by nearestfacility.
NEAREST = OutputTable(
    "nearest",
    (
        column("nearest_name", TEXT, "Nächste Einrichtung", "Nearest facility"),
        column("nearest_category", TEXT, "Art der Einrichtung", "Kind of facility"),
        column("distance_km", REAL, "Entfernung", "Distance", "km", 1),
    ),
)

# nearestfacility's SUMMARY, plus one within_<km>km column per radius (within_column).
DISTANCES = OutputTable(
    "distances",
    (
        column("measure", TEXT, "Gemessen für", "Measured for"),
        column("n", INTEGER, "Anzahl", "Number"),
        column("median_km", REAL, "Median", "Median", "km", 1),
    ),
    title={
        "de": "Entfernungen zur nächsten Einrichtung",
        "en": "Distances to the nearest facility",
    },
    csv_stem={"de": "entfernungen", "en": "distances"},
)


def within_field(km):
    """The field name of a radius: ``within_10km``, ``within_2_5km``."""
    return f"within_{format_number(km, 'en').replace('.', '_')}km"


def within_column(km):
    """The share of points or population at most ``km`` from the nearest facility."""
    de, en = format_number(km, "de"), format_number(km, "en")
    return column(
        within_field(km), REAL, f"Anteil bis {de} km", f"Share within {en} km", "percent", 1
    )


def distances_table(radii_km):
    """nearestfacility's SUMMARY for these radii: DISTANCES and a share column per radius."""
    return DISTANCES.with_columns(*(within_column(km) for km in radii_km))


# crosstab's OUTPUT: its columns are the categories counted, the first the row categories;
# the heading of each is its category.
CROSSTAB = OutputTable(
    "crosstab",
    title={"de": "Kreuztabelle", "en": "Cross table"},
    csv_stem={"de": "kreuztabelle", "en": "cross_table"},
)


def crosstab_table(field_names):
    """CROSSTAB with its columns: the row categories (text) under the first name, counts under
    the others."""
    first, *counted = field_names
    return CROSSTAB.with_columns(
        column(first, TEXT, first, first), *(column(name, INTEGER, name, name) for name in counted)
    )
