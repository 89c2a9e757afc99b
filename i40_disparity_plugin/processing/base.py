"""What every algorithm of the provider shares: translation, instances, input checks."""

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import ProcessingParameterFlag
from ..core.number_format import LANGUAGES
from ..core.requirements import install_advice, missing_requirements, package_names
from ..gis.i18n import core_text, ui_language
from ..gis.json_fields import TextKeySource
from ..gis.provenance import input_attribution


class I40Algorithm(QgsProcessingAlgorithm):
    LABEL_LANGUAGE = "LABEL_LANGUAGE"

    def tr(self, text):
        # pylupdate5 files a self.tr() text under the class it is written in, so the context
        # is the concrete class's name; texts must therefore live in the concrete classes.
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):
        return type(self)()

    def require_packages(self, requirements):
        """Stop with a clear message when the system Python lacks a package this tool needs
        (call before importing the core modules that use them)."""
        missing = missing_requirements(requirements)
        if missing:
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "I40Algorithm", "This tool needs {packages}, which QGIS's Python lacks."
                ).format(packages=package_names(missing))
                + " "
                + core_text(install_advice(missing))
            )

    def parameterAsSource(self, parameters, name, context):
        """The input as Processing hands it over, except that key fields GDAL types as JSON
        come as the text the file holds (see gis/json_fields.py)."""
        text_keys = self.text_key_sources.get(name)
        if text_keys is not None:
            value = text_keys.parameter_value(parameters.get(name), context)
            parameters = {**parameters, name: value}
        return super().parameterAsSource(parameters, name, context)

    def parameterAsSink(self, parameters, name, context, fields, *args):
        """A sink as Processing makes it; a temporary (scratch) output gets its fields without
        alias and comment, which QGIS >= 3.40 would drop with a warning each. The algorithms
        give their outputs the aliases afterwards (gis/provenance.finish_output_layer)."""
        destination = parameters.get(name)
        if isinstance(destination, QgsProcessingOutputLayerDefinition):
            destination = destination.sink.staticValue()
        if destination == QgsProcessing.TEMPORARY_OUTPUT:
            fields = _without_alias_and_comment(fields)
        return super().parameterAsSink(parameters, name, context, fields, *args)

    def add_advanced_parameter(self, parameter):
        parameter.setFlags(parameter.flags() | ProcessingParameterFlag.Advanced)
        self.addParameter(parameter)

    def add_label_language_parameter(self, description):
        """LABEL_LANGUAGE: the language of labels the output shows, by default the UI's."""
        self.add_advanced_parameter(
            QgsProcessingParameterEnum(
                self.LABEL_LANGUAGE,
                description,
                options=["Deutsch", "English"],
                defaultValue=LANGUAGES.index(ui_language()),
            )
        )

    def label_language(self, parameters, context):
        return LANGUAGES[self.parameterAsEnum(parameters, self.LABEL_LANGUAGE, context)]

    def prepareAlgorithm(self, parameters, context, feedback):
        # Layer objects are read here, in the main thread, not in processAlgorithm's worker.
        self.text_key_sources = {}
        for definition in self.parameterDefinitions():
            if definition.type() == QgsProcessingParameterFeatureSource.typeName():
                name = definition.name()
                layer = self.input_layer(parameters, name, context)
                text_keys = TextKeySource.of(layer) if layer is not None else None
                if text_keys is not None:
                    self.text_key_sources[name] = text_keys
        return self.prepare(parameters, context, feedback)

    def prepare(self, parameters, context, feedback):
        """What the algorithm reads from layer objects before it runs (prepareAlgorithm's
        part for each algorithm): by default the INPUT layer's name and rights."""
        layer = self.input_layer(parameters, "INPUT", context)
        self.input_name = layer.name() if layer is not None else str(parameters.get("INPUT"))
        self.input_rights = input_attribution(layer, self.input_name)
        return True

    def input_layer(self, parameters, name, context):
        """The layer a parameter names, also where the value is a source definition (as for
        "selected features only"), for which parameterAsVectorLayer gives None."""
        value = parameters.get(name)
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            source, _ = value.source.value(context.expressionContext())
            parameters = {**parameters, name: source}
        return self.parameterAsVectorLayer(parameters, name, context)

    def field_index(self, source, name, numeric=False):
        """Index of a field in ``source``; a clear error if it is missing or not numeric."""
        index = source.fields().lookupField(name)
        if index < 0:
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "I40Algorithm", "The input layer has no field named '{name}'."
                ).format(name=name)
            )
        field = source.fields().at(index)
        if numeric and not field.isNumeric():
            # pylupdate5 needs the context and the text's start on one line.
            # fmt: off
            raise QgsProcessingException(
                QCoreApplication.translate("I40Algorithm", "The field '{name}' holds {type}, "
                                           "not numbers. Choose a numeric field or convert it "
                                           "first.").format(name=name, type=field.typeName())
            )
            # fmt: on
        return index


def _without_alias_and_comment(fields):
    plain = QgsFields()
    for field in fields:
        copy = QgsField(field)
        copy.setAlias("")
        copy.setComment("")
        plain.append(copy)
    return plain
