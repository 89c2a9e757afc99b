"""QGIS's classification methods, colour ramps of the user's style, and choropleth renderers."""

from difflib import get_close_matches

from qgis.core import (
    QgsClassificationEqualInterval,
    QgsClassificationJenks,
    QgsClassificationPrettyBreaks,
    QgsClassificationQuantile,
    QgsExpression,
    QgsFillSymbol,
    QgsRuleBasedRenderer,
    QgsStyle,
    QgsSymbol,
)

from ..compat import GeometryType
from ..core.indicators.class_breaks import ClassRange, clean_ranges
from .style import OUTLINE_COLOR, UNCLASSIFIED_COLOR

FIXED = "fixed"
# The order of the Processing enum METHOD: qgis_process in QGIS 3.22 takes the index.
METHODS = ("jenks", "quantile", "equal", "pretty", FIXED)
_CLASSIFICATIONS = {
    "jenks": QgsClassificationJenks,
    "quantile": QgsClassificationQuantile,
    "equal": QgsClassificationEqualInterval,
    "pretty": QgsClassificationPrettyBreaks,
}


def computed_ranges(method, values, classes):
    """Classes of ``values`` (numbers, no NULL) by one of QGIS's own classification methods.

    Never asks for more classes than there are distinct values; the result can still have
    fewer classes than asked for (see ``clean_ranges``), pretty breaks also more.
    """
    distinct = sorted(set(values))
    if len(distinct) == 1:
        return (ClassRange(distinct[0], distinct[0]),)
    found = _CLASSIFICATIONS[method]().classes(
        [float(v) for v in values], min(classes, len(distinct))
    )
    return clean_ranges(
        (found_range.lowerBound(), found_range.upperBound()) for found_range in found
    )


def style_color_ramp(name):
    """``(ramp, names)``: a copy of the named ramp of the user's QGIS style (None if there is
    none; the case of the name does not matter) and the names of all its ramps.

    Call in the main thread: the style database belongs to it.
    """
    style = QgsStyle.defaultStyle()
    names = list(style.colorRampNames())
    by_lower = {n.lower(): n for n in names}
    match = name if name in names else by_lower.get((name or "").lower())
    return (style.colorRamp(match) if match else None), names


def ramp_suggestions(name, names, count=8):
    """Names to offer for a mistyped ramp: close matches first, then others in order."""
    close = get_close_matches(name or "", names, n=3, cutoff=0.5)
    return (close + [n for n in sorted(names) if n not in close])[:count]


def class_symbol(geometry_type, color):
    """A plain symbol of one colour; polygons with the thin grey outline of all plugin maps."""
    if geometry_type == GeometryType.Polygon:
        return QgsFillSymbol.createSimple(
            {"color": color.name(), "outline_color": OUTLINE_COLOR, "outline_width": "0.05"}
        )
    symbol = QgsSymbol.defaultSymbol(geometry_type)
    symbol.setColor(color)
    return symbol


def range_filter(field_name, ranges, index):
    """The filter expression of class ``index``.

    The lowest class takes every value up to its upper bound and the highest every value above
    its lower bound, so a style re-applied to newer data leaves no value undrawn; only NULL
    falls through to the "no data" rule.
    """
    field = QgsExpression.quotedColumnRef(field_name)
    conditions = []
    if index > 0:
        conditions.append(f"{field} > {QgsExpression.quotedValue(ranges[index].lower)}")
    if index < len(ranges) - 1:
        conditions.append(f"{field} <= {QgsExpression.quotedValue(ranges[index].upper)}")
    return " AND ".join(conditions) or f"{field} IS NOT NULL"


def choropleth_renderer(field_name, ranges, labels, ramp, geometry_type, no_data_label):
    """A rule-based renderer: one rule per class along ``ramp``, then a grey ELSE rule.

    QgsGraduatedSymbolRenderer cannot draw NULL values, but planners must see where data are
    missing; rules draw them and list "no data" in the legend, also in print layouts.
    """
    root = QgsRuleBasedRenderer.Rule(None)
    last = max(len(ranges) - 1, 1)
    for index, label in enumerate(labels):
        position = index / last if len(ranges) > 1 else 1.0
        root.appendChild(
            QgsRuleBasedRenderer.Rule(
                class_symbol(geometry_type, ramp.color(position)),
                0,
                0,
                range_filter(field_name, ranges, index),
                label,
            )
        )
    root.appendChild(
        QgsRuleBasedRenderer.Rule(
            class_symbol(geometry_type, UNCLASSIFIED_COLOR), 0, 0, "ELSE", no_data_label
        )
    )
    return QgsRuleBasedRenderer(root)
