"""Key fields that GDAL types as JSON, read back as the text the file holds.

GDAL 3.10+ gives a GeoJSON property whose values mix strings and numbers (postcodes such as
"01067" beside 10115) the JSON subtype; QGIS then parses each value as JSON, and "01067" is no
JSON number: every such key reads as NULL (3.40) or cannot be written to a GeoPackage (3.44).
The plugin then reads the layer through an OGR virtual layer (VRT, in GDAL's memory file
system) whose SQL casts those fields to text. It keeps the file's feature ids, geometries and
other fields exactly; nothing is copied.
"""

import uuid
from xml.sax.saxutils import escape

from osgeo import gdal
from qgis.core import (
    QgsProcessingFeatureSource,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..compat import is_json_text_field


def has_json_text_fields(source):
    return any(is_json_text_field(field) for field in source.fields())


def as_text_view(source, layer, context):
    """``source`` with its JSON text fields as plain text, or ``source`` itself where that is
    not possible (a layer that is not read through OGR, or is filtered)."""
    view = text_key_layer(layer) if layer is not None else None
    if view is None:
        return source
    context.temporaryLayerStore().addMapLayer(view)
    return QgsProcessingFeatureSource(view, context)


def text_key_layer(layer):
    """A layer reading ``layer``'s file with its JSON text fields as plain text; None where
    that is not possible. For scripts that hand such a layer to QGIS's own algorithms first."""
    if layer.providerType() != "ogr" or not has_json_text_fields(layer):
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if parts.get("subset") or not parts.get("path"):
        return None
    table = parts.get("layerName") or _ogr_layer_name(parts["path"])
    if table is None:
        return None
    # character(0): text of any length; a bare "character" would be one character wide.
    columns = ", ".join(
        f"CAST({_quoted(f.name())} AS character(0)) AS {_quoted(f.name())}"
        if is_json_text_field(f)
        else _quoted(f.name())
        for f in layer.fields()
    )
    vrt_path = f"/vsimem/i40_text_keys_{uuid.uuid4().hex}.vrt"
    gdal.FileFromMemBuffer(vrt_path, _vrt(parts["path"], table, columns).encode("utf-8"))
    view = QgsVectorLayer(vrt_path, layer.name(), "ogr")
    if not view.isValid():
        return None
    view.setMetadata(layer.metadata())
    return view


def _vrt(path, table, columns):
    return (
        '<OGRVRTDataSource><OGRVRTLayer name="view">'
        f"<SrcDataSource>{escape(path)}</SrcDataSource>"
        # OGR's own dialect, which carries the geometry along; a GeoPackage's default dialect
        # (SQLite) would leave it out unless its column is named.
        f'<SrcSQL dialect="OGRSQL">{escape(f"SELECT {columns} FROM {_quoted(table)}")}</SrcSQL>'
        "</OGRVRTLayer></OGRVRTDataSource>"
    )


def _ogr_layer_name(path):
    """The OGR name of the first layer of a file opened without one (a GeoJSON or shapefile).

    Read from a GDAL dataset of the calling thread's own: asking the layer's provider instead
    (its sublayers) from a Processing worker, while the main thread draws that layer, corrupted
    QGIS's heap now and then (QGIS 3.40 aborted).
    """
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:  # GDAL raises instead of returning None when exceptions are on
        return None
    if dataset is None or dataset.GetLayerCount() == 0:
        return None
    return dataset.GetLayer(0).GetName()


def _quoted(name):
    return '"' + name.replace('"', '""') + '"'
