"""Atlas pages as print layouts: the shipped (or a user's) .qpt, filled per map type.

One layout per map type, its atlas running over a private coverage layer that holds the
chosen Länder and, for the overview, Germany as one feature. The map item follows the atlas
feature with a margin, and clips the data layers to it; the Länder around stay visible in
grey, and the page's area is outlined. Everything lives in a private QgsProject: the user's
project and layers are never changed, the layers drawn here are clones.
"""

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsAbstractLayoutIterator,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutObject,
    QgsMapClippingRegion,
    QgsMapLayerLegendUtils,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsProviderRegistry,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QFile, QIODevice, Qt, QThread
from qgis.PyQt.QtXml import QDomDocument

from ..compat import FieldType, GeometryType, LabelPlacement, ScaleBarSegmentSizeMode
from ..core.ags import land_code
from ..core.attribution import CENTRES_COMPILED, attribution_for_fields
from ..core.points.facility_labels import facility_label
from ..core.report.atlas_pages import (
    GERMANY,
    GERMANY_NAME,
    legend_entry_text,
    page_code,
    scale_bar_step,
)
from ..paths import PLUGIN_DIR
from .layout import export_failed, fill_legend, font
from .style import centres_renderer, marker_renderer, universities_renderer

DEFAULT_TEMPLATE = PLUGIN_DIR / "templates" / "atlas_seite.qpt"
ITEM_IDS = ("title", "subtitle", "map", "legend", "scalebar", "north_arrow", "sources", "overview")
EQUAL_AREA = QgsCoordinateReferenceSystem("EPSG:3035")
CLASSIFIED_RENDERERS = ("graduatedSymbol", "categorizedSymbol", "RuleRenderer")
# VG250/VG5000: GF 9 is the land area, GF 8 the same Land including water (lakes, sea).
LAND_AREA_GF = 9
# Fields that name a facility on the map, the readable label first (referencefacilities
# writes it; without it the label is made from the HRK's short name, see facility_style).
FACILITY_LABEL_FIELDS = ("label", "name", "title", "city")
POINT_COLOUR = "#2166ac"  # blue: stands out on the yellow-to-red area classes
PAGE_CODE = "attribute(@atlas_feature, 'code')"


def is_classified(layer):
    return layer.renderer() is not None and layer.renderer().type() in CLASSIFIED_RENDERERS


def classified_field_label(layer):
    """The alias (else name) of the field the layer's classes are drawn by; '' if unknown."""
    used = sorted(layer.renderer().usedAttributes(QgsRenderContext()))
    for name in used:
        index = layer.fields().lookupField(name)
        if index >= 0:
            return layer.attributeAlias(index) or name
    return ", ".join(used)


def source_layer_name(layer):
    """The name of a layer opened from a file: the layer inside it (GeoPackage), else the
    file's name without extension."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    return parts.get("layerName") or Path(parts.get("path") or layer.name()).stem


def land_geometries(layer, land_field, transform_context):
    """{two-digit key: (name, geometry in EPSG:3035)} of the Länder in ``layer``; only the land
    area rows where a GF field says which they are. Rows whose name is no Land are skipped."""
    request = QgsFeatureRequest()
    if layer.fields().lookupField("GF") >= 0:
        request.setFilterExpression(f'"GF" = {LAND_AREA_GF}')
    transform = QgsCoordinateTransform(layer.crs(), EQUAL_AREA, transform_context)
    parts = {}
    for feature in layer.getFeatures(request):
        key = land_code(feature[land_field])
        if key is None or not feature.hasGeometry():
            continue
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(transform)
        name, previous = parts.get(key, (str(feature[land_field]), []))
        parts[key] = (name, [*previous, geometry])
    return {key: (name, QgsGeometry.unaryUnion(geoms)) for key, (name, geoms) in parts.items()}


def area_layer(name, areas):
    """A memory layer (EPSG:3035) of (code, name, geometry) rows: fields ``code``, ``land``."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:3035", name, "memory")
    layer.dataProvider().addAttributes(
        [QgsField("code", FieldType.String), QgsField("land", FieldType.String)]
    )
    layer.updateFields()
    features = []
    for code, land, geometry in areas:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, land])
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def coverage_areas(geometries, keys, with_germany):
    """The atlas's pages in order: the chosen Länder, then Germany (all Länder in one)."""
    areas = [(page_code(key), geometries[key][0], geometries[key][1]) for key in keys]
    if with_germany:
        germany = QgsGeometry.unaryUnion([geometry for _name, geometry in geometries.values()])
        areas.append((GERMANY, GERMANY_NAME["de"], germany))
    return areas


