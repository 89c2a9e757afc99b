"""The scripts' single maps (demo): a print layout with map, legend, scale bar, title and
sources, as PNG. Not part of the plugin, whose maps are the atlas pages (gis/atlas.py).

The page is A4 landscape: title on top, the map on the left sized to the extent's shape, and
a column on the right with the legend at the top and scale bar and sources at the bottom.
Germany is taller than wide, so the map fills the page height and nothing is drawn over it.
All text comes from the caller. Import it after standalone.start_qgis.
"""

from qgis.core import (
    QgsFeatureRequest,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsRectangle,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt

from i40_disparity_plugin.compat import (
    DistanceUnit,
    LayoutUnit,
    LegendComponent,
    ScaleBarSegmentSizeMode,
)
from i40_disparity_plugin.gis.atlas import EQUAL_AREA
from i40_disparity_plugin.gis.layout import export_png, fill_legend, font

PAGE_WIDTH, PAGE_HEIGHT = 297.0, 210.0  # A4 landscape, mm
MARGIN = 10.0
GAP = 8.0
MAP_TOP = 30.0  # below title and subtitle
MAX_MAP_SHARE = 0.6  # of the page's width, so the column keeps room for legend labels
SOURCES_HEIGHT = 35.0
MM = LayoutUnit.Millimeters


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
    legend_only_shown=True,
    legend_extra_layers=(),
    scale_bar_km=50,
    dpi=200,
):
    """Render ``layers`` (top first, as in the layers panel) to a PNG at ``path``.

    The legend lists only the symbols of ``legend_layer`` (default: the bottom layer, usually
    the classified one), without the layer's name: only those the map shows, unless
    ``legend_only_shown`` is False; then each of ``legend_extra_layers`` (e.g. points) as its
    symbol and name. ``extent`` is in
    ``crs``; by default it covers all features of all layers. Returns the layout.
    """
    for layer in layers:
        if project.mapLayer(layer.id()) is None:
            # Legend and map resolve layers through the project they belong to.
            project.addMapLayer(layer, False)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(PAGE_WIDTH, PAGE_HEIGHT, MM))
    layout.setName(title)

    content_width = PAGE_WIDTH - 2 * MARGIN
    _label(layout, title, font(18, bold=True), (MARGIN, MARGIN - 2), (content_width, 10))
    if subtitle:
        _label(layout, subtitle, font(10), (MARGIN, MARGIN + 9), (content_width, 10))

    extent = extent or _features_extent(project, layers, crs)
    map_height = PAGE_HEIGHT - MAP_TOP - MARGIN
    map_width = min(map_height * extent.width() / extent.height(), PAGE_WIDTH * MAX_MAP_SHARE)
    map_item = QgsLayoutItemMap(layout)
    map_item.setCrs(crs)
    map_item.setLayers(layers)
    map_item.setKeepLayerSet(True)
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.2, MM))
    layout.addLayoutItem(map_item)
    map_item.attemptMove(QgsLayoutPoint(MARGIN, MAP_TOP, MM))
    map_item.attemptResize(QgsLayoutSize(map_width, map_height, MM))
    # After the resize: on an item without a size, setExtent() computes a NaN extent. It
    # keeps the width and fits the height to the extent (shorter if the width was capped).
    map_item.setExtent(extent)

    column_x = MARGIN + map_width + GAP
    column_width = PAGE_WIDTH - MARGIN - column_x
    page_bottom = PAGE_HEIGHT - MARGIN
    legend = _legend(
        layout,
        map_item,
        legend_layer or layers[-1],
        legend_title,
        legend_only_shown,
        legend_extra_layers,
    )
    legend.attemptMove(QgsLayoutPoint(column_x, MAP_TOP, MM))
    # Scale bar and sources are anchored at their lower edge: legend and scale bar size
    # themselves only when first drawn, so positions must not depend on their heights.
    _label(
        layout,
        "\n".join(attribution_lines),
        font(8),
        (column_x, page_bottom),
        (column_width, SOURCES_HEIGHT),
        valign=Qt.AlignmentFlag.AlignBottom,
    )
    scale_bar = _scale_bar(layout, map_item, scale_bar_km)
    scale_bar.setReferencePoint(QgsLayoutItem.ReferencePoint.LowerLeft)
    scale_bar.attemptMove(QgsLayoutPoint(column_x, page_bottom - SOURCES_HEIGHT - GAP, MM))

    export_png(layout, path, dpi)
    return layout


def _label(layout, text, font, position, size, valign=Qt.AlignmentFlag.AlignTop):
    """A text box; with ``valign`` bottom, ``position`` is its lower left corner."""
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    label.setFont(font)
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)  # QGIS's default justifies, stretching short lines
    label.setVAlign(valign)
    if valign == Qt.AlignmentFlag.AlignBottom:
        label.setReferencePoint(QgsLayoutItem.ReferencePoint.LowerLeft)
    layout.addLayoutItem(label)
    label.attemptResize(QgsLayoutSize(*size, MM))
    label.attemptMove(QgsLayoutPoint(*position, MM))
    return label


def _features_extent(project, layers, crs):
    # From the features, not the layers' bounding boxes: a lat/lon box reprojected to an
    # equal-area CRS bulges at its corners and would leave wide empty margins.
    request = (
        QgsFeatureRequest().setNoAttributes().setDestinationCrs(crs, project.transformContext())
    )
    extent = QgsRectangle()
    extent.setMinimal()
    for layer in layers:
        for feature in layer.getFeatures(request):
            extent.combineExtentWith(feature.geometry().boundingBox())
    extent.scale(1.03)  # a little air around the outermost coast and border lines
    return extent


def _legend(layout, map_item, layer, title, only_shown, extra_layers):
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(title)
    legend.setLinkedMap(map_item)
    fill_legend(legend, layer, extra_layers)
    # Only symbols the map shows, e.g. no "not classified" entry when every area has a class;
    # a map of a part keeps the whole scale, so that it can be compared with the others.
    legend.setLegendFilterByMapEnabled(only_shown)
    legend.setStyleFont(LegendComponent.Title, font(11, bold=True))
    legend.setStyleFont(LegendComponent.SymbolLabel, font(9.5))
    legend.setSymbolWidth(9)
    legend.setSymbolHeight(6)
    legend.setBackgroundEnabled(False)
    layout.addLayoutItem(legend)
    return legend


def _scale_bar(layout, map_item, segment_km):
    scale_bar = QgsLayoutItemScaleBar(layout)
    scale_bar.setStyle("Single Box")
    scale_bar.setLinkedMap(map_item)
    scale_bar.applyDefaultSize(DistanceUnit.Kilometers)
    scale_bar.setUnitLabel("km")
    scale_bar.setSegmentSizeMode(ScaleBarSegmentSizeMode.Fixed)
    scale_bar.setUnitsPerSegment(segment_km)
    scale_bar.setNumberOfSegmentsLeft(0)
    scale_bar.setNumberOfSegments(4)
    scale_bar.setHeight(2.5)
    text_format = QgsTextFormat()
    text_format.setFont(font(8.5))
    text_format.setSize(8.5)
    scale_bar.setTextFormat(text_format)
    layout.addLayoutItem(scale_bar)
    scale_bar.update()
    return scale_bar
