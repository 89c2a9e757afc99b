"""Dock "Kreisindikatoren": read a statistics export, join it to districts, style a choropleth."""

from qgis.core import (
    QgsApplication,
    QgsStyle,
)
from qgis.PyQt.QtWidgets import QFileDialog, QTableWidgetItem

from ..compat import LayerFilter
from ..core.field_names import AREA_KEY_FIELD_NAMES, guess_field
from ..core.indicators.outputs import JOIN_REPORT, side_name
from ..core.messages import CoreError
from ..core.number_format import LANGUAGES
from ..core.readers.table_formats import TABLE_FORMATS
from ..core.requirements import STATISTICS_REQUIREMENTS
from ..gis.i18n import core_text, translate_core, ui_language
from ..gis.values import python_value
from .algorithm_panel import AlgorithmPanel, fit_rows
from .forms import load_form
from .layer_choices import areas_of_level
from .remembered import Remembered
from .slots import reports_errors

JOIN_ID = "i40disparity:joinindicators"
CHOROPLETH_ID = "i40disparity:choropleth"
LISTED_PROBLEMS = 10


# Options and defaults come from the algorithms' own parameters: one place for dock and toolbox.
def _parameter(algorithm_id, name):
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    return algorithm.parameterDefinition(name) if algorithm else None


def _enum_options(algorithm_id, name):
    parameter = _parameter(algorithm_id, name)
    return parameter.options() if parameter else []


def _default(algorithm_id, name):
    parameter = _parameter(algorithm_id, name)
    return parameter.defaultValue() if parameter else None


