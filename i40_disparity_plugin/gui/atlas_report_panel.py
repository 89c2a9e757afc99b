"""Dock "Atlas und Bericht": map pages per Land and a report from the project's results.

Runs i40disparity:exportatlas, then i40disparity:report over the result tables found in the
project (each recognised by its columns), into one folder, which it opens when done.
"""

from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QListWidgetItem

from ..compat import LayerFilter
from ..core.ags import LAND_NAMES, land_code
from ..core.number_format import LANGUAGES
from ..core.report.roles import (
    BAND_STATISTICS,
    CROSSTAB,
    DENSITY_SUMMARY,
    DISTANCES,
    JOIN_REPORTS,
    MULTIPLE,
    report_role,
)
from ..gis.i18n import ui_language
from .algorithm_panel import AlgorithmPanel
from .forms import load_form
from .layer_choices import (
    areas_of_level,
    banded_areas,
    facility_list,
    land_field,
    placed_use_cases,
)
from .remembered import Remembered
from .slots import reports_errors

ATLAS_ID = "i40disparity:exportatlas"
REPORT_ID = "i40disparity:report"
REPORT_FILE = "report.html"
# The study's four Länder are checked at first: BW, HE, NW, BB.
STUDY_LAENDER = {LAND_NAMES[key] for key in ("08", "06", "05", "12")}
LAYER_ROLE = Qt.ItemDataRole.UserRole


