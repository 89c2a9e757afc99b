"""Key fields that GDAL types as JSON, read back as the text the file holds.

GDAL 3.10+ gives a GeoJSON property whose values mix strings and numbers (postcodes such as
"01067" beside 10115) the JSON subtype; QGIS then parses each value as JSON, and "01067" is no
JSON number: every such key reads as NULL (3.40) or cannot be written to a GeoPackage (3.44).
The plugin then reads the layer through an OGR virtual layer (VRT, in GDAL's memory file
system) whose SQL casts those fields to text. It keeps the file's feature ids, geometries and
other fields exactly; nothing is copied.
"""

import hashlib
from xml.sax.saxutils import escape

from osgeo import gdal
from qgis.core import (
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
    QgsProperty,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..compat import is_json_text_field
from .locations import first_ogr_layer


class TextKeySource:
    """A layer's file read with its JSON text fields as plain text, for a Processing input.

    Made in the main thread, where the layer lives (:meth:`of`); used in the algorithm's
    worker, which opens the file itself (:meth:`parameter_value`). Reading the layer and its
    file from the worker while the main thread drew it corrupted QGIS's heap now and then
    (QGIS 3.40 aborted with "unaligned tcache chunk").
    """

    def __init__(self, uri, selected_ids):
        self.uri = uri
        self.selected_ids = selected_ids

    @classmethod
    def of(cls, layer):
        """None where no field needs it or it is not possible (not read through OGR, or
        filtered): the layer is then read as it is."""
        uri = _text_key_uri(layer)
        return cls(uri, layer.selectedFeatureIds()) if uri is not None else None

    def parameter_value(self, value, context):
        """``value`` (a feature-source parameter's value) naming this file instead; the
        selection, feature limit and geometry checks it asks for stay as they were."""
        layer = QgsProcessingUtils.mapLayerFromString(self.uri, context)
        if layer is None:
            return value
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            definition = QgsProcessingFeatureSourceDefinition(value)
        else:
            definition = QgsProcessingFeatureSourceDefinition()
        if definition.selectedFeaturesOnly:
            # The view keeps the file's feature ids, so the selection carries over.
            layer.selectByIds(self.selected_ids)
        definition.source = QgsProperty.fromValue(layer.id())
        return definition


def text_key_layer(layer):
    """For scripts that hand ``layer`` to QGIS's own algorithms first: a layer reading its file
    with the JSON text fields as plain text; None where that is not needed or not possible."""
    uri = _text_key_uri(layer)
    view = QgsVectorLayer(uri, layer.name(), "ogr") if uri is not None else None
    if view is None or not view.isValid():
        return None
    view.setMetadata(layer.metadata())
    return view


def _text_key_uri(layer):
    if layer.providerType() != "ogr" or not any(map(is_json_text_field, layer.fields())):
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if parts.get("subset") or not parts.get("path"):
        return None
    table = parts.get("layerName") or first_ogr_layer(parts["path"])
    if table is None:
        return None
    # character(0): text of any length; a bare "character" would be one character wide.
    columns = ", ".join(
        f"CAST({_quoted(f.name())} AS character(0)) AS {_quoted(f.name())}"
        if is_json_text_field(f)
        else _quoted(f.name())
        for f in layer.fields()
    )
    vrt = _vrt(parts["path"], table, columns).encode("utf-8")
    # Named by its content: a file read again and again gets one VRT, not one per run. It is
    # written only once, so that no reader still using it sees it change.
    vrt_path = f"/vsimem/i40_text_keys_{hashlib.sha256(vrt).hexdigest()[:16]}.vrt"
    if gdal.VSIStatL(vrt_path) is None:
        gdal.FileFromMemBuffer(vrt_path, vrt)
    return vrt_path


def _vrt(path, table, columns):
    return (
        '<OGRVRTDataSource><OGRVRTLayer name="view">'
        # Not shared: GDAL opens a SrcSQL source in shared mode by default, so two views of
        # one file (two runs, two threads) used one dataset, and closing one view in the main
        # thread pulled it from under the other (QGIS 3.40's desktop crashed in GDALClose).
        f'<SrcDataSource shared="0">{escape(path)}</SrcDataSource>'
        # OGR's own dialect, which carries the geometry along; a GeoPackage's default dialect
        # (SQLite) would leave it out unless its column is named.
        f'<SrcSQL dialect="OGRSQL">{escape(f"SELECT {columns} FROM {_quoted(table)}")}</SrcSQL>'
        "</OGRVRTLayer></OGRVRTDataSource>"
    )


def _quoted(name):
    return '"' + name.replace('"', '""') + '"'
