"""The "Atlas und Bericht" dock: its choices and the parameters it hands to the algorithms."""

import pytest
from conftest import memory_layer, square_wkt
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from test_export_atlas import bands, districts, universities, use_cases  # noqa: F401
from test_export_atlas import laender as atlas_laender  # noqa: F401
from test_plugin_and_dock import wait_until
from test_report import analysis  # noqa: F401 (the algorithms' outputs, as files)

from i40_disparity_plugin.compat import FieldType
from i40_disparity_plugin.gui.atlas_report_panel import AtlasReportPanel

X0, Y0, KM = 4_100_000, 2_700_000, 1000


@pytest.fixture
def laender(qgis_new_project):
    # VG5000_LAN has two rows per Land (GF 9 land, GF 8 with water); the list shows each once.
    rows = [
        ({"GEN": name, "GF": gf}, square_wkt(X0 + i * 100 * KM, Y0, 100 * KM))
        for i, name in enumerate(("Hessen", "Bayern", "Brandenburg"))
        for gf in (8, 9)
    ]
    layer = memory_layer(rows, fields={"GEN": FieldType.String, "GF": FieldType.Int}, name="Länder")
    QgsProject.instance().addMapLayer(layer)
    return layer


def _table(name, fields):
    return memory_layer(
        [], geometry="None", fields=dict.fromkeys(fields, FieldType.String), name=name
    )


def _output(name, path):
    """An algorithm's output file as the planner adds it to the project: the desktop loads
    the metadata QGIS wrote beside it (.qmd), where the cross table names its algorithm."""
    layer = QgsVectorLayer(str(path), name, "ogr")
    assert layer.isValid(), path
    assert layer.loadDefaultMetadata()[1], path
    return layer


@pytest.fixture
def result_tables(qgis_new_project, analysis):  # noqa: F811
    """What the algorithms wrote: the dock knows their tables by the fields they have."""
    tables = [
        _output("summary", analysis["summary.csv"]),
        _output("centres per band", analysis["stats.csv"]),
        _output("universities per band", analysis["stats.csv"]),
        _output("crosstab", analysis["crosstab.csv"]),
        _table("unrelated", ["a", "b"]),
    ]
    QgsProject.instance().addMapLayers(tables)
    return tables


def _items(widget):
    return [widget.item(row) for row in range(widget.count())]


def test_laender_are_listed_once_with_the_study_laender_checked(qgis_iface, laender):
    panel = AtlasReportPanel(qgis_iface)
    panel.laenderLayerCombo.setLayer(laender)
    assert panel.laenderFieldCombo.currentField() == "GEN"
    checked = {
        item.text(): item.checkState() == Qt.CheckState.Checked
        for item in _items(panel.laenderList)
    }
    assert checked == {"Bayern": False, "Brandenburg": True, "Hessen": True}
    panel.shutdown()


def test_result_tables_are_recognised_and_grouped_by_report_section(
    qgis_iface, laender, result_tables
):
    panel = AtlasReportPanel(qgis_iface)
    listed = [item.text() for item in _items(panel.tablesList)]
    assert len(listed) == 4 and not any(text.startswith("unrelated") for text in listed)
    panel.folderWidget.setFilePath("/tmp/atlas-out")
    parameters = panel.report_parameters("/tmp/atlas-out")
    summary, centres, universities_table, crosstab, _ = result_tables
    assert parameters["DENSITY_SUMMARY"] == summary.id()
    assert sorted(parameters["BAND_STATISTICS"]) == sorted([centres.id(), universities_table.id()])
    assert parameters["CROSSTAB"] == crosstab.id()
    assert parameters["OUTPUT"] == "/tmp/atlas-out/report.html"
    assert parameters["ATLAS_FOLDER"] == "/tmp/atlas-out"
    panel.shutdown()


def test_two_tables_for_a_one_table_section_are_refused(qgis_iface, result_tables, analysis):  # noqa: F811
    QgsProject.instance().addMapLayer(_output("second summary", analysis["summary.csv"]))
    panel = AtlasReportPanel(qgis_iface)
    panel.folderWidget.setFilePath("/tmp/atlas-out")
    assert panel.report_parameters() is None
    assert "only one table" in panel.statusLabel.text()
    panel.shutdown()


def test_tables_added_later_appear_in_the_list(qgis_iface, qgis_new_project, analysis):  # noqa: F811
    panel = AtlasReportPanel(qgis_iface)
    assert panel.tablesList.count() == 0
    QgsProject.instance().addMapLayer(_output("distances", analysis["distances.csv"]))
    assert [item.text() for item in _items(panel.tablesList)] == ["distances (distances)"]
    panel.shutdown()


def test_export_needs_a_folder_and_points(qgis_iface, laender):
    panel = AtlasReportPanel(qgis_iface)
    panel.laenderLayerCombo.setLayer(laender)
    assert not panel.runButton.isEnabled()  # no folder yet, no point layer in the project
    points = memory_layer([], geometry="Point", fields={"name": FieldType.String}, name="pts")
    QgsProject.instance().addMapLayer(points)
    panel.pointsCombo.setLayer(points)
    panel.folderWidget.setFilePath("/tmp/atlas-out")
    assert panel.runButton.isEnabled()
    panel.shutdown()


def test_dock_exports_the_pages_and_the_report_into_one_folder(
    qgis_iface,
    provider,
    tmp_path,
    atlas_laender,  # noqa: F811 (fixtures of the atlas tests)
    districts,  # noqa: F811
    bands,  # noqa: F811
    use_cases,  # noqa: F811
    universities,  # noqa: F811
):
    """The whole dock run, as a planner clicks it: maps in the background, then the report."""
    QgsProject.instance().addMapLayers([atlas_laender, districts, bands, use_cases, universities])
    panel = AtlasReportPanel(qgis_iface)
    panel.laenderLayerCombo.setLayer(atlas_laender)
    for item in _items(panel.laenderList):  # Hessen only
        item.setCheckState(
            Qt.CheckState.Checked if item.text() == "Hessen" else Qt.CheckState.Unchecked
        )
    panel.pointsCombo.setLayer(use_cases)
    panel.districtsCombo.setLayer(districts)
    panel.bandsCombo.setLayer(bands)
    panel.facilitiesCombo.setLayer(universities)
    panel.overviewCheck.setChecked(False)
    panel.reportGroup.setChecked(False)  # the report's own tests cover its tables
    panel.openFolderCheck.setChecked(False)
    panel.folderWidget.setFilePath(str(tmp_path))
    assert panel.runButton.isEnabled()

    panel.runButton.click()
    wait_until(lambda: panel.run is None)

    assert panel.statusLabel.text() == "3 map pages written."
    written = sorted(path.name for path in tmp_path.glob("*_he.p*"))
    assert written == [
        f"{kind}_he.{ext}"
        for kind in ("dichte", "hochschulen", "industrie")
        for ext in ("pdf", "png")
    ]
    panel.shutdown()
