"""Source lines of the atlas pages in the page's language, each known source in words."""

from i40_disparity_plugin.core.attribution import (
    BKG_VG5000_2021,
    CENTRES_COMPILED,
    UNIVERSITIES_HRK,
    attribution_for_fields,
    attribution_in,
)


def test_known_sources_follow_the_page_language():
    assert attribution_in(BKG_VG5000_2021, "en").startswith("Administrative areas: © GeoBasis")
    assert attribution_in(CENTRES_COMPILED["en"], "de") == CENTRES_COMPILED["de"]
    assert attribution_in("Quelle: Anwendungsbeispiele", "en") == "Source: Anwendungsbeispiele"
    assert attribution_in("Kreisdaten: eigene Werte", "en") == "Kreisdaten: eigene Werte"


def test_the_reference_lists_are_known_by_their_columns_and_name_no_file():
    centres = ["programme", "name", "city", "ags", "start", "status", "source"]
    universities = ["name", "short_name", "category", "plz", "city", "land", "students"]
    assert attribution_for_fields(centres) == CENTRES_COMPILED["de"]
    assert attribution_for_fields(universities) == UNIVERSITIES_HRK["de"]
    for line in [*CENTRES_COMPILED.values(), *UNIVERSITIES_HRK.values()]:
        assert "data/" not in line and ".csv" not in line
