"""Parameter values as Processing hands them over: the text a source or sink names, also
inside the definitions QGIS wraps them in, and the same value pointed elsewhere."""

from qgis.core import (
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProperty,
)


def is_layer_definition(value):
    return isinstance(value, QgsProcessingOutputLayerDefinition)


def destination_text(value):
    """The text a sink parameter names, also inside a QgsProcessingOutputLayerDefinition."""
    return value.sink.staticValue() if is_layer_definition(value) else value


def source_text(value):
    """The text a source parameter names, also inside a "selected features only" definition."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return value.source.staticValue()
    return value


def with_source(value, source):
    """``value`` (a source text or "selected features only" definition) reading ``source``."""
    if not isinstance(value, QgsProcessingFeatureSourceDefinition):
        return source
    changed = QgsProcessingFeatureSourceDefinition(value)
    changed.source = QgsProperty.fromValue(source)
    return changed


def with_sink(value, destination):
    """``value`` (a destination text or QgsProcessingOutputLayerDefinition) writing to
    ``destination`` instead, its other settings kept."""
    if not is_layer_definition(value):
        return destination
    changed = QgsProcessingOutputLayerDefinition(value)
    changed.sink = QgsProperty.fromValue(destination)
    return changed
