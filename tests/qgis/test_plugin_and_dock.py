"""The plugin's life cycle through classFactory, and the "Dichteklassen" dock at work."""

import time
from functools import partial

import processing
import pytest
from conftest import memory_layer, square_wkt
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtWidgets import QDockWidget, QFileDialog, QLabel, QMenu, QPushButton, QToolBar

import i40_disparity_plugin
from i40_disparity_plugin.compat import FieldType
from i40_disparity_plugin.core.density.outputs import AREA_BANDS, BAND_STATISTICS, BAND_SUMMARY
from i40_disparity_plugin.gis.i18n import ui_language
from i40_disparity_plugin.gis.output_fields import qgs_field
from i40_disparity_plugin.gui.density_bands_panel import DensityBandsPanel

X0, Y0, KM = 4_300_000, 3_000_000, 1000


def test_plugin_registers_and_removes_everything(qgis_iface, qgis_processing):
    registry = QgsApplication.processingRegistry()
    main_window = qgis_iface.mainWindow()
    plugin = i40_disparity_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert registry.providerById("i40disparity") is not None
        assert registry.algorithmById("i40disparity:densitybands") is not None
        menu = main_window.findChild(QMenu, "I40DisparityMenu")
        assert menu is not None
        assert menu.menuAction() in main_window.menuBar().actions()
        dock = main_window.findChild(QDockWidget, "I40DensityBandsDock")
        assert dock is not None
        assert dock.findChild(DensityBandsPanel) is not None  # in its scroll area
        assert dock.toggleViewAction() in menu.actions()
        assert main_window.findChild(QToolBar, "I40DisparityToolbar") is not None
    finally:
        plugin.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # run the deleteLater()s
    assert registry.providerById("i40disparity") is None
    assert main_window.findChild(QMenu, "I40DisparityMenu") is None
    assert main_window.findChild(QDockWidget, "I40DensityBandsDock") is None
    assert main_window.findChild(QToolBar, "I40DisparityToolbar") is None


def test_init_processing_alone_is_what_qgis_process_needs(qgis_processing):
    plugin = i40_disparity_plugin.classFactory(None)
    plugin.initProcessing()
    plugin.initProcessing()  # a second call must not register a second provider
    try:
        assert QgsApplication.processingRegistry().providerById("i40disparity") is not None
    finally:
        QgsApplication.processingRegistry().removeProvider(plugin.provider)


@pytest.fixture
def plz_like_layer(qgis_new_project):
    # 1 km² squares: 100, 200, 400 and 900 inhabitants, so one area per default band.
    rows = [
        (
            {"plz": f"0106{i}", "einwohner": population, "qkm": 1.0},
            square_wkt(X0 + 2 * i * KM, Y0, KM),
        )
        for i, population in enumerate((100, 200, 400, 900))
    ]
    layer = memory_layer(rows, name="PLZ test")
    QgsProject.instance().addMapLayer(layer)
    return layer


def wait_until(condition, timeout=30.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the background task did not finish")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def test_dock_guesses_fields_runs_in_background_and_shows_the_summary(
    qgis_iface, provider, plz_like_layer
):
    panel = DensityBandsPanel(qgis_iface)
    panel.layerCombo.setLayer(plz_like_layer)
    assert panel.populationCombo.currentField() == "einwohner"
    assert panel.areaCombo.currentField() == "qkm"
    # As English writes a list (German: "150; 300; 500", which takes 150,5 too).
    assert panel.thresholdsEdit.text() == "150, 300, 500"

    panel.runButton.click()
    assert not panel.runButton.isEnabled() and panel.cancelButton.isEnabled()
    wait_until(lambda: panel.run is None)

    assert panel.progressBar.value() == 100
    assert "4 areas classified" in panel.statusLabel.text()
    assert panel.summaryTable.rowCount() == 4
    assert [panel.summaryTable.item(r, 1).text() for r in range(4)] == ["1", "1", "1", "1"]
    bands = [
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if layer.name().startswith("Density bands")
    ]
    assert len(bands) == 1
    assert isinstance(bands[0].renderer(), QgsCategorizedSymbolRenderer)
    assert sorted(f["band"] for f in bands[0].getFeatures()) == [1, 2, 3, 4]
    assert plz_like_layer.fields().names() == ["plz", "einwohner", "qkm"]  # input unchanged


