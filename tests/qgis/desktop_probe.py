"""Runs INSIDE the QGIS desktop (``qgis --code desktop_probe.py``), started by
test_packaged_plugin.py: checks the installed plugin as a user would meet it, then unloads it
and checks that nothing is left behind. Results go to a JSON report; the test asserts on it.

QGIS executes this file with exec(), without __file__ or arguments, so the test passes its
paths in environment variables:
  I40_PROBE_REPORT      where to write the JSON report
  I40_PROBE_SCREENSHOT  where to save a PNG of the main window with the dock open
  I40_PROBE_AREAS       a polygon layer (the PLZ areas) to classify from the dock
  I40_PROBE_DISTRICTS   district polygons with an AGS field (VG5000 Kreise)
  I40_PROBE_TABLE       a statistics export to join to them (an INKAR export)
  I40_PROBE_GEMEINDEN   VG5000 Gemeinden, to place the Industrie 4.0 centres by their key
  I40_PROBE_LAENDER     VG5000 Länder, for the atlas pages
  I40_PROBE_OUTPUT      a folder for the atlas pages and the report
  I40_PROBE_TS          the German translations (.ts), to find English left in the docks
  I40_PROBE_HELPERS     tests/helpers, for the measurement of the event loop's gaps

After the density and district docks the probe walks the use-case dock (universities and
centres placed, band statistics, distances) and the atlas dock (pages and report, once to the
end while the event loop's gaps are measured, once cancelled), with a screenshot of each dock.

Nothing here may raise into QGIS: an uncaught exception opens a modal error dialog that would
hold the desktop open until the test's timeout. Every step records its error in the report and
ends the run instead.
"""

import json
import os
import sys
import time
import traceback
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QGroupBox,
    QLabel,
    QMenu,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QToolBar,
)
from qgis.utils import iface

PLUGIN = "i40_disparity_plugin"
MENU = "I40DisparityMenu"
TOOLBAR = "I40DisparityToolbar"
DOCK = "I40DensityBandsDock"
DISTRICT_DOCK = "I40DistrictIndicatorsDock"
USE_CASES_DOCK = "I40UseCasesDock"
ATLAS_DOCK = "I40AtlasReportDock"
DISTRICT_INDICATOR = "Bruttoinlandsprodukt je Einwohner"
PROVIDER = "i40disparity"
ALGORITHM = "i40disparity:densitybands"
# QGIS's "Log Messages" dock; its QgsMessageLogViewer is not found by its Python class.
LOG_DOCK = "MessageLog"
# Startup has finished when the main loop runs the first timer; the extra delay lets the
# desktop settle (docks restored, window shown) before anything is inspected.
START_DELAY_MS = 2000
SETTLE_MS = 700
# The test's subprocess timeout is the last resort; this one still writes a report.
WATCHDOG_MS = 240_000
POLL_MS = 200  # how often to look whether the dock's background task has finished

probe_report = {"checks": {}, "details": {}, "python_errors": [], "probe_error": None}
# Messages seen while the probe runs; the log viewer also holds those from before the probe.
probe_messages = []


def probe_main_window():
    return iface.mainWindow()


def probe_check(name, passed):
    probe_report["checks"][name] = bool(passed)


def probe_find(widget_class, object_name):
    return probe_main_window().findChild(widget_class, object_name)


def probe_panel(dock_name):
    """The plugin's panel in a dock: the dock holds it in a scroll area."""
    return probe_scroll(dock_name).widget()


def probe_scroll(dock_name):
    return probe_find(QDockWidget, dock_name).findChild(QScrollArea)


def probe_step(function):
    """Run one step; on an exception, record it and finish the run right away."""

    def run(*args):
        try:
            function(*args)
        except Exception:
            probe_report["probe_error"] = traceback.format_exc()
            probe_finish()

    return run


def probe_log_blocks():
    """(tag, text) for everything in QGIS's message log since the desktop started.

    The "Log Messages" dock keeps one tab per tag from startup on, so errors raised while the
    plugin loaded, before this script ran, are seen too. Without the viewer, fall back to the
    messages received while the probe ran.
    """
    log_dock = probe_find(QDockWidget, LOG_DOCK)
    tabs = log_dock.findChild(QTabWidget) if log_dock is not None else None
    if tabs is None:
        probe_report["details"]["log_source"] = "messageReceived"
        return list(probe_messages)
    probe_report["details"]["log_source"] = "log messages dock"
    return [(tabs.tabText(i), tabs.widget(i).toPlainText()) for i in range(tabs.count())]