class DistrictIndicatorsPanel(AlgorithmPanel, load_form("district_indicators_panel.ui")):
    HELP_SECTION = "district-indicators"

    def __init__(self, iface, parent=None):
        super().__init__(iface, parent)
        self.table = None
        self.styled_layer = None
        self.join_summary = ""
        self.fileWidget.setFilter(self.tr("Statistics tables (*.csv *.txt *.xlsx);;All files (*)"))
        self.formatCombo.addItems(_enum_options(JOIN_ID, "TABLE_FORMAT"))
        self.methodCombo.addItems(_enum_options(CHOROPLETH_ID, "METHOD"))
        self.keyCombo.setAllowEmptyFieldName(True)  # no key field taken unless one is clear
        self.classesSpin.setRange(2, 12)
        self.classesSpin.setValue(5)
        self.rampCombo.addItems(sorted(QgsStyle.defaultStyle().colorRampNames()))
        self.rampCombo.setCurrentText(_default(CHOROPLETH_ID, "RAMP"))
        self.remembered = Remembered("district_indicators")
        self.remembered.folder_of(self.fileWidget, "table_folder")
        self.remembered.option(self.formatCombo, "table_format")
        self.remembered.option(self.methodCombo, "method")
        self.remembered.number(self.classesSpin, "classes")
        self.remembered.choice(self.rampCombo, "ramp")
        # The columns joinindicators writes to UNMATCHED, headed as the report heads them.
        self.unmatchedTable.setColumnCount(len(JOIN_REPORT.columns))
        self.unmatchedTable.setHorizontalHeaderLabels(
            [column.heading(ui_language()) for column in JOIN_REPORT.columns]
        )
        self.layerCombo.layerChanged.connect(self._layer_changed)
        self.keyCombo.fieldChanged.connect(self.update_run_button)
        self.fileWidget.fileChanged.connect(self._table_changed)
        self.formatCombo.currentIndexChanged.connect(self._table_changed)
        self.tableKeyCombo.currentIndexChanged.connect(self._forget_table)
        self.readButton.clicked.connect(self.read_table)
        self.indicatorCombo.currentTextChanged.connect(self._fill_years)
        self.runButton.clicked.connect(self.start)
        self.saveStyleButton.clicked.connect(self.save_style)
        # Any polygons will do; taken unasked only if exactly one layer holds Kreise.
        self.choose_layers(self.layerCombo, LayerFilter.PolygonLayer, suits=areas_of_level("kreis"))
        self._layer_changed(self.layerCombo.currentLayer())
        self._table_changed()

    def can_run(self):
        return (
            self.layerCombo.currentLayer() is not None
            and bool(self.keyCombo.currentField())
            and self.table is not None
            and bool(self.indicatorCombo.currentText())
        )

    @reports_errors
    def _layer_changed(self, layer):
        self.keyCombo.setLayer(layer)
        names = layer.fields().names() if layer is not None else []
        self.keyCombo.setField(guess_field(names, AREA_KEY_FIELD_NAMES) or "")
        self.update_run_button()

    @reports_errors
    def _table_changed(self, *_args):
        self._forget_table()
        self._offer_key_columns([])

    def _offer_key_columns(self, columns):
        """The table's columns to choose its key from, once a read has found it to be of no
        official format (GENESIS, INKAR and Destatis exports name their key themselves);
        the column an area key's name suggests is chosen. Filled from the read, so that
        choosing a file reads nothing."""
        combo = self.tableKeyCombo
        combo.blockSignals(True)  # filling it is no choice of the user's
        combo.clear()
        key = guess_field(columns, AREA_KEY_FIELD_NAMES)
        if not columns:
            combo.addItem(self.tr("recognised when the table is read"), "")
        elif key is None:
            combo.addItem(self.tr("choose a column"), "")
        for column in columns:
            combo.addItem(column, column)
        combo.setCurrentIndex(max(combo.findData(key), 0))
        combo.blockSignals(False)

    def table_key(self):
        return self.tableKeyCombo.currentData() or ""

    @reports_errors
    def _forget_table(self, *_args):
        self.table = None
        self.indicatorCombo.clear()
        self.yearCombo.clear()
        self.parseReportText.clear()
        self.update_run_button()

    def table_format(self):
        return TABLE_FORMATS[self.formatCombo.currentIndex()]

    @reports_errors
    def read_table(self):
        """Read the file now, so the parse report is seen before anything is joined."""
        self._forget_table()
        if self.report_missing_packages(STATISTICS_REQUIREMENTS):
            return
        # Needs pandas: imported on use.
        from ..core.readers.detect import KeyColumnNeeded, read_statistics

        try:
            self.table = read_statistics(
                self.fileWidget.filePath(),
                self.table_format(),
                key_column=self.table_key() or None,
            )
        except KeyColumnNeeded as needed:
            self._offer_key_columns(needed.columns)
            if self.table_key():  # one column's name says it holds area keys: read with it
                self.read_table()
            else:
                self.statusLabel.setText(core_text(needed))
            return
        except CoreError as error:
            self.statusLabel.setText(core_text(error))
            return
        self.parseReportText.setPlainText(self._parse_report_text(self.table.report))
        indicators = sorted(self.table.data["indicator"].dropna().unique())
        self.indicatorCombo.addItems([str(name) for name in indicators])
        self.statusLabel.setText(
            self.tr("{count} indicators read. Choose one, then join and style.").format(
                count=len(indicators)
            )
        )
        self.update_run_button()

    def _parse_report_text(self, report):
        from ..core.readers.generic import encoding_name  # needs pandas: imported on use

        lines = [
            self.tr("Format: {format}, encoding {encoding}, delimiter '{delimiter}'").format(
                # As the format list and a spreadsheet program name them, not by their ids.
                format=self.formatCombo.itemText(TABLE_FORMATS.index(report.table_format)),
                encoding=encoding_name(report.encoding) if report.encoding else "–",
                delimiter=report.delimiter or "–",
            ),
            self.tr(
                "{rows} rows, {keys} keys, {values} values ({zeros} of them '-', exactly zero), "
                "{problems} without a number, {skipped} rows skipped"
            ).format(
                rows=report.rows_read,
                keys=report.keys,
                values=report.values_converted,
                zeros=report.zeros_from_dash,
                problems=len(report.problems),
                skipped=len(report.skipped),
            ),
        ]
        lines += [
            f"  {p.key} {p.indicator}: '{p.raw}' – {translate_core(p.reason)}"
            for p in report.problems[:LISTED_PROBLEMS]
        ]
        lines += [core_text(note) for note in report.notes]
        return "\n".join(lines)

    @reports_errors
    def _fill_years(self, indicator):
        self.yearCombo.clear()
        if self.table is None or not indicator:
            return
        data = self.table.data
        rows = data[(data["indicator"] == indicator) & data["value"].notna()]
        years = sorted({int(y) for y in rows["year"].dropna()}, reverse=True)
        self.yearCombo.addItem(self.tr("latest with data"), None)
        for year in years:
            self.yearCombo.addItem(str(year), year)
        self.update_run_button()

    def _join_parameters(self):
        layer = self.layerCombo.currentLayer()
        indicator = self.indicatorCombo.currentText()
        output = self.output(f"{layer.name()}: {indicator}")
        unmatched = self.output(self.tr("Unmatched keys {layer}").format(layer=layer.name()))
        return {
            "INPUT": layer,
            "INPUT_KEY": self.keyCombo.currentField(),
            "TABLE": self.fileWidget.filePath(),
            "TABLE_FORMAT": self.formatCombo.currentIndex(),
            "TABLE_KEY": self.table_key(),
            "INDICATORS": indicator,
            "YEAR": self.yearCombo.currentData(),
            "OUTPUT": output,
            "UNMATCHED": unmatched,
        }

    @reports_errors
    def start(self):
        if not self.can_run():
            return
        self.unmatchedTable.setRowCount(0)
        self.saveStyleButton.setEnabled(False)
        self.run_algorithm(JOIN_ID, self._join_parameters(), self._joined, self.tr("Joining…"))

    def _joined(self, results):
        unmatched = self.result_layer(results, "UNMATCHED")
        if unmatched is not None:
            self._show_unmatched(unmatched)
        self.styled_layer = self.result_layer(results, "OUTPUT")
        self.join_summary = self.tr(
            "{matched} areas matched; {layer} area keys not in the table, "
            "{table} table keys not among the areas."
        ).format(
            matched=results["MATCHED"],
            layer=results["UNMATCHED_LAYER"],
            table=results["UNMATCHED_TABLE"],
        )
        parameters = {
            "INPUT": self.styled_layer,
            "FIELD": results["INDICATOR_FIELDS"].split(";")[0],
            "METHOD": self.methodCombo.currentIndex(),
            "CLASSES": self.classesSpin.value(),
            "RAMP": self.rampCombo.currentText(),
            "LABEL_LANGUAGE": LANGUAGES.index(ui_language()),
        }
        self.run_algorithm(CHOROPLETH_ID, parameters, self._styled, self.tr("Styling…"))

    def _styled(self, results):
        self.styled_layer.triggerRepaint()
        self.iface.layerTreeView().refreshLayerSymbology(self.styled_layer.id())
        self.saveStyleButton.setEnabled(True)
        self.statusLabel.setText(self.join_summary)

    def _show_unmatched(self, layer):
        rows = list(layer.getFeatures())
        self.unmatchedTable.setRowCount(len(rows))
        for row, feature in enumerate(rows):
            texts = [python_value(feature[name]) or "" for name in JOIN_REPORT.names]
            texts[JOIN_REPORT.names.index("side")] = side_name(feature["side"], ui_language())
            for column, text in enumerate(texts):
                self.unmatchedTable.setItem(row, column, QTableWidgetItem(str(text)))
        self.unmatchedTable.resizeColumnsToContents()
        fit_rows(self.unmatchedTable)
        self.unmatchedLabel.setText(self.tr("Unmatched keys: {count}").format(count=len(rows)))

    @reports_errors
    def save_style(self):
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save style"), "", self.tr("QGIS style (*.qml)")
        )
        if path and self.styled_layer is not None:
            message, ok = self.styled_layer.saveNamedStyle(path)
            self.statusLabel.setText(
                self.tr("Style saved: {path}").format(path=path) if ok else message
            )
