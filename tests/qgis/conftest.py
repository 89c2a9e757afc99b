"""Fixtures for tests inside a real (headless) QGIS, run by pytest-qgis."""

from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsLayerTreeModel,
    QgsProcessingFeedback,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import QgsLayerTreeView

from i40_disparity_plugin.compat import FieldType
from i40_disparity_plugin.gui.remembered import GROUP
from i40_disparity_plugin.processing.provider import I40DisparityProvider

REPO = Path(__file__).resolve().parents[2]
SHARED_DATA = REPO.parent / "shared" / "data"
PLZ_GEOJSON = SHARED_DATA / "plz_5stellig" / "plz-5stellig-verylow_map.geojson"
# From ../shared/data/plz_5stellig/PROVENANCE.md: the Zensus 2011 population of all PLZ areas.
PLZ_FEATURES = 8177
PLZ_POPULATION = 80_322_205


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps the log, so tests can read warnings and notes."""

    def __init__(self):
        super().__init__()
        self.warnings = []
        self.infos = []

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)

    def pushInfo(self, text):
        self.infos.append(text)
        super().pushInfo(text)


@pytest.fixture(autouse=True, scope="session")
def layer_tree_view(qgis_iface):
    """A real layer tree view for pytest-qgis's interface, which answers unknown methods with
    a MagicMock: since 3.44, Processing adds result layers through ``iface.layerTreeView()``,
    which must be a real view, as the desktop has it."""
    view = QgsLayerTreeView()
    # The view as the model's parent: Python must not delete the model under the view.
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    qgis_iface.layerTreeView = lambda: view
    return view


@pytest.fixture(autouse=True)
def forget_dock_choices():
    """Each test meets the docks as a new user does: nothing remembered from the test before."""
    QgsSettings().remove(GROUP)


@pytest.fixture
def provider(qgis_processing):
    """The plugin's provider, registered for one test and removed afterwards."""
    provider = I40DisparityProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


def square_wkt(x, y, side_m):
    return f"POLYGON(({x} {y},{x + side_m} {y},{x + side_m} {y + side_m},{x} {y + side_m},{x} {y}))"


def memory_layer(rows, geometry="Polygon", crs="EPSG:3035", fields=None, name="areas"):
    """A memory layer from (attributes dict, WKT or None) rows.

    ``fields`` maps field names to compat.FieldType types; by default plz (text), einwohner
    (integer) and qkm (double), the schema of the PLZ export.
    """
    fields = fields or {
        "plz": FieldType.String,
        "einwohner": FieldType.Int,
        "qkm": FieldType.Double,
    }
    layer = QgsVectorLayer(f"{geometry}?crs={crs}", name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(n, t) for n, t in fields.items()])
    layer.updateFields()
    features = []
    for attributes, wkt in rows:
        feature = QgsFeature(layer.fields())
        for field_name, value in attributes.items():
            feature[field_name] = value
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    provider.addFeatures(features)
    return layer


@pytest.fixture
def plz_layer():
    # Function scope: pytest-qgis deletes layers that fixtures return once a test ends.
    if not PLZ_GEOJSON.exists():
        pytest.fail(f"the shared data is missing: {PLZ_GEOJSON}")
    layer = QgsVectorLayer(str(PLZ_GEOJSON), "plz", "ogr")
    assert layer.isValid()
    return layer
