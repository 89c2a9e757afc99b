"""i40disparity:nearestfacility: for each point (and optionally each area) the nearest
facility, e.g. technical university or Industrie 4.0 centre, and the distance in km."""

import json

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import (
    FeatureRequestFlag,
    GeometryType,
    ProcessingFieldParameterDataType,
    ProcessingSourceType,
    WkbType,
)
from ..core.field_names import guess_field
from ..core.messages import CoreError
from ..core.number_format import format_number
from ..core.points.distances import parse_distances, summarise_distances
from ..core.points.outputs import NEAREST, distances_table
from ..core.requirements import SPATIAL_REQUIREMENTS
from ..gis.i18n import core_text, ui_language
from ..gis.output_fields import qgs_fields
from ..gis.place_lookups import WGS84, inner_points
from ..gis.provenance import output_metadata
from ..gis.values import python_value
from .base import I40Algorithm, in_steps

METHODS = ("ellipsoid", "laea")  # the order of the METHOD options, as core.spatial names them
FACILITY_NAME_FIELDS = ("short_name", "name", "bezeichnung", "titel", "title")
FACILITY_CATEGORY_FIELDS = ("category", "kategorie", "programme", "programm", "typ", "type")
# Points measured between two looks at Cancel: a few tenths of a second on the ellipsoid.
NEAREST_STEP = 20_000


