"""The check that names missing third-party packages, and what it tells the user to do."""

import types

import pytest
import shapely

from i40_disparity_plugin.core.requirements import (
    ALL_REQUIREMENTS,
    DEBIAN,
    OTHER,
    PANDAS,
    SHAPELY,
    WINDOWS,
    Missing,
    Requirement,
    install_advice,
    missing_requirements,
    package_names,
    usable_shapely,
)


def shapely_like(version, without=()):
    """A module object with shapely's functions and ``version``, less those in ``without``."""
    names = {name: getattr(shapely, name) for name in dir(shapely) if not name.startswith("__")}
    for name in without:
        del names[name]
    return types.SimpleNamespace(__version__=version, **names)


def test_shapely_that_calls_itself_0_unknown_but_works_is_usable():
    # Debian sid's python3-shapely reports its version as "0+unknown".
    assert usable_shapely(shapely_like("0+unknown"))


@pytest.mark.parametrize("lacking", ["intersects_xy", "STRtree", "from_wkb"])
def test_shapely_without_a_function_the_plugin_calls_is_not_usable(lacking):
    assert not usable_shapely(shapely_like("2.1.0", without=[lacking]))


def test_a_tree_whose_query_takes_no_predicate_is_not_usable():
    class Shapely18Tree:  # shapely 1.8's STRtree.query(geometry) knows no predicate
        def __init__(self, geometries):
            self.geometries = geometries

        def query(self, geometry):
            return self.geometries

    old = shapely_like("2.0.0")
    old.STRtree = Shapely18Tree
    assert not usable_shapely(old)


def test_a_module_that_does_not_exist_is_missing():
    absent = Requirement("i40_no_such_module", "nosuch", "python3-nosuch")
    assert missing_requirements((absent,)) == [Missing(absent, too_old=False)]


def test_an_importable_module_without_what_is_called_is_too_old():
    unusable = Requirement("pytest", "pytest 99", "python3-pytest", usable=lambda module: False)
    assert missing_requirements((unusable,)) == [Missing(unusable, too_old=True)]


def test_the_venv_has_everything_the_tools_need():
    assert missing_requirements(ALL_REQUIREMENTS) == []


ABSENT_PANDAS = Missing(PANDAS, too_old=False)
OLD_SHAPELY = Missing(SHAPELY, too_old=True)


@pytest.mark.parametrize(
    ("missing", "platform", "expected"),
    [
        ([ABSENT_PANDAS], DEBIAN, "Install with: sudo apt install python3-pandas"),
        (
            [ABSENT_PANDAS],
            WINDOWS,
            "Install python3-pandas with the OSGeo4W installer (Advanced Install).",
        ),
        ([ABSENT_PANDAS], OTHER, "Ask your administrator to install pandas for QGIS's Python."),
        # Debian 12's python3-shapely is 1.8: apt has no fitting version to offer.
        (
            [ABSENT_PANDAS, OLD_SHAPELY],
            DEBIAN,
            "Ask your administrator to install pandas, shapely 2 for QGIS's Python.",
        ),
    ],
)
def test_advice_is_one_short_sentence_for_the_platform(missing, platform, expected):
    advice = install_advice(missing, platform)
    assert advice.template.format(**advice.params) == expected


@pytest.mark.parametrize("platform", [DEBIAN, WINDOWS, OTHER])
def test_advice_never_suggests_pip(platform):
    for missing in ([ABSENT_PANDAS], [OLD_SHAPELY], [ABSENT_PANDAS, OLD_SHAPELY]):
        advice = install_advice(missing, platform)
        text = advice.template.format(**advice.params)
        assert "pip" not in text and "--break-system-packages" not in text


def test_package_names_are_the_labels():
    assert package_names([ABSENT_PANDAS, OLD_SHAPELY]) == "pandas, shapely 2"
