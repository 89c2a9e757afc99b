"""Maps for reports: a print layout with map, legend, scale bar, title and sources, as PNG.

The layout is A4 landscape: the map on the left, sized to the extent's shape, and a text
column on the right for legend, scale bar and sources. Germany is taller than wide, so the
map fills the page height and nothing is drawn over it. All text comes from the caller.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont

# DejaVu Sans ships with every Debian QGIS and has all German characters, so the map looks
# the same on every machine instead of depending on the desktop's default font.
FONT_FAMILY = "DejaVu Sans"
PAGE_WIDTH, PAGE_HEIGHT = 297.0, 210.0  # A4 landscape, mm
MARGIN = 10.0
GAP = 8.0  # between map and text column
MAP_TOP = 30.0  # below title and subtitle
EQUAL_AREA = QgsCoordinateReferenceSystem("EPSG:3035")


def _font(size, bold=False):
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _label(layout, text, font, position, width, height, valign=Qt.AlignTop):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    label.setFont(font)
    label.setVAlign(valign)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(*position, QgsUnitTypes.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
    return label


def _combined_extent(project, layers, crs):
    extent = QgsRectangle()
    extent.setMinimal()
    for layer in layers:
        transform = QgsCoordinateTransform(layer.crs(), crs, project)
        extent.combineExtentWith(transform.transformBoundingBox(layer.extent()))
    # A little air around the outermost coast and border lines.
    extent.scale(1.03)
    return extent


def export_map_png(
    project,
    layers,
    title,
    attribution_lines,
    path,
    crs=EQUAL_AREA,
    extent=None,
    subtitle=None,
    legend_layer=None,
    legend_title="",
    scale_bar_km=50,
    dpi=200,
):
    """Render ``layers`` (top first, as in the layers panel) to a PNG at ``path``.

    The legend shows only ``legend_layer`` (default: the bottom layer, usually the
    classified one), its categories without the layer's own name. ``extent`` is in ``crs``;
    by default it covers all layers. Returns the layout, e.g. to save it as a template.
    """
    for layer in layers:
        if project.mapLayer(layer.id()) is None:
            # Legend and map resolve layers through the project they belong to.
            project.addMapLayer(layer, False)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(
        QgsLayoutSize(PAGE_WIDTH, PAGE_HEIGHT, QgsUnitTypes.LayoutMillimeters)
    )
    layout.setName(title)

    content_width = PAGE_WIDTH - 2 * MARGIN
    _label(layout, title, _font(18, bold=True), (MARGIN, MARGIN - 2), content_width, 10)
    if subtitle:
        _label(layout, subtitle, _font(10), (MARGIN, MARGIN + 9), content_width, 10)

    extent = extent or _combined_extent(project, layers, crs)
    map_height = PAGE_HEIGHT - MAP_TOP - MARGIN
    map_width = min(map_height * extent.width() / extent.height(), content_width * 0.6)
    map_item = QgsLayoutItemMap(layout)
    map_item.setCrs(crs)
    map_item.setLayers(layers)
    map_item.setKeepLayerSet(True)
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.2, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(MARGIN, MAP_TOP, QgsUnitTypes.LayoutMillimeters))
    map_item.attemptResize(QgsLayoutSize(map_width, map_height, QgsUnitTypes.LayoutMillimeters))
    map_item.zoomToExtent(extent)

    column_x = MARGIN + map_width + GAP
    column_width = PAGE_WIDTH - MARGIN - column_x
    legend = _legend(layout, map_item, legend_layer or layers[-1], legend_title)
    legend.attemptMove(QgsLayoutPoint(column_x, MAP_TOP, QgsUnitTypes.LayoutMillimeters))
    legend_bottom = MAP_TOP + legend.sizeWithUnits().height()

    scale_bar = _scale_bar(layout, map_item, scale_bar_km)
    scale_bar.attemptMove(
        QgsLayoutPoint(column_x, legend_bottom + GAP, QgsUnitTypes.LayoutMillimeters)
    )

    # Sources sit at the bottom of the column, aligned to the map's lower edge; the label
    # wraps long lines within the column.
    sources_top = legend_bottom + GAP + scale_bar.sizeWithUnits().height() + GAP
    _label(
        layout,
        "\n".join(attribution_lines),
        _font(7.5),
        (column_x, sources_top),
        column_width,
        PAGE_HEIGHT - MARGIN - sources_top,
        valign=Qt.AlignBottom,
    )

    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    result = QgsLayoutExporter(layout).exportToImage(str(path), settings)
    if result != QgsLayoutExporter.Success:
        raise RuntimeError(f"Map export to {path} failed (QgsLayoutExporter result {result}).")
    return layout


def _legend(layout, map_item, layer, title):
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(title)
    legend.setLinkedMap(map_item)
    # Our own tree, not the project's: the legend must list the bands and nothing else.
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    node = root.addLayer(layer)
    QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
    legend.model().refreshLayerLegend(node)
    legend.setStyleFont(QgsLegendStyle.Title, _font(11, bold=True))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, _font(9.5))
    legend.setSymbolWidth(9)
    legend.setSymbolHeight(6)
    legend.setBackgroundEnabled(False)
    layout.addLayoutItem(legend)
    legend.adjustBoxSize()
    return legend


def _scale_bar(layout, map_item, segment_km):
    scale_bar = QgsLayoutItemScaleBar(layout)
    scale_bar.setStyle("Single Box")
    scale_bar.setLinkedMap(map_item)
    scale_bar.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
    scale_bar.setUnits(QgsUnitTypes.DistanceKilometers)
    scale_bar.setUnitLabel("km")
    scale_bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
    scale_bar.setUnitsPerSegment(segment_km)
    scale_bar.setNumberOfSegmentsLeft(0)
    scale_bar.setNumberOfSegments(4)
    scale_bar.setHeight(2.5)
    text_format = QgsTextFormat()
    text_format.setFont(_font(8.5))
    text_format.setSize(8.5)
    scale_bar.setTextFormat(text_format)
    layout.addLayoutItem(scale_bar)
    scale_bar.update()
    return scale_bar
