"""i40disparity:exportatlas: publishable map pages per Land and map type, PDF and PNG."""

import os
import shutil
import tempfile
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..compat import ProcessingNumberParameterType, ProcessingSourceType
from ..core.attribution import attribution_in
from ..core.messages import CoreError
from ..core.report.atlas_index import write_atlas_index
from ..core.report.atlas_pages import (
    COMBINED_PDF,
    DEFAULT_LAENDER,
    PAGE_NAMES,
    PAGE_TYPES,
    index_entry,
    page_texts,
    parse_laender,
    sources_lines,
    threshold_sentence,
)
from ..gis.atlas import (
    DEFAULT_TEMPLATE,
    ContextLayers,
    PageSequence,
    PrivateProject,
    classified_field_label,
    coverage_areas,
    export_combined_pdf,
    export_pdf,
    facility_style,
    fit_scale_bar,
    is_classified,
    land_geometries,
    load_template,
    outline_only,
    point_style,
    set_page_texts,
    setup_page_layout,
    source_layer_name,
)
from ..gis.i18n import core_text
from ..gis.layout import export_png
from ..gis.provenance import input_attribution
from .base import I40Algorithm


class ExportAtlasAlgorithm(I40Algorithm):
    LAENDER_LAYER = "LAENDER_LAYER"
    LAND_FIELD = "LAND_FIELD"
    LAENDER = "LAENDER"
    PAGES = "PAGES"
    OVERVIEW = "OVERVIEW"
    DISTRICTS = "DISTRICTS"
    BANDS = "BANDS"
    POINTS = "POINTS"
    FACILITIES = "FACILITIES"
    TEMPLATE = "TEMPLATE"
    DPI = "DPI"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    PAGE_COUNT = "PAGE_COUNT"
    POINT_INPUTS = (POINTS, FACILITIES)
    INDEX = "INDEX"

    def name(self):
        return "exportatlas"

    def displayName(self):
        return self.tr("Export atlas pages (PDF and PNG)")

    def group(self):
        return self.tr("Maps and reports")

    def groupId(self):
        return "reports"

    def shortHelpString(self):
        return self.tr(
            "<p>Writes map pages a planner can publish, one per Land and map type, as PDF "
            "(A4 landscape) and PNG, plus the same map types for all of Germany: "
            "<b>industrie</b> (points over the districts' classes, e.g. the manufacturing "
            "share; the study's Abb. 6/9/11/13), <b>hochschulen</b> (points with the technical "
            "universities over district and Land borders; Abb. 15) and <b>dichte</b> (points "
            "over the population density bands; Abb. 16).</p>"
            "<p>Files are named {type}_{code}.pdf/.png with the Land's code in lower case "
            "(bw, by, …; de for Germany). atlas_index.json lists the pages with their titles, "
            "the sources and the parameters, for reports.</p>"
            "<p>Länder: by abbreviation (BW, NW, …), name or two-digit key, separated by "
            "commas. The Länder layer is e.g. VG5000_LAN; where it has a GF field only the "
            "land areas (GF = 9) are used.</p>"
            "<p>Each layer is drawn with its own style: style the districts first with 'Style "
            "a choropleth map'; the density bands keep the style of 'Density bands'. Points "
            "keep a classified style, otherwise they get a plain marker; the plugin's Industrie "
            "4.0 centres always get their own orange diamond. The pages are built "
            "from a print layout template (.qpt) shipped with the plugin; a copy with the "
            "same item ids (title, subtitle, map, legend, scalebar, north_arrow, sources, "
            "overview) can replace it. The sources line of each page names the sources of the "
            "layers drawn on it, each once, from the layers' metadata.</p>"
            "<p>Runs in the background: QGIS stays usable, each page is reported as it is "
            "done, and Cancel stops after the page's current file.</p>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.LAENDER_LAYER,
                self.tr("Länder (polygons)"),
                [ProcessingSourceType.VectorPolygon],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.LAND_FIELD,
                self.tr("Field with the Land's name or key"),
                defaultValue="GEN",
                parentLayerParameterName=self.LAENDER_LAYER,
                optional=True,  # omitted: GEN (QGIS 3.22 refuses omitted field parameters)
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.LAENDER,
                self.tr("Länder to map (abbreviation, name or key, comma-separated)"),
                defaultValue=DEFAULT_LAENDER,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PAGES,
                self.tr("Map types"),
                options=[
                    self.tr("industrie: points over the districts' classes"),
                    self.tr("hochschulen: points and technical universities"),
                    self.tr("dichte: points over the density bands"),
                ],
                allowMultiple=True,
                defaultValue=list(range(len(PAGE_TYPES))),
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.OVERVIEW, self.tr("Also all of Germany (code de)"), defaultValue=True
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.DISTRICTS,
                self.tr("Districts, styled by classes (for 'industrie')"),
                [ProcessingSourceType.VectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.BANDS,
                self.tr("Density bands (for 'dichte')"),
                [ProcessingSourceType.VectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.POINTS,
                self.tr("Points (use cases or centres)"),
                [ProcessingSourceType.VectorPoint],
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.FACILITIES,
                self.tr("Technical universities (for 'hochschulen')"),
                [ProcessingSourceType.VectorPoint],
                optional=True,
            )
        )
        self.add_advanced_parameter(
            QgsProcessingParameterFile(
                self.TEMPLATE,
                self.tr("Page template (.qpt; empty: the plugin's)"),
                extension="qpt",
                optional=True,
            )
        )
        self.add_advanced_parameter(
            QgsProcessingParameterNumber(
                self.DPI,
                self.tr("PNG resolution (dpi)"),
                type=ProcessingNumberParameterType.Integer,
                defaultValue=150,
                minValue=50,
                maxValue=600,
            )
        )
        self.add_label_language_parameter(self.tr("Language of the page texts"))
        self.addParameter(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Output folder"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.PAGE_COUNT, self.tr("Number of pages")))
        self.addOutput(QgsProcessingOutputFile(self.INDEX, self.tr("Index of the pages (JSON)")))
        self.add_missing_records_output()

    def prepare(self, parameters, context, feedback):
        # In the main thread: everything read from the user's layers (their names, styles,
        # metadata, the Länder's geometries) and the private project with the clones, which
        # process then takes over into its own thread (see gis/atlas.PrivateProject).
        # A refusal is raised by process: Processing reports an error raised here only as
        # "There were errors executing the algorithm", without its words.
        self.refusal = None
        try:
            self._read_inputs(parameters, context)
        except QgsProcessingException as error:
            self.refusal = error
        return True

    def _read_inputs(self, parameters, context):
        self.language = self.label_language(parameters, context)
        self.keys, self.pages = self._laender_and_pages(parameters, context)
        self.with_germany = self.parameterAsBoolean(parameters, self.OVERVIEW, context)
        self.inputs = self._input_layers(parameters, context, self.pages)
        self.folder = self._output_folder(parameters, context)
        self.template = self.parameterAsFile(parameters, self.TEMPLATE, context) or DEFAULT_TEMPLATE
        self.dpi = self.parameterAsInt(parameters, self.DPI, context)
        self.geometries = self._land_geometries(parameters, context, self.keys)
        self.names = {page.name: self._names(page) for page in self.pages}
        self.page_attribution = {
            page.name: self._attribution(self._page_layers(page)) for page in self.pages
        }
        self.attribution = self._attribution(self.inputs.values())
        self.record = self._parameter_record(parameters, context)
        self.private = PrivateProject(self.inputs[self.LAENDER_LAYER].crs())
        self.clones = {
            name: self.private.add_clone(layer)
            for name, layer in self.inputs.items()
            if layer is not None and name != self.LAENDER_LAYER
        }
        self.private.release()

    def process(self, parameters, context, feedback):
        if self.refusal is not None:
            raise self.refusal
        project = self.private.take()
        try:
            return self._write_atlas(project, feedback)
        finally:
            # Deleted here, in the thread that owns them now.
            self.private = self.clones = None

    def _write_atlas(self, project, feedback):
        all_laender = [(key, name, geometry) for key, (name, geometry) in self.geometries.items()]
        context_layers = ContextLayers(
            project, all_laender, coverage_areas(self.geometries, self.keys, self.with_germany)
        )
        point_style(self.clones[self.POINTS])
        self.entries = []
        self.total = len(self.pages) * context_layers.coverage.featureCount()
        layouts = [(page, self._page_layout(project, page, context_layers)) for page in self.pages]
        # The pages are made in a folder of their own and moved into place once all are
        # there: a cancelled or failed run leaves nothing, and an earlier atlas stays whole.
        self.staging = Path(tempfile.mkdtemp(prefix=".atlas-", dir=self.folder))
        try:
            pages = PageSequence(self._pages(layouts, feedback))
            self._render(
                COMBINED_PDF, export_combined_pdf, (pages, self.staging / COMBINED_PDF, self.dpi)
            )
            if feedback.isCanceled():
                feedback.pushInfo(self.tr("Cancelled: no page was kept."))
                return {}
            for path in self.staging.iterdir():
                os.replace(path, self.folder / path.name)
        finally:
            shutil.rmtree(self.staging, ignore_errors=True)
        index_path = write_atlas_index(
            self.folder, self.language, self.entries, self.attribution, self.record
        )
        return {
            self.OUTPUT_FOLDER: str(self.folder),
            self.PAGE_COUNT: len(self.entries),
            self.INDEX: str(index_path),
        }

    def _laender_and_pages(self, parameters, context):
        """The keys of the Länder to map and the map types, both checked."""
        try:
            keys = parse_laender(self.parameterAsString(parameters, self.LAENDER, context))
        except CoreError as error:
            raise QgsProcessingException(core_text(error)) from None
        pages = [PAGE_TYPES[i] for i in self.parameterAsEnums(parameters, self.PAGES, context)]
        if not pages:
            raise QgsProcessingException(self.tr("Choose at least one map type."))
        return keys, pages

    def _land_geometries(self, parameters, context, keys):
        """The Länder's geometries by key (see gis/atlas.land_geometries); a clear error
        when one of ``keys`` has none."""
        laender = self.inputs[self.LAENDER_LAYER]
        land_field = self.parameterAsString(parameters, self.LAND_FIELD, context) or "GEN"
        self.field_index(laender, land_field)
        geometries = land_geometries(laender, land_field, context.transformContext())
        missing = [key for key in keys if key not in geometries]
        if missing:
            raise QgsProcessingException(
                self.tr(
                    "The Länder layer has no feature for {laender} in its field '{field}'."
                ).format(laender=", ".join(missing), field=land_field)
            )
        return geometries

    def _pages(self, layouts, feedback):
        """Each page in turn, its own PDF and PNG written, as the combined PDF asks for the
        next one; stops when cancelled. Cancel is looked at before each of a page's three
        renders (its PDF, its PNG, its page of the combined PDF), the steps no one can
        interrupt: on the real data none takes a second."""
        for page, layout in layouts:
            atlas = layout.atlas()
            atlas.beginRender()
            try:
                for index in range(atlas.count()):
                    if feedback.isCanceled():
                        return
                    atlas.seekTo(index)
                    entry = self._page_files(page, layout, feedback)
                    if entry is None:
                        return
                    yield layout
                    self.entries.append(entry)
                    feedback.setProgress(100.0 * len(self.entries) / self.total)
            finally:
                atlas.endRender()

    def _page_files(self, page, layout, feedback):
        """The texts of the atlas's current page, then its PDF and PNG; None if cancelled."""
        code = layout.reportContext().feature()["code"]
        texts = page_texts(page, code, self.language, **self.names[page.name])
        attribution = self.page_attribution[page.name]
        sources = sources_lines(attribution, texts, self.language)
        set_page_texts(layout, texts, sources + self.missing_records(self.language))
        fit_scale_bar(layout)
        entry = index_entry(page, code, self.language, texts)
        feedback.pushInfo(
            self.tr("Page {number} of {total}: {file}").format(
                number=len(self.entries) + 1, total=self.total, file=entry["pdf"]
            )
        )
        for file_name, render in ((entry["pdf"], export_pdf), (entry["png"], export_png)):
            if feedback.isCanceled():
                return None
            self._render(file_name, render, (layout, self.staging / file_name, self.dpi))
        return None if feedback.isCanceled() else entry

    def _render(self, file_name, render, arguments):
        try:
            render(*arguments)
        except RuntimeError as error:
            raise QgsProcessingException(
                self.tr("The page {file} could not be written: {error}").format(
                    file=file_name, error=error
                )
            ) from None

    def _input_layers(self, parameters, context, pages):
        """The layers by parameter name (None if not given); a clear error for a layer that a
        chosen map type needs, or districts without the classes to draw."""
        inputs = {
            name: self.parameterAsVectorLayer(parameters, name, context)
            for name in (
                self.LAENDER_LAYER,
                self.POINTS,
                self.DISTRICTS,
                self.BANDS,
                self.FACILITIES,
            )
        }
        for name in (self.LAENDER_LAYER, self.POINTS):
            if inputs[name] is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
        for page in pages:
            if inputs[page.area_parameter] is None:
                raise QgsProcessingException(
                    self.tr("The map type '{page}' needs the layer {parameter}.").format(
                        page=page.name, parameter=page.area_parameter
                    )
                )
        for layer in inputs.values():
            if layer is not None and context.temporaryLayerStore().mapLayer(layer.id()):
                # Opened for this run only (from qgis_process, a path): the pages show its
                # name, so the layer's (not the GeoPackage's), and draw it with its own style,
                # which Processing does not load (in the GeoPackage or a .qml beside the file).
                layer.setName(source_layer_name(layer))
                layer.loadNamedStyle(layer.styleURI(), False)
        districts = inputs[self.DISTRICTS]
        if any(page.name == "industrie" for page in pages) and not is_classified(districts):
            raise QgsProcessingException(
                self.tr(
                    "The districts layer '{layer}' has no classified style (graduated, "
                    "categorized or rule-based). Style it first with 'Style a choropleth map' "
                    "(i40disparity:choropleth)."
                ).format(layer=districts.name())
            )
        return inputs

    def _output_folder(self, parameters, context):
        folder = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # Found out now, not after the first page has been rendered.
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError as error:
            raise QgsProcessingException(
                self.tr(
                    "The output folder {folder} cannot be created or written: {message}"
                ).format(folder=folder, message=error.strerror)
            ) from None
        return folder

    def _page_layout(self, project, page, context_layers):
        template, clones = self.template, self.clones
        layout, missing = load_template(project, template)
        if layout is None:
            raise QgsProcessingException(
                self.tr("The file {path} is not a print layout template (.qpt).").format(
                    path=template
                )
            )
        if missing:
            raise QgsProcessingException(
                self.tr("The template {path} lacks the items with the ids {ids}.").format(
                    path=template, ids=", ".join(missing)
                )
            )
        points = clones[self.POINTS]
        if page.name != "hochschulen":
            area = clones[page.area_parameter]
            return setup_page_layout(layout, context_layers, [points, area], area, [points])
        facilities = clones[self.FACILITIES]
        facility_style(facilities)
        layers = [facilities, points]
        if self.DISTRICTS in clones:
            # A clone of its own: the industrie pages draw the districts in colour.
            outlines = clones[self.DISTRICTS].clone()
            project.addMapLayer(outlines, False)
            outline_only(outlines)
            layers.append(outlines)
        return setup_page_layout(layout, context_layers, layers, None, [points, facilities])

    def _names(self, page):
        """The layer names and descriptions a page's texts quote (core page_texts)."""
        inputs = self.inputs
        facilities = inputs[self.FACILITIES]
        names = {
            "points": inputs[self.POINTS].name(),
            "facilities": facilities.name() if facilities is not None else "",
        }
        if page.name == "industrie":
            names["indicator"] = classified_field_label(inputs[self.DISTRICTS])
        if page.area_parameter in (self.DISTRICTS, self.BANDS):
            areas = inputs[page.area_parameter]
            names["areas"] = areas.name()
            names["thresholds"] = threshold_sentence(areas.metadata().abstract())
        return names

    def _attribution(self, layers):
        """The sources of ``layers`` in the language of the pages."""
        return [
            attribution_in(line, self.language)
            for layer in layers
            if layer is not None
            for line in input_attribution(layer, layer.name())
        ]

    def _page_layers(self, page):
        """The input layers a page draws (for its sources)."""
        inputs = self.inputs
        layers = [inputs[self.LAENDER_LAYER], inputs[self.POINTS]]
        if page.name == "hochschulen":
            return [*layers, inputs[self.FACILITIES], inputs[self.DISTRICTS]]
        return [*layers, inputs[page.area_parameter]]

    def _parameter_record(self, parameters, context):
        record = {
            name: (layer.name() if layer is not None else None)
            for name, layer in self.inputs.items()
        }
        record[self.LAENDER] = self.parameterAsString(parameters, self.LAENDER, context)
        record[self.PAGES] = [
            PAGE_NAMES[i] for i in self.parameterAsEnums(parameters, self.PAGES, context)
        ]
        record[self.OVERVIEW] = self.parameterAsBoolean(parameters, self.OVERVIEW, context)
        record[self.DPI] = self.parameterAsInt(parameters, self.DPI, context)
        return record
