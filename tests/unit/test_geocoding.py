"""Offline geocoding: each route one by one, ambiguous names, and nothing guessed silently."""

from pathlib import Path

import pytest

from i40_disparity_plugin.core.points.geocoding import (
    NOTE_AGS_INVALID,
    NOTE_AGS_UNKNOWN,
    NOTE_COORDINATES_OUTSIDE,
    NOTE_COORDINATES_SWAPPED,
    NOTE_NAME_AMBIGUOUS,
    NOTE_NAME_BY_LAND,
    NOTE_NAME_BY_PLZ,
    NOTE_NAME_OTHER_LAND,
    NOTE_NAME_UNKNOWN,
    NOTE_NO_GEMEINDE_LAYER,
    NOTE_NO_LOCATION,
    NOTE_NO_PLZ_LAYER,
    NOTE_PLZ_INVALID,
    NOTE_PLZ_UNKNOWN,
    Gemeinde,
    GemeindeLookup,
    geocode,
    unplaced_rows,
)
from i40_disparity_plugin.core.points.use_cases import read_use_cases

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "use_cases"
VG5000_GEM = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "data"
    / "vg5000_2021"
    / "shp"
    / "VG5000_GEM.shp"
)

# Hand-built lookups; points are rounded town centres, enough to tell the routes apart.
PLZ_POINTS = {"01067": (13.73, 51.05), "70173": (9.18, 48.78), "60311": (8.68, 50.11)}
GEMEINDEN = [
    Gemeinde("06412000", "Frankfurt am Main", 8.68, 50.12),
    Gemeinde("12053000", "Frankfurt (Oder)", 14.53, 52.34),
    Gemeinde("15002000", "Halle (Saale)", 11.97, 51.48),
    Gemeinde("05754012", "Halle (Westf.)", 8.36, 52.06),
    Gemeinde("03255016", "Halle", 9.56, 51.99),
    Gemeinde("03456008", "Halle", 6.94, 52.50),
    Gemeinde("10045117", "St. Ingbert", 7.11, 49.28),
    Gemeinde("14612000", "Dresden", 13.74, 51.05),
]


def one(record, **lookups):
    lookups.setdefault("plz_points", PLZ_POINTS)
    lookups.setdefault("gemeinden", GEMEINDEN)
    (result,) = geocode([record], **lookups)
    return result


def templates(result):
    return [note.template for note in result.notes]


def test_coordinates_inside_germany_are_used_as_they_are():
    result = one({"lon": 9.18, "lat": 48.78, "plz": "01067"})
    assert (result.x, result.y, result.method) == (9.18, 48.78, "coordinates")
    assert result.notes == () and result.note_text() is None and result.placed


def test_coordinates_outside_germany_are_noted_and_the_next_route_taken():
    result = one({"lon": 2.35, "lat": 48.86, "plz": "70173"})
    assert (result.x, result.y, result.method) == (9.18, 48.78, "plz")
    assert templates(result) == [NOTE_COORDINATES_OUTSIDE]
    assert result.notes[0].params == {"lon": "2.35", "lat": "48.86"}
    assert result.note_text() == "coordinates (2.35, 48.86) lie outside Germany and were not used"
    assert result.note_text(str.upper).startswith("COORDINATES (2.35, 48.86) LIE")


def test_swapped_and_projected_coordinates_are_not_used():
    swapped = one({"lon": 48.78, "lat": 9.18})
    assert not swapped.placed
    assert templates(swapped) == [NOTE_COORDINATES_SWAPPED]
    projected = one({"lon": 3513000.0, "lat": 5404000.0, "city": "Dresden"})
    assert projected.method == "name"
    assert templates(projected) == [NOTE_COORDINATES_OUTSIDE]


def test_plz_route_and_a_plz_that_lost_its_leading_zero():
    for raw in ("01067", "1067", 1067, 1067.0):
        result = one({"plz": raw, "city": "Frankfurt"})
        assert (result.x, result.y, result.method) == (13.73, 51.05, "plz"), raw


def test_plz_points_keys_are_normalised_too():
    result = one({"plz": "01067"}, plz_points={1067: (13.73, 51.05)})
    assert result.method == "plz"


