"""Bar charts drawn with Qt alone (QPainter on a QImage): no plotting library is needed in
QGIS desktop, and a QImage, unlike a QPixmap, may be painted outside the GUI thread, where
Processing runs its algorithms."""

import math

from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

from ..core.density.outputs import BAND_STATISTICS
from ..core.number_format import format_number

CHART_SIZE = (960, 600)  # width, height in pixels
NOTE_HEIGHT = 40  # pixels at the foot, for a note under the chart
OBSERVED_COLOUR = QColor("#c0392b")
EXPECTED_COLOUR = QColor("#95a5a6")
# The chart's own texts; what its values are called is BAND_STATISTICS' column labels.
CHART_TEXTS = {
    "de": {
        "title": "Punkte je Dichteklasse: beobachtet und nach Bevölkerung erwartet",
        "axis": "Anzahl Punkte",
    },
    "en": {
        "title": "Points per density band: observed and expected from population",
        "axis": "number of points",
    },
}


def nice_step(maximum, ticks=5):
    """A round tick step (1, 2 or 5 times a power of ten) giving about ``ticks`` ticks."""
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def bar_chart(categories, series, title, axis_title, language, size=CHART_SIZE, note=""):
    """A grouped bar chart as a QImage.

    ``series`` holds ``(name, values, QColor)``; a value None draws no bar. Values are
    printed above their bars with the language's decimal separator. ``note`` goes under the
    chart (e.g. how many records of the points are missing).
    """
    width, height = size
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw(painter, width, height, categories, series, title, axis_title, language)
        if note:
            painter.setPen(QColor("#444444"))
            painter.setFont(_font(12))
            painter.drawText(
                QRectF(12, height - NOTE_HEIGHT, width - 24, NOTE_HEIGHT - 6),
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap,
                note,
            )
    finally:
        painter.end()
    return image


def _font(pixels, bold=False):
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _draw(painter, width, height, categories, series, title, axis_title, language):
    left, right, top, bottom = 80, 24, 90, 110 + NOTE_HEIGHT
    plot = QRectF(left, top, width - left - right, height - top - bottom)

    painter.setPen(QColor("black"))
    painter.setFont(_font(20, bold=True))
    painter.drawText(
        QRectF(0, 8, width, 30),
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
        title,
    )

    painter.setFont(_font(14))
    legend_x = left
    for name, _values, colour in series:
        painter.fillRect(QRectF(legend_x, 50, 18, 18), colour)
        painter.drawText(
            QRectF(legend_x + 24, 46, 320, 26),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        legend_x += 24 + painter.fontMetrics().horizontalAdvance(name) + 30

    values = [v for _name, vs, _c in series for v in vs if v is not None]
    step = nice_step(max(values, default=0))
    top_value = step * max(1, math.ceil(max(values, default=0) / step))

    def y_of(value):
        return plot.bottom() - plot.height() * value / top_value

    painter.setFont(_font(13))
    grid = QPen(QColor("#dddddd"))
    tick = 0.0
    while tick <= top_value + step / 2:
        y = y_of(tick)
        painter.setPen(grid)
        painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
        painter.setPen(QColor("black"))
        painter.drawText(
            QRectF(0, y - 10, left - 8, 20),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            format_number(tick, language),
        )
        tick += step
    painter.save()
    painter.translate(18, plot.center().y())
    painter.rotate(-90)
    painter.drawText(
        QRectF(-plot.height() / 2, -12, plot.height(), 24), Qt.AlignmentFlag.AlignCenter, axis_title
    )
    painter.restore()
    painter.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom()))

    if not categories:
        return
    group_width = plot.width() / len(categories)
    bar_width = group_width * 0.8 / max(1, len(series))
    for index, label in enumerate(categories):
        group_left = plot.left() + index * group_width
        for number, (_name, series_values, colour) in enumerate(series):
            value = series_values[index]
            if value is None:
                continue
            x = group_left + group_width * 0.1 + number * bar_width
            bar = QRectF(x, y_of(value), bar_width, plot.bottom() - y_of(value))
            painter.fillRect(bar, colour)
            painter.drawText(
                QRectF(x - 10, bar.top() - 20, bar_width + 20, 18),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                format_number(value, language, decimals=1),
            )
        painter.drawText(
            QRectF(group_left + 4, plot.bottom() + 8, group_width - 8, bottom - 12),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            label.replace("/", "/\u2060"),  # a word joiner: units such as E/km² stay whole
        )


def observed_expected_chart(rows, language, size=CHART_SIZE, note=""):
    """Observed against population-expected points per band (``core.band_statistics`` rows);
    ``note`` under it."""
    texts = CHART_TEXTS[language]
    return bar_chart(
        [category_text(row, language) for row in rows],
        [
            (_label("points", language), [row.points for row in rows], OBSERVED_COLOUR),
            (_label("expected", language), [row.expected for row in rows], EXPECTED_COLOUR),
        ],
        texts["title"],
        texts["axis"],
        language,
        size,
        note,
    )


def _label(name, language):
    return BAND_STATISTICS.column(name).label[language]


def category_text(row, language):
    """The band's label, and under it enrichment and p-value where there are any, with the
    decimals their columns declare."""
    notes = []
    for name in ("enrichment", "p_value"):
        value = getattr(row, name)
        if value is not None:
            decimals = BAND_STATISTICS.column(name).decimals
            notes.append(f"{_label(name, language)} {format_number(value, language, decimals)}")
    return "\n".join([row.label, ", ".join(notes)]) if notes else row.label
