"""Renderers for the plugin's output layers."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
)
from qgis.PyQt.QtGui import QColor

from ..core.density.bands import UNCLASSIFIED_LABEL

# Light yellow to dark red (ColorBrewer YlOrRd end points): the order of the bands reads at a
# glance and survives greyscale printing. Fixed here rather than taken from the user's style
# database, so that every machine draws the same map.
DENSITY_RAMP = QgsGradientColorRamp(QColor("#ffffcc"), QColor("#bd0026"))
DENSITY_RAMP.setStops([])
UNCLASSIFIED_COLOR = QColor("#bdbdbd")
OUTLINE_COLOR = "128,128,128,120"


def _fill(color):
    return QgsFillSymbol.createSimple(
        {"color": color.name(), "outline_color": OUTLINE_COLOR, "outline_width": "0.05"}
    )


def band_renderer(bands, language, field="band"):
    """Categorised renderer over ``field``: one ordered colour per band, grey for no band."""
    last = max(len(bands) - 1, 1)
    categories = [
        QgsRendererCategory(
            band.number, _fill(DENSITY_RAMP.color(index / last)), band.label(language)
        )
        for index, band in enumerate(bands)
    ]
    # A NULL category: areas without a band stay visible instead of vanishing from the map.
    categories.append(
        QgsRendererCategory(None, _fill(UNCLASSIFIED_COLOR), UNCLASSIFIED_LABEL[language])
    )
    return QgsCategorizedSymbolRenderer(field, categories)


def _marker(color, shape, size_mm):
    # A white outline keeps markers visible on dark areas.
    return QgsMarkerSymbol.createSimple(
        {"name": shape, "color": color, "size": str(size_mm), "outline_color": "white"}
    )


def marker_renderer(color, shape="circle", size_mm=2.4):
    """One marker for all points."""
    return QgsSingleSymbolRenderer(_marker(color, shape, size_mm))


def universities_renderer():
    """The technical universities: a black star, distinct from every point style, on the
    atlas pages and in the project alike."""
    return marker_renderer("#111111", "star", 4.0)


def centres_renderer():
    """The Industrie 4.0 centres: a large orange diamond with a dark outline. Grey or black
    sank into the atlas's grey Länder and the dark density classes; orange is neither the use
    cases' blue circle nor the universities' black star, and the dark outline keeps it
    visible on red and orange area classes too."""
    return QgsSingleSymbolRenderer(
        QgsMarkerSymbol.createSimple(
            {
                "name": "diamond",
                "color": "#f07f09",
                "outline_color": "#3b1f00",
                "outline_width": "0.3",
                "size": "3.4",
            }
        )
    )


# ColorBrewer "Set1": distinct hues for categories that have no order (sectors, size classes).
CATEGORY_COLOURS = (
    "#e41a1c",
    "#377eb8",
    "#4daf4a",
    "#984ea3",
    "#ff7f00",
    "#a65628",
    "#f781bf",
    "#999999",
)


def category_marker_renderer(field, values, shape="circle", size_mm=2.4):
    """Points coloured by the values of ``field`` (in the given order), grey for others."""
    categories = [
        QgsRendererCategory(
            value,
            _marker(CATEGORY_COLOURS[i % len(CATEGORY_COLOURS)], shape, size_mm),
            str(value),
        )
        for i, value in enumerate(values)
    ]
    categories.append(QgsRendererCategory(None, _marker("#bdbdbd", shape, size_mm), "–"))
    return QgsCategorizedSymbolRenderer(field, categories)
