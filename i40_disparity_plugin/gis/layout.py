"""Print-layout pieces the atlas pages share: the font, the legend's own tree, PNG export."""

from osgeo import gdal
from qgis.core import (
    QgsLayoutExporter,
    QgsLegendRenderer,
    QgsMapLayerLegendUtils,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QFont

from ..compat import LegendComponent

# DejaVu Sans ships with every Debian QGIS and has all German characters, so the map looks
# the same on every machine instead of depending on the desktop's default font.
FONT_FAMILY = "DejaVu Sans"


def export_failed(result):
    """The error of a layout export that did not succeed, in words and the UI's language: it
    ends a sentence naming the page ("The page … could not be written: …")."""
    reasons = {
        QgsLayoutExporter.ExportResult.FileError: QCoreApplication.translate(
            "Layout", "the file cannot be made (is the folder writable and the disk not full?)"
        ),
        QgsLayoutExporter.ExportResult.MemoryError: QCoreApplication.translate(
            "Layout", "not enough memory"
        ),
    }
    reason = reasons.get(result) or QCoreApplication.translate(
        "Layout", "QGIS's layout export failed (result {result})"
    ).format(result=getattr(result, "name", result))  # Qt 6 enums have names, Qt 5 ints
    return RuntimeError(reason)


def export_png(layout, path, dpi):
    """Render the layout's page (at the atlas's current feature, if any) to a PNG."""
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    # QGIS then georeferences the PNG through GDAL, whose PNG driver cannot write in place
    # and says so on stderr; the image is complete, so that message is only noise.
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        result = QgsLayoutExporter(layout).exportToImage(str(path), settings)
    finally:
        gdal.PopErrorHandler()
    if result != QgsLayoutExporter.ExportResult.Success:
        raise export_failed(result)


def font(size, bold=False):
    qfont = QFont(FONT_FAMILY)
    qfont.setPointSizeF(size)
    qfont.setBold(bold)
    return qfont


def fill_legend(legend, layer, extra_layers=()):
    """Our own legend tree, not the project's: the classes of ``layer`` (if any) without its
    name (the legend's title says what they are), then each of ``extra_layers`` (e.g.
    points): a single symbol as one line with the layer's name, a classified layer's classes
    under its name."""
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for node_layer in ([layer] if layer is not None else []) + list(extra_layers):
        node = root.addLayer(node_layer)
        style = LegendComponent.Hidden
        if node_layer is not layer:
            if len(legend.model().layerLegendNodes(node)) == 1:
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, 0, node_layer.name())
            else:
                style = LegendComponent.Subgroup
        QgsLegendRenderer.setNodeLegendStyle(node, style)
        legend.model().refreshLayerLegend(node)
