"""i40disparity:joinindicators: official statistics joined to district polygons by area key."""

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
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..compat import (
    FieldType,
    ProcessingFeatureSourceFlag,
    ProcessingNumberParameterType,
    ProcessingSourceType,
    WkbType,
)
from ..core.field_names import AREA_NAME_FIELD_NAMES, guess_field
from ..core.indicators.outputs import JOIN_REPORT, side_name
from ..core.messages import CoreError
from ..core.readers.table_formats import TABLE_FORMATS
from ..core.requirements import STATISTICS_REQUIREMENTS
from ..gis.i18n import core_text, translate_core, ui_language
from ..gis.output_fields import qgs_fields
from ..gis.provenance import output_metadata
from ..gis.values import python_value
from .base import I40Algorithm

LISTED = 20  # keys listed in the log; all of them go to the UNMATCHED table


class JoinIndicatorsAlgorithm(I40Algorithm):
    INPUT = "INPUT"
    INPUT_KEY = "INPUT_KEY"
    TABLE = "TABLE"
    TABLE_FORMAT = "TABLE_FORMAT"
    TABLE_KEY = "TABLE_KEY"
    INDICATORS = "INDICATORS"
    YEAR = "YEAR"
    TABLE_ATTRIBUTION = "TABLE_ATTRIBUTION"
    OUTPUT = "OUTPUT"
    UNMATCHED = "UNMATCHED"

    def name(self):
        return "joinindicators"

    def displayName(self):
        return self.tr("Join statistics to districts by area key")

    def group(self):
        return self.tr("District indicators")

    def groupId(self):
        return "indicators"

    def shortHelpString(self):
        return self.tr(
            "<p>Reads an export of official statistics and joins its indicators to area "
            "polygons (districts, Gemeinden …) by their official key (AGS/ARS).</p>"
            "<p><b>Table format</b>: 'detect automatically' recognises the format; 'GENESIS / "
            "Regionalstatistik CSV' is a CSV export of regionalstatistik.de or GENESIS-Online; "
            "'INKAR export' an export of the BBSR with its metadata file beside it; 'Destatis "
            "04-kreise.xlsx' the Destatis district table; 'other CSV/XLSX' any CSV or XLSX "
            "with a key column named under 'Key column of the table'. Special characters of "
            "official statistics "
            "are respected: '-' is exactly zero, '.', '...', 'x' and '/' are unknown (NULL, "
            "never 0).</p>"
            "<p><b>Keys</b> are compared as text after normalisation: lost leading zeros are "
            "restored and 8-digit keys such as 09662000 are reduced to the district key "
            "09662. Keys that do not match are listed with the reason, naming known district "
            "reforms (e.g. Göttingen 2016, Eisenach 2021).</p>"
            "<p><b>Indicators and year</b>: all indicators of the table, or those named in "
            "'Indicators' (separated by ';' or new lines); by default the latest year with data "
            "per indicator, or the 'Year' given for all. Each becomes a numeric field with a "
            "readable name; "
            "its alias carries the year and the unit.</p>"
            "<p>The input is not changed. The output's metadata names the table, the "
            "parameters and the data sources.</p>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Areas (polygons)"), [ProcessingSourceType.VectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.INPUT_KEY,
                self.tr("Key field of the areas (AGS, ARS …)"),
                parentLayerParameterName=self.INPUT,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.TABLE,
                self.tr("Statistics table"),
                fileFilter=self.tr("Statistics tables (*.csv *.txt *.xlsx);;All files (*)"),
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.TABLE_FORMAT,
                self.tr("Table format"),
                options=[
                    self.tr("detect automatically"),
                    self.tr("GENESIS / Regionalstatistik CSV"),
                    self.tr("INKAR export"),
                    self.tr("Destatis 04-kreise.xlsx"),
                    self.tr("other CSV/XLSX (key column below)"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.TABLE_KEY, self.tr("Key column of the table (other CSV/XLSX)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.INDICATORS,
                self.tr("Indicators (empty: all; separated by ';' or new lines)"),
                multiLine=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.YEAR,
                self.tr("Year (empty: the latest with data, per indicator)"),
                ProcessingNumberParameterType.Integer,
                optional=True,
                minValue=1900,
                maxValue=2100,
            )
        )
        attribution = QgsProcessingParameterString(
            self.TABLE_ATTRIBUTION,
            self.tr("Source of the table, for the attribution (empty: as the file states)"),
            optional=True,
        )
        self.add_advanced_parameter(attribution)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Areas with indicators"), ProcessingSourceType.VectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.UNMATCHED,
                self.tr("Unmatched keys"),
                ProcessingSourceType.Vector,
                optional=True,
                createByDefault=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("MATCHED", self.tr("Areas matched")))
        self.addOutput(
            QgsProcessingOutputNumber("UNMATCHED_LAYER", self.tr("Area keys not in the table"))
        )
        self.addOutput(
            QgsProcessingOutputNumber("UNMATCHED_TABLE", self.tr("Table keys not among the areas"))
        )
        self.addOutput(QgsProcessingOutputNumber("DUPLICATE_KEYS", self.tr("Duplicate keys")))
        self.addOutput(
            QgsProcessingOutputString("INDICATOR_FIELDS", self.tr("Fields added (; separated)"))
        )

    def process(self, parameters, context, feedback):
        self.require_packages(STATISTICS_REQUIREMENTS)
        # pandas is imported only now: the plugin must start where it is not installed.
        from ..core.indicators.statistics_join import indicator_names, join_statistics_file

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        key_name = self.parameterAsString(parameters, self.INPUT_KEY, context)
        keys, names, features = self._areas(source, self.field_index(source, key_name))
        table_path = self.parameterAsFile(parameters, self.TABLE, context)
        format_index = self.parameterAsEnum(parameters, self.TABLE_FORMAT, context)
        table_format = TABLE_FORMATS[format_index]
        indicators = self.parameterAsString(parameters, self.INDICATORS, context)
        try:
            result = join_statistics_file(
                table_path,
                table_format,
                keys,
                key_column=self.parameterAsString(parameters, self.TABLE_KEY, context) or None,
                indicators=indicator_names(indicators),
                year=self._year(parameters, context),
                layer_names=names,
                reserved_names=source.fields().names(),
                stated_source=self.parameterAsString(parameters, self.TABLE_ATTRIBUTION, context),
                progress=self.reading_progress(feedback, 40),
            )
        except CoreError as error:
            raise QgsProcessingException(core_text(error)) from None
        self._log_parse_report(result.table.report, feedback)
        feedback.setProgress(50)
        if not self._write_output(parameters, context, source, features, result.joined, feedback):
            return {}
        self._log_join_report(result.joined.report, feedback)
        self.unmatched_id = self._write_unmatched(parameters, context, result.joined.report)
        self.provenance = self._provenance(table_path, format_index, result)
        return self._outputs(result.joined)

    def _areas(self, source, key_index):
        """The areas' raw keys, their names (if a field holds them) and the features."""
        features = list(
            source.getFeatures(
                QgsFeatureRequest(), ProcessingFeatureSourceFlag.SkipGeometryValidityChecks
            )
        )
        keys = [python_value(feature[key_index]) for feature in features]
        name_field = guess_field(source.fields().names(), AREA_NAME_FIELD_NAMES)
        names = [python_value(f[name_field]) for f in features] if name_field else None
        return keys, names, features

    def _year(self, parameters, context):
        if parameters.get(self.YEAR) in (None, ""):
            return None  # the latest year with data, per indicator
        return self.parameterAsInt(parameters, self.YEAR, context)

    def _write_output(self, parameters, context, source, features, joined, feedback):
        """The areas with the joined fields; False when cancelled."""
        # The join chose field names that the input does not have (reserved_names).
        out_fields = QgsFields(source.fields())
        for column in joined.columns:
            out_fields.append(QgsField(column.field_name, FieldType.Double))
        self.aliases = {column.field_name: column.alias for column in joined.columns}
        sink, self.output_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, out_fields, source.wkbType(), source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        total = len(features) or 1
        for count, (feature, values) in enumerate(zip(features, joined.values)):
            if feedback.isCanceled():
                return False
            out = QgsFeature(out_fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(feature.attributes() + list(values))
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(50 + 50 * (count + 1) / total)
        return True

    def _outputs(self, joined):
        report = joined.report
        outputs = {
            self.OUTPUT: self.output_id,
            "MATCHED": report.matched,
            "UNMATCHED_LAYER": len(report.unmatched_layer),
            "UNMATCHED_TABLE": len(report.unmatched_table),
            "DUPLICATE_KEYS": len(report.duplicate_layer_keys) + len(report.duplicate_table_keys),
            "INDICATOR_FIELDS": ";".join(column.field_name for column in joined.columns),
        }
        if self.unmatched_id is not None:
            outputs[self.UNMATCHED] = self.unmatched_id
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
            aliases=self.aliases,
        )
        if self.unmatched_id is not None:
            self.finish_output(
                self.unmatched_id,
                context,
                feedback,
                output_metadata(self.tr("Unmatched keys"), abstract, rights),
            )
        return {}

    def _log_parse_report(self, report, feedback):
        feedback.pushInfo(
            self.tr(
                "Table read as {format}: {rows} rows, {keys} keys, {values} values, "
                "{zeros} of them '-' (exactly zero), {problems} without a number."
            ).format(
                format=report.table_format,
                rows=report.rows_read,
                keys=report.keys,
                values=report.values_converted,
                zeros=report.zeros_from_dash,
                problems=len(report.problems),
            )
        )
        for note in report.notes:
            feedback.pushInfo(core_text(note))
        for problem in report.problems[:LISTED]:
            feedback.pushInfo(
                self.tr("  row {row}, {key}, {indicator}: '{raw}' – {reason}").format(
                    row=problem.row,
                    key=problem.key,
                    indicator=problem.indicator,
                    raw=problem.raw,
                    reason=translate_core(problem.reason),
                )
            )

    def _log_join_report(self, report, feedback):
        feedback.pushInfo(
            self.tr(
                "Key level {level}: {matched} areas matched, {layer} area keys not in the "
                "table, {table} table keys not among the areas."
            ).format(
                level=report.level,
                matched=report.matched,
                layer=len(report.unmatched_layer),
                table=len(report.unmatched_table),
            )
        )
        for item in (report.unmatched + report.invalid_keys)[:LISTED]:
            feedback.pushWarning(self._unmatched_text(item))
        if report.duplicate_layer_keys:
            feedback.pushWarning(
                self.tr("Keys found on several areas: {keys}").format(
                    keys=", ".join(report.duplicate_layer_keys[:LISTED])
                )
            )
        if report.duplicate_table_keys:
            feedback.pushWarning(
                self.tr("Keys repeated in the table (the first value is used): {keys}").format(
                    keys=", ".join(
                        f"{k} {i} {y}" for k, i, y in report.duplicate_table_keys[:LISTED]
                    )
                )
            )

    def _unmatched_text(self, item):
        side = side_name(item.side, ui_language())
        text = f"{side} {item.key} {item.name or ''}: {translate_core(item.reason)}"
        return f"{text} ({translate_core(item.detail)})" if item.detail else text

    def _write_unmatched(self, parameters, context, report):
        fields = qgs_fields(JOIN_REPORT)
        sink, unmatched_id = self.parameterAsSink(
            parameters, self.UNMATCHED, context, fields, WkbType.NoGeometry
        )
        if sink is None:
            return None
        for item in report.unmatched + report.invalid_keys:
            # The reasons are written in the user's language, like the log's.
            values = {
                "side": item.side,
                "key": item.key,
                "name": item.name,
                "reason": translate_core(item.reason),
                "detail": translate_core(item.detail) if item.detail else None,
            }
            feature = QgsFeature(fields)
            feature.setAttributes([values[name] for name in JOIN_REPORT.names])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return unmatched_id

    def _provenance(self, table_path, format_index, result):
        indicators = "; ".join(column.alias for column in result.joined.columns)
        abstract = self.tr(
            "Indicators joined by the QGIS plugin Industrie 4.0 Disparitäten (algorithm "
            "i40disparity:joinindicators). Areas: {input}. Table: {table} (format {format}, "
            "read as {detected}). Indicators: {indicators}. Keys matched: {matched}."
        ).format(
            input=self.input_name,
            table=table_path,
            format=self.option_text(self.TABLE_FORMAT, format_index),
            detected=self.option_text(
                self.TABLE_FORMAT, TABLE_FORMATS.index(result.table.report.table_format)
            ),
            indicators=indicators,
            matched=result.joined.report.matched,
        )
        title = self.tr("Indicators for {input}").format(input=self.input_name)
        return title, abstract, self.input_rights + result.rights
