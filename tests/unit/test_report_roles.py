import pytest

from i40_disparity_plugin.core.report.roles import (
    BAND_STATISTICS,
    CROSSTAB,
    DENSITY_SUMMARY,
    DISTANCES,
    JOIN_REPORTS,
    report_role,
)


@pytest.mark.parametrize(
    ("fields", "abstract", "role"),
    [
        # The columns each algorithm writes (as in a `make demo` output).
        (
            ["group", "band", "band_label", "n_areas", "population", "area_km2",
             "share_population", "share_areas", "share_area_km2"],
            "",
            DENSITY_SUMMARY,
        ),
        (
            ["group", "band", "band_label", "points", "share", "cumulative_share",
             "population_share", "expected", "enrichment", "p_value", "iterations", "seed"],
            "",
            BAND_STATISTICS,
        ),
        (["measure", "n", "median_km", "within_10km"], "", DISTANCES),
        (["side", "key", "name", "reason", "detail"], "", JOIN_REPORTS),
        (
            ["land", "1–250", "Summe"],
            "Counts by 'land' (rows) … (algorithm i40disparity:crosstab).",
            CROSSTAB,
        ),
    ],
)  # fmt: skip
def test_each_output_table_is_recognised(fields, abstract, role):
    assert report_role(fields, abstract) == role


def test_field_names_are_compared_without_case():
    assert report_role(["Measure", "N", "Median_KM"]) == DISTANCES


def test_a_table_of_unknown_kind_has_no_role():
    assert report_role(["land", "1–250", "Summe"], "made by hand") is None
    assert report_role(["band", "n_areas"]) is None  # a part of a signature is not enough