def probe_python_errors(log_blocks):
    error_tags = {"Python error", QCoreApplication.translate("Python", "Python error")}
    return [
        f"[{tag}] {text}"
        for tag, text in log_blocks
        if tag.replace("&", "") in error_tags or "Traceback" in text
    ]


def probe_on_message(message, tag, level):
    probe_messages.append((tag, message))


def probe_finish():
    if probe_report.get("finished"):
        return
    probe_report["finished"] = True
    try:
        log_blocks = probe_log_blocks()
        probe_report["python_errors"] = probe_python_errors(log_blocks)
        # Why a plugin did not load (e.g. "disabled because it previously crashed QGIS").
        probe_report["details"]["log_lines_about_plugin"] = [
            f"[{tag}] {line.strip()}"
            for tag, text in log_blocks
            for line in text.splitlines()
            if PLUGIN in line
        ]
    except Exception:
        probe_report["python_errors"] = [
            "reading the message log failed:\n" + traceback.format_exc()
        ]
    Path(os.environ["I40_PROBE_REPORT"]).write_text(
        json.dumps(probe_report, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    # Closed as a user closes QGIS: QgsApplication.exit() skips the main window's close path,
    # and QGIS then crashed in its own teardown now and then (3.22 on half-deleted widgets
    # with layers left, 3.40 with "unaligned tcache chunk"). The project is emptied first, so
    # that closing asks nothing.
    QgsProject.instance().clear()
    probe_main_window().close()


def probe_watchdog():
    probe_report["probe_error"] = f"the probe did not finish within {WATCHDOG_MS} ms"
    probe_finish()  # the report's probe_error fails the test


@probe_step
def probe_loaded_plugin():
    main_window = probe_main_window()
    # Xvfb has no window manager to maximise the window, and QGIS >= 3.40 restores a smaller
    # default size: give it the whole screen, as a planner's maximised window has.
    main_window.setGeometry(main_window.screen().availableGeometry())
    probe_report["details"]["locale"] = QgsApplication.locale()
    probe_check("plugin_loaded", PLUGIN in qgis.utils.plugins)
    probe_check("plugin_active", PLUGIN in qgis.utils.active_plugins)
    module = sys.modules.get(PLUGIN)
    probe_report["details"]["plugin_file"] = getattr(module, "__file__", None)
    probe_report["details"]["profile_plugins_dir"] = str(
        Path(QgsApplication.qgisSettingsDirPath()) / "python" / "plugins"
    )

    menu = probe_find(QMenu, MENU)
    probe_check(
        "menu_in_menu_bar",
        menu is not None and menu.menuAction() in main_window.menuBar().actions(),
    )
    toolbar = probe_find(QToolBar, TOOLBAR)
    probe_check("toolbar_present", toolbar is not None)
    registry = QgsApplication.processingRegistry()
    probe_check("provider_registered", registry.providerById(PROVIDER) is not None)
    probe_check("algorithm_registered", registry.algorithmById(ALGORITHM) is not None)
    dock = probe_find(QDockWidget, DOCK)
    probe_check("dock_present", dock is not None)
    if menu is None or dock is None:
        probe_finish()
        return
    probe_report["details"]["menu_title"] = menu.title()
    probe_report["details"]["dock_title"] = dock.windowTitle()
    probe_check("dock_hidden_at_start", not dock.isVisible())
    dock_action = dock.toggleViewAction()
    probe_check("dock_action_in_menu", dock_action in menu.actions())
    probe_check("dock_action_in_toolbar", toolbar is not None and dock_action in toolbar.actions())

    # Open the dock the way a user does, through the plugin's menu entry.
    dock_action.trigger()
    QTimer.singleShot(SETTLE_MS, probe_classify)


@probe_step
def probe_classify():
    """Classify the areas from the dock, as a planner does: pick the layer, click the button."""
    dock = probe_find(QDockWidget, DOCK)
    probe_check("dock_opened_from_menu", dock.isVisible())
    areas = QgsVectorLayer(os.environ["I40_PROBE_AREAS"], "PLZ", "ogr")
    QgsProject.instance().addMapLayer(areas)
    panel = probe_panel(DOCK)
    # Added after the dock was built: the dock's list follows, and takes the only candidate.
    probe_check("density_dock_took_the_new_layer", panel.layerCombo.currentLayer() == areas)
    probe_report["details"]["preselected_fields"] = [
        panel.populationCombo.currentField(),
        panel.areaCombo.currentField(),
    ]
    panel.runButton.click()
    probe_check("task_started", panel.run is not None)
    QTimer.singleShot(POLL_MS, probe_classified)


@probe_step
def probe_classified():
    panel = probe_panel(DOCK)
    if panel.run is not None:
        QTimer.singleShot(POLL_MS, probe_classified)
        return
    probe_report["details"]["dock_status"] = panel.statusLabel.text()
    probe_report["details"]["summary_rows"] = panel.summaryTable.rowCount()
    added = [
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if layer.name() != "PLZ" and isinstance(layer, QgsVectorLayer) and layer.isSpatial()
    ]
    probe_report["details"]["added_layers"] = [layer.name() for layer in added]
    probe_check(
        "classified_layer_styled",
        len(added) == 1 and added[0].renderer().type() == "categorizedSymbol",
    )
    probe_report["details"]["classified_features"] = added[0].featureCount() if added else 0
    iface.mapCanvas().setExtent(iface.mapCanvas().fullExtent())
    iface.mapCanvas().refresh()
    QTimer.singleShot(SETTLE_MS, probe_district_dock)


@probe_step
def probe_district_dock():
    """Join an INKAR export to the districts from the second dock and style the result."""
    dock = probe_find(QDockWidget, DISTRICT_DOCK)
    probe_check("district_dock_present", dock is not None)
    probe_check("use_cases_dock_present", probe_find(QDockWidget, USE_CASES_DOCK) is not None)
    probe_check("atlas_dock_present", probe_find(QDockWidget, ATLAS_DOCK) is not None)
    dock.toggleViewAction().trigger()
    districts = QgsVectorLayer(os.environ["I40_PROBE_DISTRICTS"], "Kreise", "ogr")
    QgsProject.instance().addMapLayer(districts)
    panel = probe_panel(DISTRICT_DOCK)
    # The only layer of Kreise: taken, though the PLZ areas are polygons too.
    probe_check("district_dock_took_the_kreise", panel.layerCombo.currentLayer() == districts)
    probe_report["details"]["district_key_field"] = panel.keyCombo.currentField()
    panel.fileWidget.setFilePath(os.environ["I40_PROBE_TABLE"])
    panel.readButton.click()
    probe_report["details"]["district_parse_report"] = panel.parseReportText.toPlainText()
    panel.indicatorCombo.setCurrentText(DISTRICT_INDICATOR)
    panel.runButton.click()
    probe_check("district_task_started", panel.run is not None)
    QTimer.singleShot(POLL_MS, probe_district_done)


@probe_step
def probe_district_done():
    panel = probe_panel(DISTRICT_DOCK)
    if panel.run is not None:  # the join, then the choropleth
        QTimer.singleShot(POLL_MS, probe_district_done)
        return
    probe_report["details"]["district_status"] = panel.statusLabel.text()
    styled = panel.styled_layer
    probe_check(
        "district_layer_styled", styled is not None and styled.renderer().type() == "RuleRenderer"
    )
    probe_report["details"]["district_unmatched_rows"] = panel.unmatchedTable.rowCount()
    iface.mapCanvas().setExtent(iface.mapCanvas().fullExtent())
    path = Path(os.environ["I40_PROBE_SCREENSHOT"])
    path.parent.mkdir(parents=True, exist_ok=True)
    districts_shot = path.with_name(path.stem + "_kreise.png")
    QTimer.singleShot(SETTLE_MS, lambda: probe_district_screenshot(districts_shot))


@probe_step
def probe_district_screenshot(path):
    probe_find(QDockWidget, DISTRICT_DOCK).raise_()
    probe_main_window().grab().save(str(path), "PNG")
    QTimer.singleShot(SETTLE_MS, probe_use_cases)


def probe_layer(variable, name):
    layer = QgsVectorLayer(os.environ[variable], name, "ogr")
    QgsProject.instance().addMapLayer(layer)
    return layer


def probe_when_idle(panel, then):
    """Call ``then`` once the panel's background run has finished."""

    def poll():
        if panel.run is not None:
            QTimer.singleShot(POLL_MS, poll)
        else:
            then()

    QTimer.singleShot(POLL_MS, probe_step(poll))


def probe_table_rows(table):
    return [
        [table.item(row, column).text() if table.item(row, column) else "" for column in range(3)]
        for row in range(table.rowCount())
    ]


def probe_rows_in_view(table):
    """Whether the table shows all its rows (up to the dock's limit) without scrolling."""
    from i40_disparity_plugin.gui.algorithm_panel import SHOWN_ROWS

    shown = min(table.rowCount(), SHOWN_ROWS)
    return table.viewport().height() >= sum(table.rowHeight(row) for row in range(shown))


@probe_step
def probe_use_cases():
    """Place the universities and the centres, count the centres per density band and
    measure their distances to the universities, all from the dock."""
    dock = probe_find(QDockWidget, USE_CASES_DOCK)
    dock.toggleViewAction().trigger()
    dock.raise_()
    gemeinden = probe_layer("I40_PROBE_GEMEINDEN", "Gemeinden")
    panel = probe_panel(USE_CASES_DOCK)
    probe_check(
        "use_cases_dock_took_the_gemeinden", panel.gemeindeCombo.currentLayer() == gemeinden
    )
    offered = [panel.gemeindeCombo.layer(i) for i in range(panel.gemeindeCombo.count())]
    probe_report["details"]["gemeinden_offered"] = [lay.name() for lay in offered if lay]
    # Raw and banded PLZ areas both hold postcodes: the planner picks one.
    (plz,) = QgsProject.instance().mapLayersByName("PLZ")
    panel.plzCombo.setLayer(plz)
    probe_check("bands_chosen_for_the_planner", panel.bandsCombo.currentLayer() is not None)
    panel.universitiesButton.click()
    probe_when_idle(panel, lambda: probe_universities_placed(panel))


@probe_step
def probe_universities_placed(panel):
    probe_report["details"]["universities_status"] = panel.statusLabel.text()
    probe_check("universities_are_the_facilities", panel.facilitiesCombo.currentLayer() is not None)
    panel.centresButton.click()
    probe_when_idle(panel, lambda: probe_centres_placed(panel))


@probe_step
def probe_centres_placed(panel):
    probe_report["details"]["centres_status"] = panel.statusLabel.text()
    probe_report["details"]["centres_unplaced"] = probe_table_rows(panel.resultTable)
    probe_check("unplaced_centres_in_view", probe_rows_in_view(panel.resultTable))
    centres = [
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if layer.name() in ("Industrie 4.0 centres", "Industrie 4.0-Zentren")
    ]
    probe_check("centres_placed", len(centres) == 1)
    # Out of sight once used, so that the screenshots show the points and the bands.
    for name in ("Gemeinden", "Kreise", "PLZ"):
        probe_hide(name)
    panel.pointsCombo.setLayer(centres[0])
    panel.iterationsSpin.setValue(199)
    panel.runButton.click()
    probe_when_idle(panel, lambda: probe_counted(panel))


@probe_step
def probe_counted(panel):
    probe_report["details"]["band_statistics_status"] = panel.statusLabel.text()
    layers = QgsProject.instance().mapLayers().values()
    probe_report["details"]["project_layers"] = [layer.name() for layer in layers]
    probe_report["details"]["band_statistics"] = probe_table_rows(panel.resultTable)
    probe_check("band_statistics_in_view", probe_rows_in_view(panel.resultTable))
    probe_check("chart_shown", panel.enlargeChartButton.isVisible())
    chart_width = panel.chartLabel.pixmap().width()
    probe_report["details"]["chart_width_in_dock"] = chart_width
    probe_check("chart_fills_the_dock", chart_width >= panel.width() - 60)
    shot = Path(os.environ["I40_PROBE_SCREENSHOT"])
    # The dock scrolled to its results, as the planner scrolls to read them.
    probe_scroll(USE_CASES_DOCK).ensureWidgetVisible(panel.chartLabel)
    probe_main_window().grab().save(str(shot.with_name(shot.stem + "_punkte.png")), "PNG")
    dialog = panel.chart.enlarge()
    QTimer.singleShot(SETTLE_MS, lambda: probe_chart_enlarged(panel, dialog))


@probe_step
def probe_chart_enlarged(panel, dialog):
    shot = Path(os.environ["I40_PROBE_SCREENSHOT"])
    dialog.grab().save(str(shot.with_name(shot.stem + "_diagramm.png")), "PNG")
    dialog.close()
    panel.distanceButton.click()
    probe_when_idle(panel, lambda: probe_measured(panel))


@probe_step
def probe_measured(panel):
    probe_report["details"]["distances_status"] = panel.statusLabel.text()
    probe_report["details"]["distances"] = probe_table_rows(panel.resultTable)
    probe_scroll(USE_CASES_DOCK).ensureWidgetVisible(panel.resultTable)
    # Looked at once the dock has laid itself out for the new status, as a planner sees it.
    QTimer.singleShot(SETTLE_MS, lambda: probe_measured_in_view(panel))


@probe_step
def probe_measured_in_view(panel):
    # Three sentences and the missing records: every line of them inside the dock.
    status = panel.statusLabel
    dock = probe_find(QDockWidget, USE_CASES_DOCK)
    bottom = status.mapTo(dock, status.rect().bottomLeft()).y()
    probe_report["details"]["status_bottom_in_dock"] = [bottom, dock.height()]
    probe_check(
        "status_in_full",
        status.height() >= status.heightForWidth(status.width()) and bottom <= dock.height(),
    )
    shot = Path(os.environ["I40_PROBE_SCREENSHOT"])
    probe_main_window().grab().save(str(shot.with_name(shot.stem + "_entfernungen.png")), "PNG")
    QTimer.singleShot(SETTLE_MS, probe_atlas)


def probe_hide(name):
    for layer in QgsProject.instance().mapLayersByName(name):
        QgsProject.instance().layerTreeRoot().findLayer(layer).setItemVisibilityChecked(False)


@probe_step
def probe_atlas():
    """Pages for Hessen and the report, with the event loop's gaps measured meanwhile."""
    dock = probe_find(QDockWidget, ATLAS_DOCK)
    dock.toggleViewAction().trigger()
    dock.raise_()
    laender = probe_layer("I40_PROBE_LAENDER", "Länder")
    panel = probe_panel(ATLAS_DOCK)
    probe_check("atlas_dock_took_the_laender", panel.laenderLayerCombo.currentLayer() == laender)
    listed = [panel.laenderList.item(i).text() for i in range(panel.laenderList.count())]
    probe_report["details"]["laender_listed"] = listed
    for row in range(panel.laenderList.count()):
        item = panel.laenderList.item(row)
        hessen = item.text() == "Hessen"
        item.setCheckState(Qt.CheckState.Checked if hessen else Qt.CheckState.Unchecked)
    panel.pointsCombo.setLayer(probe_panel(USE_CASES_DOCK).pointsCombo.currentLayer())
    # The universities the use-case dock placed: two lists of facilities leave the choice open.
    panel.facilitiesCombo.setLayer(probe_panel(USE_CASES_DOCK).facilitiesCombo.currentLayer())
    probe_check("atlas_has_the_universities", panel.facilitiesCombo.currentLayer() is not None)
    probe_hide("Länder")
    panel.districtsCombo.setLayer(probe_panel(DISTRICT_DOCK).styled_layer)
    panel.universitiesCheck.setChecked(False)
    panel.overviewCheck.setChecked(False)
    panel.openFolderCheck.setChecked(False)
    panel.folderWidget.setFilePath(os.environ["I40_PROBE_OUTPUT"])
    sys.path.insert(0, os.environ["I40_PROBE_HELPERS"])
    from event_loop_gaps import EventLoopGaps

    gaps = EventLoopGaps().__enter__()
    progress = []
    panel.progressBar.valueChanged.connect(progress.append)
    probe_check("atlas_can_run", panel.runButton.isEnabled())
    panel.runButton.click()
    probe_when_idle(panel, lambda: probe_atlas_done(panel, gaps, progress))


@probe_step
def probe_atlas_done(panel, gaps, progress):
    gaps.__exit__(None, None, None)
    details = probe_report["details"]
    details["atlas_status"] = panel.statusLabel.text()
    details["atlas_longest_gap_s"] = round(gaps.longest, 3)
    details["atlas_progress"] = sorted(set(progress))
    pages = sorted(p.name for p in Path(os.environ["I40_PROBE_OUTPUT"]).glob("*.png"))
    details["atlas_pages"] = pages
    probe_check("atlas_pages_written", len(pages) >= 2)
    probe_check("report_written", (Path(os.environ["I40_PROBE_OUTPUT"]) / "report.html").exists())
    shot = Path(os.environ["I40_PROBE_SCREENSHOT"])
    probe_scroll(ATLAS_DOCK).ensureWidgetVisible(panel.statusLabel)
    probe_main_window().grab().save(str(shot.with_name(shot.stem + "_atlas.png")), "PNG")
    # Once more with the overview of Germany, the heaviest page, cancelled while it draws.
    panel.overviewCheck.setChecked(True)
    panel.reportGroup.setChecked(False)
    panel.folderWidget.setFilePath(os.environ["I40_PROBE_OUTPUT"] + "_abbruch")
    panel.runButton.click()
    QTimer.singleShot(1500, lambda: probe_cancel_atlas(panel))


@probe_step
def probe_cancel_atlas(panel):
    cancelled_at = time.monotonic()
    panel.cancelButton.click()
    probe_when_idle(panel, lambda: probe_atlas_cancelled(panel, cancelled_at))


@probe_step
def probe_atlas_cancelled(panel, cancelled_at):
    details = probe_report["details"]
    # Polled every POLL_MS: the time measured is at most that much late.
    details["atlas_cancel_s"] = round(time.monotonic() - cancelled_at, 3)
    details["atlas_cancel_status"] = panel.statusLabel.text()
    details["english_in_docks"] = probe_english_texts()
    QTimer.singleShot(SETTLE_MS, probe_screenshot)


def probe_english_texts():
    """Texts shown in the docks that are English sources of a German translation."""
    root = ElementTree.parse(os.environ["I40_PROBE_TS"]).getroot()
    english = {
        message.findtext("source")
        for message in root.iter("message")
        if message.findtext("translation") not in (None, "", message.findtext("source"))
    }
    shown = []
    for name in (DOCK, DISTRICT_DOCK, USE_CASES_DOCK, ATLAS_DOCK):
        dock = probe_find(QDockWidget, name)  # the panel and the status below it
        shown += [widget.text() for widget in dock.findChildren((QLabel, QAbstractButton))]
        shown += [box.title() for box in dock.findChildren(QGroupBox)]
        for table in dock.findChildren(QTableWidget):
            headers = (table.horizontalHeaderItem(i) for i in range(table.columnCount()))
            shown += [header.text() for header in headers if header is not None]
    return sorted({text.replace("&", "") for text in shown} & english)


@probe_step
def probe_screenshot():
    probe_find(QDockWidget, DOCK).raise_()
    path = Path(os.environ["I40_PROBE_SCREENSHOT"])
    path.parent.mkdir(parents=True, exist_ok=True)
    probe_check("screenshot_saved", probe_main_window().grab().save(str(path), "PNG"))
    probe_check("unload_returned_true", qgis.utils.unloadPlugin(PLUGIN))
    # Widgets go with deleteLater(): look again once the event loop has deleted them.
    QTimer.singleShot(SETTLE_MS, probe_after_unload)


@probe_step
def probe_after_unload():
    main_window = probe_main_window()
    probe_check("plugin_gone_from_plugins", PLUGIN not in qgis.utils.plugins)
    probe_check("menu_removed", probe_find(QMenu, MENU) is None)
    menu_titles = [action.text() for action in main_window.menuBar().actions()]
    probe_report["details"]["menu_bar_after_unload"] = menu_titles
    probe_check(
        "menu_title_gone_from_menu_bar",
        probe_report["details"]["menu_title"] not in menu_titles,
    )
    probe_check("toolbar_removed", probe_find(QToolBar, TOOLBAR) is None)
    probe_check("dock_removed", probe_find(QDockWidget, DOCK) is None)
    probe_check("district_dock_removed", probe_find(QDockWidget, DISTRICT_DOCK) is None)
    probe_check("use_cases_dock_removed", probe_find(QDockWidget, USE_CASES_DOCK) is None)
    probe_check("atlas_dock_removed", probe_find(QDockWidget, ATLAS_DOCK) is None)
    registry = QgsApplication.processingRegistry()
    probe_check("provider_removed", registry.providerById(PROVIDER) is None)
    probe_check("algorithm_removed", registry.algorithmById(ALGORITHM) is None)
    probe_finish()


QgsApplication.messageLog().messageReceived.connect(probe_on_message)
QTimer.singleShot(WATCHDOG_MS, probe_watchdog)
QTimer.singleShot(START_DELAY_MS, probe_loaded_plugin)
