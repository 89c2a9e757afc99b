"""What every algorithm of the provider shares: translation, instances, input checks."""

from pathlib import Path

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..compat import ProcessingParameterFlag, WkbType
from ..core.number_format import LANGUAGES
from ..core.overwrite_guard import first_clash
from ..core.points.placement import missing_sentences
from ..core.requirements import install_advice, missing_requirements, package_names
from ..core.secrets import without_secrets
from ..core.writable import cannot_write
from ..gis.help_page import help_url
from ..gis.i18n import core_text, ui_language
from ..gis.json_fields import TextKeySource
from ..gis.layer_coordinates import coordinates_problem_of
from ..gis.locations import destination_location, file_location, layer_location
from ..gis.placement import incomplete_placements, with_placements
from ..gis.postgis import (
    TableNameError,
    connection_problem,
    input_value,
    names_saved_connection,
    output_value,
    table_reference,
)
from ..gis.provenance import finish_output_layer, input_attribution
from .parameter_values import destination_text, source_text, with_sink, with_source


def in_steps(count, size, feedback, span):
    """(start, end) of the steps of ``size`` over ``count`` items, the progress bar moved
    across ``span`` (from, to percent) after each; none once Cancel is pressed, so that the
    caller finds ``feedback.isCanceled()`` after the loop."""
    low, high = span
    for start in range(0, count, size):
        if feedback.isCanceled():
            return
        end = min(start + size, count)
        yield start, end
        feedback.setProgress(low + (high - low) * end / count)