def _fill(properties):
    return QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(properties))


def _current_area_renderer(properties):
    """Draws only the feature of the page being exported (by its code)."""
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(
        QgsRuleBasedRenderer.Rule(
            QgsFillSymbol.createSimple(properties), 0, 0, f'"code" = {PAGE_CODE}'
        )
    )
    return QgsRuleBasedRenderer(root)


class ContextLayers:
    """The private layers every page shares: the Länder in grey under everything, their
    borders and the current page's outline on top, and the inset's highlighted Land."""

    def __init__(self, project, all_laender, coverage):
        self.grey = area_layer("laender_grau", all_laender)
        self.grey.setRenderer(
            _fill({"color": "#ececec", "outline_color": "#ffffff", "outline_width": "0.3"})
        )
        self.borders = area_layer("laendergrenzen", all_laender)
        self.borders.setRenderer(
            _fill({"style": "no", "outline_color": "#7a7a7a", "outline_width": "0.25"})
        )
        self.coverage = area_layer("atlas_seiten", coverage)
        self.outline = area_layer("seitenumriss", coverage)
        self.outline.setRenderer(
            _current_area_renderer(
                {"style": "no", "outline_color": "#1a1a1a", "outline_width": "0.6"}
            )
        )
        # White under the page's own area, so that it stands out from the grey around it.
        self.paper = area_layer("seitenflaeche", coverage)
        self.paper.setRenderer(_current_area_renderer({"color": "#ffffff", "outline_style": "no"}))
        self.inset = area_layer("uebersicht", coverage)
        self.inset.setRenderer(
            _current_area_renderer(
                {"color": "#d7301f", "outline_color": "#d7301f", "outline_width": "0.1"}
            )
        )
        for layer in (
            self.grey,
            self.borders,
            self.coverage,
            self.outline,
            self.paper,
            self.inset,
        ):
            project.addMapLayer(layer, False)


def load_template(project, path):
    """A print layout from a .qpt; None if the file is not one. Also the missing item ids."""
    template = QFile(str(path))
    document = QDomDocument()
    if not template.open(QIODevice.OpenModeFlag.ReadOnly) or not document.setContent(template):
        return None, list(ITEM_IDS)
    template.close()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _items, loaded = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not loaded:
        return None, list(ITEM_IDS)
    missing = [item_id for item_id in ITEM_IDS if layout.itemById(item_id) is None]
    return layout, missing


def point_style(layer, colour=POINT_COLOUR, shape="circle", size_mm=2.2):
    """The centres' own marker; else keep a classified point style (size class, sector), else
    one plain marker."""
    if is_centres(layer):
        layer.setRenderer(centres_renderer())
    elif not is_classified(layer):
        layer.setRenderer(marker_renderer(colour, shape, size_mm))


def is_centres(layer):
    """Whether the layer is the plugin's list of Industrie 4.0 centres (by its source)."""
    return attribution_for_fields(layer.fields().names()) == CENTRES_COMPILED["de"]


