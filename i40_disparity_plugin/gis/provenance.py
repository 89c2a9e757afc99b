"""Where an output's numbers come from: layer metadata with parameters and attribution."""

from pathlib import Path

from qgis.core import (
    QgsDataProvider,
    QgsLayerMetadata,
    QgsProcessingUtils,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from ..compat import (
    ProviderConnectionError,
    save_metadata_in_database,
    stores_styles_in_database,
)
from ..core.attribution import attribution_for_fields
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.secrets import without_secrets
from .i18n import translate_core
from .postgis import PROVIDER, comment_table, finish_output_table, table_reference

STYLE_NAME = "i40disparity"

# pylupdate5 needs the context and the text's start on one line.
# fmt: off
METADATA_NOT_STORED = QT_TRANSLATE_NOOP("core", "The description of {output} (parameters and "
                                                "data sources) could not be stored with the "
                                                "file: {reason}")
STYLE_NOT_STORED = QT_TRANSLATE_NOOP("core", "The style of {output} could not be stored with "
                                             "the file: {reason}")
TABLE_NOT_FINISHED = QT_TRANSLATE_NOOP("core", "The {table} is written, but its key, spatial "
                                               "index and text columns could not be set: "
                                               "{reason}")
# fmt: on


def input_attribution(layer, fallback_name):
    """Rights lines of an input layer: its own metadata, a known source, or at least its name."""
    if layer is not None and layer.metadata().rights():
        return list(layer.metadata().rights())
    if layer is not None:
        known = attribution_for_fields(layer.fields().names())
        if known:
            return [known]
    return [f"Quelle: {fallback_name}"]


def layer_file(layer):
    """The file behind a layer, or '' for memory and database layers."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    return parts.get("path") or ""


def layer_metadata(layer):
    """The layer's metadata; for a file without it loaded (Processing opens CSV outputs
    without their .qmd), the .qmd that QGIS writes beside the file."""
    metadata = layer.metadata()
    path = layer_file(layer)
    if metadata.title() or metadata.rights() or not path:
        return metadata
    qmd = Path(path).with_suffix(".qmd")
    document = QDomDocument()
    if qmd.is_file() and document.setContent(qmd.read_text(encoding="utf-8"))[0]:
        from_file = QgsLayerMetadata()
        if from_file.readMetadataXml(document.documentElement()):
            return from_file
    return metadata


def output_metadata(title, abstract, rights):
    metadata = QgsLayerMetadata()
    metadata.setTitle(title)
    metadata.setAbstract(abstract)
    metadata.setRights(rights)
    return metadata


def finish_output_layer(destination_id, context, feedback, metadata, renderer=None, aliases=None):
    """Give an algorithm's output layer its metadata, style and field aliases.

    Memory outputs keep them on the layer that Processing later adds to the project. File
    outputs also store them with the file, so they travel with results written by
    qgis_process: inside a GeoPackage (per layer, in its style and metadata tables), as
    .qml/.qmd beside other formats. A PostGIS table gets them in its database (style in
    layer_styles, the description as the table's comment and, where QGIS can, in
    qgis_layer_metadata), where every colleague's QGIS finds them, and is finished as a
    database administrator expects (gis/postgis.finish_output_table). What cannot be stored
    is a warning in the log: the output itself is written, and the layer added to the project
    still has it all.
    """
    reference = table_reference(destination_id)
    if reference is not None:
        try:
            finish_output_table(reference)
        except ProviderConnectionError as error:
            reason = without_secrets(str(error))
            feedback.pushWarning(
                translate_core(TABLE_NOT_FINISHED, table=reference.words(), reason=reason)
            )
        layer = QgsVectorLayer(reference.uri.uri(False), metadata.title(), PROVIDER)
        _load_on_completion(layer, destination_id, context)
    else:
        layer = QgsProcessingUtils.mapLayerFromString(destination_id, context)
    if layer is None or not layer.isValid():
        return None
    layer.setMetadata(metadata)
    if renderer is not None:
        layer.setRenderer(renderer)
    for field_name, alias in (aliases or {}).items():
        layer.setFieldAlias(layer.fields().lookupField(field_name), alias)
    if layer.providerType() == "memory":
        return layer
    message, saved = _save_metadata(layer, reference, metadata)
    if not saved:
        feedback.pushWarning(
            translate_core(METADATA_NOT_STORED, output=layer.name(), reason=message)
        )
    if renderer is not None or aliases:
        message = _save_style(layer, metadata.title())
        if message:
            feedback.pushWarning(
                translate_core(STYLE_NOT_STORED, output=layer.name(), reason=message)
            )
    return layer


def _load_on_completion(layer, destination_id, context):
    """Hand Processing the table's layer to add to the project, where the run asks for it (a
    dock, the toolbox): Processing cannot load a layer from a "postgis:" destination itself."""
    if not layer.isValid() or not context.willLoadLayerOnCompletion(destination_id):
        return
    waiting = context.layersToLoadOnCompletion()  # a copy: the context's own is replaced
    waiting[layer.id()] = waiting.pop(destination_id)
    context.temporaryLayerStore().addMapLayer(layer)
    context.setLayersToLoadOnCompletion(waiting)


def provenance_text(metadata):
    """The metadata as one text: title, parameters and sources, attribution."""
    parts = (metadata.title(), metadata.abstract(), "\n".join(metadata.rights()))
    return "\n\n".join(part for part in parts if part)


def _save_metadata(layer, reference, metadata):
    """(reason, stored) as saveDefaultMetadata gives them."""
    if reference is None:
        uri = _uri_with_layer_name(layer)
        if uri is None:
            return layer.saveDefaultMetadata()
        stored, reason = QgsProviderRegistry.instance().saveLayerMetadata("ogr", uri, metadata)
        return reason, stored
    try:
        comment_table(reference, provenance_text(metadata))
    except ProviderConnectionError as error:
        return without_secrets(str(error)), False
    # The richer copy, where QGIS keeps one: a colleague's QGIS shows its title and rights too.
    # It needs an identifier and the CRS; the comment above holds the provenance either way.
    stored = QgsLayerMetadata(metadata)
    stored.setIdentifier(reference.qualified_name())
    stored.setCrs(layer.crs())
    save_metadata_in_database(PROVIDER, layer.source(), stored)
    return "", True


def _uri_with_layer_name(layer):
    """The source of a file layer named without its layer (``out.gpkg``, as a Processing
    destination often is), with it; None where the source names it or cannot. Without the
    name QGIS 3.22 refuses to store metadata in a GeoPackage ("Cannot find layer .")."""
    if layer.providerType() != "ogr":
        return None
    registry = QgsProviderRegistry.instance()
    parts = registry.decodeUri("ogr", layer.source())
    names = [
        sub.split(QgsDataProvider.SUBLAYER_SEPARATOR)[1] for sub in layer.dataProvider().subLayers()
    ]
    if parts.get("layerName") or not parts.get("path") or len(names) != 1:
        return None
    return registry.encodeUri("ogr", {**parts, "layerName": names[0]})


def _save_style(layer, title):
    """Store the layer's style with its data; the reason it failed, or "" when it did not."""
    if stores_styles_in_database(layer.dataProvider()):
        # saveDefaultStyle() would write one .qml beside the file, shared by all its layers.
        # GDAL truncates style names to 30 characters; the title goes in the description.
        _delete_own_style(layer)
        return layer.saveStyleToDatabase(STYLE_NAME, title, True, "")
    message, saved = layer.saveDefaultStyle()
    return "" if saved else message


def _delete_own_style(layer):
    """Remove the style an earlier run stored for this table. Saved over, QGIS 3.22's
    PostgreSQL provider would ask in a modal dialog whether to overwrite it, which nobody
    answers in a batch run or a background task; the plugin replaces its own style itself."""
    related, ids, names, _, _ = layer.listStylesInDatabase()
    for style_id, name in list(zip(ids, names))[:related]:
        if name == STYLE_NAME:
            layer.deleteStyleFromDatabase(style_id)
