"""i40disparity:densitybands: classify areas (postal code areas) by population density band."""

import json

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
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
    FieldType,
    GeometryType,
    ProcessingFeatureSourceFlag,
    ProcessingFieldParameterDataType,
    ProcessingSourceType,
    WkbType,
)
from ..core.density.bands import (
    DEFAULT_THRESHOLDS,
    bands_for,
    classify_area,
    parse_thresholds,
    summarise,
)
from ..core.messages import CoreError
from ..core.number_format import format_number
from ..gis.area import area_km2, ellipsoidal_measure
from ..gis.geometry import repaired_polygon
from ..gis.i18n import core_text, translate_core
from ..gis.provenance import finish_output_layer, output_metadata
from ..gis.style import band_renderer
from ..gis.values import python_value
from .base import I40Algorithm

ADDED_FIELDS = ("area_km2", "density", "band", "band_label", "band_note")
ALL_GROUP = {"de": "alle", "en": "all"}


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
                self.tr("Density thresholds in inhabitants per km², ascending"),
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

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        if QgsWkbTypes.geometryType(source.wkbType()) != GeometryType.Polygon:
            raise QgsProcessingException(
                self.tr("The input layer must contain polygons, but it contains {type}.").format(
                    type=QgsWkbTypes.displayString(source.wkbType())
                )
            )
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
        language = self.label_language(parameters, context)
        bands = bands_for(thresholds)
        labels = {band.number: band.label(language) for band in bands}

        measure = None
        if area_index is None:
            if not source.sourceCrs().isValid():
                raise QgsProcessingException(
                    self.tr(
                        "The input layer has no coordinate reference system, so its areas "
                        "cannot be measured. Set its CRS or choose an area field."
                    )
                )
            measure = ellipsoidal_measure(source.sourceCrs(), context)

        replaced = [name for name in ADDED_FIELDS if source.fields().lookupField(name) >= 0]
        if replaced:
            feedback.pushWarning(
                self.tr("The input's fields {names} are replaced by new values.").format(
                    names=", ".join(replaced)
                )
            )
        kept = [i for i, f in enumerate(source.fields()) if f.name() not in ADDED_FIELDS]
        fields = QgsFields()
        for index in kept:
            fields.append(source.fields().at(index))
        fields.append(QgsField("area_km2", FieldType.Double))
        fields.append(QgsField("density", FieldType.Double))
        fields.append(QgsField("band", FieldType.Int))
        fields.append(QgsField("band_label", FieldType.String))
        fields.append(QgsField("band_note", FieldType.String))
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

        # Invalid polygons are repaired below, so QGIS must not stop on them first.
        features = source.getFeatures(
            QgsFeatureRequest(), ProcessingFeatureSourceFlag.SkipGeometryValidityChecks
        )
        total = source.featureCount() or 1
        results = []
        results_by_group = {}
        repaired = []
        unrepairable = []
        for count, feature in enumerate(features):
            if feedback.isCanceled():
                return {}
            geometry, was_repaired = repaired_polygon(feature.geometry())
            if was_repaired:
                (repaired if geometry is not None else unrepairable).append(feature.id())
            if area_index is not None:
                area = feature[area_index]
            elif geometry is not None:
                area = area_km2(measure, geometry)
            elif was_repaired:
                area = 0.0  # nothing polygonal survived the repair: a degenerate polygon
            else:
                area = None
            result = classify_area(
                python_value(feature[population_index]), python_value(area), thresholds
            )
            results.append(result)
            if group_index is not None:
                group = python_value(feature[group_index])
                if group is not None:
                    results_by_group.setdefault(str(group), []).append(result)
            attributes = feature.attributes()
            out = QgsFeature(fields)
            out.setAttributes(
                [attributes[i] for i in kept]
                + [
                    result.area_km2,
                    result.density,
                    result.band,
                    labels.get(result.band),
                    translate_core(result.reason) if result.reason else None,
                ]
            )
            out.setGeometry(geometry if geometry is not None else feature.geometry())
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100.0 * (count + 1) / total)

        if repaired:
            feedback.pushInfo(
                self.tr("{count} invalid geometries were repaired (feature ids {ids}).").format(
                    count=len(repaired), ids=_id_list(repaired)
                )
            )
        if unrepairable:
            feedback.reportError(
                self.tr(
                    "{count} geometries could not be repaired and were written unchanged "
                    "(feature ids {ids})."
                ).format(count=len(unrepairable), ids=_id_list(unrepairable))
            )
        self._report_unclassified(results, feedback)

        summary_rows = [("", summarise(results, bands, language))]
        for group, members in sorted(results_by_group.items()):
            summary_rows.append((group, summarise(members, bands, language)))
        self.summary_id = self._write_summary(
            parameters, context, summary_rows, ALL_GROUP[language]
        )

        self.bands = bands
        self.language = language
        self.provenance = self._provenance(parameters, context, thresholds, measure)
        band_counts = {band.number: 0 for band in bands}
        for result in results:
            if result.band is not None:
                band_counts[result.band] += 1
        classified = sum(band_counts.values())
        outputs = {
            self.OUTPUT: self.output_id,
            "CLASSIFIED": classified,
            "UNCLASSIFIED": len(results) - classified,
            "REPAIRED": len(repaired),
            "BAND_COUNTS": json.dumps({str(k): v for k, v in band_counts.items()}),
        }
        if self.summary_id is not None:
            outputs[self.SUMMARY] = self.summary_id
        return outputs

    def postProcessAlgorithm(self, context, feedback):
        if feedback.isCanceled():
            return {}
        title, abstract, rights = self.provenance
        finish_output_layer(
            self.output_id,
            context,
            output_metadata(title, abstract, rights),
            band_renderer(self.bands, self.language),
        )
        if self.summary_id is not None:
            finish_output_layer(
                self.summary_id,
                context,
                output_metadata(self.tr("Density band summary"), abstract, rights),
            )
        return {}

    def _report_unclassified(self, results, feedback):
        reasons = {}
        for result in results:
            if result.reason:
                reasons[result.reason] = reasons.get(result.reason, 0) + 1
        for reason, count in sorted(reasons.items()):
            feedback.pushWarning(
                self.tr("{count} areas without a band: {reason}").format(
                    count=count, reason=translate_core(reason)
                )
            )

    def _write_summary(self, parameters, context, summary_rows, all_label):
        fields = QgsFields()
        for name, kind in (
            ("group", FieldType.String),
            ("band", FieldType.Int),
            ("band_label", FieldType.String),
            ("n_areas", FieldType.Int),
            ("population", FieldType.Double),
            ("area_km2", FieldType.Double),
            ("share_population", FieldType.Double),
            ("share_areas", FieldType.Double),
            ("share_area_km2", FieldType.Double),
        ):
            fields.append(QgsField(name, kind))
        sink, summary_id = self.parameterAsSink(
            parameters, self.SUMMARY, context, fields, WkbType.NoGeometry
        )
        if sink is None:
            return None
        for group, rows in summary_rows:
            for row in rows:
                feature = QgsFeature(fields)
                feature.setAttributes(
                    [
                        group or all_label,
                        row.band,
                        row.label,
                        row.areas,
                        row.population,
                        row.area_km2,
                        row.population_share,
                        row.areas_share,
                        row.area_km2_share,
                    ]
                )
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
            "'{population}'. Area: {area}. Thresholds (inhabitants per km²): {thresholds}; "
            "band 1 is density ≤ the first threshold, a density on a threshold belongs to the "
            "band below."
        ).format(
            input=self.input_name,
            population=self.parameterAsString(parameters, self.POPULATION_FIELD, context),
            area=area_text,
            thresholds=", ".join(format_number(t, "en") for t in thresholds),
        )
        title = self.tr("Density bands of {input}").format(input=self.input_name)
        return title, abstract, self.input_rights


def _id_list(ids, limit=20):
    shown = ", ".join(str(i) for i in ids[:limit])
    return shown + (" …" if len(ids) > limit else "")
