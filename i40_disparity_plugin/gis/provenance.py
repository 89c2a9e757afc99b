"""Where an output's numbers come from: layer metadata with parameters and attribution."""

from qgis.core import QgsLayerMetadata, QgsProcessingUtils

from ..compat import stores_styles_in_database
from ..core.attribution import attribution_for_fields
from ..core.messages import QT_TRANSLATE_NOOP
from .i18n import translate_core

# pylupdate5 needs the context and the text's start on one line.
# fmt: off
METADATA_NOT_STORED = QT_TRANSLATE_NOOP("core", "The description of {output} (parameters and "
                                                "data sources) could not be stored with the "
                                                "file: {reason}")
STYLE_NOT_STORED = QT_TRANSLATE_NOOP("core", "The style of {output} could not be stored with "
                                             "the file: {reason}")
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
    .qml/.qmd beside other formats. What cannot be stored is a warning in the log: the
    output itself is written, and the layer added to the project still has it all.
    """
    layer = QgsProcessingUtils.mapLayerFromString(destination_id, context)
    if layer is None:
        return None
    layer.setMetadata(metadata)
    if renderer is not None:
        layer.setRenderer(renderer)
    for field_name, alias in (aliases or {}).items():
        layer.setFieldAlias(layer.fields().lookupField(field_name), alias)
    if layer.providerType() == "memory":
        return layer
    message, saved = layer.saveDefaultMetadata()
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


def _save_style(layer, title):
    """Store the layer's style with its data; the reason it failed, or "" when it did not."""
    if stores_styles_in_database(layer.dataProvider()):
        # saveDefaultStyle() would write one .qml beside the file, shared by all its layers.
        # GDAL truncates style names to 30 characters; the title goes in the description.
        return layer.saveStyleToDatabase("i40disparity", title, True, "")
    message, saved = layer.saveDefaultStyle()
    return "" if saved else message
