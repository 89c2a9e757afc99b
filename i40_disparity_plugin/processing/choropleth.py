"""i40disparity:choropleth: style a loaded layer by a numeric field (classes, ramp, legend)."""

import math

from qgis.core import (
    QgsFeatureRequest,
    QgsMapLayer,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsVectorLayerFeatureSource,
)
from qgis.PyQt import sip

from ..compat import (
    FeatureRequestFlag,
    GeometryType,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
)
from ..core.indicators.class_breaks import (
    NO_DATA_LABEL,
    breaks_text,
    class_counts,
    class_labels,
    fixed_ranges,
    parse_breaks,
    unit_from_alias,
)
from ..core.messages import CoreError
from ..gis.classification import (
    FIXED,
    METHODS,
    choropleth_renderer,
    computed_ranges,
    ramp_suggestions,
    style_color_ramp,
)
from ..gis.i18n import core_text
from ..gis.values import python_value
from .base import I40Algorithm

DEFAULT_RAMP = "YlOrRd"  # ColorBrewer, in QGIS's default style; the density bands' colours
DEFAULT_CLASSES = 5
DRAWABLE = (GeometryType.Point, GeometryType.Line, GeometryType.Polygon)


class ChoroplethAlgorithm(I40Algorithm):
    INPUT = "INPUT"
    FIELD = "FIELD"
    METHOD = "METHOD"
    CLASSES = "CLASSES"
    BREAKS = "BREAKS"
    RAMP = "RAMP"
    INVERT_RAMP = "INVERT_RAMP"
    UNIT = "UNIT"
    OUTPUT_STYLE = "OUTPUT_STYLE"
    CLASS_COUNT = "CLASS_COUNT"

    def name(self):
        return "choropleth"

    def displayName(self):
        return self.tr("Style a choropleth map")

    def group(self):
        return self.tr("District indicators")

    def groupId(self):
        return "indicators"

    def shortHelpString(self):
        return self.tr(
            "<p>Colours the features of a loaded layer by the classes of a numeric field and "
            "applies the style to that layer. The layer's data and metadata are not changed, so "
            "print layouts can still take the source attribution from its metadata.</p>"
            "<p><b>Classification method</b> (QGIS's own classifications): natural breaks "
            "(Jenks), quantiles (equal count), equal intervals, pretty breaks (round numbers; "
            "may give a class more or fewer than asked) or fixed breaks. Default: natural "
            "breaks with 5 classes (2 to 12).</p>"
            "<p><b>Fixed breaks</b> are the class upper bounds, ascending: separated by ';' with "
            "a decimal comma (12,5; 20; 30) or by commas with a decimal point (12.5,20,30). "
            "20; 30; 40 gives the classes ≤ 20, 20 – 30 and 30 – 40, and "
            "one more class &gt; 40 (with a warning) if values exceed 40. The number of classes "
            "is then ignored. The same breaks give comparable maps of different regions.</p>"
            "<p><b>Rule</b>: a class includes its upper bound, so a value on a break belongs to "
            "the class below. When a field has fewer different values than classes, fewer "
            "classes are made and the log says so. The result 'Class upper bounds, ascending' "
            "lists them in the form that fixed breaks accept.</p>"
            "<p><b>Missing values</b> (NULL) belong to no class; such features are drawn in "
            "grey and listed as 'keine Daten' (no data) in the legend. This is why the style "
            "is rule-based (one rule per class): QGIS's graduated renderer cannot draw NULL. "
            "The lowest and highest rules are open-ended, so the style re-applied to newer "
            "data draws every value.</p>"
            "<p><b>Colour ramp</b>: the name of a ramp in the QGIS style manager, e.g. YlOrRd "
            "(default), Reds, Blues, Greens, Viridis; optionally inverted.</p>"
            "<p><b>Legend labels</b> such as '12,5 – 20,0 %' use the German (or English) number "
            "format and the unit, taken by default from a bracket at the end of the field's "
            "alias ('Beschäftigte Sekundärer Sektor 2017 (%)'). Whole-number breaks get no "
            "decimals; otherwise the span of the breaks sets them (two decimals for a span "
            "from 1 to 10, one fewer for each tenfold), more if two breaks would print "
            "alike.</p>"
            "<p><b>Style file</b>: optionally the symbology as a .qml file, to apply it again "
            "(Layer Properties ▸ Style ▸ Load Style, or the algorithm 'Set layer style').</p>"
            "<p>Ratios such as population density or shares can be computed first with "
            "'Derive an indicator (ratio or density)'.</p>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.INPUT, self.tr("Layer to style"), [ProcessingSourceType.VectorAnyGeometry]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FIELD,
                self.tr("Field to map (numeric)"),
                parentLayerParameterName=self.INPUT,
                type=ProcessingFieldParameterDataType.Numeric,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.METHOD,
                self.tr("Classification method"),
                options=[
                    self.tr("Natural breaks (Jenks)"),
                    self.tr("Quantiles (equal count)"),
                    self.tr("Equal intervals"),
                    self.tr("Pretty breaks"),
                    self.tr("Fixed breaks"),
                ],
                defaultValue=METHODS.index("jenks"),
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CLASSES,
                self.tr("Number of classes"),
                type=ProcessingNumberParameterType.Integer,
                defaultValue=DEFAULT_CLASSES,
                minValue=2,
                maxValue=12,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.BREAKS,
                self.tr("Fixed breaks: class upper bounds, ascending (12,5; 20; 30 or 12.5,20,30)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.RAMP, self.tr("Colour ramp (name in the QGIS style)"), DEFAULT_RAMP
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.INVERT_RAMP, self.tr("Invert the colour ramp"), defaultValue=False
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.UNIT,
                self.tr("Unit in the legend (empty: from the field alias, e.g. '… (%)')"),
                optional=True,
            )
        )
        self.add_label_language_parameter(self.tr("Language of the legend labels"))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_STYLE,
                self.tr("Style file"),
                self.tr("QGIS layer style (*.qml)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.CLASS_COUNT, self.tr("Number of classes")))
        self.addOutput(
            QgsProcessingOutputString(self.BREAKS, self.tr("Class upper bounds, ascending"))
        )

    def prepare(self, parameters, context, feedback):
        # Layer, style database and renderer belong to the main thread, where prepare and
        # postProcess run; process may run in a worker and only reads values.
        self.ranges = ()
        self.layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        self.ramp_name = self.parameterAsString(parameters, self.RAMP, context).strip()
        self.ramp, self.ramp_names = style_color_ramp(self.ramp_name)
        if self.ramp is not None and self.parameterAsBoolean(parameters, self.INVERT_RAMP, context):
            self.ramp.invert()
        if self.layer is None:
            return True
        self.values_source = QgsVectorLayerFeatureSource(self.layer)
        self.feature_count = self.layer.featureCount()
        self.geometry_type = self.layer.geometryType()
        self.loaded_for_this_run = (
            context.temporaryLayerStore().mapLayer(self.layer.id()) is not None
        )
        if self.loaded_for_this_run:
            # Processing opens files without their default style, where the aliases (and so
            # the units) of e.g. a joined GeoPackage live; False: the data source's own style.
            self.layer.loadNamedStyle(
                self.layer.styleURI(), False, QgsMapLayer.StyleCategory.Fields
            )
        field_index = self.layer.fields().lookupField(
            self.parameterAsString(parameters, self.FIELD, context)
        )
        self.alias = self.layer.attributeAlias(field_index) if field_index >= 0 else ""
        return True

    def process(self, parameters, context, feedback):
        field_name, field_index = self._checked_field(parameters, context)
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        breaks = self._fixed_breaks(parameters, context) if method == FIXED else None
        values, missing = self._read_values(field_index, feedback)
        if feedback.isCanceled():
            return {}
        if not values:
            raise QgsProcessingException(
                self.tr(
                    "The field '{field}' holds no numbers: all {count} features are NULL."
                ).format(field=field_name, count=missing)
            )
        classes = self.parameterAsInt(parameters, self.CLASSES, context)
        ranges = self._ranges(method, values, classes, breaks, feedback)
        language = self.label_language(parameters, context)
        unit = self.parameterAsString(parameters, self.UNIT, context).strip()
        labels = class_labels(ranges, language, unit or unit_from_alias(self.alias))
        self._log_classes(labels, class_counts(values, ranges), missing, language, feedback)

        self.field_name = field_name
        self.ranges = ranges
        self.labels = labels
        self.no_data_label = NO_DATA_LABEL[language]
        self.style_path = self._style_path(parameters, context)
        results = {self.CLASS_COUNT: len(ranges), self.BREAKS: breaks_text(ranges)}
        if self.style_path:
            results[self.OUTPUT_STYLE] = self.style_path
        return results

    def _checked_field(self, parameters, context):
        """The field to map and its index, once layer, field and ramp are known to be usable."""
        if self.layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        if self.geometry_type not in DRAWABLE:
            raise QgsProcessingException(
                self.tr(
                    "The layer '{layer}' has no geometries, so there is nothing to colour."
                ).format(layer=self.layer.name())
            )
        field_name = self.parameterAsString(parameters, self.FIELD, context)
        if not field_name:
            raise QgsProcessingException(self.tr("Choose the numeric field to map."))
        field_index = self.field_index(self.layer, field_name, numeric=True)
        if self.ramp is None:
            raise QgsProcessingException(
                self.tr(
                    "The QGIS style has no colour ramp named '{name}'. Its ramps include {names}."
                ).format(
                    name=self.ramp_name,
                    names=", ".join(ramp_suggestions(self.ramp_name, self.ramp_names)),
                )
            )
        return field_name, field_index

    def _fixed_breaks(self, parameters, context):
        try:
            return parse_breaks(self.parameterAsString(parameters, self.BREAKS, context))
        except CoreError as error:
            raise QgsProcessingException(core_text(error)) from None

    def _ranges(self, method, values, classes, breaks, feedback):
        """The classes: at the fixed breaks, or by QGIS's method (saying when there are not
        as many as asked)."""
        if method == FIXED:
            ranges, top_added = fixed_ranges(breaks, max(values))
            if top_added:
                feedback.pushWarning(
                    self.tr("Values exceed the last break, so a class above it was added.")
                )
            return ranges
        ranges = computed_ranges(method, values, classes)
        self._report_class_count(method, len(ranges), classes, len(set(values)), feedback)
        return ranges

    def _log_classes(self, labels, counts, missing, language, feedback):
        for label, count in zip(labels, counts):
            feedback.pushInfo(self.tr("{label}: {count} features").format(label=label, count=count))
        if missing:
            feedback.pushInfo(
                self.tr("{count} features without a value are drawn in grey as '{label}'.").format(
                    count=missing, label=NO_DATA_LABEL[language]
                )
            )

    def postProcessAlgorithm(self, context, feedback):
        if feedback.isCanceled() or not self.ranges or sip.isdeleted(self.layer):
            return {}
        renderer = choropleth_renderer(
            self.field_name,
            self.ranges,
            self.labels,
            self.ramp,
            self.geometry_type,
            self.no_data_label,
        )
        self.layer.setRenderer(renderer)
        self.layer.triggerRepaint()
        if self.style_path:
            message, saved = self.layer.saveNamedStyle(
                self.style_path, QgsMapLayer.StyleCategory.Symbology
            )
            if not saved:
                feedback.reportError(
                    self.tr("The style file {path} could not be written: {message}").format(
                        path=self.style_path, message=message
                    )
                )
        elif self.loaded_for_this_run:
            feedback.pushWarning(
                self.tr(
                    "The layer was opened from a file for this run only: choose a style file "
                    "to keep the style."
                )
            )
        return {}

    def _read_values(self, field_index, feedback):
        """The field's numbers (NULL and NaN left out) and how many features had none."""
        request = QgsFeatureRequest()
        request.setFlags(FeatureRequestFlag.NoGeometry)
        request.setSubsetOfAttributes([field_index])
        values = []
        missing = 0
        total = self.feature_count if self.feature_count > 0 else 1
        for count, feature in enumerate(self.values_source.getFeatures(request)):
            if feedback.isCanceled():
                break
            value = python_value(feature[field_index])
            if value is None or math.isnan(value):
                missing += 1
            else:
                values.append(float(value))
            if count % 1000 == 0:
                feedback.setProgress(100.0 * count / total)
        return values, missing

    def _report_class_count(self, method, found, asked, distinct, feedback):
        if found == asked:
            return
        if method == "pretty":
            feedback.pushInfo(
                self.tr("Pretty breaks give {found} classes instead of {asked}.").format(
                    found=found, asked=asked
                )
            )
            return
        feedback.pushWarning(
            self.tr(
                "Only {found} classes instead of {asked}: the field has {distinct} different "
                "values, and classes that would hold none of their own were merged."
            ).format(found=found, asked=asked, distinct=distinct)
        )

    def _style_path(self, parameters, context):
        path = self.parameterAsFileOutput(parameters, self.OUTPUT_STYLE, context)
        if not path:
            return ""
        # Whether it can be written was found out before the run (I40Algorithm.refusal).
        return path if path.lower().endswith(".qml") else path + ".qml"
