"""Where a dock writes its result layers: temporary layers, or tables of a PostGIS database
reached through a connection saved in QGIS (Browser › PostgreSQL), in a schema of the user's
choice. The choice is remembered per user."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsProviderRegistry,
    QgsSettings,
)
from qgis.gui import QgsDatabaseSchemaComboBox
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from ..core.text import table_name
from ..gis.postgis import OUTPUT_PREFIX, PROVIDER
from .slots import reports_errors

SETTING = "i40_disparity_plugin/results/connection"
DEFAULT_SCHEMA = "public"


class ResultDestination(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.connectionCombo = QComboBox(self)
        self.connectionCombo.setToolTip(
            self.tr("Temporary layers, or a PostgreSQL connection saved in QGIS's Browser.")
        )
        self.schemaCombo = QgsDatabaseSchemaComboBox(PROVIDER, "", self)
        self.schemaLabel = QLabel(self.tr("Schema"), self)
        layout.addRow(self.tr("Save results in"), self.connectionCombo)
        layout.addRow(self.schemaLabel, self.schemaCombo)
        self._metadata = QgsProviderRegistry.instance().providerMetadata(PROVIDER)
        self._metadata.connectionCreated.connect(self.refresh)
        self._metadata.connectionDeleted.connect(self.refresh)
        self.connectionCombo.currentIndexChanged.connect(self._connection_changed)
        self.refresh()

    @reports_errors
    def refresh(self):
        chosen = self.connection() or QgsSettings().value(SETTING, "")
        self.connectionCombo.blockSignals(True)
        self.connectionCombo.clear()
        self.connectionCombo.addItem(self.tr("Temporary layers"), "")
        for name in sorted(self._metadata.connections()):
            self.connectionCombo.addItem(f"PostGIS: {name}", name)
        self.connectionCombo.setCurrentIndex(max(self.connectionCombo.findData(chosen), 0))
        self.connectionCombo.blockSignals(False)
        self._connection_changed()

    def connection(self):
        return self.connectionCombo.currentData() or ""

    @reports_errors
    def _connection_changed(self, *_):
        connection = self.connection()
        for widget in (self.schemaLabel, self.schemaCombo):  # a schema only for a database
            widget.setVisible(bool(connection))
        if connection:
            self.schemaCombo.setConnectionName(connection, PROVIDER)
            self.schemaCombo.setSchema(DEFAULT_SCHEMA)
        QgsSettings().setValue(SETTING, connection)

    def output(self, name):
        """The destination of one result layer called ``name``: a temporary layer, or the
        table of that name (made a valid table name) in the chosen database and schema."""
        connection = self.connection()
        if connection:
            schema = self.schemaCombo.currentSchema() or DEFAULT_SCHEMA
            destination = f"{OUTPUT_PREFIX}{connection}/{schema}.{table_name(name)}"
        else:
            destination = QgsProcessing.TEMPORARY_OUTPUT
        output = QgsProcessingOutputLayerDefinition(destination, QgsProject.instance())
        output.destinationName = name
        return output

    def shutdown(self):
        self._metadata.connectionCreated.disconnect(self.refresh)
        self._metadata.connectionDeleted.disconnect(self.refresh)
