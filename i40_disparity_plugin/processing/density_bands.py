"""i40disparity:densitybands: classify areas (postal code areas) by population density band."""

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import (
    GeometryType,
    ProcessingFeatureSourceFlag,
    ProcessingFieldParameterDataType,
    ProcessingSourceType,
    WkbType,
)
from ..core.density.bands import DEFAULT_THRESHOLDS, parse_thresholds
from ..core.density.classified_areas import ClassifiedAreas
from ..core.density.outputs import AREA_BANDS, BAND_SUMMARY, band_counts_json
from ..core.messages import CoreError
from ..core.number_format import format_number
from ..core.readers.number_lists import format_number_list
from ..core.text import id_list
from ..gis.area import area_km2, ellipsoidal_measure
from ..gis.geometry import repaired_polygon
from ..gis.i18n import core_text, translate_core, ui_language
from ..gis.output_fields import kept_input_fields, qgs_fields
from ..gis.provenance import output_metadata
from ..gis.style import band_renderer
from ..gis.values import python_value
from .base import I40Algorithm


class DensityBandsAlgorithm(I40Algorithm):
    INPUT = "INPUT"
    POPULATION_FIELD = "POPULATION_FIELD"
    AREA_FIELD = "AREA_FIELD"
    THRESHOLDS = "THRESHOLDS"
    GROUP_FIELD = "GROUP_FIELD"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"

    def name(self):
        return "densitybands"

    def displayName(self):
        return self.tr("Classify postal areas by density band")

    def group(self):
        return self.tr("Population density")

    def groupId(self):
        return "density"

    def shortHelpString(self):
        return self.tr(
            "<p>Computes the population density (inhabitants per km²) of every area, usually "
            "postal code areas (PLZ), and assigns it to a density band.</p>"
            "<p><b>Rule</b> for ascending thresholds t1 &lt; … &lt; tk: band 1 is "
            "density ≤ t1, band i is t(i−1) &lt; density ≤ t(i), the top band is density &gt; tk. "
            "A density exactly on a threshold belongs to the band below.</p>"
            "<p><b>Writing thresholds</b>: separated by ';', each written as in German, with a "
            "decimal comma (150,5; 300; 1.000), or separated by commas, with a decimal point "
            "(150.5,300,1000). So 150,5 without ';' is two thresholds, 150 and 5.</p>"
            "<p><b>Defaults</b> 150, 300, 500 follow the Friedrich-Ebert-Stiftung study on "
            "Industrie 4.0: rural areas have at most 150 inhabitants per km² (BBSR definition), "
            "urban areas more than 300, densely populated areas over 500.</p>"
            "<p><b>Area</b>: taken from the area field (km²) if one is chosen, otherwise "
            "measured on the ellipsoid (the project's, or GRS 1980). Invalid geometries are "
            "repaired; the log counts them.</p>"
            "<p>Areas with missing or negative population, or with missing or zero area, get "
            "no band; the field band_note says why. The summary table gives per band the "
            "number of areas, population, area and their shares (of all classified areas), "
            "optionally per group (e.g. per Land).</p>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Areas (polygons)"), [ProcessingSourceType.VectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.POPULATION_FIELD,
                self.tr("Population field"),
                parentLayerParameterName=self.INPUT,
                type=ProcessingFieldParameterDataType.Numeric,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.AREA_FIELD,
                self.tr("Area field in km² (empty: measure on the ellipsoid)"),
                parentLayerParameterName=self.INPUT,
                type=ProcessingFieldParameterDataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.THRESHOLDS,
                self.tr("Density thresholds in inhabitants per km², ascending (150; 300; 500)"),
                defaultValue=",".join(format_number(t, "en") for t in DEFAULT_THRESHOLDS),
            )
        )
        group_field = QgsProcessingParameterField(
            self.GROUP_FIELD,
            self.tr("Summarise also per group of (e.g. a Land field)"),
            parentLayerParameterName=self.INPUT,
            optional=True,
        )
        self.add_advanced_parameter(group_field)
        self.add_label_language_parameter(self.tr("Language of the band labels"))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Density bands"), ProcessingSourceType.VectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SUMMARY,
                self.tr("Band summary"),
                ProcessingSourceType.Vector,
                optional=True,
                createByDefault=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("CLASSIFIED", self.tr("Areas with a band")))
        self.addOutput(QgsProcessingOutputNumber("UNCLASSIFIED", self.tr("Areas without a band")))
        self.addOutput(QgsProcessingOutputNumber("REPAIRED", self.tr("Geometries repaired")))
        self.addOutput(QgsProcessingOutputString("BAND_COUNTS", self.tr("Areas per band (JSON)")))

    def process(self, parameters, context, feedback):
        source = self._polygon_source(parameters, context)
        population_name = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        if not population_name:
            raise QgsProcessingException(self.tr("Choose the field that holds the population."))
        population_index = self.field_index(source, population_name, numeric=True)
        area_name = self.parameterAsString(parameters, self.AREA_FIELD, context)
        area_index = self.field_index(source, area_name, numeric=True) if area_name else None
        group_name = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        group_index = self.field_index(source, group_name) if group_name else None
        try:
            thresholds = parse_thresholds(
                self.parameterAsString(parameters, self.THRESHOLDS, context)
            )
        except CoreError as error:
            raise QgsProcessingException(core_text(error)) from None
        areas = ClassifiedAreas(thresholds, self.label_language(parameters, context))
        measure = self._measure(source, context) if area_index is None else None

        output = self._area_sink(parameters, context, source, feedback)
        indices = (population_index, area_index, group_index)
        repairs = self._classify(source, indices, measure, areas, output, feedback)
        if repairs is None:
            return {}
        self._report(*repairs, areas.reasons(), feedback)
        self.summary_id = self._write_summary(parameters, context, areas.summary_rows())

        self.bands, self.language = areas.bands, areas.language
        self.provenance = self._provenance(parameters, context, thresholds, measure)
        outputs = {
            self.OUTPUT: self.output_id,
            "CLASSIFIED": areas.classified,
            "UNCLASSIFIED": areas.unclassified,
            "REPAIRED": len(repairs[0]),
            "BAND_COUNTS": band_counts_json(areas.band_counts()),
        }
        if self.summary_id is not None:
            outputs[self.SUMMARY] = self.summary_id
        return outputs

    def postProcessAlgorithm(self, context, feedback):
        if feedback.isCanceled():
            return {}
        title, abstract, rights = self.provenance
        self.finish_output(
            self.output_id,
            context,
            feedback,
            output_metadata(title, abstract, rights),
            band_renderer(self.bands, self.language),
        )
        if self.summary_id is not None:
            self.finish_output(
                self.summary_id,
                context,
                feedback,
                output_metadata(self.tr("Density band summary"), abstract, rights),
            )
        return {}

    def _polygon_source(self, parameters, context):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        if QgsWkbTypes.geometryType(source.wkbType()) != GeometryType.Polygon:
            raise QgsProcessingException(
                self.tr("The input layer must contain polygons, but it contains {type}.").format(
                    type=QgsWkbTypes.displayString(source.wkbType())
                )
            )
        return source

    def _measure(self, source, context):
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(
                self.tr(
                    "The input layer has no coordinate reference system, so its areas "
                    "cannot be measured. Set its CRS or choose an area field."
                )
            )
        return ellipsoidal_measure(source.sourceCrs(), context)

    def _area_sink(self, parameters, context, source, feedback):
        """The OUTPUT sink, its fields (the input's, but those AREA_BANDS adds, then
        AREA_BANDS') and the indices of the input's fields it keeps."""
        kept_fields, kept, replaced = kept_input_fields(source.fields(), AREA_BANDS.names)
        if replaced:
            feedback.pushWarning(
                self.tr("The input's fields {names} are replaced by new values.").format(
                    names=", ".join(replaced)
                )
            )
        fields = qgs_fields(AREA_BANDS, before=kept_fields)
        sink, self.output_id = self.parameterAsSink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            QgsWkbTypes.multiType(source.wkbType()),
            source.sourceCrs(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        return sink, fields, kept

    def _classify(self, source, indices, measure, areas, output, feedback):
        """Feed every area to ``areas`` and write it with its band to the ``output`` sink;
        the ids of the repaired and of the unrepairable geometries, or None if cancelled."""
        population_index, area_index, group_index = indices
        sink, fields, kept = output
        # Invalid polygons are repaired below, so QGIS must not stop on them first.
        features = source.getFeatures(
            QgsFeatureRequest(), ProcessingFeatureSourceFlag.SkipGeometryValidityChecks
        )
        total = source.featureCount() or 1
        repaired, unrepairable = [], []
        for count, feature in enumerate(features):
            if feedback.isCanceled():
                return None
            geometry, was_repaired = repaired_polygon(feature.geometry())
            if was_repaired:
                (repaired if geometry is not None else unrepairable).append(feature.id())
            if area_index is not None:
                area = python_value(feature[area_index])
            else:
                area = _measured_area(measure, geometry, was_repaired)
            group = python_value(feature[group_index]) if group_index is not None else None
            result = areas.add(python_value(feature[population_index]), area, group)
            attributes = feature.attributes()
            out = QgsFeature(fields)
            added = areas.area_row(result, translate_core)
            out.setAttributes([attributes[i] for i in kept] + list(added))
            out.setGeometry(geometry if geometry is not None else feature.geometry())
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100.0 * (count + 1) / total)
        return repaired, unrepairable

    def _report(self, repaired, unrepairable, reasons, feedback):
        if repaired:
            feedback.pushInfo(
                self.tr("{count} invalid geometries were repaired (feature ids {ids}).").format(
                    count=len(repaired), ids=id_list(repaired)
                )
            )
        if unrepairable:
            feedback.reportError(
                self.tr(
                    "{count} geometries could not be repaired and were written unchanged "
                    "(feature ids {ids})."
                ).format(count=len(unrepairable), ids=id_list(unrepairable))
            )
        for reason, count in reasons:
            feedback.pushWarning(
                self.tr("{count} areas without a band: {reason}").format(
                    count=count, reason=translate_core(reason)
                )
            )

    def _write_summary(self, parameters, context, rows):
        fields = qgs_fields(BAND_SUMMARY)
        sink, summary_id = self.parameterAsSink(
            parameters, self.SUMMARY, context, fields, WkbType.NoGeometry
        )
        if sink is None:
            return None
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(list(row))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return summary_id

    def _provenance(self, parameters, context, thresholds, measure):
        area_text = (
            self.tr("field '{field}' (km²)").format(
                field=self.parameterAsString(parameters, self.AREA_FIELD, context)
            )
            if measure is None
            else self.tr("measured on the ellipsoid {ellipsoid}").format(
                ellipsoid=measure.ellipsoid()
            )
        )
        abstract = self.tr(
            "Population density bands computed by the QGIS plugin Industrie 4.0 Disparitäten "
            "(algorithm i40disparity:densitybands). Input: {input}. Population: field "
            "'{population}'. Area: {area}. Thresholds (inhabitants per km²): {thresholds}. "
            "Band 1 is density ≤ the first threshold; a density on a threshold belongs to the "
            "band below."
        ).format(
            input=self.input_name,
            population=self.parameterAsString(parameters, self.POPULATION_FIELD, context),
            area=area_text,
            thresholds=format_number_list(thresholds, ui_language()),
        )
        title = self.tr("Density bands of {input}").format(input=self.input_name)
        return title, abstract, self.input_rights


def _measured_area(measure, geometry, was_repaired):
    """The area in km² of a repaired polygon; None for a feature without a geometry."""
    if geometry is not None:
        return area_km2(measure, geometry)
    # Nothing polygonal survived the repair: a degenerate polygon, of no area.
    return 0.0 if was_repaired else None
