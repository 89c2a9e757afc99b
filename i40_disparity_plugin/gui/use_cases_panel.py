"""Dock "Anwendungsbeispiele": place a use-case table, add the reference facilities, colour
the points, and read them against the density bands (band statistics, distances)."""

from pathlib import Path

from qgis.core import (
    QgsProcessingUtils,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QTableWidgetItem

from ..compat import LayerFilter
from ..core.density.outputs import BAND_STATISTICS
from ..core.field_names import (
    AREA_NAME_FIELD_NAMES,
    POPULATION_FIELD_NAMES,
    POSTCODE_FIELD_NAMES,
    guess_field,
)
from ..core.messages import CoreError
from ..core.number_format import LANGUAGES
from ..core.points.company_size import SIZE_CLASSES
from ..core.points.distances import parse_distances
from ..core.points.outputs import UNPLACED, USE_CASE, distances_table, within_field
from ..core.requirements import SPATIAL_REQUIREMENTS, STATISTICS_REQUIREMENTS
from ..gis.i18n import core_text, ui_language
from ..gis.style import category_marker_renderer
from ..gis.values import python_value
from .algorithm_panel import AlgorithmPanel, declared_columns, fit_rows
from .chart_view import ChartView
from .forms import load_form
from .layer_choices import (
    all_of,
    areas_of_level,
    banded_areas,
    facility_list,
    has_fields,
    placed_use_cases,
)
from .remembered import Remembered
from .slots import reports_errors

UNIVERSITIES, CENTRES = 0, 1  # FACILITIES options of i40disparity:referencefacilities
DEFAULT_ITERATIONS, DEFAULT_SEED, DEFAULT_RADII = 999, 42, "10,25,50"
# The columns of the declared outputs the result table shows.
UNPLACED_SHOWN = ("row", "city", "reason", "candidates")
BAND_STATISTICS_SHOWN = ("band_label", "points", "share", "expected", "enrichment", "p_value")


class UseCasesPanel(AlgorithmPanel, load_form("use_cases_panel.ui")):
    HELP_SECTION = "use-cases"

    def __init__(self, iface, parent=None):
        super().__init__(iface, parent)
        self.fileWidget.setFilter(self.tr("Use-case tables (*.csv *.txt *.xlsx *.geojson *.json)"))
        self.iterationsSpin.setRange(1, 100_000)
        self.iterationsSpin.setValue(DEFAULT_ITERATIONS)
        self.seedSpin.setRange(0, 2**31 - 1)
        self.seedSpin.setValue(DEFAULT_SEED)
        self.radiiEdit.setText(DEFAULT_RADII)
        self.remembered = Remembered("use_cases")
        self.remembered.folder_of(self.fileWidget, "table_folder")
        self.remembered.number(self.iterationsSpin, "iterations")
        self.remembered.number(self.seedSpin, "seed")
        self.remembered.text(self.radiiEdit, "radii")
        self.remembered.field(self.styleFieldCombo, "colour_field")
        self.chart = ChartView(
            self.chartLabel, self.enlargeChartButton, self.saveChartButton, self.statusLabel
        )
        self.mappingTable.hide()  # until a table is chosen
        self.fileWidget.fileChanged.connect(self.read_columns)
        self.pointsCombo.layerChanged.connect(self._points_changed)
        self.placeButton.clicked.connect(self.place)
        self.universitiesButton.clicked.connect(lambda: self.add_reference(UNIVERSITIES))
        self.centresButton.clicked.connect(lambda: self.add_reference(CENTRES))
        self.styleButton.clicked.connect(self.colour_points)
        self.runButton.clicked.connect(self.band_statistics)
        self.distanceButton.clicked.connect(self.distances)
        polygons, points = LayerFilter.PolygonLayer, LayerFilter.PointLayer
        # The lookups are optional; only layers they can use are offered.
        self.choose_layers(self.plzCombo, polygons, has_fields(POSTCODE_FIELD_NAMES))
        gemeinden = all_of(has_fields(AREA_NAME_FIELD_NAMES), areas_of_level("gemeinde"))
        self.choose_layers(self.gemeindeCombo, polygons, gemeinden)
        self.choose_layers(
            self.bandsCombo, polygons, banded_areas, has_fields(POPULATION_FIELD_NAMES)
        )
        self.choose_layers(self.pointsCombo, points, suits=placed_use_cases)
        self.choose_layers(self.facilitiesCombo, points, suits=facility_list)
        self._points_changed(self.pointsCombo.currentLayer())

    def action_buttons(self):
        return [
            self.placeButton,
            self.universitiesButton,
            self.centresButton,
            self.runButton,
            self.distanceButton,
        ]

    @reports_errors
    def update_run_button(self, *_args):
        idle = self.run is None
        points = self.pointsCombo.currentLayer() is not None
        bands = self.bandsCombo.currentLayer() is not None
        self.placeButton.setEnabled(idle and bool(self.fileWidget.filePath()))
        self.universitiesButton.setEnabled(idle)
        self.centresButton.setEnabled(idle)
        self.runButton.setEnabled(idle and points and bands)
        self.distanceButton.setEnabled(
            idle and points and self.facilitiesCombo.currentLayer() is not None
        )

    @reports_errors
    def _points_changed(self, layer):
        names = layer.fields().names() if layer is not None else []
        guess = guess_field(names, ("size_class", "sector", "land"))
        self.styleFieldCombo.blockSignals(True)  # filled, not chosen: nothing to remember
        self.styleFieldCombo.setLayer(layer)
        field = self.remembered.field_for("colour_field", names, guess)
        if field:
            self.styleFieldCombo.setField(field)
        self.styleFieldCombo.blockSignals(False)
        self.update_run_button()

    @reports_errors
    def read_columns(self, *_args):
        """Show which column feeds which field, as recognised; the user may change it."""
        self.mappingTable.setRowCount(0)
        self.mappingTable.hide()  # empty, it would only take the dock's room
        self.update_run_button()
        path = self.fileWidget.filePath()
        if not path:
            return
        if self.report_missing_packages(STATISTICS_REQUIREMENTS):
            return
        from ..core.points.use_cases import read_use_cases  # needs pandas: imported on use

        try:
            report = read_use_cases(path, require_location=False).report
        except CoreError as error:
            self.statusLabel.setText(core_text(error))
            return
        columns = list(dict.fromkeys([*report.mapping.values(), *report.unmapped]))
        columns = [c for c in columns if c != "geometry"]  # GeoJSON points, not a column
        language = ui_language()
        self.mappingTable.setColumnCount(2)
        self.mappingTable.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column")])
        self.mappingTable.setRowCount(len(USE_CASE.columns))
        for row, field in enumerate(USE_CASE.columns):
            item = QTableWidgetItem(field.heading(language))
            item.setData(Qt.ItemDataRole.UserRole, field.name)  # the schema name behind it
            self.mappingTable.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItems(["", *columns])
            combo.setCurrentText(report.mapping.get(field.name) or "")
            self.mappingTable.setCellWidget(row, 1, combo)
        self.mappingTable.resizeColumnsToContents()
        fit_rows(self.mappingTable, len(USE_CASE.columns))
        self.mappingTable.show()
        self.statusLabel.setText(
            self.tr("{rows} rows. Check which column holds what, then place them.").format(
                rows=report.rows
            )
        )

    def mapping_text(self):
        """The MAPPING parameter from the table: every field, empty where none is chosen."""
        entries = []
        for row in range(self.mappingTable.rowCount()):
            field = self.mappingTable.item(row, 0).data(Qt.ItemDataRole.UserRole)
            entries.append(f"{field}={self.mappingTable.cellWidget(row, 1).currentText()}")
        return "; ".join(entries)

    def _lookup_layers(self):
        return {
            "PLZ_AREAS": self.plzCombo.currentLayer(),
            "GEMEINDEN": self.gemeindeCombo.currentLayer(),
        }

    @reports_errors
    def place(self):
        path = self.fileWidget.filePath()
        parameters = {
            "INPUT": path,
            "MAPPING": self.mapping_text(),
            **self._lookup_layers(),
            "OUTPUT": self.output(Path(path).stem),
            "UNPLACED": self.output(self.tr("Not placed: {name}").format(name=Path(path).stem)),
        }
        self.run_algorithm(
            "i40disparity:geocodepoints", parameters, self._placed, self.tr("Placing…")
        )

    @reports_errors
    def add_reference(self, facilities):
        name = (self.tr("Technical universities"), self.tr("Industrie 4.0 centres"))[facilities]
        parameters = {
            "FACILITIES": facilities,
            **self._lookup_layers(),
            "OUTPUT": self.output(name),
            "UNPLACED": self.output(self.tr("Not placed: {name}").format(name=name)),
        }
        self.run_algorithm(
            "i40disparity:referencefacilities",
            parameters,
            lambda results: self._placed(results, facilities),
            self.tr("Placing…"),
        )

    def _placed(self, results, facilities=None):
        points = self.result_layer(results, "OUTPUT")
        if facilities == UNIVERSITIES:
            self.facilitiesCombo.setLayer(points)
        elif facilities is None:
            self.pointsCombo.setLayer(points)
        unplaced = self.result_layer(results, "UNPLACED")
        if unplaced is not None:
            columns = declared_columns(UNPLACED, UNPLACED_SHOWN)
            self.show_layer_table(self.resultTable, unplaced, columns)
        self.chart.clear()
        self.statusLabel.setText(
            self.tr("{placed} placed, {unplaced} not placed (listed below).").format(
                placed=results["PLACED"], unplaced=results["NOT_PLACED"]
            )
        )

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.chart.fit()

    @reports_errors
    def colour_points(self):
        layer = self.pointsCombo.currentLayer()
        field = self.styleFieldCombo.currentField()
        if layer is None or not field:
            return
        values = {python_value(v) for v in layer.uniqueValues(layer.fields().lookupField(field))}
        values.discard(None)
        # Size classes in the study's order, anything else sorted.
        ordered = [c for c in SIZE_CLASSES if c in values]
        ordered += sorted((v for v in values if v not in ordered), key=str)
        layer.setRenderer(category_marker_renderer(field, ordered))
        layer.triggerRepaint()
        self.iface.layerTreeView().refreshLayerSymbology(layer.id())

    def _areas_population(self):
        """The banded areas and their population field; (None, "") when none is chosen."""
        areas = self.bandsCombo.currentLayer()
        if areas is None:
            return None, ""
        return areas, guess_field(areas.fields().names(), POPULATION_FIELD_NAMES) or ""

    @reports_errors
    def band_statistics(self):
        areas, population = self._areas_population()
        self.chart_path = str(Path(QgsProcessingUtils.tempFolder()) / "band_statistics.png")
        parameters = {
            "POINTS": self.pointsCombo.currentLayer(),
            "AREAS": areas,
            "BAND_FIELD": "band",
            "POPULATION_FIELD": population,
            "ITERATIONS": self.iterationsSpin.value(),
            "SEED": self.seedSpin.value(),
            "LABEL_LANGUAGE": LANGUAGES.index(ui_language()),
            "OUTPUT": self.output(self.tr("Band statistics")),
            "CHART": self.chart_path,
        }
        self.run_algorithm(
            "i40disparity:bandstatistics", parameters, self._counted, self.tr("Counting…")
        )

    def _counted(self, results):
        table = self.result_layer(results, "OUTPUT")
        columns = declared_columns(BAND_STATISTICS, BAND_STATISTICS_SHOWN)
        self.show_layer_table(self.resultTable, table, columns)
        self.chart.show(self.chart_path)
        self.statusLabel.setText(
            self.tr("{points} points counted; expected as if they followed the population.").format(
                points=results["TOTAL_POINTS"]
            )
        )

    @reports_errors
    def distances(self):
        if self.report_missing_packages(SPATIAL_REQUIREMENTS):
            return
        try:
            radii = parse_distances(self.radiiEdit.text())
        except CoreError as error:
            self.statusLabel.setText(core_text(error))
            return
        areas, population = self._areas_population()
        parameters = {
            "INPUT": self.pointsCombo.currentLayer(),
            "FACILITIES": self.facilitiesCombo.currentLayer(),
            "RADII": self.radiiEdit.text(),
            "AREAS": areas,
            "POPULATION_FIELD": population,
            "OUTPUT": self.output(self.tr("Nearest facility")),
            "SUMMARY": self.output(self.tr("Distance summary")),
        }
        self.run_algorithm(
            "i40disparity:nearestfacility",
            parameters,
            lambda results: self._measured(results, radii, areas is not None),
            self.tr("Measuring…"),
        )

    def _measured(self, results, radii, areas_given):
        summary = self.result_layer(results, "SUMMARY")
        shown = ("measure", "median_km", *(within_field(km) for km in radii))
        columns = declared_columns(distances_table(radii), shown)
        self.show_layer_table(self.resultTable, summary, columns)
        self.chart.clear()
        measured = self.tr("Distances to the nearest facility measured.")
        if areas_given:
            # The two medians answer different questions and differ where people cluster.
            measured += " " + self.tr(
                "Median of the areas: half of the areas lie closer. Median of the population: "
                "half of the inhabitants live closer."
            )
        self.statusLabel.setText(measured)
