"""i40disparity:assignpoints: give every point the attributes of the area that holds it, and
count points per area."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ..compat import GeometryType, ProcessingSourceType
from ..core.points.outputs import AREA_COUNTS
from ..core.text import id_list
from ..gis.output_fields import qgs_fields
from ..gis.provenance import input_attribution, output_metadata
from .base import I40Algorithm

DEFAULT_AREA_FIELDS = ("plz", "band", "band_label")
# Copied area fields whose names the points already use get this suffix, as in QGIS's joins.
CLASH_SUFFIX = "_2"


class AssignPointsAlgorithm(I40Algorithm):
    INPUT = "INPUT"
    AREAS = "AREAS"
    AREA_FIELDS = "AREA_FIELDS"
    OUTPUT = "OUTPUT"
    COUNTS = "COUNTS"
    POINT_INPUTS = (INPUT,)

    def name(self):
        return "assignpoints"

    def displayName(self):
        return self.tr("Assign points to areas and count them")

    def group(self):
        return self.tr("Points")

    def groupId(self):
        return "points"

    def shortHelpString(self):
        return self.tr(
            "<p>Finds for every point the area (polygon) that holds it, copies the chosen "
            "fields of that area to the point and counts the points per area.</p>"
            "<p><b>Area fields</b>: by default plz, band and band_label (the fields of the "
            "density band output); fields the area layer does not have are left out. A copied "
            "field whose name the points already use gets the suffix _2.</p>"
            "<p><b>Border rule</b>: each point belongs to exactly one area. A point on the "
            "border of several areas (or inside overlapping areas) goes to the area that comes "
            "first in the area layer, i.e. the one with the lowest position among those "
            "that cover it. A point on an outer border belongs to its area.</p>"
            "<p>Points outside all areas keep NULL in the copied fields; the log counts them "
            "and lists the first ids. The counts output holds every area with the same "
            "fields and n_points, the number of points in it: 0, never NULL.</p>"
            "<p>Points in another CRS than the areas are transformed to the areas' CRS for "
            "the test; the outputs keep the CRS of their input. Invalid area polygons are "
            "repaired (make valid) for the test; the log counts them.</p>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Points"), [ProcessingSourceType.VectorPoint]
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.AREAS, self.tr("Areas (polygons)"), [ProcessingSourceType.VectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.AREA_FIELDS,
                self.tr("Area fields to copy to the points"),
                defaultValue=";".join(DEFAULT_AREA_FIELDS),
                parentLayerParameterName=self.AREAS,
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT,
                self.tr("Points with area attributes"),
                ProcessingSourceType.VectorPoint,
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.COUNTS,
                self.tr("Areas with point counts"),
                ProcessingSourceType.VectorPolygon,
                optional=True,
                createByDefault=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("POINTS_ASSIGNED", self.tr("Points in an area")))
        self.addOutput(
            QgsProcessingOutputNumber("POINTS_OUTSIDE", self.tr("Points outside all areas"))
        )
        self.addOutput(
            QgsProcessingOutputNumber(
                "POINTS_WITHOUT_GEOMETRY", self.tr("Points without a geometry")
            )
        )
        self.addOutput(QgsProcessingOutputNumber("REPAIRED", self.tr("Area geometries repaired")))
        self.add_missing_records_output()

    def prepare(self, parameters, context, feedback):
        super().prepare(parameters, context, feedback)
        areas = self.input_layer(parameters, self.AREAS, context)
        self.areas_name = areas.name() if areas is not None else str(parameters.get(self.AREAS))
        self.areas_rights = input_attribution(areas, self.areas_name)
        return True

    def process(self, parameters, context, feedback):
        # Imported on use (here and in the helpers below): the provider loads at QGIS start,
        # the array code only when the tool runs.
        from ..core.streamed_assignment import count_per_polygon, tally_points

        points, areas = self._sources(parameters, context)
        copied = self._area_field_indices(parameters, context, areas, feedback)
        destination_crs = self._test_crs(points, areas, feedback)
        # The sinks first: what they are (or that they were not asked for) decides what is
        # read. Processing passes no sink for an output the user switched off.
        counts_sink, self.counts_id = self._counts_sink(parameters, context, areas, copied)
        output_sink = self._output_sink(parameters, context, points, areas, copied, feedback)
        assigned = self._assign(points, areas, copied, destination_crs, context, feedback)
        if assigned is None:
            return {}
        streamed, area_columns, area_wkbs = assigned
        feedback.setProgress(50)
        outputs = self._report(streamed.keys, tally_points(streamed), feedback)
        outputs["REPAIRED"] = len(streamed.repaired)
        if counts_sink is not None:
            counts = count_per_polygon(streamed.assignment, len(area_wkbs)).tolist()
            feedback.setProgressText(self.tr("Writing the areas with counts"))
            if not self._write_counts(counts_sink, area_columns, area_wkbs, counts, feedback):
                return {}
            outputs[self.COUNTS] = self.counts_id
        feedback.setProgress(60)
        if output_sink is not None:
            feedback.setProgressText(self.tr("Writing the points with area attributes"))
            if not self._write_points(
                output_sink, points, streamed.keys, streamed.assignment, area_columns, feedback
            ):
                return {}
            outputs[self.OUTPUT] = self.output_id
        feedback.setProgress(100)
        self.abstract = self._abstract(copied, areas)
        return outputs

    def postProcessAlgorithm(self, context, feedback):
        if feedback.isCanceled():
            return {}
        rights = list(dict.fromkeys(self.input_rights + self.areas_rights))
        for layer_id, title in (
            (self.output_id, self.tr("{points} with attributes of {areas}")),
            (self.counts_id, self.tr("Points of {points} per area of {areas}")),
        ):
            if layer_id is not None:
                title = title.format(points=self.input_name, areas=self.areas_name)
                metadata = output_metadata(title, self.abstract, rights)
                self.finish_output(layer_id, context, feedback, metadata)
        return {}

    def _sources(self, parameters, context):
        points = self.parameterAsSource(parameters, self.INPUT, context)
        if points is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        areas = self.parameterAsSource(parameters, self.AREAS, context)
        if areas is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.AREAS))
        if QgsWkbTypes.geometryType(points.wkbType()) != GeometryType.Point:
            raise QgsProcessingException(
                self.tr(
                    "The points layer must contain points, but it contains {type}. "
                    "For polygons, use their centroids or points on surface first."
                ).format(type=QgsWkbTypes.displayString(points.wkbType()))
            )
        if QgsWkbTypes.geometryType(areas.wkbType()) != GeometryType.Polygon:
            raise QgsProcessingException(
                self.tr("The areas layer must contain polygons, but it contains {type}.").format(
                    type=QgsWkbTypes.displayString(areas.wkbType())
                )
            )
        return points, areas

    def _area_field_indices(self, parameters, context, areas, feedback):
        """The indices of the AREA_FIELDS the areas have. A missing default field (areas that
        were not classified have no band) is named in the log; any other is a mistake."""
        wanted = self.parameterAsFields(parameters, self.AREA_FIELDS, context)
        indices = [areas.fields().lookupField(name) for name in wanted]
        missing = [name for name, index in zip(wanted, indices) if index < 0]
        mistaken = [name for name in missing if name not in DEFAULT_AREA_FIELDS]
        if mistaken:
            raise QgsProcessingException(
                self.tr("The areas have no fields {names}. They have: {fields}.").format(
                    names=", ".join(mistaken), fields=", ".join(areas.fields().names())
                )
            )
        if missing:
            feedback.pushInfo(
                self.tr("The areas have no fields {names}; they are not copied.").format(
                    names=", ".join(missing)
                )
            )
        return [index for index in indices if index >= 0]

    def _output_sink(self, parameters, context, points, areas, area_field_indices, feedback):
        output_fields, clashes = self._output_fields(points, areas, area_field_indices)
        if clashes:
            feedback.pushWarning(
                self.tr(
                    "The points already have fields {names}; the area's are named {new}."
                ).format(names=", ".join(clashes), new=", ".join(n + CLASH_SUFFIX for n in clashes))
            )
        sink, self.output_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, output_fields, points.wkbType(), points.sourceCrs()
        )
        return sink

    def _assign(self, points, areas, area_field_indices, destination_crs, context, feedback):
        """(assignment, the copied values per area, the areas' WKB), or None if cancelled.
        Areas and points are read here while the engine repairs and tests them (shapely's in
        a worker thread)."""
        from ..gis.feature_arrays import point_batches, polygon_arrays
        from ..gis.point_assignment import point_assignment

        feedback.setProgressText(self.tr("Reading the areas"))
        with point_assignment(points.featureCount()) as assigner:
            area_ids, area_columns, area_wkbs = polygon_arrays(
                areas, area_field_indices, assigner.add_polygons
            )
            assigner.finish_polygons()
            feedback.setProgress(10)
            feedback.setProgressText(self.tr("Reading the points and finding their areas"))
            batches = point_batches(points, destination_crs, context.transformContext(), feedback)
            for batch in batches:
                assigner.add_points(*batch)
            if feedback.isCanceled():
                return None
            streamed = assigner.result()
        if streamed.repaired:
            feedback.pushInfo(
                self.tr(
                    "{count} invalid area geometries were repaired (feature ids {ids})."
                ).format(
                    count=len(streamed.repaired),
                    ids=id_list(area_ids[streamed.repaired].tolist()),
                )
            )
        if streamed.dropped:
            feedback.reportError(
                self.tr(
                    "{count} area geometries could not be repaired and hold no points "
                    "(feature ids {ids})."
                ).format(
                    count=len(streamed.dropped), ids=id_list(area_ids[streamed.dropped].tolist())
                )
            )
        return streamed, area_columns, area_wkbs

    def _test_crs(self, points, areas, feedback):
        """The CRS points must be transformed to (the areas'), or None if no transform."""
        points_crs, areas_crs = points.sourceCrs(), areas.sourceCrs()
        if not points_crs.isValid() or not areas_crs.isValid():
            if points_crs != areas_crs:
                feedback.pushWarning(
                    self.tr(
                        "Points or areas have no coordinate reference system; their "
                        "coordinates are taken to be in the same one."
                    )
                )
            return None
        if points_crs == areas_crs:
            return None
        feedback.pushInfo(
            self.tr("The points ({points}) are transformed to the areas' CRS ({areas}).").format(
                points=points_crs.authid() or points_crs.description(),
                areas=areas_crs.authid() or areas_crs.description(),
            )
        )
        return QgsCoordinateReferenceSystem(areas_crs)

    def _report(self, point_ids, tally, feedback):
        feedback.pushInfo(
            self.tr("{assigned} of {total} points lie in an area.").format(
                assigned=tally.assigned, total=tally.total
            )
        )
        n_outside, n_without = len(tally.outside), len(tally.without_geometry)
        if n_outside:
            feedback.pushWarning(
                self.tr("{count} points lie outside all areas (feature ids {ids}).").format(
                    count=n_outside, ids=id_list(point_ids[tally.outside[:21]].tolist(), n_outside)
                )
            )
        if n_without:
            feedback.pushWarning(
                self.tr("{count} points have no geometry (feature ids {ids}).").format(
                    count=n_without,
                    ids=id_list(point_ids[tally.without_geometry[:21]].tolist(), n_without),
                )
            )
        return {
            "POINTS_ASSIGNED": tally.assigned,
            "POINTS_OUTSIDE": n_outside,
            "POINTS_WITHOUT_GEOMETRY": n_without,
        }

    def _counts_sink(self, parameters, context, areas, area_field_indices):
        fields = QgsFields()
        # A copied field named like a count column is replaced by the count.
        self.counts_value_positions = []
        for position, index in enumerate(area_field_indices):
            if areas.fields().at(index).name() not in AREA_COUNTS.names:
                fields.append(areas.fields().at(index))
                self.counts_value_positions.append(position)
        self.counts_fields = qgs_fields(AREA_COUNTS, fields)
        return self.parameterAsSink(
            parameters, self.COUNTS, context, self.counts_fields, areas.wkbType(), areas.sourceCrs()
        )

    def _write_counts(self, sink, area_columns, area_wkbs, counts, feedback):
        """Every area with its copied values and count; the geometry as read (unrepaired),
        rebuilt from its WKB into one reused QgsGeometry."""
        columns = [area_columns[p] for p in self.counts_value_positions]
        feature = QgsFeature(self.counts_fields)
        geometry = QgsGeometry()
        set_geometry, set_attributes = feature.setGeometry, feature.setAttributes
        add, fast = sink.addFeature, QgsFeatureSink.Flag.FastInsert
        for k, (wkb, count) in enumerate(zip(area_wkbs, counts)):
            if wkb is None:
                set_geometry(QgsGeometry())
            else:
                geometry.fromWkb(wkb)
                set_geometry(geometry)
            set_attributes([*(column[k] for column in columns), count])
            if not add(feature, fast):
                return False
        return not feedback.isCanceled()

    def _output_fields(self, points, areas, area_field_indices):
        fields = QgsFields(points.fields())
        clashes = []
        for index in area_field_indices:
            field = QgsField(areas.fields().at(index))
            if fields.lookupField(field.name()) >= 0:
                clashes.append(field.name())
                field.setName(field.name() + CLASH_SUFFIX)
            fields.append(field)
        return fields, clashes

    def _write_points(self, sink, points, point_ids, assignment, area_columns, feedback):
        """Each input point with its area's values. The points are read a second time, now
        with their attributes, into one reused feature that is added one by one (measured
        faster here than new features added in batches). The hot loop walks the first
        pass's ids and areas alongside; should the provider give another order this time,
        the rest is matched by id."""
        from ..core.streamed_assignment import OUTSIDE
        from ..gis.feature_arrays import BATCH_SIZE

        width = len(points.fields())
        new_width = width + len(area_columns)
        # (output column, the values per area) of the copied fields; points outside keep NULL.
        settings = list(enumerate(area_columns, start=width))
        feature = QgsFeature()
        next_feature = points.getFeatures(QgsFeatureRequest()).nextFeature
        feature_id, resize, set_attribute = (
            feature.id,
            feature.resizeAttributes,
            feature.setAttribute,
        )
        add, fast = sink.addFeature, QgsFeatureSink.Flag.FastInsert
        ids, areas = point_ids.tolist(), assignment.tolist()
        for start in range(0, len(ids), BATCH_SIZE):
            # zip over list slices: no tuple per point outlives its step, so the writing
            # leaves nothing behind for Python's cycle collector.
            end = start + BATCH_SIZE
            for expected_id, area in zip(ids[start:end], areas[start:end]):
                if not next_feature(feature):
                    return True  # fewer features this time: nothing left to write
                if feature_id() != expected_id:
                    return self._write_points_by_id(
                        sink,
                        feature,
                        next_feature,
                        point_ids,
                        assignment,
                        settings,
                        new_width,
                        feedback,
                    )
                resize(new_width)
                if area != OUTSIDE:
                    for column, values in settings:
                        set_attribute(column, values[area])
                if not add(feature, fast):
                    return False
            if feedback.isCanceled():
                return False
        if next_feature(feature):  # more features this time: those the first pass missed
            return self._write_points_by_id(
                sink, feature, next_feature, point_ids, assignment, settings, new_width, feedback
            )
        return True

    @staticmethod
    def _write_points_by_id(
        sink, feature, next_feature, point_ids, assignment, settings, width, feedback
    ):
        """The rest of the second pass, from the ``feature`` just read, matched by id; a
        feature the first pass did not see is written as outside."""
        from ..core.streamed_assignment import OUTSIDE
        from ..gis.feature_arrays import BATCH_SIZE

        area_by_id = dict(zip(point_ids.tolist(), assignment.tolist()))
        written = 0
        more = True
        while more:
            area = area_by_id.get(feature.id(), OUTSIDE)
            feature.resizeAttributes(width)
            if area != OUTSIDE:
                for column, values in settings:
                    feature.setAttribute(column, values[area])
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                return False
            written += 1
            if written % BATCH_SIZE == 0 and feedback.isCanceled():
                return False
            more = next_feature(feature)
        return True

    def _abstract(self, area_field_indices, areas):
        copied = [areas.fields().at(i).name() for i in area_field_indices]
        return self.tr(
            "Points assigned to areas by the QGIS plugin Industrie 4.0 Disparitäten "
            "(algorithm i40disparity:assignpoints). Points: {points}. Areas: {areas}. "
            "Fields copied: {fields}. A point on the border of several areas belongs to the "
            "one first in the area layer; areas without points count 0."
        ).format(
            points=self.input_name,
            areas=self.areas_name,
            fields=", ".join(copied) or "—",
        )
