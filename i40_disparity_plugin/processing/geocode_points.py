"""i40disparity:geocodepoints and i40disparity:referencefacilities: tables of places (use
cases, universities, centres) as points, placed offline by coordinates, PLZ, Gemeinde key or
town name against the user's own area layers."""

from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from ..compat import FieldType, GeometryType, ProcessingSourceType, WkbType
from ..core.attribution import CENTRES_COMPILED, UNIVERSITIES_HRK
from ..core.field_names import (
    AREA_KEY_FIELD_NAMES,
    AREA_NAME_FIELD_NAMES,
    POSTCODE_FIELD_NAMES,
    guess_field,
)
from ..core.messages import CoreError
from ..core.points.facility_labels import facility_label
from ..core.points.outputs import FACILITY_LABEL, PLACED, UNPLACED, USE_CASE
from ..core.points.placement import FILE, LAYER, TABLE, Placement, missing_sentence
from ..core.requirements import STATISTICS_REQUIREMENTS
from ..gis.i18n import core_text, translate_core, ui_language
from ..gis.output_fields import qgs_fields
from ..gis.place_lookups import WGS84, gemeinden, plz_points
from ..gis.placement import with_placements
from ..gis.postgis import table_reference
from ..gis.provenance import layer_file, output_metadata
from ..gis.style import centres_renderer, universities_renderer
from ..gis.values import python_value
from ..paths import PLUGIN_DIR
from .base import I40Algorithm, in_steps

TABLE_SUFFIXES = (".csv", ".txt", ".xlsx", ".geojson", ".json")
# The shipped reference lists (see data/README.md), in the order of the FACILITIES options.
CENTRES_FILE = "i40_zentren.csv"
REFERENCE_FILES = ("technische_hochschulen.csv", CENTRES_FILE)
REFERENCE_ATTRIBUTION = (UNIVERSITIES_HRK, CENTRES_COMPILED)
# Records placed between two looks at Cancel: some 50 ms of work.
GEOCODE_STEP = 10_000


