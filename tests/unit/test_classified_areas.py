"""densitybands' analysis in the core: areas fed one by one, rows as BAND_SUMMARY and
AREA_BANDS declare them; every expected value computed by hand."""

import pytest

from i40_disparity_plugin.core.density.bands import REASON_NO_POPULATION
from i40_disparity_plugin.core.density.classified_areas import ClassifiedAreas
from i40_disparity_plugin.core.density.outputs import AREA_BANDS, BAND_SUMMARY
from i40_disparity_plugin.core.messages import CoreError

LOW, MID, HIGH = "≤ 100 inh./km²", "> 100 to 1,000 inh./km²", "> 1,000 inh./km²"


@pytest.fixture
def areas():
    """Thresholds 100 and 1000: three classified areas, three without a band."""
    areas = ClassifiedAreas((100, 1000), "en")
    areas.add(50, 1.0, "BW")  # 50 /km²: band 1
    areas.add(2000, 4.0, "BW")  # 500 /km²: band 2
    areas.add(3000, 1.0, "HE")  # 3,000 /km²: band 3
    areas.add(None, 2.0, "HE")  # population missing
    areas.add(10, 0.0, None)  # area zero, in no group
    areas.add(20, 0.0, "")  # area zero, in the group named ""
    return areas


def test_summary_rows_by_hand_all_areas_first_then_each_group(areas):
    # Classified totals: population 5,050, 3 areas, 6 km².
    everything = [
        ("all", 1, LOW, 1, 50.0, 1.0, 100 * 50 / 5050, 100 / 3, 100 / 6),
        ("all", 2, MID, 1, 2000.0, 4.0, 100 * 2000 / 5050, 100 / 3, 400 / 6),
        ("all", 3, HIGH, 1, 3000.0, 1.0, 100 * 3000 / 5050, 100 / 3, 100 / 6),
        # The three unclassified keep their usable population (10 + 20) and area (2 km²).
        ("all", None, "not classified", 3, 30.0, 2.0, None, None, None),
    ]
    # A group named "" is a group of its own, not the row of all areas; nothing classified.
    empty_name = [
        ("", 1, LOW, 0, 0.0, 0.0, None, None, None),
        ("", 2, MID, 0, 0.0, 0.0, None, None, None),
        ("", 3, HIGH, 0, 0.0, 0.0, None, None, None),
        ("", None, "not classified", 1, 20.0, 0.0, None, None, None),
    ]
    # BW: population 2,050, 2 areas, 5 km².
    bw = [
        ("BW", 1, LOW, 1, 50.0, 1.0, 100 * 50 / 2050, 50.0, 20.0),
        ("BW", 2, MID, 1, 2000.0, 4.0, 100 * 2000 / 2050, 50.0, 80.0),
        ("BW", 3, HIGH, 0, 0.0, 0.0, 0.0, 0.0, 0.0),
    ]
    he = [
        ("HE", 1, LOW, 0, 0.0, 0.0, 0.0, 0.0, 0.0),
        ("HE", 2, MID, 0, 0.0, 0.0, 0.0, 0.0, 0.0),
        ("HE", 3, HIGH, 1, 3000.0, 1.0, 100.0, 100.0, 100.0),
        ("HE", None, "not classified", 1, 0.0, 2.0, None, None, None),
    ]
    expected = everything + empty_name + bw + he
    rows = areas.summary_rows()
    assert len(rows) == len(expected)
    for row, hand in zip(rows, expected):
        assert row == pytest.approx(hand)


def test_summary_rows_follow_the_declared_column_order(areas):
    # Read by name through the declaration: n_areas of band 2 over all areas is 1, its
    # share of the area 4 of 6 km².
    row = dict(zip(BAND_SUMMARY.names, areas.summary_rows()[1]))
    assert (row["group"], row["band"], row["n_areas"]) == ("all", 2, 1)
    assert row["share_area_km2"] == pytest.approx(400 / 6)


def test_counts_per_band_and_reasons_by_hand(areas):
    assert areas.band_counts() == {1: 1, 2: 1, 3: 1}
    assert (areas.classified, areas.unclassified) == (3, 3)
    assert areas.reasons() == [("area zero or negative", 2), ("population missing", 1)]


def test_bands_without_areas_are_counted_as_zero():
    areas = ClassifiedAreas((150, 300, 500), "de")
    areas.add(900, 1.0)
    assert areas.band_counts() == {1: 0, 2: 0, 3: 0, 4: 1}
    assert areas.reasons() == []
    assert [row[0] for row in areas.summary_rows()] == ["alle"] * 4


def test_area_row_is_in_the_declared_order_with_its_reason_translated():
    areas = ClassifiedAreas((100, 1000), "en")
    banded = areas.add(50, 1.0)
    missing = areas.add(None, 2.0)
    assert AREA_BANDS.names == ("area_km2", "density", "band", "band_label", "band_note")
    assert areas.area_row(banded, str.upper) == (1.0, 50.0, 1, LOW, None)
    assert missing.reason == REASON_NO_POPULATION
    assert areas.area_row(missing, str.upper) == (2.0, None, None, None, "POPULATION MISSING")


def test_a_missing_group_value_joins_no_group():
    areas = ClassifiedAreas((100,), "en")
    areas.add(50, 1.0, None)
    areas.add(50, 1.0, float("nan"))
    areas.add(50, 1.0, 7)  # a numeric group field: grouped by its text
    assert sorted({row[0] for row in areas.summary_rows()}) == ["7", "all"]


def test_impossible_thresholds_are_refused():
    with pytest.raises(CoreError):
        ClassifiedAreas((300, 150), "en")