def test_dock_measures_areas_when_no_area_field_is_chosen(qgis_iface, provider, plz_like_layer):
    panel = DensityBandsPanel(qgis_iface)
    panel.layerCombo.setLayer(plz_like_layer)
    panel.areaCombo.setField("")
    assert panel.parameters()["AREA_FIELD"] is None
    panel.runButton.click()
    wait_until(lambda: panel.run is None)
    assert "4 areas classified" in panel.statusLabel.text()


def test_dock_refuses_bad_thresholds_before_starting(qgis_iface, provider, plz_like_layer):
    panel = DensityBandsPanel(qgis_iface)
    panel.layerCombo.setLayer(plz_like_layer)
    panel.thresholdsEdit.setText("500; 150,5")
    panel.runButton.click()
    assert panel.run is None
    assert "500 is followed by 150,5" in panel.statusLabel.text()  # as typed


def test_dock_can_cancel(qgis_iface, provider, plz_like_layer):
    panel = DensityBandsPanel(qgis_iface)
    panel.layerCombo.setLayer(plz_like_layer)
    panel.runButton.click()
    panel.cancelButton.click()
    wait_until(lambda: panel.run is None)
    # Depending on timing the task ends cancelled or had already finished; never hung.
    assert panel.statusLabel.text() == "Cancelled." or "classified" in panel.statusLabel.text()
    assert panel.runButton.isEnabled()


