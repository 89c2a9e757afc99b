"""What every algorithm of the provider shares: translation, instances, input checks."""

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import ProcessingParameterFlag
from ..core.numbers import LANGUAGES
from ..core.requirements import install_hint, missing_requirements
from ..gis.i18n import ui_language
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
                    "I40Algorithm",
                    "This tool needs the Python packages {packages}. Install with: {hint}",
                ).format(packages=", ".join(r.module for r in missing), hint=install_hint(missing))
            )

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
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        self.input_name = layer.name() if layer is not None else str(parameters.get("INPUT"))
        self.input_rights = input_attribution(layer, self.input_name)
        return True

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