class AtlasReportPanel(AlgorithmPanel, load_form("atlas_report_panel.ui")):
    HELP_SECTION = "atlas-report"
    WRITES_LAYERS = False  # pages and a report, into the folder the user picks

    def __init__(self, iface, parent=None):
        super().__init__(iface, parent)
        self.folderWidget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folderWidget.setDialogTitle(self.tr("Folder for maps and report"))
        self.remembered = Remembered("atlas_report")
        self.remembered.path(self.folderWidget, "folder")
        for check, name in (
            (self.atlasGroup, "atlas"),
            (self.reportGroup, "report"),
            (self.industryCheck, "industry_pages"),
            (self.universitiesCheck, "university_pages"),
            (self.densityCheck, "density_pages"),
            (self.overviewCheck, "overview"),
            (self.openFolderCheck, "open_folder"),
        ):
            self.remembered.check(check, name)
        self.remembered.checked_items(self.laenderList, "laender")
        self.laenderLayerCombo.layerChanged.connect(self._laender_layer_changed)
        self.laenderFieldCombo.fieldChanged.connect(self._fill_laender)
        self.folderWidget.fileChanged.connect(self.update_run_button)
        for group in (self.atlasGroup, self.reportGroup):
            group.toggled.connect(self.update_run_button)
        project = QgsProject.instance()
        project.layersAdded.connect(self.refresh_tables)
        project.layersRemoved.connect(self.refresh_tables)
        self.runButton.clicked.connect(self.start)
        polygons, points = LayerFilter.PolygonLayer, LayerFilter.PointLayer
        # Länder: only layers with a field that names Länder, so no PLZ layer offers postcodes.
        self.choose_layers(
            self.laenderLayerCombo,
            polygons,
            lambda layer: land_field(layer) is not None,
            areas_of_level("land"),
        )
        self.choose_layers(self.districtsCombo, polygons, suits=areas_of_level("kreis"))
        self.choose_layers(self.bandsCombo, polygons, banded_areas)
        self.choose_layers(self.pointsCombo, points, suits=placed_use_cases)
        self.choose_layers(self.facilitiesCombo, points, suits=facility_list)
        self._laender_layer_changed(self.laenderLayerCombo.currentLayer())
        self.refresh_tables()

    def shutdown(self):
        project = QgsProject.instance()
        project.layersAdded.disconnect(self.refresh_tables)
        project.layersRemoved.disconnect(self.refresh_tables)
        super().shutdown()

    @reports_errors
    def _laender_layer_changed(self, layer):
        self.laenderFieldCombo.setLayer(layer)
        self.laenderFieldCombo.setField(land_field(layer) if layer is not None else "")
        self._fill_laender()

    @reports_errors
    def _fill_laender(self):
        """One checkable line per Land of the layer, by its official name (BKG's layer has
        extra parts such as "Bayern (Bodensee)"); checked: those checked last time, at first
        the study's four Länder."""
        self.laenderList.blockSignals(True)  # filled, not checked by the user
        self.laenderList.clear()
        layer = self.laenderLayerCombo.currentLayer()
        field = self.laenderFieldCombo.currentField()
        checked = self.remembered.checked_texts("laender", STUDY_LAENDER)
        if layer is not None and field:
            values = layer.uniqueValues(layer.fields().lookupField(field))
            codes = {land_code(value) for value in values} - {None}
            for name in sorted(LAND_NAMES[code] for code in codes):
                item = QListWidgetItem(name, self.laenderList)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if name in checked else Qt.CheckState.Unchecked
                )
        self.laenderList.blockSignals(False)
        self.update_run_button()

    @reports_errors
    def refresh_tables(self, *_changed):
        """List the project's result tables the report can use, each with its section."""
        self.tablesList.clear()
        for layer in QgsProject.instance().mapLayers().values():
            if not isinstance(layer, QgsVectorLayer):
                continue
            role = report_role(layer.fields().names(), layer.metadata().abstract())
            if role is None:
                continue
            item = QListWidgetItem(f"{layer.name()} ({self._section_name(role)})", self.tablesList)
            item.setData(LAYER_ROLE, (layer.id(), role))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)

    def _section_name(self, role):
        return {
            DENSITY_SUMMARY: self.tr("density bands"),
            BAND_STATISTICS: self.tr("points per band"),
            CROSSTAB: self.tr("cross table"),
            DISTANCES: self.tr("distances"),
            JOIN_REPORTS: self.tr("join report"),
        }[role]

    def can_run(self):
        if not self.folderWidget.filePath():
            return False
        if self.atlasGroup.isChecked():
            return (
                self.laenderLayerCombo.currentLayer() is not None
                and self.pointsCombo.currentLayer() is not None
            )
        return self.reportGroup.isChecked()

    def _checked_laender(self):
        items = (self.laenderList.item(row) for row in range(self.laenderList.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def _pages(self):
        checks = (self.industryCheck, self.universitiesCheck, self.densityCheck)
        return [index for index, check in enumerate(checks) if check.isChecked()]

    def atlas_parameters(self):
        return {
            "LAENDER_LAYER": self.laenderLayerCombo.currentLayer(),
            "LAND_FIELD": self.laenderFieldCombo.currentField(),
            "LAENDER": ",".join(self._checked_laender()),
            "PAGES": self._pages(),
            "OVERVIEW": self.overviewCheck.isChecked(),
            "POINTS": self.pointsCombo.currentLayer(),
            "DISTRICTS": self.districtsCombo.currentLayer(),
            "BANDS": self.bandsCombo.currentLayer(),
            "FACILITIES": self.facilitiesCombo.currentLayer(),
            "LABEL_LANGUAGE": LANGUAGES.index(ui_language()),
            "OUTPUT_FOLDER": self.folderWidget.filePath(),
        }

    def report_parameters(self, atlas_folder=None):
        """The report's inputs from the checked tables; None (with the reason shown) when a
        section that takes one table has several."""
        tables = {}
        for row in range(self.tablesList.count()):
            item = self.tablesList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                layer_id, role = item.data(LAYER_ROLE)
                tables.setdefault(role, []).append(layer_id)
        for role, layer_ids in tables.items():
            if role not in MULTIPLE and len(layer_ids) > 1:
                self.statusLabel.setText(
                    self.tr("Check only one table for the {section}.").format(
                        section=self._section_name(role)
                    )
                )
                return None
        parameters = {
            role: layer_ids if role in MULTIPLE else layer_ids[0]
            for role, layer_ids in tables.items()
        }
        parameters.update(
            {
                "ATLAS_FOLDER": atlas_folder,
                "LABEL_LANGUAGE": LANGUAGES.index(ui_language()),
                "OUTPUT": str(Path(self.folderWidget.filePath()) / REPORT_FILE),
            }
        )
        return parameters

    @reports_errors
    def start(self):
        if not self.can_run():
            return
        if self.atlasGroup.isChecked():
            if not self._checked_laender() and not self.overviewCheck.isChecked():
                self.statusLabel.setText(self.tr("Check at least one Land or the overview."))
                return
            if not self._pages():
                self.statusLabel.setText(self.tr("Check at least one kind of map page."))
                return
            self.run_algorithm(
                ATLAS_ID, self.atlas_parameters(), self._atlas_done, self.tr("Drawing the maps…")
            )
        else:
            self._write_report(None)

    def _atlas_done(self, results):
        if self.reportGroup.isChecked():
            self._write_report(results["OUTPUT_FOLDER"])
        else:
            pages = self.tr("{pages} map pages written.").format(pages=results["PAGE_COUNT"])
            self._done(pages)

    def _write_report(self, atlas_folder):
        parameters = self.report_parameters(atlas_folder)
        if parameters is not None:
            self.run_algorithm(
                REPORT_ID, parameters, self._report_done, self.tr("Writing the report…")
            )

    def _report_done(self, results):
        self._done(self.tr("Report written: {path}").format(path=results["OUTPUT"]))

    def _done(self, message):
        self.statusLabel.setText(message)
        if self.openFolderCheck.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.folderWidget.filePath()))
