"""The result-table declarations: headings as readers see them, and the rules every table keeps."""

import pytest

from i40_disparity_plugin.core.density.outputs import AREA_BANDS, BAND_STATISTICS, BAND_SUMMARY
from i40_disparity_plugin.core.indicators.outputs import JOIN_REPORT
from i40_disparity_plugin.core.output_tables import TEXT, UNITS
from i40_disparity_plugin.core.points.outputs import (
    AREA_COUNTS,
    CROSSTAB,
    DISTANCES,
    NEAREST,
    PLACED,
    UNPLACED,
    USE_CASE,
    within_column,
    within_field,
)

TABLES = [
    AREA_BANDS,
    BAND_SUMMARY,
    BAND_STATISTICS,
    USE_CASE,
    PLACED,
    UNPLACED,
    AREA_COUNTS,
    NEAREST,
    DISTANCES,
    CROSSTAB,
    JOIN_REPORT,
]


@pytest.mark.parametrize(
    ("table", "name", "language", "heading"),
    [
        (BAND_SUMMARY, "n_areas", "de", "Gebiete (Anzahl)"),
        (BAND_SUMMARY, "area_km2", "en", "Area (km²)"),
        (BAND_SUMMARY, "share_population", "de", "Anteil Einwohner (%)"),
        (BAND_STATISTICS, "expected", "de", "Erwartet (Punkte)"),
        (BAND_STATISTICS, "enrichment", "en", "Enrichment (observed/expected)"),
        (BAND_STATISTICS, "p_value", "de", "p-Wert"),
        (DISTANCES, "median_km", "de", "Median (km)"),
        (JOIN_REPORT, "key", "de", "Schlüssel"),
    ],
)
def test_headings_carry_their_unit_in_parentheses(table, name, language, heading):
    assert table.column(name).heading(language) == heading


def test_a_radius_column_is_named_and_headed_per_language():
    column = within_column(2.5)
    assert column.name == within_field(2.5) == "within_2_5km"
    assert column.heading("de") == "Anteil bis 2,5 km (%)"
    assert column.heading("en") == "Share within 2.5 km (%)"
    assert DISTANCES.with_columns(column).names[-1] == "within_2_5km"
    assert DISTANCES.names == ("measure", "n", "median_km")


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_every_column_is_headed_in_both_languages_with_a_known_unit(table):
    for column in table.columns:
        assert set(column.label) == {"de", "en"}, column.name
        assert column.unit in UNITS or column.unit == "", column.name
        assert column.decimals == 0 or column.type != TEXT, column.name


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_field_names_are_unique_and_fit_every_format(table):
    names = table.names
    assert len(set(names)) == len(names)
    # Lower-case ASCII names travel through every format and SQL database unquoted.
    assert all(name.isascii() and name == name.lower() for name in names)


def test_tables_that_feed_the_report_have_a_title_and_a_file_stem():
    in_report = [t for t in TABLES if t.title is not None]
    assert {t.name for t in in_report} == {
        "density",
        "band_statistics",
        "distances",
        "crosstab",
        "join",
    }
    stems = [t.csv_stem[lang] for t in in_report for lang in ("de", "en")]
    assert len(set(stems)) == len(stems)


def test_an_unknown_column_is_a_key_error():
    with pytest.raises(KeyError):
        BAND_SUMMARY.column("no_such_column")