def test_unknown_or_invalid_plz_falls_through_with_a_note():
    unknown = one({"plz": "99999", "ags": "14612000"})
    assert unknown.method == "ags"
    assert templates(unknown) == [NOTE_PLZ_UNKNOWN]
    invalid = one({"plz": "ABC", "city": "Dresden"})
    assert invalid.method == "name"
    assert templates(invalid) == [NOTE_PLZ_INVALID]
    no_layer = one({"plz": "01067"}, plz_points=None)
    assert not no_layer.placed
    assert templates(no_layer) == [NOTE_NO_PLZ_LAYER]


def test_ags_route_with_lost_zero_and_ars():
    for raw in ("06412000", "6412000", 6412000, "064120000000"):
        result = one({"ags": raw, "city": "Frankfurt"})
        assert (result.x, result.y, result.method) == (8.68, 50.12, "ags"), raw


def test_unknown_or_invalid_ags_falls_through_to_the_name():
    unknown = one({"ags": "09162000", "city": "Dresden"})
    assert unknown.method == "name"
    assert templates(unknown) == [NOTE_AGS_UNKNOWN]
    invalid = one({"ags": "abc", "city": "Dresden"})
    assert invalid.method == "name"
    assert templates(invalid) == [NOTE_AGS_INVALID]


def test_name_route():
    result = one({"city": "Dresden"})
    assert (result.x, result.y, result.method) == (13.74, 51.05, "name")
    assert one({"city": "Sankt Ingbert"}).method == "name"
    assert one({"city": "01067 Dresden"}).method == "plz"  # PLZ written before the town


def test_ambiguous_frankfurt_without_land_stays_unplaced_with_both_candidates():
    result = one({"city": "Frankfurt"})
    assert not result.placed and (result.x, result.y) == (None, None)
    assert templates(result) == [NOTE_NAME_AMBIGUOUS]
    assert {candidate.ags for candidate in result.candidates} == {"06412000", "12053000"}
    assert result.candidates_text() == "Frankfurt am Main (06412000); Frankfurt (Oder) (12053000)"
    assert result.notes[0].params["count"] == 2


@pytest.mark.parametrize(
    ("land", "ags"),
    [("HE", "06412000"), ("Hessen", "06412000"), ("06", "06412000"), ("BB", "12053000")],
)
def test_ambiguous_frankfurt_is_decided_by_the_land(land, ags):
    result = one({"city": "Frankfurt", "land": land})
    expected = next(g for g in GEMEINDEN if g.ags == ags)
    assert (result.x, result.y, result.method) == (expected.x, expected.y, "name")
    assert templates(result) == [NOTE_NAME_BY_LAND]
    assert result.candidates == ()


def test_a_land_that_fits_no_candidate_leaves_the_record_unplaced():
    result = one({"city": "Frankfurt", "land": "BY"})
    assert not result.placed
    assert templates(result) == [NOTE_NAME_OTHER_LAND]
    assert len(result.candidates) == 2
    single = one({"city": "Dresden", "land": "BW"})
    assert not single.placed and [g.name for g in single.candidates] == ["Dresden"]


def test_halle_in_lower_saxony_stays_ambiguous_and_in_nrw_is_decided():
    assert len(one({"city": "Halle"}).candidates) == 4
    lower_saxony = one({"city": "Halle", "land": "NI"})
    assert not lower_saxony.placed and len(lower_saxony.candidates) == 2
    assert one({"city": "Halle", "land": "NRW"}).method == "name"
    assert one({"city": "Halle (Saale)"}).method == "name"


def test_a_plz_gemeinde_table_decides_what_the_land_cannot():
    result = one(
        {"city": "Halle", "land": "NI", "plz": "37620"},
        plz_gemeinden={"37620": ["03255016"]},
    )
    assert (result.x, result.y, result.method) == (9.56, 51.99, "name")
    assert templates(result) == [NOTE_PLZ_UNKNOWN, NOTE_NAME_BY_PLZ]
    # without the table, the PLZ cannot decide: unplaced, candidates listed
    undecided = one({"city": "Halle", "land": "NI", "plz": "37620"})
    assert not undecided.placed and len(undecided.candidates) == 2