class I40Algorithm(QgsProcessingAlgorithm):
    LABEL_LANGUAGE = "LABEL_LANGUAGE"
    # Point inputs that may come partly placed (gis/placement.py): the run says in its log,
    # its MISSING_RECORDS result (where declared) and its outputs' metadata how many records
    # they miss. ``prepare`` may add placements read otherwise (the report's tables).
    POINT_INPUTS = ()
    MISSING_RECORDS = "MISSING_RECORDS"

    def tr(self, text):
        # pylupdate5 files a self.tr() text under the class it is written in, which for an
        # inherited method is a base class (referencefacilities runs geocodepoints' code):
        # the classes are asked from the concrete one up.
        for cls in type(self).__mro__:
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text or cls is I40Algorithm:
                return translated
        return text

    def createInstance(self):
        return type(self)()

    def helpUrl(self):
        return help_url(self.name()).toString()

    def require_packages(self, requirements):
        """Stop with a clear message when the system Python lacks a package this tool needs
        (call before importing the core modules that use them)."""
        missing = missing_requirements(requirements)
        if missing:
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "I40Algorithm", "This tool needs {packages}, which QGIS's Python lacks."
                ).format(packages=package_names(missing))
                + " "
                + core_text(install_advice(missing))
            )

    def parameterAsSource(self, parameters, name, context):
        """The input as Processing hands it over, except that key fields GDAL types as JSON
        come as the text the file holds (see gis/json_fields.py)."""
        text_keys = self.text_key_sources.get(name)
        if text_keys is not None:
            value = text_keys.parameter_value(parameters.get(name), context)
            parameters = {**parameters, name: value}
        return super().parameterAsSource(parameters, name, context)

    def parameterAsSink(self, parameters, name, context, fields, *args):
        """A sink as Processing makes it, with fields without alias and comment: a temporary
        (scratch) output would drop them with a warning each on QGIS >= 3.40, and a file
        format may have no place for them. The aliases are kept: ``finish_output`` sets them
        on the layer and stores them in its style. A database table without geometry gets no
        geometry column, whatever its name says."""
        value = parameters.get(name)
        reference = table_reference(destination_text(value))
        if reference is not None and args and args[0] == WkbType.NoGeometry:
            reference.uri.setGeometryColumn("")
            parameters = {**parameters, name: with_sink(value, output_value(reference))}
        sink, destination_id = super().parameterAsSink(
            parameters, name, context, _without_alias_and_comment(fields), *args
        )
        self.sink_aliases[destination_id] = {f.name(): f.alias() for f in fields if f.alias()}
        return sink, destination_id

    def finish_output(self, destination_id, context, feedback, metadata, renderer=None, aliases=()):
        """gis/provenance.finish_output_layer with the aliases of the fields the sink was made
        with (``aliases`` added or replacing them): every output field reads in the UI's
        language, also after the file is opened again."""
        aliases = {**self.sink_aliases.get(destination_id, {}), **dict(aliases)}
        # Passed on, so that a report built on this output still says what its points miss.
        metadata = with_placements(metadata, self.placements)
        return finish_output_layer(destination_id, context, feedback, metadata, renderer, aliases)

    def add_missing_records_output(self):
        """MISSING_RECORDS: how many records the POINT_INPUTS miss and where their list is,
        one sentence per point set; empty when all records were placed."""
        self.addOutput(
            QgsProcessingOutputString(
                self.MISSING_RECORDS, self.tr("Records missing from the point inputs")
            )
        )

    def missing_records(self, language):
        """The sentences of MISSING_RECORDS in ``language``: [] when nothing is missing."""
        return missing_sentences(self.placements, language)

    @staticmethod
    def reading_progress(feedback, share):
        """A reader's ``progress`` (core/readers/progress.py): the read fills the first
        ``share`` percent of the bar, and Cancel stops it."""

        def progress(fraction):
            feedback.setProgress(share * fraction)
            return not feedback.isCanceled()

        return progress

    def add_advanced_parameter(self, parameter):
        parameter.setFlags(parameter.flags() | ProcessingParameterFlag.Advanced)
        self.addParameter(parameter)

    def add_label_language_parameter(self, description):
        """LABEL_LANGUAGE: the language of labels the output shows, by default the UI's."""
        self.add_advanced_parameter(
            QgsProcessingParameterEnum(
                self.LABEL_LANGUAGE,
                description,
                options=["Deutsch", "English"],
                defaultValue=LANGUAGES.index(ui_language()),
            )
        )

    def option_text(self, name, index):
        """Option ``index`` of the enum parameter ``name`` as the dialog shows it: how a
        product names a choice (never by its index or internal id)."""
        return self.parameterDefinition(name).options()[index]

    def label_language(self, parameters, context):
        return LANGUAGES[self.parameterAsEnum(parameters, self.LABEL_LANGUAGE, context)]

    def checkParameterValues(self, parameters, context):
        try:
            parameters = self.resolved(parameters)
        except TableNameError as error:
            return False, str(error)
        message = self.database_message(parameters, context)
        if message is not None:
            return False, message
        read_as_files = self.tables_read_as_files(parameters)
        if not read_as_files or not all(
            definition.checkValueIsAcceptable(parameters.get(definition.name()), context)
            for definition in self.parameterDefinitions()
            if definition.name() not in read_as_files
        ):
            ok, message = super().checkParameterValues(parameters, context)
            if not ok:
                return ok, message
        message = self.refusal(parameters, context)
        return message is None, message or ""

    def resolved(self, parameters):
        """``parameters`` with each database table in the form Processing takes: a saved
        connection's name, a bare connection string or QGIS's output form as input all become
        what QGIS loads (gis/postgis.py). Raises TableNameError for a name that fits nothing."""
        resolved = dict(parameters)
        for definition in self.parameterDefinitions():
            name, kind = definition.name(), definition.type()
            value = parameters.get(name)
            if kind in ("source", "vector"):
                reference = table_reference(source_text(value))
                if reference is not None:
                    resolved[name] = with_source(value, input_value(reference))
            elif kind == "multilayer" and isinstance(value, (list, tuple)):
                references = [table_reference(item) for item in value]
                resolved[name] = [
                    input_value(reference) if reference is not None else item
                    for item, reference in zip(value, references)
                ]
            elif kind == "sink":
                text = destination_text(value)
                reference = table_reference(text, geometry=definition.hasGeometry())
                if reference is not None:
                    resolved[name] = with_sink(value, output_value(reference))
        return resolved

    def database_message(self, parameters, context):
        """Why a database table among the (resolved) parameters cannot be used: server not
        reached, login refused, table missing. None if all can be used (or there are none)."""
        for definition in self.parameterDefinitions():
            name, kind = definition.name(), definition.type()
            value = parameters.get(name)
            if kind == "sink":
                value = destination_text(value)
            reference = table_reference(source_text(value))
            if reference is None:
                continue
            if kind == "sink":
                problem = connection_problem(reference, as_input=False)
            else:
                layer = self.input_layer(parameters, name, context)
                usable = layer is not None and layer.isValid()
                problem = None if usable else connection_problem(reference, as_input=True)
            if problem is not None:
                return QCoreApplication.translate("I40Algorithm", "{parameter}: {problem}").format(
                    parameter=definition.description(), problem=problem
                )
        return None

    def tables_read_as_files(self, parameters):
        """Parameters whose value is a table file that the algorithm reads with the plugin's
        own readers, which say what is wrong with a broken one. QGIS's check would load it as
        a layer and report a file that exists as "not found"."""
        return ()

    def refusal(self, parameters, context):
        """Why the run must not start although each value is acceptable by itself: an output
        on an input, or coordinates that cannot be German data. None if there is nothing."""
        return (
            self.overwrite_message(parameters, context)
            or self.unwritable_message(parameters, context)
            or self.coordinates_message(parameters, context)
        )

    def unwritable_message(self, parameters, context):
        """Files asked for besides the layers (CSV, chart, style, report) must be writable:
        found out after the run, the user would have been told the run succeeded."""
        for definition in self.parameterDefinitions():
            if definition.type() != "fileDestination":
                continue
            path = self.parameterAsFileOutput(parameters, definition.name(), context)
            reason = cannot_write(path) if path else None
            if reason is not None:
                return QCoreApplication.translate(
                    "I40Algorithm", "The file {path} for '{output}' cannot be written: {reason}."
                ).format(path=path, output=definition.description(), reason=core_text(reason))
        return None

    def coordinates_message(self, parameters, context):
        for definition in self.parameterDefinitions():
            for layer in self._layers_of(definition, parameters, context):
                problem = coordinates_problem_of(layer, context.transformContext())
                if problem is not None:
                    return core_text(problem)
        return None

    def overwrite_message(self, parameters, context):
        """Why the run would write over one of its inputs or outputs; None if it would not."""
        inputs, outputs = [], []
        for definition in self.parameterDefinitions():
            inputs.extend(self._read_locations(definition, parameters, context))
            outputs.extend(self._written_locations(definition, parameters, context))
        clash = first_clash(inputs, outputs)
        if clash is None:
            return None
        written, hit = clash
        # fmt: off
        message = QCoreApplication.translate("I40Algorithm", "'{output}' would overwrite "
                                             "'{other}' in {file}. Choose another file (or "
                                             "another layer name) for '{output}'.")
        # fmt: on
        return message.format(output=written.parameter, other=hit.parameter, file=hit.path)

    def _layers_of(self, definition, parameters, context):
        name, kind = definition.name(), definition.type()
        if kind in ("source", "vector"):
            layer = self.input_layer(parameters, name, context)
            return [layer] if layer is not None else []
        if kind == "multilayer":
            return self.parameterAsLayerList(parameters, name, context)
        return []

    def _read_locations(self, definition, parameters, context):
        label = definition.description()
        if definition.type() == "file":
            path = self.parameterAsFile(parameters, definition.name(), context)
            location = file_location(label, path)
            return [location] if location is not None else []
        layers = self._layers_of(definition, parameters, context)
        return [location for layer in layers if (location := layer_location(label, layer))]

    def _written_locations(self, definition, parameters, context):
        kind = definition.type()
        if kind == "sink":
            location = destination_location(definition, parameters.get(definition.name()), context)
        elif kind == "fileDestination":
            path = self.parameterAsFileOutput(parameters, definition.name(), context)
            location = file_location(definition.description(), path)
        else:
            location = None
        return [location] if location is not None else []

    def prepareAlgorithm(self, parameters, context, feedback):
        try:
            parameters = self.resolved(parameters)
        except TableNameError as error:
            raise QgsProcessingException(str(error)) from None
        # Docks start algorithms as tasks, which do not check the parameters first.
        message = self.database_message(parameters, context) or self.refusal(parameters, context)
        if message is not None:
            raise QgsProcessingException(message)
        # Layer objects are read here, in the main thread, not in process's worker thread.
        self.text_key_sources = {}
        self.sink_aliases = {}
        point_layers = [self.input_layer(parameters, name, context) for name in self.POINT_INPUTS]
        self.placements = incomplete_placements(point_layers)
        for definition in self.parameterDefinitions():
            if definition.type() == "source":
                name = definition.name()
                layer = self.input_layer(parameters, name, context)
                text_keys = TextKeySource.of(layer) if layer is not None else None
                if text_keys is not None:
                    self.text_key_sources[name] = text_keys
        self.outputs_before = self._output_files_now(parameters, context)
        # processAlgorithm gets the parameters as the user gave them again; resolving them
        # once more would look the saved connections up again, in a worker thread.
        self.resolved_parameters = parameters
        return self.prepare(parameters, context, feedback)

    def processAlgorithm(self, parameters, context, feedback):
        resolved = self.resolved_parameters
        missing = self.missing_records(ui_language())
        for sentence in missing:
            feedback.pushWarning(sentence)
        try:
            results = self.process(resolved, context, feedback)
        except QgsProcessingException as error:
            # QGIS's own errors (a sink it could not make) quote the connection string.
            raise QgsProcessingException(without_secrets(str(error))) from None
        finally:
            if feedback.isCanceled():
                self._name_incomplete_outputs(resolved, context, feedback)
        if results and self.outputDefinition(self.MISSING_RECORDS) is not None:
            results[self.MISSING_RECORDS] = " ".join(missing)
        return {
            name: self._shown_result(parameters.get(name), value) for name, value in results.items()
        }

    @staticmethod
    def _shown_result(requested, value):
        """A result as the user gets it: a table named through a saved connection as it was
        asked for (which has no secret and can be read again), every other text without its
        password."""
        text = destination_text(requested)
        if names_saved_connection(text):
            return text.strip()
        return without_secrets(value)

    def process(self, parameters, context, feedback):
        """The algorithm's run (processAlgorithm's part for each algorithm); it may run in a
        worker thread."""
        raise NotImplementedError

    def _output_files_now(self, parameters, context):
        """{output file: its modification time, None if it does not exist}."""
        files = {}
        for definition in self.parameterDefinitions():
            for location in self._written_locations(definition, parameters, context):
                path = Path(location.path)
                files[path] = path.stat().st_mtime_ns if path.exists() else None
        return files

    def _name_incomplete_outputs(self, parameters, context, feedback):
        """After Cancel: the output files the run had begun to write. Processing has made
        them and may still hold them open, so they are named, not removed."""
        now = self._output_files_now(parameters, context)
        begun = [
            str(path)
            for path, modified in now.items()
            if modified is not None and modified != self.outputs_before.get(path)
        ]
        if begun:
            # pylupdate5 needs the context and the text's start on one line.
            # fmt: off
            text = QCoreApplication.translate("I40Algorithm", "Cancelled: these output files "
                                              "are incomplete; delete them or run again: {files}")
            # fmt: on
            feedback.pushWarning(text.format(files=", ".join(begun)))

    def prepare(self, parameters, context, feedback):
        """What the algorithm reads from layer objects before it runs (prepareAlgorithm's
        part for each algorithm): by default the INPUT layer's name and rights."""
        layer = self.input_layer(parameters, "INPUT", context)
        self.input_name = layer.name() if layer is not None else str(parameters.get("INPUT"))
        self.input_rights = input_attribution(layer, self.input_name)
        return True

    def input_layer(self, parameters, name, context):
        """The layer a parameter names, also where the value is a source definition (as for
        "selected features only"), for which parameterAsVectorLayer gives None."""
        value = parameters.get(name)
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            source, _ = value.source.value(context.expressionContext())
            parameters = {**parameters, name: source}
        return self.parameterAsVectorLayer(parameters, name, context)

    def field_index(self, source, name, numeric=False):
        """Index of a field in ``source``; a clear error if it is missing or not numeric."""
        index = source.fields().lookupField(name)
        if index < 0:
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "I40Algorithm", "The input layer has no field named '{name}'."
                ).format(name=name)
            )
        field = source.fields().at(index)
        if numeric and not field.isNumeric():
            # pylupdate5 needs the context and the text's start on one line.
            # fmt: off
            raise QgsProcessingException(
                QCoreApplication.translate("I40Algorithm", "The field '{name}' holds {type}, "
                                           "not numbers. Choose a numeric field or convert it "
                                           "first.").format(name=name, type=field.typeName())
            )
            # fmt: on
        return index


def _without_alias_and_comment(fields):
    plain = QgsFields()
    for field in fields:
        copy = QgsField(field)
        copy.setAlias("")
        copy.setComment("")
        plain.append(copy)
    return plain
