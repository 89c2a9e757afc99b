"""i40disparity:bandstatistics: points per density band against population-expected counts."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..compat import (
    GeometryType,
    ProcessingFieldParameterDataType,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    WkbType,
)
from ..core.density.band_statistics import DEFAULT_ITERATIONS, DEFAULT_SEED, points_per_band
from ..core.density.outputs import BAND_LABEL, BAND_STATISTICS, band_counts_json
from ..core.messages import CoreError
from ..gis.bar_chart import observed_expected_chart
from ..gis.feature_arrays import point_batches, polygon_arrays
from ..gis.i18n import core_text
from ..gis.output_fields import qgs_fields
from ..gis.point_assignment import point_assignment
from ..gis.provenance import input_attribution, output_metadata
from ..gis.values import python_value
from .base import I40Algorithm

MAX_ITERATIONS = 1_000_000

# Field parameters with a default are optional: QGIS 3.22 refuses an omitted field parameter
# even when it has a default (processing.run, qgis_process); marked optional, an omitted field
# falls back to its default through parameterAsString, and an emptied one gets a clear error.


class BandStatisticsAlgorithm(I40Algorithm):
    POINTS = "POINTS"
    AREAS = "AREAS"
    BAND_FIELD = "BAND_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    GROUP_FIELD = "GROUP_FIELD"
    ITERATIONS = "ITERATIONS"
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    CHART = "CHART"
    POINT_INPUTS = (POINTS,)

    def name(self):
        return "bandstatistics"

    def displayName(self):
        return self.tr("Points per density band against population")

    def group(self):
        return self.tr("Population density")

    def groupId(self):
        return "density"

    def shortHelpString(self):
        return self.tr(
            "<p>Counts the points (e.g. Industrie 4.0 use cases) in areas with density bands "
            "(the output of 'Classify postal areas by density band') and compares each band "
            "with what population alone would predict.</p>"
            "<p><b>Columns</b>: points and their share (%) of all points in banded areas; "
            "cumulative_share, the share in this band or a denser one (the study's 'two "
            "thirds in areas with at least 300 inhabitants per km²'); population_share; "
            "expected, the points the band would hold if points followed population (total "
            "points × population share); enrichment = points / expected (empty when "
            "expected is 0).</p>"
            "<p><b>p_value</b>: the same number of points is placed at random as often as "
            "'Random placements' says, each in an area with probability proportional to its "
            "population (seeded with the 'Random seed', so a run can be repeated exactly). "
            "One-sided in the observed "
            "direction: where a band holds at least as many points as expected, the share of "
            "random placements with at least as many points there; where it holds fewer, the "
            "share with at most as many; computed as (1 + such placements) / (1 + "
            "random placements). Small values mean that population alone hardly explains the "
            "count.</p>"
            "<p>A point on a border shared by several areas counts once, for the first of "
            "them. Points outside all areas or in areas without a band are reported and not "
            "counted; areas without population weigh nothing. With a group field (e.g. the "
            "Land) the table repeats per group. The chart shows observed and expected points "
            "per band for all areas.</p>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.POINTS, self.tr("Points"), [ProcessingSourceType.VectorPoint]
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.AREAS,
                self.tr("Areas with density bands (polygons)"),
                [ProcessingSourceType.VectorPolygon],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.BAND_FIELD,
                self.tr("Band field"),
                defaultValue="band",
                optional=True,  # omitted: the default (see above)
                parentLayerParameterName=self.AREAS,
                type=ProcessingFieldParameterDataType.Numeric,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.POPULATION_FIELD,
                self.tr("Population field"),
                defaultValue="einwohner",
                optional=True,  # omitted: the default (see above)
                parentLayerParameterName=self.AREAS,
                type=ProcessingFieldParameterDataType.Numeric,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.GROUP_FIELD,
                self.tr("Repeat the table per group of (e.g. a Land field of the areas)"),
                parentLayerParameterName=self.AREAS,
                optional=True,
            )
        )
        self.add_advanced_parameter(
            QgsProcessingParameterNumber(
                self.ITERATIONS,
                self.tr("Random placements (Monte Carlo iterations)"),
                type=ProcessingNumberParameterType.Integer,
                defaultValue=DEFAULT_ITERATIONS,
                minValue=1,
                maxValue=MAX_ITERATIONS,
            )
        )
        self.add_advanced_parameter(
            QgsProcessingParameterNumber(
                self.SEED,
                self.tr("Random seed"),
                type=ProcessingNumberParameterType.Integer,
                defaultValue=DEFAULT_SEED,
                minValue=0,
            )
        )
        self.add_label_language_parameter(self.tr("Language of labels and chart"))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Band statistics"), ProcessingSourceType.Vector
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.CHART,
                self.tr("Chart: observed and expected points per band"),
                fileFilter=self.tr("PNG images (*.png)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("TOTAL_POINTS", self.tr("Points in banded areas")))
        self.addOutput(
            QgsProcessingOutputNumber("POINTS_NOT_COUNTED", self.tr("Points outside banded areas"))
        )
        self.addOutput(QgsProcessingOutputString("BAND_COUNTS", self.tr("Points per band (JSON)")))
        self.add_missing_records_output()

    def prepare(self, parameters, context, feedback):
        # Layer objects are read here, in the main thread, not in process's worker thread.
        self.input_names = []
        self.input_rights = []
        for name in (self.POINTS, self.AREAS):
            layer = self.input_layer(parameters, name, context)
            layer_name = layer.name() if layer is not None else str(parameters.get(name))
            self.input_names.append(layer_name)
            for line in input_attribution(layer, layer_name):
                if line not in self.input_rights:
                    self.input_rights.append(line)
        return True

    def process(self, parameters, context, feedback):
        points = self._source(parameters, self.POINTS, context, GeometryType.Point)
        areas = self._source(parameters, self.AREAS, context, GeometryType.Polygon)
        iterations = self.parameterAsInt(parameters, self.ITERATIONS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        language = self.label_language(parameters, context)

        feedback.setProgressText(self.tr("Reading areas"))
        wanted = self._area_fields(parameters, areas, context)
        assigned = self._assign_points(points, areas, wanted, context, feedback)
        if assigned is None:
            return {}
        (bands, populations, groups, labels), wkbs, streamed = assigned
        try:
            result = points_per_band(
                bands,
                populations,
                streamed,
                area_wkbs=wkbs,
                groups=groups,  # all None without a group field: no group tables
                area_labels=labels,
                iterations=iterations,
                seed=seed,
            )
        except CoreError as error:
            raise QgsProcessingException(core_text(error)) from None
        self._report(result, feedback)
        self.output_id = self._write_table(parameters, context, result.rows(language))
        chart_path = self._write_chart(parameters, context, result.overall.rows, language)
        self.provenance = self._provenance(parameters, context, iterations, seed)
        outputs = {
            self.OUTPUT: self.output_id,
            "TOTAL_POINTS": result.overall.total_points,
            "POINTS_NOT_COUNTED": result.not_counted,
            "BAND_COUNTS": band_counts_json(result.band_counts()),
        }
        if chart_path:
            outputs[self.CHART] = chart_path
        return outputs

    def postProcessAlgorithm(self, context, feedback):
        if feedback.isCanceled():
            return {}
        title, abstract = self.provenance
        self.finish_output(
            self.output_id, context, feedback, output_metadata(title, abstract, self.input_rights)
        )
        return {}

    def _source(self, parameters, name, context, geometry_type):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        if QgsWkbTypes.geometryType(source.wkbType()) != geometry_type:
            message = (
                self.tr("The point layer must contain points, but it contains {type}.")
                if geometry_type == GeometryType.Point
                else self.tr("The area layer must contain polygons, but it contains {type}.")
            )
            raise QgsProcessingException(
                message.format(type=QgsWkbTypes.displayString(source.wkbType()))
            )
        return source

    def _area_fields(self, parameters, areas, context):
        """The indices of the areas' band, population, group and label fields (None or -1:
        none)."""
        band_index = self._field(parameters, self.BAND_FIELD, areas, context)
        population_index = self._field(parameters, self.POPULATION_FIELD, areas, context)
        group_name = self.parameterAsString(parameters, self.GROUP_FIELD, context)
        group_index = self.field_index(areas, group_name) if group_name else None
        label_index = areas.fields().lookupField(BAND_LABEL.name)  # densitybands writes it
        return [band_index, population_index, group_index, label_index]

    def _field(self, parameters, name, source, context):
        field_name = self.parameterAsString(parameters, name, context)
        if not field_name:
            raise QgsProcessingException(
                self.tr("Choose the area layer's field for {parameter}.").format(parameter=name)
            )
        return self.field_index(source, field_name, numeric=True)

    def _assign_points(self, points, areas, wanted, context, feedback):
        """The areas' values at the field indices ``wanted`` (None or -1: a column of None),
        their WKB, and the points assigned to them (a ``StreamedResult``) by the engine and
        border rule of i40disparity:assignpoints; None if cancelled."""
        read = sorted({i for i in wanted if i is not None and i >= 0})
        with point_assignment(points.featureCount()) as assigner:
            _ids, columns, wkbs = polygon_arrays(areas, read, assigner.add_polygons)
            assigner.finish_polygons()
            feedback.setProgressText(self.tr("Counting points per area"))
            transform_context = context.transformContext()
            for batch in point_batches(points, areas.sourceCrs(), transform_context, feedback):
                assigner.add_points(*batch)
            if feedback.isCanceled():
                return None
            streamed = assigner.result()
        values = {i: [python_value(v) for v in column] for i, column in zip(read, columns)}
        empty = [None] * len(wkbs)
        return [values.get(i, empty) for i in wanted], wkbs, streamed

    def _report(self, result, feedback):
        if result.unusable_areas:
            feedback.pushWarning(
                self.tr("{count} areas have no usable geometry and hold no points.").format(
                    count=result.unusable_areas
                )
            )
        if result.outside:
            feedback.pushWarning(
                self.tr("{count} of {total} points lie outside all areas.").format(
                    count=result.outside, total=result.points_read
                )
            )
        if result.overall.unbanded_points:
            feedback.pushWarning(
                self.tr("{count} points lie in areas without a band and are not counted.").format(
                    count=result.overall.unbanded_points
                )
            )

    def _write_table(self, parameters, context, rows):
        fields = qgs_fields(BAND_STATISTICS)
        sink, output_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, WkbType.NoGeometry
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(list(row))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return output_id

    def _write_chart(self, parameters, context, rows, language):
        """The chart of ``rows`` as PNG where CHART asks for one; its path, or ''."""
        chart_path = self.parameterAsFileOutput(parameters, self.CHART, context)
        # The chart is read on its own: it says itself what the points miss.
        note = " ".join(self.missing_records(language))
        chart = observed_expected_chart(rows, language, note=note)
        if chart_path and not chart.save(chart_path, "PNG"):
            raise QgsProcessingException(
                self.tr("The chart could not be written to {path}.").format(path=chart_path)
            )
        return chart_path

    def _provenance(self, parameters, context, iterations, seed):
        points_name, areas_name = self.input_names
        abstract = self.tr(
            "Points per density band computed by the QGIS plugin Industrie 4.0 Disparitäten "
            "(algorithm i40disparity:bandstatistics). Points: {points}. Areas: {areas}, band "
            "field '{band}', population field '{population}'. Expected points follow "
            "population; p-values from {iterations} population-weighted random placements "
            "with seed {seed}, one-sided in the observed direction."
        ).format(
            points=points_name,
            areas=areas_name,
            band=self.parameterAsString(parameters, self.BAND_FIELD, context),
            population=self.parameterAsString(parameters, self.POPULATION_FIELD, context),
            iterations=iterations,
            seed=seed,
        )
        title = self.tr("Points per density band: {points} in {areas}").format(
            points=points_name, areas=areas_name
        )
        return title, abstract
