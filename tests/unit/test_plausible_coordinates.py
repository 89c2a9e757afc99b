"""Coordinates that cannot be German data in the CRS they declare (core/plausible_coordinates)."""

from i40_disparity_plugin.core.plausible_coordinates import (
    FAR_FROM_GERMANY,
    NOT_DEGREES,
    coordinates_problem,
)

DRESDEN = (13.6, 50.9, 13.9, 51.2)  # west, south, east, north in degrees


def check(bounds, geographic=True, degree_bounds=None):
    degree_bounds = bounds if geographic and degree_bounds is None else degree_bounds
    return coordinates_problem("PLZ", "EPSG:4326", bounds, geographic, degree_bounds, "de")


def test_german_and_border_data_pass():
    assert check(DRESDEN) is None
    assert check((7.7, 48.5, 7.8, 48.6)) is None  # Strasbourg, across the Rhine
    # Metres in EPSG:3035, with the corners QGIS transformed to degrees.
    assert check((4.3e6, 3.0e6, 4.4e6, 3.1e6), geographic=False, degree_bounds=DRESDEN) is None


def test_swapped_latitude_and_longitude_are_far_from_germany():
    swapped = (50.8, 13.6, 51.4, 14.0)
    problem = check(swapped)
    assert problem.template == FAR_FROM_GERMANY
    # The centre of the box, in German numbers.
    assert (problem.params["lon"], problem.params["lat"]) == ("51,1", "13,8")


def test_metres_declared_as_degrees_are_no_degrees():
    problem = check((4_300_000.0, 3_000_000.0, 4_310_000.0, 3_001_000.0))
    assert problem.template == NOT_DEGREES
    assert (problem.params["x"], problem.params["y"]) == ("4.310.000", "3.001.000")


def test_a_box_that_could_not_be_transformed_is_far():
    problem = check((0.0, 0.0, 10.0, 10.0), geographic=False, degree_bounds=None)
    assert problem.template == FAR_FROM_GERMANY
