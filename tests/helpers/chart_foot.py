"""Whether the strip a chart keeps at its foot for a note (gis/bar_chart.NOTE_HEIGHT) is empty."""

from i40_disparity_plugin.gis.bar_chart import NOTE_HEIGHT


def foot_is_blank(image):
    foot = range(image.height() - NOTE_HEIGHT + 6, image.height() - 6)
    return all(
        image.pixelColor(x, y).name() == "#ffffff"
        for y in foot
        for x in range(12, image.width() - 12, 3)
    )
