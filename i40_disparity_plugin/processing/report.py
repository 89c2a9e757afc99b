"""i40disparity:report: one self-contained HTML report, and its tables as CSV, from the
outputs of the plugin's other algorithms."""

import configparser
import os
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..compat import ProcessingFileParameterBehavior, ProcessingSourceType
from ..core.density import outputs as density
from ..core.messages import CoreError
from ..core.points.placement import incomplete
from ..core.report import roles
from ..core.report.atlas_index import parameters_text, read_atlas_index
from ..core.report.atlas_pages import PAGE_NAMES
from ..core.report.html import MapPage, render_report
from ..core.report.table_csv import write_report_csvs
from ..core.report.tables import Source, report_table
from ..core.report.texts import DEFAULT_TITLE
from ..gis.i18n import core_text
from ..gis.report_inputs import band_chart_png, layer_table, reading_size_png
from ..paths import PLUGIN_DIR
from .base import I40Algorithm
from .export_atlas import ExportAtlasAlgorithm


class ReportAlgorithm(I40Algorithm):
    DENSITY_SUMMARY = roles.DENSITY_SUMMARY
    BAND_STATISTICS = roles.BAND_STATISTICS
    CROSSTAB = roles.CROSSTAB
    DISTANCES = roles.DISTANCES
    JOIN_REPORTS = roles.JOIN_REPORTS
    ATLAS_FOLDER = "ATLAS_FOLDER"
    TITLE = "TITLE"
    OUTPUT = "OUTPUT"
    TABLES_FOLDER = "TABLES_FOLDER"

    def name(self):
        return "report"

    def displayName(self):
        return self.tr("Report (HTML and CSV)")

    def group(self):
        return self.tr("Maps and reports")

    def groupId(self):
        return "reports"

    def shortHelpString(self):
        return self.tr(
            "<p>Writes one self-contained HTML file (images embedded, no links to the "
            "internet) from the outputs of the other algorithms: the inputs with their "
            "parameters and sources, the density band summary, the band statistics with their "
            "chart, the cross table, the distance summaries, the unmatched keys of joins and "
            "the atlas pages. Every number is read from the given tables.</p>"
            "<p>Give at least one table or an atlas folder. Each table is checked for the "
            "columns its algorithm writes.</p>"
            "<p>The same tables are written as CSV files (default: the folder "
            "'&lt;report name&gt;_tabellen' beside the report): UTF-8 with a byte-order mark, "
            "';' between cells, numbers at full precision without thousands separators, with "
            "a decimal comma when the report is German, so that German Excel opens them "
            "correctly. An earlier report's tables in that folder (NN_name.csv) are replaced; "
            "other files stay.</p>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.DENSITY_SUMMARY,
                self.tr("Density band summary (SUMMARY of the density bands)"),
                [ProcessingSourceType.Vector],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.BAND_STATISTICS,
                self.tr("Band statistics tables"),
                ProcessingSourceType.Vector,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.CROSSTAB, self.tr("Cross table"), [ProcessingSourceType.Vector], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.DISTANCES,
                self.tr("Distance summaries (SUMMARY of nearest facility)"),
                ProcessingSourceType.Vector,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.JOIN_REPORTS,
                self.tr("Join reports (UNMATCHED of the indicator join)"),
                ProcessingSourceType.Vector,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.ATLAS_FOLDER,
                self.tr("Atlas folder (output of the atlas export)"),
                behavior=ProcessingFileParameterBehavior.Folder,
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterString(self.TITLE, self.tr("Title"), optional=True))
        self.add_label_language_parameter(self.tr("Language of the report"))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Report"), fileFilter=self.tr("HTML files (*.html)")
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(
                self.TABLES_FOLDER,
                self.tr("Folder for the tables as CSV"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("TABLE_COUNT", self.tr("Tables written")))
        self.add_missing_records_output()

    def prepare(self, parameters, context, feedback):
        # Layers are read here, in the main thread; process gets plain rows.
        self.table_inputs = []
        for parameter, declared in roles.ROLES:
            for layer in self._layers(parameters, parameter, context):
                self.table_inputs.append((declared.name, *layer_table(layer)))
        # Tables made from partly placed points: the log and MISSING_RECORDS say so too.
        self.placements = incomplete(
            placement for _, source, _, _ in self.table_inputs for placement in source.placements
        )
        return True

    def _layers(self, parameters, parameter, context):
        # Processing has checked before that every layer given can be opened.
        if parameter not in roles.MULTIPLE:
            layer = self.parameterAsVectorLayer(parameters, parameter, context)
            return [layer] if layer is not None else []
        return self.parameterAsLayerList(parameters, parameter, context)

    def process(self, parameters, context, feedback):
        atlas_folder = self.parameterAsFile(parameters, self.ATLAS_FOLDER, context)
        if not self.table_inputs and not atlas_folder:
            raise QgsProcessingException(
                self.tr("Give at least one table or an atlas folder to report on.")
            )
        language = self.label_language(parameters, context)
        html_path = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        tables_folder = self.parameterAsFileOutput(parameters, self.TABLES_FOLDER, context)
        tables_folder = Path(tables_folder or html_path.with_name(f"{html_path.stem}_tabellen"))
        title = self.parameterAsString(parameters, self.TITLE, context) or DEFAULT_TITLE[language]
        steps = len(self.table_inputs) + 2
        try:
            tables = self._tables(language, feedback, steps)
            maps, sources = None, ()
            if atlas_folder and not feedback.isCanceled():
                maps, sources = self._atlas(
                    atlas_folder, html_path.parent, language, feedback, steps
                )
        except CoreError as error:
            raise QgsProcessingException(core_text(error)) from None
        if feedback.isCanceled():
            return {}
        csv_folder = _relative_path(tables_folder, html_path.parent) if tables else ""
        html = render_report(
            title, language, datetime.now(), plugin_version(), tables, maps, sources, csv_folder
        )
        self._write(html, html_path, tables, tables_folder, language)
        feedback.setProgress(100)
        return {
            self.OUTPUT: str(html_path),
            self.TABLES_FOLDER: str(tables_folder) if tables else None,
            "TABLE_COUNT": len(tables),
        }

    def _tables(self, language, feedback, steps):
        """The report's tables from the layers read before, the band statistics with their
        chart; those read until a cancel."""
        tables = []
        for step, (kind, source, names, rows) in enumerate(self.table_inputs):
            if feedback.isCanceled():
                break
            feedback.setProgressText(self.tr("Reading {name}").format(name=source.name))
            table = report_table(kind, source, names, rows)
            if kind == density.BAND_STATISTICS.name and table.rows:
                table = replace(table, chart=band_chart_png(table, language))
            tables.append(table)
            feedback.setProgress(100 * (step + 1) / steps)
        return tables

    def _write(self, html, html_path, tables, tables_folder, language):
        try:
            if tables:
                write_report_csvs(tables, tables_folder, language)
            html_path.parent.mkdir(parents=True, exist_ok=True)
            html_path.write_text(html, encoding="utf-8")
        except OSError as error:
            raise QgsProcessingException(
                self.tr("The report could not be written: {error}").format(error=error)
            ) from None

    def _atlas(self, folder, html_folder, language, feedback, steps):
        """The atlas's pages at reading size, and the atlas as an input with its sources;
        (None, ()) when cancelled."""
        atlas = read_atlas_index(folder)
        pages = []
        for page in atlas.pages:
            if feedback.isCanceled():
                return None, ()
            png = reading_size_png(page.png)
            if png is None:
                raise QgsProcessingException(
                    self.tr("The atlas image {path} cannot be read.").format(path=page.png)
                )
            link = _relative_link(page.pdf, html_folder) if page.pdf else ""
            pages.append(MapPage(page.title, page.subtitle, png, link))
            feedback.setProgress(
                100 * (len(self.table_inputs) + len(pages) / len(atlas.pages)) / steps
            )
        source = Source(
            name=Path(folder).name,
            file=str(folder),
            title=self.tr("Atlas"),
            abstract=_atlas_parameters_text(atlas.parameters, language),
            rights=atlas.attribution,
        )
        return pages, (source,)


def _atlas_parameters_text(parameters, language):
    """The atlas's parameters named as its dialog names them, with their values as a reader
    reads them (core/report/atlas_index.parameters_text); the index records ids and values."""
    atlas = ExportAtlasAlgorithm().create()
    labels = {
        definition.name(): definition.description() for definition in atlas.parameterDefinitions()
    }
    pages = atlas.parameterDefinition(ExportAtlasAlgorithm.PAGES).options()
    return parameters_text(
        parameters, language, labels, {ExportAtlasAlgorithm.PAGES: dict(zip(PAGE_NAMES, pages))}
    )


def _relative_path(path, folder):
    """``path`` relative to ``folder`` (the report's), so that links survive moving report
    and atlas together; absolute where there is no relative way (another Windows drive)."""
    try:
        return Path(os.path.relpath(path, folder)).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _relative_link(path, folder):
    relative = _relative_path(path, folder)
    return Path(path).as_uri() if Path(relative).is_absolute() else quote(relative)


def plugin_version():
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    return metadata.get("general", "version", fallback="?")
