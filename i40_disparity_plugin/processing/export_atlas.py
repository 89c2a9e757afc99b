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
    QgsProject,
)

from ..compat import ProcessingAlgorithmFlag, ProcessingNumberParameterType, ProcessingSourceType
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
    CombinedPdf,
    ContextLayers,
    classified_field_label,
    coverage_areas,
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

    def flags(self):
        # Print layouts, their items and the label engine belong to the main thread, as in
        # QGIS's own layout export algorithms (native:atlaslayouttopdf).
        return super().flags() | ProcessingAlgorithmFlag.NoThreading

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
            "keep a classified style, otherwise they get a plain marker. The pages are built "
            "from a print layout template (.qpt) shipped with the plugin; a copy with the "
            "same item ids (title, subtitle, map, legend, scalebar, north_arrow, sources, "
            "overview) can replace it. The sources line on every page comes from the layers' "
            "metadata.</p>"
            "<p>Runs in the main thread, as print layouts require.</p>"
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
        # The base class reads an INPUT layer, which this algorithm does not have.
        return True

    def process(self, parameters, context, feedback):
        self.language = self.label_language(parameters, context)
        keys, pages = self._laender_and_pages(parameters, context)
        with_germany = self.parameterAsBoolean(parameters, self.OVERVIEW, context)
        self.inputs = self._input_layers(parameters, context, pages)
        self.folder = self._output_folder(parameters, context)
        template = self.parameterAsFile(parameters, self.TEMPLATE, context) or DEFAULT_TEMPLATE
        self.dpi = self.parameterAsInt(parameters, self.DPI, context)
        geometries = self._land_geometries(parameters, context, keys)
        project, clones = self._private_project()
        all_laender = [(key, name, geometry) for key, (name, geometry) in geometries.items()]
        context_layers = ContextLayers(
            project, all_laender, coverage_areas(geometries, keys, with_germany)
        )
        point_style(clones[self.POINTS])

        self.entries = []
        self.total = len(pages) * context_layers.coverage.featureCount()
        # The pages are made in a folder of their own and moved into place once all are
        # there: a cancelled or failed run leaves nothing, and an earlier atlas stays whole.
        self.staging = Path(tempfile.mkdtemp(prefix=".atlas-", dir=self.folder))
        try:
            self.combined = CombinedPdf(self.staging / COMBINED_PDF, self.dpi)
            try:
                for page in pages:
                    layout = self._page_layout(project, template, page, clones, context_layers)
                    if not self._export_pages(layout, page, feedback):
                        break
            finally:
                self.combined.close()
            if feedback.isCanceled():
                feedback.pushInfo(self.tr("Cancelled: no page was kept."))
                return {}
            for path in self.staging.iterdir():
                os.replace(path, self.folder / path.name)
        finally:
            shutil.rmtree(self.staging, ignore_errors=True)
        attribution = self._attribution(self.inputs.values())
        record = self._parameter_record(parameters, context)
        index_path = write_atlas_index(
            self.folder, self.language, self.entries, attribution, record
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

    def _private_project(self):
        """A project of our own with clones of the input layers: the user's project, its
        layers and their styles stay as they were; only clones are styled and drawn."""
        project = QgsProject()
        project.setCrs(self.inputs[self.LAENDER_LAYER].crs())
        clones = {}
        for name, layer in self.inputs.items():
            if layer is not None and name != self.LAENDER_LAYER:
                clones[name] = layer.clone()
                project.addMapLayer(clones[name], False)
        return project, clones

    def _export_pages(self, layout, page, feedback):
        """The pages of one map type, one per atlas feature; False when cancelled. Cancel is
        looked at before each of a page's three renders (its PDF, its PNG, its page of the
        combined PDF), the steps no one can interrupt: none takes a second."""
        language, folder = self.language, self.staging
        atlas = layout.atlas()
        atlas.beginRender()
        try:
            for index in range(atlas.count()):
                if feedback.isCanceled():
                    return False
                atlas.seekTo(index)
                code = atlas.layout().reportContext().feature()["code"]
                texts = self._texts(page, code)
                attribution = self._attribution(self._page_layers(page))
                sources = sources_lines(attribution, texts, language)
                set_page_texts(layout, texts, sources + self.missing_records(language))
                fit_scale_bar(layout)
                entry = index_entry(page, code, language, texts)
                feedback.pushInfo(
                    self.tr("Page {number} of {total}: {file}").format(
                        number=len(self.entries) + 1, total=self.total, file=entry["pdf"]
                    )
                )
                renders = (
                    (entry["pdf"], export_pdf, (layout, folder / entry["pdf"], self.dpi)),
                    (entry["png"], export_png, (layout, folder / entry["png"], self.dpi)),
                    (COMBINED_PDF, self.combined.add, (layout,)),
                )
                for file_name, render, arguments in renders:
                    if feedback.isCanceled():
                        return False
                    self._render(file_name, render, arguments)
                self.entries.append(entry)
                feedback.setProgress(100.0 * len(self.entries) / self.total)
        finally:
            atlas.endRender()
        return True

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

    def _page_layout(self, project, template, page, clones, context_layers):
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

    def _texts(self, page, code):
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
        return page_texts(page, code, self.language, **names)

    def _attribution(self, layers):
        return [
            line
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
