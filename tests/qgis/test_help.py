"""The help page shipped with the plugin: every algorithm's help URL and every dock's Help
button lead to a section that exists, in German and in English."""

import importlib
import re
from pathlib import Path

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices

from i40_disparity_plugin.gis.help_page import HELP_DIR

PAGES = ("de.html", "en.html")


def section_ids(page):
    return set(re.findall(r'id="([^"]+)"', (HELP_DIR / page).read_text(encoding="utf-8")))


def test_both_pages_have_the_same_sections():
    german, english = (section_ids(page) for page in PAGES)
    assert german == english
    assert len(german) >= 17  # four docks, twelve algorithms, PostGIS, sources


def test_every_algorithm_links_its_own_section(provider):
    algorithms = provider.algorithms()
    assert len(algorithms) == 12
    for algorithm in algorithms:
        url = QUrl(algorithm.helpUrl())
        assert url.isLocalFile(), algorithm.id()
        assert Path(url.toLocalFile()).exists()
        assert url.fragment() == algorithm.name()
        assert url.fragment() in section_ids(Path(url.toLocalFile()).name)


@pytest.mark.parametrize(
    ("module", "panel_class"),
    [
        ("density_bands_panel", "DensityBandsPanel"),
        ("district_indicators_panel", "DistrictIndicatorsPanel"),
        ("use_cases_panel", "UseCasesPanel"),
        ("atlas_report_panel", "AtlasReportPanel"),
    ],
)
def test_each_dock_opens_its_section(qgis_iface, provider, monkeypatch, module, panel_class):
    panel_module = importlib.import_module(f"i40_disparity_plugin.gui.{module}")
    opened = []
    # No browser here: the URL handed to the desktop is what is checked.
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel = getattr(panel_module, panel_class)(qgis_iface)
    panel.helpButton.click()
    (url,) = opened
    page = Path(url.toLocalFile())
    assert page.name == ("de.html" if QgsApplication.locale().startswith("de") else "en.html")
    assert url.fragment() == panel.HELP_SECTION
    assert url.fragment() in section_ids(page.name)
    panel.shutdown()