def test_unknown_names_and_records_without_any_location():
    unknown = one({"city": "Atlantis"})
    assert not unknown.placed and templates(unknown) == [NOTE_NAME_UNKNOWN]
    nothing = one({"title": "no place", "plz": None, "city": "  ", "lon": float("nan")})
    assert not nothing.placed and templates(nothing) == [NOTE_NO_LOCATION]
    no_layer = one({"city": "Dresden"}, gemeinden=None)
    assert not no_layer.placed and templates(no_layer) == [NOTE_NO_GEMEINDE_LAYER]


def test_an_empty_table_gives_no_results():
    assert geocode([], PLZ_POINTS, GEMEINDEN) == []
    assert unplaced_rows([], []) == []


def test_a_use_case_table_end_to_end():
    table = read_use_cases(FIXTURES / "anwendungsbeispiele_synthetisch_cp1252.csv")
    results = geocode(table.data.to_dict("records"), PLZ_POINTS, GemeindeLookup(GEMEINDEN))
    assert [result.method for result in results] == [
        "plz",  # PLZ 1067 → 01067
        "coordinates",
        "name",  # Frankfurt, HE
        "name",  # Frankfurt, BB
        None,  # Frankfurt without Land
        None,  # nothing readable
    ]
    assert (results[2].x, results[3].x) == (8.68, 14.53)
    assert len(results[4].candidates) == 2
    # The two unplaced records as UNPLACED rows, numbered among the records from 1. The last
    # one's PLZ "ABCDE" and Land "Mars" were not read, so only its town is left to try.
    assert unplaced_rows(table.data.to_dict("records"), results) == [
        {
            "row": 5,
            "title": "Ohne Ort (synthetisch)",
            "organisation": "Beratung Beispiel",
            "plz": None,
            "city": "Frankfurt",
            "land": None,
            "reason": "'Frankfurt' names 2 Gemeinden: Frankfurt am Main (06412000); "
            "Frankfurt (Oder) (12053000); give the Land or the postcode",
            "candidates": "Frankfurt am Main (06412000); Frankfurt (Oder) (12053000)",
        },
        {
            "row": 6,
            "title": "Falsche Werte (synthetisch)",
            "organisation": "Irgendwer",
            "plz": None,
            "city": "Irgendwo",
            "land": None,
            "reason": "no Gemeinde is named 'Irgendwo'",
            "candidates": None,
        },
    ]


@pytest.fixture(scope="module")
def vg5000_gemeinden():
    ogr = pytest.importorskip("osgeo.ogr")
    osr = pytest.importorskip("osgeo.osr")
    if not VG5000_GEM.exists():
        pytest.skip(f"{VG5000_GEM} not found")
    source = ogr.Open(str(VG5000_GEM))
    layer = source.GetLayer()
    target = osr.SpatialReference()
    target.ImportFromEPSG(4326)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(layer.GetSpatialRef(), target)
    gemeinden = []
    for feature in layer:
        point = feature.GetGeometryRef().PointOnSurface()
        point.Transform(transform)
        gemeinden.append(
            Gemeinde(feature.GetField("AGS"), feature.GetField("GEN"), *point.GetPoint_2D())
        )
    return GemeindeLookup(gemeinden)


def test_frankfurt_against_the_real_vg5000_gemeinden(vg5000_gemeinden):
    assert len(vg5000_gemeinden) == 10997
    ambiguous = one({"city": "Frankfurt"}, gemeinden=vg5000_gemeinden)
    assert sorted(g.name for g in ambiguous.candidates) == ["Frankfurt (Oder)", "Frankfurt am Main"]
    hessen = one({"city": "Frankfurt", "land": "HE"}, gemeinden=vg5000_gemeinden)
    assert hessen.method == "name"
    assert 8.4 < hessen.x < 8.9 and 50.0 < hessen.y < 50.3
    brandenburg = one({"city": "Frankfurt", "land": "BB"}, gemeinden=vg5000_gemeinden)
    assert 14.3 < brandenburg.x < 14.7 and 52.2 < brandenburg.y < 52.5
    by_key = one({"ags": 6412000}, gemeinden=vg5000_gemeinden)
    assert (by_key.x, by_key.y) == (hessen.x, hessen.y)
    assert one({"city": "St. Ingbert"}, gemeinden=vg5000_gemeinden).method == "name"
