"""i40disparity:nearestfacility: for each point (and optionally each area) the nearest
facility, e.g. technical university or Industrie 4.0 centre, and the distance in km."""

import json

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
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
    FieldType,
    GeometryType,
    ProcessingFieldParameterDataType,
    ProcessingSourceType,
    WkbType,
)
from ..core.field_names import guess_field
from ..core.messages import CoreError
from ..core.number_format import format_number, parse_distances
from ..core.requirements import SPATIAL_REQUIREMENTS
from ..gis.i18n import core_text, ui_language
from ..gis.place_lookups import WGS84, inner_points
from ..gis.provenance import finish_output_layer, output_metadata
from ..gis.values import python_value
from .base import I40Algorithm

METHODS = ("ellipsoid", "laea")  # the order of the METHOD options, as core.spatial names them
FACILITY_NAME_FIELDS = ("short_name", "name", "bezeichnung", "titel", "title")
FACILITY_CATEGORY_FIELDS = ("category", "kategorie", "programme", "programm", "typ", "type")


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
            "<p><b>METHOD</b> [0] on the GRS 1980 ellipsoid (geodesic distance), or [1] "
            "straight-line distance in ETRS89-LAEA (EPSG:3035).</p>"
            "<p>Optionally also for each area of AREAS, measured from a point inside the area "
            "(its point on surface; a population-weighted point would need population below "
            "the area level). The summary gives the median distance and the share of points, "
            "and with POPULATION_FIELD the share of the areas' population, within each of the "
            "RADII (default 10, 25, 50 km; a distance equal to a radius counts as within). "
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

    def processAlgorithm(self, parameters, context, feedback):
        self.require_packages(SPATIAL_REQUIREMENTS)
        from ..core.points.spatial import nearest_facility, share_within
        from ..gis.feature_arrays import point_arrays

        points = self._points_source(parameters, self.INPUT, context)
        facilities = self._points_source(parameters, self.FACILITIES, context)
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        try:
            radii = parse_distances(self.parameterAsString(parameters, self.RADII, context))
        except CoreError as error:
            raise QgsProcessingException(core_text(error)) from None
        facility_fields = facilities.fields().names()
        name_field = guess_field(facility_fields, FACILITY_NAME_FIELDS)
        category_field = guess_field(facility_fields, FACILITY_CATEGORY_FIELDS)
        wanted = [f for f in (name_field, category_field) if f]
        transform_context = context.transformContext()
        _ids, fxs, fys = point_arrays(facilities, WGS84, transform_context)
        request = QgsFeatureRequest().setSubsetOfAttributes(wanted, facilities.fields())
        request.setFlags(FeatureRequestFlag.NoGeometry)
        labels = [
            [python_value(f[name]) for name in wanted] for f in facilities.getFeatures(request)
        ]
        arrays = point_arrays(points, WGS84, transform_context, feedback)
        if arrays is None:
            return {}
        ids, xs, ys = arrays
        feedback.setProgress(30)
        try:
            nearest, distance = nearest_facility(xs, ys, fxs, fys, method)
        except CoreError as error:
            raise QgsProcessingException(core_text(error)) from None
        feedback.setProgress(60)

        def facility_values(index):
            if index < 0:
                return [None, None]
            values = dict(zip(wanted, labels[index]))
            return [values.get(name_field), values.get(category_field)]

        by_id = {
            int(i): (int(k), None if np.isnan(d) else float(d))
            for i, k, d in zip(ids, nearest, distance)
        }
        added = [
            QgsField("nearest_name", FieldType.String),
            QgsField("nearest_category", FieldType.String),
            QgsField("distance_km", FieldType.Double),
        ]
        fields = QgsFields(points.fields())
        for field in added:
            fields.append(field)
        sink, self.output_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, points.wkbType(), points.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for feature in points.getFeatures():
            index, km = by_id.get(feature.id(), (-1, None))
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(feature.attributes() + facility_values(index) + [km])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)

        summary = [(self.tr("points"), distance, None)]
        self.areas_id = None
        areas = self.parameterAsSource(parameters, self.AREAS, context)
        if areas is not None:
            population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
            area_rows = self._area_distances(
                parameters, context, areas, population_field, fxs, fys, method, facility_values
            )
            area_km = np.array([km for km, _population in area_rows], dtype=float)
            summary.append((self.tr("areas"), area_km, None))
            if population_field:
                weights = np.array(
                    [np.nan if p is None else p for _km, p in area_rows], dtype=float
                )
                summary.append((self.tr("population of the areas"), area_km, weights))
        feedback.setProgress(90)

        shares = share_within(distance, radii)
        median = float(np.nanmedian(distance)) if np.isfinite(distance).any() else None
        self.summary_id = self._write_summary(parameters, context, summary, radii, share_within)
        # JSON for machines (English numbers), the log for people (their language's numbers).
        within = {format_number(r, "en"): float(s) for r, s in zip(radii, shares)}
        language = ui_language()
        feedback.pushInfo(
            self.tr(
                "Median distance {median} km; within {within} km: {shares} % of the points."
            ).format(
                median=format_number(median, language) if median is not None else "–",
                within=", ".join(format_number(r, language) for r in radii),
                shares=", ".join(format_number(s, language, 1) for s in within.values()),
            )
        )
        self.provenance = (method, radii)
        outputs = {self.OUTPUT: self.output_id, "MEDIAN_KM": median, "WITHIN": json.dumps(within)}
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
            "Disparitäten (algorithm i40disparity:nearestfacility), method {method}, radii "
            "{radii} km. Points: {input}."
        ).format(
            method=method,
            radii=", ".join(format_number(r, ui_language()) for r in radii),
            input=self.input_name,
        )
        metadata = output_metadata(self.tr("Nearest facility"), abstract, self.input_rights)
        for layer_id in (self.output_id, self.areas_id, self.summary_id):
            if layer_id is not None:
                finish_output_layer(layer_id, context, metadata)
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

    def _area_distances(
        self, parameters, context, areas, population_field, fxs, fys, method, facility_values
    ):
        """(km, population) per area, measured from a point inside it; the areas
        with these values go to AREAS_OUTPUT when it is asked for."""
        from ..core.points.spatial import nearest_facility

        names = areas.fields().names()
        rows = list(inner_points(areas, names, context))
        xs = np.array([xy[0] for _values, xy in rows], dtype=float)
        ys = np.array([xy[1] for _values, xy in rows], dtype=float)
        nearest, distance = nearest_facility(xs, ys, fxs, fys, method)
        population_index = names.index(population_field) if population_field else None
        fields = QgsFields(areas.fields())
        fields.append(QgsField("nearest_name", FieldType.String))
        fields.append(QgsField("nearest_category", FieldType.String))
        fields.append(QgsField("distance_km", FieldType.Double))
        sink, self.areas_id = self.parameterAsSink(
            parameters, self.AREAS_OUTPUT, context, fields, areas.wkbType(), areas.sourceCrs()
        )
        result = []
        for (values, _xy), index, km in zip(rows, nearest, distance):
            km = None if np.isnan(km) else float(km)
            population = values[population_index] if population_index is not None else None
            result.append((km, population))
            if sink is not None:
                feature = QgsFeature(fields)
                feature.setAttributes(values + facility_values(int(index)) + [km])
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return result

    def _write_summary(self, parameters, context, summary, radii, share_within):
        fields = QgsFields()
        fields.append(QgsField("measure", FieldType.String))
        fields.append(QgsField("n", FieldType.Int))
        fields.append(QgsField("median_km", FieldType.Double))
        radius_names = [f"within_{format_number(r, 'en').replace('.', '_')}km" for r in radii]
        for name in radius_names:
            fields.append(QgsField(name, FieldType.Double))
        sink, summary_id = self.parameterAsSink(
            parameters, self.SUMMARY, context, fields, WkbType.NoGeometry
        )
        if sink is None:
            return None
        for label, distances, weights in summary:
            finite = np.isfinite(distances)
            median = float(np.median(distances[finite])) if finite.any() else None
            shares = share_within(distances, radii, weights)
            feature = QgsFeature(fields)
            feature.setAttributes(
                [label, int(finite.sum()), median]
                + [None if np.isnan(s) else float(s) for s in shares]
            )
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return summary_id
