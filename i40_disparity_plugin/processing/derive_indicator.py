"""i40disparity:deriveindicator: a ratio of two fields, or a field per km², as a new field."""

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import (
    FieldType,
    GeometryType,
    ProcessingFeatureSourceFlag,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
)
from ..core.indicators.derived import (
    DENOMINATOR_MISSING,
    DENOMINATOR_ZERO,
    NUMERATOR_MISSING,
    DerivedValues,
)
from ..core.number_format import format_number
from ..gis.area import area_km2, ellipsoidal_measure
from ..gis.geometry import repaired_polygon
from ..gis.output_fields import kept_input_fields
from ..gis.provenance import output_metadata
from ..gis.values import python_value
from .base import I40Algorithm

DEFAULT_OUTPUT_FIELD = "indicator"


class DeriveIndicatorAlgorithm(I40Algorithm):
    INPUT = "INPUT"
    NUMERATOR = "NUMERATOR"
    DENOMINATOR = "DENOMINATOR"
    FACTOR = "FACTOR"
    OUTPUT_FIELD = "OUTPUT_FIELD"
    OUTPUT_ALIAS = "OUTPUT_ALIAS"
    REPLACE_FIELD = "REPLACE_FIELD"
    OUTPUT = "OUTPUT"

    def name(self):
        return "deriveindicator"

    def displayName(self):
        return self.tr("Derive an indicator (ratio or density)")

    def group(self):
        return self.tr("District indicators")

    def groupId(self):
        return "indicators"

    def shortHelpString(self):
        return self.tr(
            "<p>Adds one field to a copy of the input: numerator ÷ denominator × factor, "
            "without writing an expression. The input is not changed.</p>"
            "<p><b>Density</b>: leave the denominator empty to divide by the area in km², "
            "measured on the ellipsoid (the project's, or GRS 1980) whatever the layer's CRS; "
            "e.g. population ÷ area = inhabitants per km². Invalid polygons are repaired for "
            "the measurement only.</p>"
            "<p><b>Share</b>: part ÷ whole with factor 100 gives percent.</p>"
            "<p>Where the numerator or the denominator is NULL, or the denominator (or area) "
            "is zero, the new field is NULL; the log counts each case. A field of the same "
            "name in the input is replaced.</p>"
            "<p><b>Alias</b>: a readable name for the new field. A unit in brackets at its end, "
            "as in 'Einwohnerdichte (E/km²)', becomes the legend unit of 'Style a choropleth "
            "map'. The input fields keep their aliases.</p>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Input layer"), [ProcessingSourceType.Vector]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.NUMERATOR,
                self.tr("Numerator field"),
                parentLayerParameterName=self.INPUT,
                type=ProcessingFieldParameterDataType.Numeric,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.DENOMINATOR,
                self.tr("Denominator field (empty: the area in km²)"),
                parentLayerParameterName=self.INPUT,
                type=ProcessingFieldParameterDataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.FACTOR,
                self.tr("Factor (100 for a share in percent)"),
                type=ProcessingNumberParameterType.Double,
                defaultValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.OUTPUT_FIELD, self.tr("Name of the new field"), DEFAULT_OUTPUT_FIELD
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.OUTPUT_ALIAS,
                self.tr("Alias of the new field, with the unit in brackets (optional)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.REPLACE_FIELD,
                self.tr("Replace a field of the input that has the new field's name"),
                defaultValue=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Layer with the indicator"))
        )
        self.addOutput(QgsProcessingOutputNumber("COMPUTED", self.tr("Features with a value")))
        self.addOutput(QgsProcessingOutputNumber("MISSING", self.tr("Features without a value")))

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        numerator_name = self.parameterAsString(parameters, self.NUMERATOR, context)
        if not numerator_name:
            raise QgsProcessingException(self.tr("Choose the numerator field."))
        numerator_index = self.field_index(source, numerator_name, numeric=True)
        denominator_name = self.parameterAsString(parameters, self.DENOMINATOR, context)
        denominator = self._denominator(source, denominator_name, context)
        factor = self.parameterAsDouble(parameters, self.FACTOR, context)
        output_name = self.parameterAsString(parameters, self.OUTPUT_FIELD, context).strip()
        if not output_name:
            raise QgsProcessingException(self.tr("Enter a name for the new field."))
        self.alias = self.parameterAsString(parameters, self.OUTPUT_ALIAS, context).strip()
        replace = self.parameterAsBoolean(parameters, self.REPLACE_FIELD, context)
        fields, kept = self._output_fields(source, output_name, replace, feedback)
        sink, self.output_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        derived = DerivedValues(factor)
        # Invalid polygons are repaired for the area, so QGIS must not stop on them.
        features = source.getFeatures(
            QgsFeatureRequest(), ProcessingFeatureSourceFlag.SkipGeometryValidityChecks
        )
        total = source.featureCount() or 1
        for count, feature in enumerate(features, start=1):
            if feedback.isCanceled():
                return {}
            value = derived.value(python_value(feature[numerator_index]), denominator(feature))
            out = QgsFeature(fields)
            out.setAttributes([feature.attributes()[i] for i in kept] + [value])
            out.setGeometry(feature.geometry())
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100.0 * count / total)
        self._report_missing(derived.missing, feedback)
        self.metadata = self._metadata(numerator_name, denominator_name, factor, output_name)
        missing = sum(derived.missing.values())
        return {self.OUTPUT: self.output_id, "COMPUTED": derived.computed, "MISSING": missing}

    def postProcessAlgorithm(self, context, feedback):
        if not feedback.isCanceled():
            self.finish_output(
                self.output_id, context, feedback, self.metadata, aliases=self.aliases
            )
        return {}

    def _denominator(self, source, name, context):
        """The denominator of a feature: the value of the field ``name``, or without one the
        area in km², measured on the ellipsoid (invalid polygons repaired to measure it)."""
        self.repaired = 0
        if name:
            index = self.field_index(source, name, numeric=True)
            return lambda feature: python_value(feature[index])
        measure = self._area_measure(source, context)

        def area(feature):
            geometry, was_repaired = repaired_polygon(feature.geometry())
            self.repaired += was_repaired
            return area_km2(measure, geometry) if geometry is not None else None

        return area

    def _output_fields(self, source, output_name, replace, feedback):
        """The input's fields without those the new one replaces, then the new one; also
        the indices of the kept fields, and the aliases for the output."""
        fields, kept, replaced = kept_input_fields(source.fields(), [output_name])
        if replaced and not replace:
            # pylupdate5 needs the context and the text's start on one line.
            # fmt: off
            raise QgsProcessingException(
                self.tr("The input already has a field {name}. Choose another name for the "
                        "new field, or allow replacing that field.").format(
                    name=", ".join(replaced)
                )
            )
            # fmt: on
        if replaced:
            feedback.pushWarning(
                self.tr("The input's field {name} is replaced by the new values.").format(
                    name=", ".join(replaced)
                )
            )
        fields.append(QgsField(output_name, FieldType.Double))
        self.aliases = {field.name(): field.alias() for field in fields if field.alias()} | (
            {output_name: self.alias} if self.alias else {}
        )
        return fields, kept

    def _area_measure(self, source, context):
        if QgsWkbTypes.geometryType(source.wkbType()) != GeometryType.Polygon:
            raise QgsProcessingException(
                self.tr(
                    "Without a denominator field the values are divided by the area, but the "
                    "input has no polygons. Choose a denominator field."
                )
            )
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(
                self.tr(
                    "The input layer has no coordinate reference system, so its areas cannot "
                    "be measured. Set its CRS or choose a denominator field."
                )
            )
        return ellipsoidal_measure(source.sourceCrs(), context)

    def _report_missing(self, missing, feedback):
        if self.repaired:
            feedback.pushInfo(
                self.tr("{count} invalid geometries were repaired to measure their area.").format(
                    count=self.repaired
                )
            )
        texts = {
            NUMERATOR_MISSING: self.tr("{count} features without a value: the numerator is NULL."),
            DENOMINATOR_MISSING: self.tr(
                "{count} features without a value: the denominator (or area) is missing."
            ),
            DENOMINATOR_ZERO: self.tr(
                "{count} features without a value: the denominator (or area) is zero."
            ),
        }
        for reason, count in sorted(missing.items()):
            feedback.pushWarning(texts[reason].format(count=count))

    def _metadata(self, numerator_name, denominator_name, factor, output_name):
        denominator_text = denominator_name or self.tr("area in km² (ellipsoidal)")
        title = self.tr("{field} of {input}").format(
            field=self.alias or output_name, input=self.input_name
        )
        abstract = self.tr(
            "Derived by the QGIS plugin Industrie 4.0 Disparitäten (algorithm "
            "i40disparity:deriveindicator). Input: {input}. {field} = {numerator} ÷ "
            "{denominator} × {factor}; NULL where a value is missing or the denominator is "
            "zero."
        ).format(
            input=self.input_name,
            field=output_name,
            numerator=numerator_name,
            denominator=denominator_text,
            factor=format_number(factor, "en", 6),
        )
        return output_metadata(title, abstract, self.input_rights)
