"""The files (and layers in them) that an algorithm's parameters read and write, as
core/overwrite_guard.py compares them. A PostGIS table is a layer of its database, which
stands in for the file; memory layers have no location."""

from pathlib import Path

from osgeo import gdal
from qgis.core import (
    QgsDataSourceUri,
    QgsProcessing,
    QgsProcessingOutputLayerDefinition,
    QgsProviderRegistry,
)

from ..core.overwrite_guard import Location
from .postgis import PROVIDER, TableReference, table_reference

FILE_PROVIDERS = ("ogr", "delimitedtext", "spatialite")
# Destinations that Processing never writes to a file the user named.
NOT_FILES = (QgsProcessing.TEMPORARY_OUTPUT, "memory:")


def layer_location(parameter, layer):
    if layer is not None and layer.providerType() == PROVIDER:
        return _table_location(parameter, TableReference(QgsDataSourceUri(layer.source())))
    if layer is None or layer.providerType() not in FILE_PROVIDERS:
        return None
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path")
    if not path:
        return None
    name = parts.get("layerName") or None
    if name is None and Path(path).suffix.lower() == ".gpkg":
        # A GeoPackage opened without a layer name shows its first layer; an output may
        # still go to another layer of the file.
        name = first_ogr_layer(path)
    return Location(parameter, path, name)


def file_location(parameter, path):
    return Location(parameter, path) if path else None


def destination_location(definition, value, context):
    """Where a feature sink writes: ``value`` as Processing hands it over (a path, a
    QgsProcessingOutputLayerDefinition, an ``ogr:`` URI naming a GeoPackage table)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value, _ = value.sink.valueAsString(context.expressionContext())
    if not isinstance(value, str) or not value or value.startswith(NOT_FILES):
        return None
    reference = table_reference(value)
    if reference is not None:
        return _table_location(definition.description(), reference)
    if value.startswith("ogr:"):
        uri = QgsDataSourceUri(value[len("ogr:") :])
        return Location(definition.description(), uri.database(), uri.table() or None)
    if _is_provider_uri(value):
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", value)
    path = parts.get("path") or value
    if not Path(path).suffix:
        path = f"{path}.{definition.defaultFileExtension()}"  # as Processing completes it
    return Location(definition.description(), path, parts.get("layerName") or None)


def _table_location(parameter, reference):
    return Location(parameter, reference.database_address(), reference.qualified_name())


def _is_provider_uri(value):
    """postgis:..., spatialite:...: a destination of another provider. A Windows drive letter
    (C:/...) is part of a path."""
    scheme, colon, _ = value.partition(":")
    return bool(colon) and len(scheme) > 1 and not any(c in scheme for c in "/\\")


def first_ogr_layer(path):
    """The OGR name of the first layer of a file opened without one (a GeoJSON or shapefile)."""
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:  # GDAL raises instead of returning None when exceptions are on
        return None
    if dataset is None or dataset.GetLayerCount() == 0:
        return None
    return dataset.GetLayer(0).GetName()