class GeocodePointsAlgorithm(I40Algorithm):
    INPUT = "INPUT"
    PLZ_AREAS = "PLZ_AREAS"
    GEMEINDEN = "GEMEINDEN"
    OUTPUT = "OUTPUT"
    UNPLACED = "UNPLACED"
    MAPPING = "MAPPING"

    def name(self):
        return "geocodepoints"

    def displayName(self):
        return self.tr("Place a table of use cases as points (offline)")

    def group(self):
        return self.tr("Use cases and facilities")

    def groupId(self):
        return "points"

    def shortHelpString(self):
        return self.tr(
            "<p>Places each record of a table (CSV, XLSX, GeoJSON or a layer) as a point, "
            "without internet, in this order: its coordinates if present; else its PLZ (a "
            "point inside that area of the 'PLZ areas'); else its Gemeinde key (AGS) in the "
            "'Gemeinden'; else its town name matched against the Gemeinden's official names. "
            "Everyday short names find their Gemeinde ('Frankfurt', 'Halle', 'St. Ingbert'); "
            "a name that fits several Gemeinden is decided by the record's Land, or the "
            "record stays unplaced with its candidates listed — nothing is guessed.</p>"
            "<p>Column names are recognised in German and English (Titel/title, PLZ, Ort/city, "
            "Bundesland, Branche, Mitarbeiter, Längengrad …); the 'Column mapping' names "
            "columns the automatic recognition misses or gets wrong. The output keeps all "
            "columns and adds geocode_method and geocode_note; 'Records not placed' lists "
            "what could not be placed and why. The PLZ areas need a PLZ field (plz, "
            "postleitzahl …), the Gemeinden a key field (AGS …) and a name field (GEN, "
            "name …).</p>"
        )

    def initAlgorithm(self, config=None):
        self.add_input_parameter()
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PLZ_AREAS,
                self.tr("PLZ areas (polygons with a PLZ field)"),
                [ProcessingSourceType.VectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.GEMEINDEN,
                self.tr("Gemeinden (polygons with key and name, e.g. VG5000 GEM)"),
                [ProcessingSourceType.VectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Placed points"), ProcessingSourceType.VectorPoint
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.UNPLACED,
                self.tr("Records not placed"),
                ProcessingSourceType.Vector,
                optional=True,
                createByDefault=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("PLACED", self.tr("Records placed")))
        self.addOutput(QgsProcessingOutputNumber("NOT_PLACED", self.tr("Records not placed")))

    def add_input_parameter(self):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Table or layer of places"), [ProcessingSourceType.Vector]
            )
        )
        self.add_advanced_parameter(
            QgsProcessingParameterString(
                self.MAPPING,
                self.tr("Column mapping, e.g. title=Projekt; plz=PLZ (empty: automatic)"),
                optional=True,
            )
        )

    def prepare(self, parameters, context, feedback):
        self.table_file = self.input_file(parameters)
        if self.table_file is not None:
            self.input_name = self.table_file.name
            self.input_rights = [f"Quelle: {self.table_file.name}"]
            return True
        return super().prepare(parameters, context, feedback)

    def tables_read_as_files(self, parameters):
        return (self.INPUT,) if self.input_file(parameters) is not None else ()

    def input_file(self, parameters):
        """The table file given as INPUT, read with the plugin's own reader (encodings,
        decimal commas, column synonyms) rather than as a QGIS layer; None for a layer."""
        value = parameters.get(self.INPUT)
        if isinstance(value, str) and Path(value).suffix.lower() in TABLE_SUFFIXES:
            path = Path(value)
            if path.is_file():
                return path
        return None

    def process(self, parameters, context, feedback):
        self.require_packages(STATISTICS_REQUIREMENTS)
        # pandas is imported only now: the plugin must start where it is not installed.
        from ..core.points.geocoding import geocoder, unplaced_rows

        table = self._use_cases(parameters, context, feedback)
        self._report_reading(table.report, feedback)
        lookups = self._lookups(parameters, context, feedback)
        feedback.setProgress(40)
        records = _records(table.data)
        results = self._geocode(records, geocoder(**lookups), feedback)
        if results is None:
            return {}
        if not self._write_placed(parameters, context, table.data, records, results, feedback):
            return {}
        unplaced = unplaced_rows(records, results, core_text)
        self.unplaced_id = self._write_unplaced(parameters, context, unplaced)
        placed = len(results) - len(unplaced)
        self.placed_of = (placed, len(results))
        feedback.pushInfo(
            self.tr("{placed} of {total} records placed.").format(placed=placed, total=len(results))
        )
        # The note names the candidates already where there are any.
        for row in unplaced[:20]:
            if row["city"]:
                text = self.tr("Row {row} ({city}) not placed: {note}")
            else:  # "Row 29 ()" would look like a name lost on the way
                text = self.tr("Row {row} not placed: {note}")
            feedback.pushWarning(
                text.format(row=row["row"], city=row["city"], note=row["reason"] or "")
            )
        outputs = {self.OUTPUT: self.output_id, "PLACED": placed, "NOT_PLACED": len(unplaced)}
        if self.unplaced_id is not None:
            outputs[self.UNPLACED] = self.unplaced_id
        return outputs

    def postProcessAlgorithm(self, context, feedback):
        if feedback.isCanceled():
            return {}
        abstract = self.tr(
            "Places of {input} located offline by the QGIS plugin Industrie 4.0 Disparitäten "
            "(algorithm i40disparity:{algorithm}); geocode_method says how each was placed."
        ).format(input=self.input_name, algorithm=self.name())
        placement = Placement(*self.placed_of, *self._unplaced_list(context))
        if not placement.complete:  # in words too: QGIS 3.22 keeps no keywords in PostGIS
            abstract += " " + missing_sentence(placement, ui_language())
        metadata = output_metadata(self.input_name, abstract, self.input_rights)
        points_metadata = with_placements(metadata, [placement])
        renderer = self.output_renderer()
        self.finish_output(self.output_id, context, feedback, points_metadata, renderer)
        if self.unplaced_id is not None:
            self.finish_output(self.unplaced_id, context, feedback, metadata)
        return {}

    def _unplaced_list(self, context):
        """(kind, name) of the list of records not placed, as the products made from the
        points name it (core/points/placement.py): the layer a planner sees in the project,
        or the file it was written to; ("", "") when it was not asked for."""
        if self.unplaced_id is None:
            return "", ""
        stem = self.table_file.stem if self.table_file is not None else self.input_name
        # The name the caller gave the layer (the docks do), else one of our own.
        given = getattr(self.resolved_parameters.get(self.UNPLACED), "destinationName", "")
        name = given or self.tr("Not placed: {input}").format(input=stem)
        if context.willLoadLayerOnCompletion(self.unplaced_id):
            details = context.layerToLoadOnCompletionDetails(self.unplaced_id)
            details.name = name
            details.forceName = True
            return LAYER, name
        reference = table_reference(self.unplaced_id)
        if reference is not None:  # written into a database, without being loaded
            return TABLE, f"{reference.qualified_name()} ({reference.database_address()})"
        layer = QgsProcessingUtils.mapLayerFromString(self.unplaced_id, context)
        path = layer_file(layer) if layer is not None else ""
        if path:
            return FILE, path
        if layer is not None:
            layer.setName(name)
        return LAYER, name

    def _use_cases(self, parameters, context, feedback):
        """INPUT read into the use-case schema (core/points/use_cases.py), progress 0 … 30 %."""
        from ..core.points.use_cases import parse_mapping, read_use_cases, records_to_use_cases

        try:
            mapping = parse_mapping(self.parameterAsString(parameters, self.MAPPING, context))
            if self.table_file is not None:
                return read_use_cases(
                    self.table_file, mapping=mapping, progress=self.reading_progress(feedback, 30)
                )
            return records_to_use_cases(self._layer_records(parameters, context), mapping=mapping)
        except CoreError as error:
            raise QgsProcessingException(core_text(error)) from None

    def _geocode(self, records, place, feedback):
        """The records' results, progress 40 … 70 %; None when cancelled."""
        results = []
        for start, end in in_steps(len(records), GEOCODE_STEP, feedback, (40, 70)):
            results.extend(map(place, records[start:end]))
        return None if feedback.isCanceled() else results

    def _report_reading(self, report, feedback):
        """Which column feeds which field, and how many values could not be read."""
        feedback.pushInfo(
            self.tr("Columns recognised: {mapping}").format(
                mapping=", ".join(f"{field} ← {column}" for field, column in report.mapping.items())
            )
        )
        for (field, reason), count in report.failure_counts().items():
            feedback.pushWarning(
                self.tr(
                    "{field}: {count} of the values could not be read and are left empty "
                    "({reason})."
                ).format(field=field, count=count, reason=translate_core(reason))
            )

    def _write_placed(self, parameters, context, data, records, results, feedback):
        """OUTPUT: the placed records with all their columns; False if cancelled."""
        fields = qgs_fields(USE_CASE)
        columns = list(data.columns)
        for column in columns[len(USE_CASE.columns) :]:
            fields.append(_field_for(column, data[column]))
        fields = qgs_fields(PLACED, fields)
        labelled = self.labels_facilities(columns)
        if labelled:
            fields = qgs_fields(FACILITY_LABEL, fields)
        sink, self.output_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, WkbType.Point, WGS84
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for record, result in zip(records, results):
            if feedback.isCanceled():
                return False
            if not result.placed:
                continue
            feature = QgsFeature(fields)
            values = [_plain(record[c]) for c in columns]
            attributes = [*values, result.method, result.note_text(core_text)]
            if labelled:
                attributes.append(
                    facility_label(record["short_name"], record.get("name"), record["city"])
                )
            feature.setAttributes(attributes)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(result.x, result.y)))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return True

    def labels_facilities(self, columns):
        """Whether the output gets FACILITY_LABEL: only the shipped universities."""
        return False

    def output_renderer(self):
        """The placed points' style; None: QGIS's default."""
        return None

    def _layer_records(self, parameters, context):
        """A layer's features as records; a point geometry supplies lon/lat in WGS 84."""
        from qgis.core import QgsCoordinateTransform

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        names = source.fields().names()
        is_points = QgsWkbTypes.geometryType(source.wkbType()) == GeometryType.Point
        transform = QgsCoordinateTransform(source.sourceCrs(), WGS84, context.transformContext())
        records = []
        for feature in source.getFeatures():
            record = {name: python_value(feature[name]) for name in names}
            if is_points and not feature.geometry().isNull():
                point = transform.transform(feature.geometry().asPoint())
                record.setdefault("lon", point.x())
                record.setdefault("lat", point.y())
            records.append(record)
        return records

    def _lookups(self, parameters, context, feedback):
        lookups = {}
        plz_source = self.parameterAsSource(parameters, self.PLZ_AREAS, context)
        if plz_source is not None:
            field = self._guessed(plz_source, POSTCODE_FIELD_NAMES, self.PLZ_AREAS)
            lookups["plz_points"] = plz_points(plz_source, field, context)
        gemeinde_source = self.parameterAsSource(parameters, self.GEMEINDEN, context)
        if gemeinde_source is not None:
            key = self._guessed(gemeinde_source, AREA_KEY_FIELD_NAMES, self.GEMEINDEN)
            name = self._guessed(gemeinde_source, AREA_NAME_FIELD_NAMES, self.GEMEINDEN)
            lookups["gemeinden"] = gemeinden(gemeinde_source, key, name, context)
        if not lookups:
            feedback.pushWarning(
                self.tr(
                    "No PLZ areas and no Gemeinden given: only records with coordinates "
                    "can be placed."
                )
            )
        return lookups

    def _guessed(self, source, candidates, parameter):
        field = guess_field(source.fields().names(), candidates)
        if field is None:
            raise QgsProcessingException(
                self.tr("{parameter} has none of the fields {names}.").format(
                    parameter=parameter, names=", ".join(candidates)
                )
            )
        return field

    def _write_unplaced(self, parameters, context, rows):
        fields = qgs_fields(UNPLACED)
        sink, unplaced_id = self.parameterAsSink(
            parameters, self.UNPLACED, context, fields, WkbType.NoGeometry
        )
        if sink is None:
            return None
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes([row[name] for name in fields.names()])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return unplaced_id


