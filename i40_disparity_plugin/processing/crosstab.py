"""i40disparity:crosstab: counts by two fields with totals (the study's Table 2)."""

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..compat import FeatureRequestFlag, ProcessingSourceType, WkbType
from ..core.points.company_size import SIZE_CLASSES
from ..core.points.crosstab import crosstab, field_names, parse_order, table_rows, write_csv
from ..core.points.outputs import crosstab_table
from ..gis.output_fields import qgs_fields
from ..gis.provenance import output_metadata
from ..gis.values import python_value
from .base import I40Algorithm

# Field parameters with a default are optional: QGIS 3.22 refuses an omitted field parameter
# even when it has a default (processing.run, qgis_process); marked optional, an omitted field
# falls back to its default through parameterAsString, and an emptied one gets a clear error.


class CrosstabAlgorithm(I40Algorithm):
    INPUT = "INPUT"
    ROW_FIELD = "ROW_FIELD"
    COLUMN_FIELD = "COLUMN_FIELD"
    ROW_ORDER = "ROW_ORDER"
    COLUMN_ORDER = "COLUMN_ORDER"
    OUTPUT = "OUTPUT"
    CSV = "CSV"
    POINT_INPUTS = (INPUT,)

    def name(self):
        return "crosstab"

    def displayName(self):
        return self.tr("Cross table of two fields")

    def group(self):
        return self.tr("Points")

    def groupId(self):
        return "points"

    def shortHelpString(self):
        return self.tr(
            "<p>Counts the records of a layer or table by the values of two fields, with row "
            "and column totals; by default Land × company size class, the study's Table 2.</p>"
            "<p>Categories listed in the order parameters come first and in that order (also "
            "when empty); other values follow, sorted; empty values are counted as "
            "'unbekannt'/'unknown', never dropped. Separate listed categories with ';'.</p>"
            "<p>The output table has one row per row category and a total row, one column per "
            "column category and a total column. The CSV file is written in UTF-8 with a "
            "byte-order mark and ';' between cells, which German Excel opens correctly.</p>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Layer or table"), [ProcessingSourceType.Vector]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ROW_FIELD,
                self.tr("Field for the rows"),
                defaultValue="land",
                optional=True,  # omitted: the default (see above)
                parentLayerParameterName=self.INPUT,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.COLUMN_FIELD,
                self.tr("Field for the columns"),
                defaultValue="size_class",
                optional=True,  # omitted: the default (see above)
                parentLayerParameterName=self.INPUT,
            )
        )
        self.add_advanced_parameter(
            QgsProcessingParameterString(
                self.ROW_ORDER,
                self.tr("Row categories first, in this order (separated by ';')"),
                defaultValue="",
                optional=True,
            )
        )
        self.add_advanced_parameter(
            QgsProcessingParameterString(
                self.COLUMN_ORDER,
                self.tr("Column categories first, in this order (separated by ';')"),
                defaultValue=";".join(SIZE_CLASSES),
                optional=True,
            )
        )
        self.add_label_language_parameter(self.tr("Language of 'total' and 'unknown'"))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Cross table"), ProcessingSourceType.Vector
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.CSV,
                self.tr("Cross table as CSV"),
                fileFilter=self.tr("CSV files (*.csv)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("TOTAL", self.tr("Records counted")))
        self.add_missing_records_output()

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        names = [
            self._field_name(parameters, p, context) for p in (self.ROW_FIELD, self.COLUMN_FIELD)
        ]
        values = self._values(source, names, feedback)
        if values is None:
            return {}
        language = self.label_language(parameters, context)
        table = crosstab(
            *values,
            parse_order(self.parameterAsString(parameters, self.ROW_ORDER, context)),
            parse_order(self.parameterAsString(parameters, self.COLUMN_ORDER, context)),
            language,
        )
        fields = qgs_fields(crosstab_table(field_names(table, names[0], language)))
        sink, self.output_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, WkbType.NoGeometry
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for cells in table_rows(table, language):
            feature = QgsFeature(fields)
            feature.setAttributes(cells)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        outputs = {self.OUTPUT: self.output_id, "TOTAL": table.total}
        csv_path = self.parameterAsFileOutput(parameters, self.CSV, context)
        if csv_path:
            self._write_csv(table, csv_path, names[0], language)
            outputs[self.CSV] = csv_path
        self.abstract = self.tr(
            "Counts by '{rows}' (rows) and '{columns}' (columns) of {input}, computed by the "
            "QGIS plugin Industrie 4.0 Disparitäten (algorithm i40disparity:crosstab)."
        ).format(rows=names[0], columns=names[1], input=self.input_name)
        return outputs

    def postProcessAlgorithm(self, context, feedback):
        if feedback.isCanceled():
            return {}
        title = self.tr("Cross table of {input}").format(input=self.input_name)
        self.finish_output(
            self.output_id,
            context,
            feedback,
            output_metadata(title, self.abstract, self.input_rights),
        )
        return {}

    def _field_name(self, parameters, parameter, context):
        name = self.parameterAsString(parameters, parameter, context)
        if not name:
            raise QgsProcessingException(
                self.tr("Choose a field for {parameter}.").format(parameter=parameter)
            )
        return name

    def _values(self, source, names, feedback):
        """The values of the two fields, record by record; None if cancelled."""
        row_index, column_index = (self.field_index(source, name) for name in names)
        request = QgsFeatureRequest().setSubsetOfAttributes([row_index, column_index])
        request.setFlags(FeatureRequestFlag.NoGeometry)
        row_values, column_values = [], []
        for feature in source.getFeatures(request):
            if feedback.isCanceled():
                return None
            row_values.append(python_value(feature[row_index]))
            column_values.append(python_value(feature[column_index]))
        return row_values, column_values

    def _write_csv(self, table, path, row_title, language):
        try:
            write_csv(table, path, row_title, language)
        except OSError as error:
            raise QgsProcessingException(
                self.tr("The CSV file could not be written: {error}").format(error=error)
            ) from None
