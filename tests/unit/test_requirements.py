"""The start-up check that names missing third-party packages."""

from i40_disparity_plugin.core.requirements import (
    ALL_REQUIREMENTS,
    SPATIAL_REQUIREMENTS,
    STATISTICS_REQUIREMENTS,
    Requirement,
    install_hint,
    missing_requirements,
)


def test_a_module_that_does_not_exist_is_missing():
    absent = Requirement("i40_no_such_module", (1, 0), "python3-nosuch")
    assert missing_requirements((absent,)) == [absent]


def test_an_installed_module_older_than_required_is_missing():
    too_new_minimum = Requirement("pytest", (999, 0), "python3-pytest")
    assert missing_requirements((too_new_minimum,)) == [too_new_minimum]


def test_the_venv_has_everything_the_tools_need():
    assert missing_requirements(ALL_REQUIREMENTS) == []


def test_install_hint_uses_apt_where_debian_fits_and_pip_without_dependencies_elsewhere():
    hint = install_hint(list(STATISTICS_REQUIREMENTS + SPATIAL_REQUIREMENTS))
    assert "sudo apt install python3-pandas python3-openpyxl" in hint
    assert "pip install --user --no-deps --break-system-packages 'shapely>=2.0'" in hint
    assert "pandas" not in hint.split(";")[1]