def facility_style(layer):
    """A black star, distinct from any point style, with the name beside it. QGIS's label
    engine places the names and drops a label rather than let it overlap another."""
    layer.setRenderer(universities_renderer())
    names = layer.fields().names()
    field = next((name for name in FACILITY_LABEL_FIELDS if name in names), None)
    expression = _label_expression(layer) if "label" not in names else None
    if field is None and expression is None:
        return
    text_format = QgsTextFormat()
    text_format.setFont(font(7.5))
    text_format.setSize(7.5)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text_format.setBuffer(buffer)
    settings = QgsPalLayerSettings()
    settings.fieldName = expression or field
    settings.isExpression = expression is not None
    settings.placement = LabelPlacement.OrderedPositionsAroundPoint
    settings.dist = 0.8
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _label_expression(layer):
    """For a list with the HRK's short names but no label field (placed by the user from the
    list itself): an expression giving each short name its readable label; None without."""
    names = layer.fields().names()
    if not {"short_name", "city"} <= set(names):
        return None
    labels = {}
    for feature in layer.getFeatures():
        short_name = feature["short_name"]
        full_name = feature["name"] if "name" in names else None
        labels[short_name] = facility_label(short_name, full_name, feature["city"])
    cases = " ".join(
        f"WHEN {QgsExpression.quotedValue(short_name)} THEN {QgsExpression.quotedString(label)}"
        for short_name, label in labels.items()
        if short_name
    )
    return f'CASE "short_name" {cases} END' if cases else None


def outline_only(layer):
    """District borders as thin grey lines, for the page without area colours."""
    layer.setRenderer(_fill({"style": "no", "outline_color": "#a0a0a0", "outline_width": "0.15"}))


def setup_page_layout(layout, context_layers, data_layers, legend_layer, legend_extra):
    """Wire a template's items for one map type: the data layers (clipped to the page's
    area), legend, atlas over the coverage layer; texts are set per page by
    ``set_page_texts``."""
    atlas = layout.atlas()
    atlas.setCoverageLayer(context_layers.coverage)
    atlas.setPageNameExpression('"code"')
    atlas.setEnabled(True)

    map_item = layout.itemById("map")
    map_item.setCrs(EQUAL_AREA)
    map_item.setAtlasDriven(True)
    map_item.setLayers(_stack(context_layers, data_layers))
    map_item.setKeepLayerSet(True)
    germany = context_layers.grey.extent()
    _show(map_item, germany)
    clipping = map_item.atlasClippingSettings()
    clipping.setEnabled(True)
    # Clipped by the painter: cutting each of 8,000 PLZ polygons to Germany's outline took
    # seconds per render of the Germany page, which Cancel cannot interrupt.
    clipping.setFeatureClippingType(QgsMapClippingRegion.FeatureClippingType.ClipPainterOnly)
    clipping.setRestrictToLayers(True)
    clipping.setLayersToClip(list(data_layers))

    overview = layout.itemById("overview")
    overview.setCrs(EQUAL_AREA)
    overview.setLayers([context_layers.inset, context_layers.borders, context_layers.grey])
    overview.setKeepLayerSet(True)
    overview.setAtlasDriven(False)
    _show(overview, germany)
    # Germany's own page needs no inset showing Germany.
    overview.dataDefinedProperties().setProperty(
        QgsLayoutObject.DataDefinedProperty.ExcludeFromExports,
        QgsProperty.fromExpression(f"{PAGE_CODE} = '{GERMANY}'"),
    )

    legend = layout.itemById("legend")
    legend.setLinkedMap(map_item)
    fill_legend(legend, legend_layer, legend_extra)
    _wrap_legend_entries(legend)
    # The whole scale on every page, so that the Länder's pages compare.
    legend.setLegendFilterByMapEnabled(False)
    layout.itemById("scalebar").setLinkedMap(map_item)
    north_arrow = layout.itemById("north_arrow")
    north_arrow.setLinkedMap(map_item)
    layout.refresh()
    return layout


def _wrap_legend_entries(legend):
    """Long class names (e.g. English density bands) on two lines, inside the page."""
    model = legend.model()
    for node in model.rootGroup().findLayers():
        for index, legend_node in enumerate(model.layerLegendNodes(node)):
            label = legend_node.data(Qt.ItemDataRole.DisplayRole) or ""
            wrapped = legend_entry_text(label)
            if wrapped != label:
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, wrapped)
        model.refreshLayerLegend(node)


def _show(map_item, extent):
    """Show ``extent`` with some air, in the item's own shape. A template's map has no
    extent yet, and both setExtent() (which would resize the item to the extent's shape) and
    zoomToExtent() (which keeps the shape of the missing one) need one that fits."""
    ratio = map_item.rect().width() / map_item.rect().height()
    width = max(extent.width(), extent.height() * ratio) * 1.05
    centre = extent.center()
    map_item.setExtent(QgsRectangle.fromCenterAndSize(centre, width, width / ratio))


