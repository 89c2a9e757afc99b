"""What every dock that runs algorithms shares: one run at a time, progress, cancel, status.

Texts here name their context explicitly: PyQt's tr() would look them up under the
subclass's name, where pylupdate5 does not file them.

A subclass mixes in a form (see forms.load_form) with the widgets runButton, cancelButton,
progressBar and statusLabel in its mainLayout, and says through can_run() when its inputs are
complete. A dock whose results are layers gets the choice where they go (result_destination).
"""

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QHBoxLayout, QPushButton, QTableWidgetItem, QWidget

from ..core.number_format import format_number
from ..core.requirements import install_advice, missing_requirements, package_names
from ..gis.help_page import help_url
from ..gis.i18n import core_text, ui_language
from ..gis.postgis import reads_table, table_reference
from ..gis.values import python_value
from .background import BackgroundAlgorithm
from .layer_choices import LayerChoice
from .result_destination import ResultDestination
from .slots import reports_errors

LABEL_WIDTH = 140  # pixels: long first-column labels wrap, so the numbers stay in view
SHOWN_ROWS = 12  # rows a result table shows before it scrolls


def fit_rows(table, rows=SHOWN_ROWS):
    """Make ``table`` as tall as its first ``rows`` rows. The dock scrolls as a whole, so a
    table left to the layout would be squeezed to a row or two."""
    shown = min(table.rowCount(), rows)
    height = (
        table.horizontalHeader().sizeHint().height()
        + sum(table.rowHeight(row) for row in range(shown))
        + table.horizontalScrollBar().sizeHint().height()
        + 2 * table.frameWidth()
    )
    table.setFixedHeight(height)


def declared_columns(table, names=None):
    """``show_layer_table``'s columns of a declared result table (core/output_tables.py):
    the columns ``names`` (default: all), headed and rounded as the declaration says."""
    language = ui_language()
    columns = table.columns if names is None else [table.column(name) for name in names]
    return [
        (column.name, column.heading(language), None if column.is_text else column.decimals)
        for column in columns
    ]


def _holds(item, widget):
    """Whether the layout item ``item`` is ``widget`` or contains it, at any depth."""
    if item.widget() is not None:
        return item.widget() is widget or item.widget().isAncestorOf(widget)
    layout = item.layout()
    return layout is not None and any(
        _holds(layout.itemAt(i), widget) for i in range(layout.count())
    )