def test_outputs_and_dock_agree_with_the_declarations_by_construction(
    qgis_iface, provider, qgis_new_project
):
    # Three areas of 1.26 km²: 100, 200 and 900 inhabitants give bands 1, 2 and 4.
    rows = [
        ({"plz": f"0107{i}", "einwohner": people, "qkm": 1.26}, square_wkt(X0 + 2 * i * KM, Y0, KM))
        for i, people in enumerate((100, 200, 900))
    ]
    layer = memory_layer(rows, name="Declared")
    QgsProject.instance().addMapLayer(layer)
    panel = DensityBandsPanel(qgis_iface)
    panel.layerCombo.setLayer(layer)
    panel.runButton.click()
    wait_until(lambda: panel.run is None)

    layers = {found.name(): found for found in QgsProject.instance().mapLayers().values()}
    bands, summary = layers["Density bands Declared"], layers["Band summary Declared"]
    assert_declared(summary.fields(), BAND_SUMMARY)
    assert bands.fields().names()[:3] == ["plz", "einwohner", "qkm"]
    assert_declared(bands.fields(), AREA_BANDS, after=3)

    language = ui_language()
    shown = ("band_label", "n_areas", "share_areas", "population", "share_population")
    shown += ("area_km2", "share_area_km2")
    table = panel.summaryTable
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert headers == [BAND_SUMMARY.column(name).heading(language) for name in shown]
    # The declared decimals: one for the shares and the area, none for the population
    # (band 1: 1 of 3 areas, 100 of 1,200 inhabitants, 1.26 of 3.78 km²).
    first_row = [table.item(0, i).text() for i in range(1, table.columnCount())]
    point = {"de": ",", "en": "."}[language]
    assert first_row == ["1", f"33{point}3", "100", f"8{point}3", f"1{point}3", f"33{point}3"]

    points = memory_layer(
        [({"id": 1}, f"POINT({X0 + KM / 2} {Y0 + KM / 2})")],
        geometry="Point",
        fields={"id": FieldType.Int},
        name="points",
    )
    statistics = processing.run(
        "i40disparity:bandstatistics",
        {"POINTS": points, "AREAS": bands, "ITERATIONS": 9, "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    assert_declared(statistics.fields(), BAND_STATISTICS)
    # That the report (core/report/tables.report_table) shows these tables by the same
    # declarations is the report's part.


def assert_declared(fields, table, after=0):
    """``fields`` from position ``after`` on are ``table``'s columns: names, order, types."""
    written = [fields.at(i) for i in range(after, fields.count())]
    assert tuple(field.name() for field in written) == table.names
    assert [field.type() for field in written] == [qgs_field(c).type() for c in table.columns]


def test_german_ui_when_qgis_runs_in_german(qgis_iface, qgis_processing):
    from qgis.core import QgsSettings

    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "de")
    plugin = i40_disparity_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        menu = qgis_iface.mainWindow().findChild(QMenu, "I40DisparityMenu")
        assert menu.title() == "Industrie 4.0 Disparitäten"
        dock = qgis_iface.mainWindow().findChild(QDockWidget, "I40DensityBandsDock")
        assert dock.windowTitle() == "Dichteklassen"
        assert dock.findChild(DensityBandsPanel).runButton.text() == "Klassifizieren"
        algorithm = QgsApplication.processingRegistry().algorithmById("i40disparity:densitybands")
        assert algorithm.displayName() == "Postleitzahlgebiete nach Dichteklassen klassifizieren"
    finally:
        plugin.unload()
        settings.remove("locale/overrideFlag")
        settings.remove("locale/userLocale")


def test_missing_packages_are_named_once_at_start(qgis_iface, qgis_processing, monkeypatch):
    from qgis.core import Qgis

    from i40_disparity_plugin import plugin as plugin_module
    from i40_disparity_plugin.core.requirements import DEBIAN, PANDAS, Missing, install_advice

    monkeypatch.setattr(
        plugin_module, "missing_requirements", lambda: [Missing(PANDAS, too_old=False)]
    )
    monkeypatch.setattr(plugin_module, "install_advice", partial(install_advice, platform=DEBIAN))
    bar = qgis_iface.messageBar()
    bar.clearWidgets()
    plugin = i40_disparity_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        (item,) = bar.items()
        assert item.level() == Qgis.MessageLevel.Warning
        # One short sentence in the bar, which it shows in full ...
        assert item.text() == "Some tools need pandas."
        # ... and what to do behind "Details".
        box = plugin.show_missing_packages(plugin_module.missing_requirements())
        assert "sudo apt install python3-pandas" in box.text()
        assert "pip" not in box.text() and "--break-system-packages" not in box.text()
        box.close()
        assert item.findChild(QPushButton, "missingPackagesDetails").text() == "Details"
        # The density tools still work.
        assert QgsApplication.processingRegistry().algorithmById("i40disparity:densitybands")
    finally:
        plugin.unload()


@pytest.fixture
def districts_in_project(qgis_new_project):

    fields = {"AGS": FieldType.String, "GEN": FieldType.String}
    rows = [
        ({"AGS": f"0100{i}", "GEN": f"Kreis {i}"}, square_wkt(X0 + 2 * i * KM, Y0, KM))
        for i in range(1, 5)
    ]
    layer = memory_layer(rows, fields=fields, name="Kreise")
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_district_dock_reads_joins_and_styles(qgis_iface, provider, districts_in_project, tmp_path):
    from i40_disparity_plugin.gui.district_indicators_panel import DistrictIndicatorsPanel

    table = tmp_path / "bip.csv"
    # Keys 01001–01003 match, 01004 is missing, 09999 is not among the areas; '.' is unknown.
    table.write_text(
        "Kennziffer;BIP (2017);BIP (2018)\n"
        "01001;10,0;11,0\n01002;20,0;.\n01003;30,0;33,0\n09999;5,0;5,0\n",
        encoding="cp1252",
    )
    panel = DistrictIndicatorsPanel(qgis_iface)
    panel.layerCombo.setLayer(districts_in_project)
    assert panel.keyCombo.currentField() == "AGS"
    assert not panel.runButton.isEnabled(), "nothing to join before the table is read"
    panel.fileWidget.setFilePath(str(table))
    panel.formatCombo.setCurrentIndex(4)  # other CSV/XLSX
    assert panel.tableKeyCombo.count() == 1, "nothing read before the table is read"
    panel.readButton.click()
    # A table of no official format: its columns are offered, the key's name chosen and read.
    assert panel.tableKeyCombo.currentText() == "Kennziffer"
    assert [panel.tableKeyCombo.itemText(i) for i in range(panel.tableKeyCombo.count())] == [
        "Kennziffer",
        "BIP (2017)",
        "BIP (2018)",
    ]
    report = panel.parseReportText.toPlainText()
    assert "1 without a number" in report, report
    # The format and the encoding as the format list and a spreadsheet program name them.
    first = f"Format: {panel.formatCombo.itemText(4)}, encoding UTF-8, delimiter ';'"
    assert report.splitlines()[0] == first, report
    assert panel.indicatorCombo.currentText() == "BIP"
    assert [panel.yearCombo.itemData(i) for i in range(panel.yearCombo.count())] == [
        None,
        2018,
        2017,
    ]
    panel.yearCombo.setCurrentIndex(2)  # 2017
    panel.runButton.click()
    wait_until(lambda: panel.run is None and panel.saveStyleButton.isEnabled())

    assert "3 areas matched" in panel.statusLabel.text(), panel.statusLabel.text()
    keys = {panel.unmatchedTable.item(r, 1).text() for r in range(panel.unmatchedTable.rowCount())}
    assert keys == {"01004", "09999"}
    styled = panel.styled_layer
    assert styled.renderer().type() == "RuleRenderer"
    assert "2017" in styled.attributeAlias(styled.fields().count() - 1)
    panel.styled_layer.saveNamedStyle(str(tmp_path / "style.qml"))
    assert (tmp_path / "style.qml").stat().st_size > 0


def test_district_dock_reports_an_unreadable_table(qgis_iface, provider, districts_in_project):
    from i40_disparity_plugin.gui.district_indicators_panel import DistrictIndicatorsPanel

    panel = DistrictIndicatorsPanel(qgis_iface)
    panel.fileWidget.setFilePath("/no/such/table.csv")
    panel.readButton.click()
    assert panel.table is None
    assert "table.csv" in panel.statusLabel.text()
    assert not panel.runButton.isEnabled()


@pytest.fixture
def banded_plz_areas(qgis_new_project):

    fields = {"plz": FieldType.String, "einwohner": FieldType.Int, "band": FieldType.Int}
    rows = [
        (
            {"plz": f"1000{i}", "einwohner": population, "band": band},
            square_wkt(X0 + 2 * i * KM, Y0, KM),
        )
        for i, (population, band) in enumerate(((100, 1), (200, 2), (400, 3), (900, 4)))
    ]
    layer = memory_layer(rows, fields=fields, name="PLZ mit Dichteklassen")
    QgsProject.instance().addMapLayer(layer)
    return layer


def headers(table):
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def test_use_case_dock_places_counts_colours_and_measures(
    qgis_iface, provider, banded_plz_areas, tmp_path, monkeypatch
):
    from i40_disparity_plugin.core.density.outputs import BAND_STATISTICS
    from i40_disparity_plugin.core.points.outputs import UNPLACED, USE_CASE, distances_table
    from i40_disparity_plugin.gui.use_cases_panel import (
        BAND_STATISTICS_SHOWN,
        UNPLACED_SHOWN,
        UseCasesPanel,
    )

    table = tmp_path / "anwendungsbeispiele.csv"
    table.write_text(
        "Titel;PLZ;Mitarbeiter\nA;10003;120\nB;10003;7000\nC;10000;40\nD;99999;10\n",
        encoding="utf-8",
    )
    panel = UseCasesPanel(qgis_iface)
    assert panel.plzCombo.currentLayer() == banded_plz_areas
    assert panel.bandsCombo.currentLayer() == banded_plz_areas
    panel.fileWidget.setFilePath(str(table))
    mapping = {
        panel.mappingTable.item(r, 0).text(): panel.mappingTable.cellWidget(r, 1).currentText()
        for r in range(panel.mappingTable.rowCount())
    }
    assert mapping["PLZ"] == "PLZ" and mapping["Employees"] == "Mitarbeiter"
    assert mapping["Town"] == ""
    # The fields offered are the schema's, labelled as declared.
    assert list(mapping) == [column.heading("en") for column in USE_CASE.columns]
    # Every field and its column in view, without scrolling the table.
    rows = sum(panel.mappingTable.rowHeight(r) for r in range(len(USE_CASE.columns)))
    assert panel.mappingTable.minimumHeight() > rows
    panel.placeButton.click()
    wait_until(lambda: panel.run is None)
    assert "3 placed, 1 not placed" in panel.statusLabel.text(), panel.statusLabel.text()
    assert headers(panel.resultTable) == ["Row", "Town", "Reason", "Candidates"]
    assert headers(panel.resultTable) == [UNPLACED.column(n).heading("en") for n in UNPLACED_SHOWN]
    points = panel.pointsCombo.currentLayer()
    assert points is not None and points.featureCount() == 3

    panel.iterationsSpin.setValue(99)
    panel.runButton.click()
    wait_until(lambda: panel.run is None)
    assert "3 points counted" in panel.statusLabel.text(), panel.statusLabel.text()
    counts = [panel.resultTable.item(r, 1).text() for r in range(panel.resultTable.rowCount())]
    assert counts == ["1", "0", "0", "2"]  # by hand: PLZ 10000 is band 1, 10003 band 4
    assert headers(panel.resultTable) == [
        BAND_STATISTICS.column(name).heading("en") for name in BAND_STATISTICS_SHOWN
    ]
    assert not panel.chartLabel.pixmap().isNull()
    # The dock shows the chart shrunk to its width; enlarged, it is the image as drawn.
    drawn = QImage(panel.chart_path)
    dialog = panel.chart.enlarge()
    (full,) = dialog.findChildren(QLabel)
    assert (full.pixmap().width(), full.pixmap().height()) == (drawn.width(), drawn.height())
    dialog.close()
    saved = tmp_path / "diagramm"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(saved), ""))
    panel.saveChartButton.click()
    assert QImage(str(saved) + ".png") == drawn
    assert "diagramm.png" in panel.statusLabel.text()

    panel.styleFieldCombo.setField("size_class")
    panel.styleButton.click()
    categories = [c.value() for c in points.renderer().categories()]
    # 120 and 40 employees are "1–250", 7,000 "5.000–15.000"; then the grey rest category.
    assert categories == ["1–250", "5.000–15.000", None]

    panel.facilitiesCombo.setLayer(points)  # distance of each point to the nearest point: 0
    panel.radiiEdit.setText("10,abc")
    panel.distanceButton.click()
    assert panel.run is None and "10,abc" in panel.statusLabel.text()  # refused at once
    panel.radiiEdit.setText("2.5,10")
    panel.distanceButton.click()
    wait_until(lambda: panel.run is None)
    assert "measured" in panel.statusLabel.text(), panel.statusLabel.text()
    assert panel.resultTable.item(0, 1).text() == "0"
    # The summary's fields and the table's headings both come from the declaration.
    declared = distances_table((2.5, 10.0))
    (summary,) = QgsProject.instance().mapLayersByName("Distance summary")
    assert tuple(summary.fields().names()) == declared.names
    shown = ("measure", "median_km", "within_2_5km", "within_10km")
    assert headers(panel.resultTable) == [declared.column(n).heading("en") for n in shown]
    assert headers(panel.resultTable)[-1] == "Share within 10 km (%)"