def _stack(context_layers, data_layers):
    """Top first: points, the page's outline and all Länder borders, the areas, the grey
    Länder around the page."""
    points = [layer for layer in data_layers if layer.geometryType() == GeometryType.Point]
    areas = [layer for layer in data_layers if layer not in points]
    return [
        *points,
        context_layers.outline,
        context_layers.borders,
        *areas,
        context_layers.paper,
        context_layers.grey,
    ]


def fit_scale_bar(layout):
    """Round kilometres per segment for the map's scale at the current atlas page."""
    scale_bar = layout.itemById("scalebar")
    km_per_mm = layout.itemById("map").scale() / 1_000_000
    scale_bar.setSegmentSizeMode(ScaleBarSegmentSizeMode.Fixed)
    scale_bar.setUnitsPerSegment(scale_bar_step(km_per_mm))
    scale_bar.update()


def set_page_texts(layout, texts, sources):
    layout.itemById("title").setText(texts.title)
    layout.itemById("subtitle").setText(texts.subtitle)
    layout.itemById("legend").setTitle(texts.legend_title)
    layout.itemById("sources").setText("\n".join(sources))
    layout.refresh()


class PrivateProject:
    """The atlas's own QgsProject with clones of the input layers, made in the main thread
    (where the user's layers may be read) and then handed to the thread that renders.

    Qt lets a thread pull only objects that belong to no thread: ``release`` (main thread)
    detaches the project, with its layers and their providers as its children, and ``take``
    (the rendering thread, a task's worker or the main thread itself under qgis_process)
    adopts it. Layouts and layers made later in that thread then live beside it.
    """

    def __init__(self, crs):
        self.project = QgsProject()
        self.project.setCrs(crs)

    def add_clone(self, layer):
        clone = layer.clone()
        self.project.addMapLayer(clone, False)
        return clone

    def release(self):
        self.project.moveToThread(None)

    def take(self):
        self.project.moveToThread(QThread.currentThread())
        return self.project


class PageSequence(QgsAbstractLayoutIterator):
    """The pages of all map types as one sequence for QgsLayoutExporter's multi-page PDF.

    The pages come from different layouts (one per map type), which the exporter's atlas
    export cannot join, so it is given this iterator: ``pages`` yields the layout of each
    next page, ready to draw. QGIS renders the whole file in C++, which lets other threads'
    Python run meanwhile, where a QPdfWriter driven from Python would hold Python's lock
    while it writes each page. An error raised while preparing a page cannot pass through
    QGIS's C++ code: it is kept and raised again by ``export_combined_pdf``.
    """

    def __init__(self, pages):
        super().__init__()
        self.pages = pages
        self.current = None
        self.error = None

    def beginRender(self):
        return True

    def endRender(self):
        return True

    def count(self):
        return 0  # unknown in advance; the exporter only uses it for its own progress

    def filePath(self, base_file_path, extension):
        return base_file_path

    def layout(self):
        return self.current

    def next(self):
        try:
            self.current = next(self.pages, None)
        except Exception as error:  # raised again by export_combined_pdf
            self.error, self.current = error, None
        return self.current is not None


def _pdf_settings(dpi):
    """Text kept as text, so that it can be searched and copied."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    settings.exportMetadata = True
    return settings


def export_combined_pdf(pages, path, dpi):
    """All pages of a PageSequence in one PDF (``atlas.pdf``); nothing when it has none."""
    result, _error = QgsLayoutExporter.exportToPdf(pages, str(path), _pdf_settings(dpi))
    if pages.error is not None:
        raise pages.error
    if result not in (
        QgsLayoutExporter.ExportResult.Success,
        QgsLayoutExporter.ExportResult.Canceled,
    ):
        raise export_failed(result)


def export_pdf(layout, path, dpi):
    """The layout at the atlas's current feature as a one-page PDF."""
    result = QgsLayoutExporter(layout).exportToPdf(str(path), _pdf_settings(dpi))
    if result != QgsLayoutExporter.ExportResult.Success:
        raise export_failed(result)