class ReferenceFacilitiesAlgorithm(GeocodePointsAlgorithm):
    """The lists shipped with the plugin, placed the same way as any user table."""

    FACILITIES = "FACILITIES"

    def name(self):
        return "referencefacilities"

    def displayName(self):
        return self.tr("Load technical universities or Industrie 4.0 centres")

    def shortHelpString(self):
        return self.tr(
            "<p>Loads a reference list shipped with the plugin as points: the 33 technical "
            "universities (TU9, other Technische Universitäten, Technische Hochschulen; "
            "placed by their address PLZ, so give the 'PLZ areas') or the Industrie 4.0 centres "
            "(Mittelstand 4.0-Kompetenzzentren, Mittelstand-Digital Zentren, test factories; "
            "placed by Gemeinde key, so give the 'Gemeinden'). The lists name their sources; the "
            "centres list is partial (see the plugin's data/README.md).</p>"
        )

    def add_input_parameter(self):
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FACILITIES,
                self.tr("Reference list"),
                options=[self.tr("technical universities"), self.tr("Industrie 4.0 centres")],
                defaultValue=0,
            )
        )

    def input_file(self, parameters):
        index = parameters.get(self.FACILITIES) or 0
        return PLUGIN_DIR / "data" / REFERENCE_FILES[int(index)]

    def prepare(self, parameters, context, feedback):
        super().prepare(parameters, context, feedback)
        self.reference = int(parameters.get(self.FACILITIES) or 0)
        self.input_rights = [REFERENCE_ATTRIBUTION[self.reference][ui_language()]]
        return True

    def labels_facilities(self, columns):
        return "short_name" in columns

    def output_renderer(self):
        """Each list in the style the atlas draws it with."""
        if REFERENCE_FILES[self.reference] == CENTRES_FILE:
            return centres_renderer()
        return universities_renderer()


def _records(data):
    """The table's rows as dicts, as ``DataFrame.to_dict("records")`` gives them, but made
    column by column: boxing cell by cell took seconds for a table of 200,000 rows."""
    columns = list(data.columns)
    cells = [data.iloc[:, position].tolist() for position in range(len(columns))]
    return [dict(zip(columns, row)) for row in zip(*cells)]


def _plain(value):
    """pandas' missing values (NaN, NA) as NULL; numpy numbers as Python numbers."""
    if value is None:
        return None
    try:
        if value != value:  # NaN
            return None
    except (TypeError, ValueError):
        return None  # pandas.NA refuses comparison
    return value.item() if hasattr(value, "item") else value


def _field_for(name, series):
    kind = series.dtype.kind
    if kind == "f":
        return QgsField(str(name), FieldType.Double)
    if kind in "iu" or str(series.dtype) == "Int64":
        return QgsField(str(name), FieldType.LongLong)
    return QgsField(str(name), FieldType.String)
