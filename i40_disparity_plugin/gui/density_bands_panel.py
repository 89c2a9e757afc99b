"""Dock "Dichteklassen": choose areas and fields, classify in the background, show the table."""

from qgis.core import (
    QgsFieldProxyModel,
)

from ..compat import LayerFilter
from ..core.density.bands import DEFAULT_THRESHOLDS, parse_thresholds
from ..core.density.outputs import BAND_SUMMARY
from ..core.field_names import AREA_KM2_FIELD_NAMES, POPULATION_FIELD_NAMES, guess_field
from ..core.messages import CoreError
from ..core.number_format import LANGUAGES
from ..core.readers.number_lists import format_number_list
from ..gis.i18n import core_text, ui_language
from .algorithm_panel import AlgorithmPanel, declared_columns
from .forms import load_form
from .layer_choices import has_fields
from .remembered import Remembered
from .slots import reports_errors

ALGORITHM_ID = "i40disparity:densitybands"
# Of the summary's columns, those the dock shows: the group is always all areas here.
SHOWN_COLUMNS = (
    "band_label",
    "n_areas",
    "share_areas",
    "population",
    "share_population",
    "area_km2",
    "share_area_km2",
)


class DensityBandsPanel(AlgorithmPanel, load_form("density_bands_panel.ui")):
    HELP_SECTION = "density-bands"

    def __init__(self, iface, parent=None):
        super().__init__(iface, parent)
        self.populationCombo.setFilters(QgsFieldProxyModel.Filter.Numeric)
        self.areaCombo.setFilters(QgsFieldProxyModel.Filter.Numeric)
        # Empty unless a field's name says what it holds: a wrong guess would go unnoticed.
        self.populationCombo.setAllowEmptyFieldName(True)
        self.areaCombo.setAllowEmptyFieldName(True)
        # The ';' form, which reads a German decimal comma (readers/number_lists).
        language = ui_language()
        self.thresholdsEdit.setText(format_number_list(DEFAULT_THRESHOLDS, language))
        self.remembered = Remembered("density_bands")
        self.remembered.text(self.thresholdsEdit, "thresholds")
        self.remembered.field(self.populationCombo, "population_field")
        self.remembered.field(self.areaCombo, "area_field")
        self.layerCombo.layerChanged.connect(self._layer_changed)
        self.populationCombo.fieldChanged.connect(self.update_run_button)
        self.runButton.clicked.connect(self.start)
        # Any polygons will do; taken unasked only if exactly one layer names a population.
        self.choose_layers(
            self.layerCombo, LayerFilter.PolygonLayer, suits=has_fields(POPULATION_FIELD_NAMES)
        )
        self._layer_changed(self.layerCombo.currentLayer())

    @reports_errors
    def _layer_changed(self, layer):
        names = layer.fields().names() if layer is not None else []
        population = guess_field(names, POPULATION_FIELD_NAMES)
        area = guess_field(names, AREA_KM2_FIELD_NAMES)
        # Filled, not chosen by the user: nothing to remember.
        for combo, name, guess in (
            (self.populationCombo, "population_field", population),
            (self.areaCombo, "area_field", area),
        ):
            combo.blockSignals(True)
            combo.setLayer(layer)
            combo.setField(self.remembered.field_for(name, names, guess) or "")
            combo.blockSignals(False)
        self.update_run_button()

    def can_run(self):
        return self.layerCombo.currentLayer() is not None and bool(
            self.populationCombo.currentField()
        )

    def parameters(self):
        layer = self.layerCombo.currentLayer()
        output = self.output(self.tr("Density bands {layer}").format(layer=layer.name()))
        summary = self.output(self.tr("Band summary {layer}").format(layer=layer.name()))
        return {
            "INPUT": layer,
            "POPULATION_FIELD": self.populationCombo.currentField(),
            "AREA_FIELD": self.areaCombo.currentField() or None,
            "THRESHOLDS": self.thresholdsEdit.text(),
            "LABEL_LANGUAGE": LANGUAGES.index(ui_language()),
            "OUTPUT": output,
            "SUMMARY": summary,
        }

    @reports_errors
    def start(self):
        if not self.can_run():
            return
        try:
            parse_thresholds(self.thresholdsEdit.text())
        except CoreError as error:
            self.statusLabel.setText(core_text(error))
            return
        self.summaryTable.clear()
        self.summaryTable.setRowCount(0)
        self.run_algorithm(
            ALGORITHM_ID, self.parameters(), self._classified, self.tr("Classifying…")
        )

    def _classified(self, results):
        self.statusLabel.setText(
            self.tr(
                "{classified} areas classified, {unclassified} without a band, "
                "{repaired} geometries repaired."
            ).format(
                classified=results["CLASSIFIED"],
                unclassified=results["UNCLASSIFIED"],
                repaired=results["REPAIRED"],
            )
        )
        summary = self.result_layer(results, "SUMMARY")
        if summary is not None:
            self._show_summary(summary)

    def _show_summary(self, summary):
        self.show_layer_table(
            self.summaryTable, summary, declared_columns(BAND_SUMMARY, SHOWN_COLUMNS)
        )