class AlgorithmPanel(QWidget):
    WRITES_LAYERS = True  # False for a dock whose results are files
    HELP_SECTION = ""  # the dock's section of the help page (help/de.html)

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.iface = iface
        self.run = None
        self.destination = None
        self.layer_choices = []
        if self.WRITES_LAYERS:
            # After the inputs, before the first button that starts a run, as in QGIS's dialogs.
            self.destination = ResultDestination(self)
            self.mainLayout.insertWidget(self._first_action_row(), self.destination)
        self.progressBar.hide()  # shown from the first run on
        self._add_help_button()
        self.cancelButton.clicked.connect(self.cancel)

    def footer(self):
        """What the dock keeps in view below its scrolled panel: progress and status
        (gui/dock_footer.py)."""
        return [self.progressBar, self.statusLabel]

    def _add_help_button(self):
        """A Help button at the top right, as QGIS's own dialogs have one."""
        self.helpButton = QPushButton(QCoreApplication.translate("AlgorithmPanel", "Help"))
        self.helpButton.setObjectName("helpButton")
        self.helpButton.clicked.connect(self.open_help)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.helpButton)
        self.mainLayout.insertLayout(0, row)

    @reports_errors
    def open_help(self):
        QDesktopServices.openUrl(help_url(self.HELP_SECTION))

    def _first_action_row(self):
        """The row of mainLayout that holds (perhaps inside a group) the first run button."""
        for row in range(self.mainLayout.count()):
            if any(_holds(self.mainLayout.itemAt(row), b) for b in self.action_buttons()):
                return row
        return self.mainLayout.indexOf(self.progressBar)

    def choose_layers(self, combo, geometry_filter, fits=None, suits=None):
        """Keep ``combo`` to the project's layers an input can use (gui/layer_choices.py);
        the run buttons follow what it offers."""
        self.layer_choices.append(
            LayerChoice(combo, geometry_filter, fits, suits, changed=self.update_run_button)
        )
        combo.layerChanged.connect(self.update_run_button)

    def output(self, name):
        """Where the result layer called ``name`` goes, as the user chose."""
        return self.destination.output(name)

    @staticmethod
    def result_layer(results, name):
        """The project layer of a result: by its id, or the layer of the database table that a
        result written into PostGIS names. None if the project has neither."""
        project = QgsProject.instance()
        value = results.get(name) or ""
        layer = project.mapLayer(value)
        reference = table_reference(value) if layer is None else None
        if reference is None:
            return layer
        return next(
            (lay for lay in project.mapLayers().values() if reads_table(lay, reference)), None
        )

    def can_run(self):
        return True

    def action_buttons(self):
        """The buttons that start a run; all are disabled while one runs."""
        return [self.runButton]

    @reports_errors
    def update_run_button(self):
        self.runButton.setEnabled(self.run is None and self.can_run())

    def report_missing_packages(self, requirements):
        """True, with what is missing and what to do in the status line, when QGIS's Python
        lacks one of ``requirements``."""
        missing = missing_requirements(requirements)
        if missing:
            text = QCoreApplication.translate(
                "AlgorithmPanel", "This needs {packages}, which QGIS's Python lacks."
            )
            advice = core_text(install_advice(missing))
            self.statusLabel.setText(text.format(packages=package_names(missing)) + " " + advice)
        return bool(missing)

    def show_layer_table(self, table, layer, columns, keep=None):
        """Fill ``table`` from ``layer``'s features: ``columns`` are (field, header, decimals),
        decimals None for text; ``keep(feature)`` may leave rows out."""
        language = ui_language()
        features = [f for f in layer.getFeatures() if keep is None or keep(f)]
        table.clear()
        table.setColumnCount(len(columns))
        table.setHorizontalHeaderLabels([header for _field, header, _decimals in columns])
        table.setRowCount(len(features))
        for row, feature in enumerate(features):
            for column, (field, _header, decimals) in enumerate(columns):
                value = python_value(feature[field])
                if value is None:
                    text = ""
                elif decimals is None:
                    text = str(value)
                else:
                    text = format_number(value, language, decimals)
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.setColumnWidth(0, min(table.columnWidth(0), LABEL_WIDTH))
        table.resizeRowsToContents()
        fit_rows(table)

    def run_algorithm(self, algorithm_id, parameters, on_success, status_text):
        """Start one algorithm in the background; ``on_success(results)`` when it is done."""
        self.run = BackgroundAlgorithm(algorithm_id, parameters, self)
        self.run.progressChanged.connect(self.progressBar.setValue)
        self.run.finished.connect(
            lambda ok, results, message: self._finished(ok, results, message, on_success)
        )
        self.progressBar.setValue(0)
        self.progressBar.show()
        self.statusLabel.setText(status_text)
        for button in self.action_buttons():
            button.setEnabled(False)
        self.cancelButton.setEnabled(True)
        self.run.start()

    @reports_errors
    def cancel(self):
        if self.run is not None:
            self.run.cancel()
            self.statusLabel.setText(QCoreApplication.translate("AlgorithmPanel", "Cancelling…"))

    def shutdown(self):
        """Called when the plugin unloads: no task may outlive its dock."""
        self.cancel()
        for choice in self.layer_choices:
            choice.shutdown()
        if self.destination is not None:
            self.destination.shutdown()

    @reports_errors
    def _finished(self, ok, results, message, on_success):
        cancelled = self.run.is_cancelled()
        # Release the run's context and algorithm now, while QGIS is fully alive, rather than
        # whenever Python collects them (at exit that can be after QGIS's own teardown).
        self.run.deleteLater()
        self.run = None
        self.cancelButton.setEnabled(False)
        self.update_run_button()
        if not ok:
            if cancelled:
                self.statusLabel.setText(QCoreApplication.translate("AlgorithmPanel", "Cancelled."))
            else:
                failed = QCoreApplication.translate("AlgorithmPanel", "Failed: {message}")
                self.statusLabel.setText(failed.format(message=message))
            return
        self.progressBar.setValue(100)
        on_success(results)
        missing = results.get("MISSING_RECORDS")
        if missing:  # built from a partly placed point set: said where the result is read
            self.statusLabel.setText(self.statusLabel.text() + " " + missing)