class NearestFacilityAlgorithm(I40Algorithm):
    INPUT = "INPUT"
    FACILITIES = "FACILITIES"
    METHOD = "METHOD"
    RADII = "RADII"
    AREAS = "AREAS"
    POPULATION_FIELD = "POPULATION_FIELD"
    OUTPUT = "OUTPUT"
    AREAS_OUTPUT = "AREAS_OUTPUT"
    SUMMARY = "SUMMARY"
    POINT_INPUTS = (INPUT, FACILITIES)

    def name(self):
        return "nearestfacility"

    def displayName(self):
        return self.tr("Distance to the nearest facility")

    def group(self):
        return self.tr("Use cases and facilities")

    def groupId(self):
        return "points"

    def shortHelpString(self):
        return self.tr(
            "<p>For each point the nearest facility (e.g. a technical university or an "
            "Industrie 4.0 centre), its name and category, and the distance in km.</p>"
            "<p><b>Distance</b> 'on the ellipsoid' is measured on the GRS 1980 ellipsoid "
            "(geodesic distance), 'straight line in EPSG:3035' in ETRS89-LAEA.</p>"
            "<p>Optionally also for each of the 'Areas, for their distances too', measured from a "
            "point inside the area "
            "(its point on surface; a population-weighted point would need population below "
            "the area level). The summary gives the median distance and the share of points, "
            "and with the areas' population field also the median and the share of their "
            "population, within each of the 'Radii in km for the shares within' (default 10, "
            "25, 50 km; a distance equal to a radius counts as within). The population's "
            "median is the distance within which half of the inhabitants live; it is shorter "
            "than the areas' median where people cluster near the facilities. "
            "The facility's name and category are read from fields such as short_name/name "
            "and category/programme.</p>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Points (e.g. use cases)"), [ProcessingSourceType.VectorPoint]
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.FACILITIES, self.tr("Facilities (points)"), [ProcessingSourceType.VectorPoint]
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.METHOD,
                self.tr("Distance"),
                options=[self.tr("on the ellipsoid"), self.tr("straight line in EPSG:3035")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.RADII, self.tr("Radii in km for the shares within"), defaultValue="10,25,50"
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.AREAS,
                self.tr("Areas, for their distances too (optional)"),
                [ProcessingSourceType.VectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.POPULATION_FIELD,
                self.tr("Population field of the areas (for shares of population)"),
                parentLayerParameterName=self.AREAS,
                type=ProcessingFieldParameterDataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT,
                self.tr("Points with nearest facility"),
                ProcessingSourceType.VectorPoint,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.AREAS_OUTPUT,
                self.tr("Areas with nearest facility"),
                ProcessingSourceType.VectorPolygon,
                optional=True,
                createByDefault=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SUMMARY,
                self.tr("Distance summary"),
                ProcessingSourceType.Vector,
                optional=True,
                createByDefault=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("MEDIAN_KM", self.tr("Median distance (km)")))
        self.addOutput(
            QgsProcessingOutputString(
                "WITHIN", self.tr("Share of points within each radius (JSON)")
            )
        )
        self.add_missing_records_output()

    def process(self, parameters, context, feedback):
        self.require_packages(SPATIAL_REQUIREMENTS)
        from ..gis.feature_arrays import point_arrays

        points = self._points_source(parameters, self.INPUT, context)
        facilities = self._points_source(parameters, self.FACILITIES, context)
        method_index = self.parameterAsEnum(parameters, self.METHOD, context)
        method = METHODS[method_index]
        try:
            radii = parse_distances(self.parameterAsString(parameters, self.RADII, context))
        except CoreError as error:
            raise QgsProcessingException(core_text(error)) from None
        self.facilities = _Facilities(facilities, method, context)
        arrays = point_arrays(points, WGS84, context.transformContext(), feedback)
        if arrays is None:
            return {}
        ids, xs, ys = arrays
        feedback.setProgress(30)
        found = self.facilities.nearest(xs, ys, feedback, (30, 60))
        if found is None or not self._write_points(
            parameters, context, feedback, points, ids, *found
        ):
            return {}
        summaries = [summarise_distances(self.tr("points"), found[1], radii)]
        self.areas_id = None
        areas = self.parameterAsSource(parameters, self.AREAS, context)
        if areas is not None:
            of_areas = self._area_summaries(parameters, context, feedback, areas, radii)
            if of_areas is None:
                return {}
            summaries += of_areas
        feedback.setProgress(90)
        self.summary_id = self._write_summary(parameters, context, summaries, radii)
        of_points = summaries[0]
        # JSON for machines (English numbers), the log for people (their language's numbers).
        within = {format_number(r, "en"): s for r, s in zip(radii, of_points.shares)}
        self._log_summary(feedback, of_points)
        self.provenance = (self.option_text(self.METHOD, method_index), radii)
        outputs = {
            self.OUTPUT: self.output_id,
            "MEDIAN_KM": of_points.median_km,
            "WITHIN": json.dumps(within),
        }
        for key, value in ((self.AREAS_OUTPUT, self.areas_id), (self.SUMMARY, self.summary_id)):
            if value is not None:
                outputs[key] = value
        return outputs

    def postProcessAlgorithm(self, context, feedback):
        if feedback.isCanceled():
            return {}
        method, radii = self.provenance
        abstract = self.tr(
            "Distances to the nearest facility computed by the QGIS plugin Industrie 4.0 "
            "Disparitäten (algorithm i40disparity:nearestfacility), distance {method}, radii "
            "{radii} km. Points: {input}."
        ).format(
            method=method,
            radii=", ".join(format_number(r, ui_language()) for r in radii),
            input=self.input_name,
        )
        metadata = output_metadata(self.tr("Nearest facility"), abstract, self.input_rights)
        for layer_id in (self.output_id, self.areas_id, self.summary_id):
            if layer_id is not None:
                self.finish_output(layer_id, context, feedback, metadata)
        return {}

    def _points_source(self, parameters, name, context):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        if QgsWkbTypes.geometryType(source.wkbType()) != GeometryType.Point:
            raise QgsProcessingException(
                self.tr("{parameter} must contain points, but it contains {type}.").format(
                    parameter=name, type=QgsWkbTypes.displayString(source.wkbType())
                )
            )
        return source

    def _write_points(self, parameters, context, feedback, points, ids, nearest, distance):
        """OUTPUT: the points with their nearest facility; False if cancelled."""
        fields = qgs_fields(NEAREST, points.fields())
        sink, self.output_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, points.wkbType(), points.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        by_id = {int(i): (int(k), d) for i, k, d in zip(ids, nearest, distance)}
        for feature in points.getFeatures():
            if feedback.isCanceled():
                return False
            index, km = by_id.get(feature.id(), (-1, np.nan))
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(feature.attributes() + self.facilities.nearest_values(index, km))
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return True

    def _area_summaries(self, parameters, context, feedback, areas, radii):
        """The areas' distances, measured from a point inside each, summarised (and by
        population with POPULATION_FIELD); the areas with them go to AREAS_OUTPUT when it is
        asked for. None if cancelled."""
        population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        column = (
            self.field_index(areas, population_field, numeric=True) if population_field else None
        )
        names = areas.fields().names()
        # Every area goes to the output; one without a usable polygon has no distance.
        rows = list(inner_points(areas, names, context, keep_unusable=True))
        self._warn_of_areas_without_polygon(feedback, rows)
        xs = np.array([xy[0] for _values, xy, _polygon in rows], dtype=float)
        ys = np.array([xy[1] for _values, xy, _polygon in rows], dtype=float)
        found = self.facilities.nearest(xs, ys, feedback, (60, 80))
        if found is None:
            return None
        nearest, distance = found
        fields = qgs_fields(NEAREST, areas.fields())
        sink, self.areas_id = self.parameterAsSink(
            parameters, self.AREAS_OUTPUT, context, fields, areas.wkbType(), areas.sourceCrs()
        )
        if sink is not None:
            for (values, _xy, polygon), index, km in zip(rows, nearest, distance):
                feature = QgsFeature(fields)
                if polygon is not None:
                    feature.setGeometry(polygon)
                feature.setAttributes(values + self.facilities.nearest_values(int(index), km))
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        summaries = [summarise_distances(self.tr("areas"), distance, radii)]
        if column is not None:
            # NULL population becomes NaN: such an area is left out of the shares.
            weights = np.array([values[column] for values, _xy, _polygon in rows], dtype=float)
            measure = self.tr("population of the areas")
            summaries.append(summarise_distances(measure, distance, radii, weights))
        return summaries

    def _warn_of_areas_without_polygon(self, feedback, rows):
        count = sum(polygon is None for _values, _xy, polygon in rows)
        if count:
            feedback.pushWarning(
                self.tr(
                    "{count} areas have no usable polygon (none, empty or not repairable): "
                    "they have no distance and are left out of the areas' summary."
                ).format(count=count)
            )

    def _write_summary(self, parameters, context, summaries, radii):
        fields = qgs_fields(distances_table(radii))
        sink, summary_id = self.parameterAsSink(
            parameters, self.SUMMARY, context, fields, WkbType.NoGeometry
        )
        if sink is None:
            return None
        for summary in summaries:
            row = summary.row()
            feature = QgsFeature(fields)
            feature.setAttributes([row[name] for name in fields.names()])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return summary_id

    def _log_summary(self, feedback, of_points):
        language = ui_language()
        median = of_points.median_km
        feedback.pushInfo(
            self.tr(
                "Median distance {median} km; within {within} km: {shares} % of the points."
            ).format(
                median=format_number(median, language) if median is not None else "–",
                within=", ".join(format_number(r, language) for r in of_points.radii_km),
                shares=", ".join(format_number(s, language, 1) for s in of_points.shares),
            )
        )


class _Facilities:
    """The facilities' points and the names and categories they are known by."""

    def __init__(self, source, method, context):
        from ..core.points.spatial import NearestFacilities
        from ..gis.feature_arrays import point_arrays

        names = source.fields().names()
        self.name_field = guess_field(names, FACILITY_NAME_FIELDS)
        self.category_field = guess_field(names, FACILITY_CATEGORY_FIELDS)
        self.wanted = [f for f in (self.name_field, self.category_field) if f]
        _ids, xs, ys = point_arrays(source, WGS84, context.transformContext())
        request = QgsFeatureRequest().setSubsetOfAttributes(self.wanted, source.fields())
        request.setFlags(FeatureRequestFlag.NoGeometry)
        self.labels = [
            [python_value(f[name]) for name in self.wanted] for f in source.getFeatures(request)
        ]
        try:
            self.search = NearestFacilities(xs, ys, method)
        except CoreError as error:
            raise QgsProcessingException(core_text(error)) from None

    def nearest(self, xs, ys, feedback, progress_span):
        """Index of the nearest facility and distance in km for each point (lon/lat), in
        steps that Cancel can come between, over ``progress_span`` (from, to) percent; None
        if cancelled."""
        index, distance = np.empty(len(xs), dtype=np.int64), np.empty(len(xs))
        for start, end in in_steps(len(xs), NEAREST_STEP, feedback, progress_span):
            index[start:end], distance[start:end] = self.search.of(xs[start:end], ys[start:end])
        return None if feedback.isCanceled() else (index, distance)

    def nearest_values(self, index, km):
        """The NEAREST columns: the facility's name and category and the distance; NULL for
        a point without a nearest facility."""
        distance = None if np.isnan(km) else float(km)
        if index < 0:
            return [None, None, distance]
        values = dict(zip(self.wanted, self.labels[index]))
        return [values.get(self.name_field), values.get(self.category_field), distance]
