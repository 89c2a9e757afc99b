"""What a report reads from QGIS: tables with their metadata, charts and map images as PNG."""

from qgis.core import QgsDataSourceUri
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, Qt
from qgis.PyQt.QtGui import QImage

from ..core.density.band_statistics import BandStatistic
from ..core.report.tables import Source
from .bar_chart import observed_expected_chart
from .placement import placements_of
from .postgis import PROVIDER, TableReference
from .provenance import layer_file, layer_metadata
from .values import python_value

READING_WIDTH = 1400  # pixels: map pages embedded at a size read on screen, not printed


def layer_place(layer):
    """Where a layer's data lives, as the report's inputs show it: its file, or a PostGIS
    table by schema, name, database and host (never its connection string)."""
    if layer.providerType() == PROVIDER:
        return TableReference(QgsDataSourceUri(layer.source())).words()
    return layer_file(layer)


def layer_source(layer):
    metadata = layer_metadata(layer)
    return Source(
        name=layer.name(),
        file=layer_place(layer),
        title=metadata.title(),
        abstract=metadata.abstract(),
        rights=tuple(metadata.rights()),
        placements=tuple(placements_of(layer)),
    )


def layer_table(layer):
    """The layer as plain data for the core: its source, field names and rows of values.

    The storage's own feature key (the fid of a GeoPackage table) is left out: no
    algorithm wrote it, and in a cross table it would pass for the row categories.
    """
    key = set(layer.dataProvider().pkAttributeIndexes())
    kept = [i for i in range(layer.fields().count()) if i not in key]
    names = [layer.fields().at(i).name() for i in kept]
    rows = [
        [python_value(feature.attributes()[i]) for i in kept] for feature in layer.getFeatures()
    ]
    return layer_source(layer), names, rows


def band_chart_png(table, language):
    """The observed-against-expected chart of a band statistics table's first group (the
    one over all areas, which bandstatistics writes first), drawn from the table's numbers."""
    columns = table.columns
    first_group = table.rows[0][columns.index("group")] if table.rows else None
    rows = []
    for row in table.rows:
        cell = dict(zip(columns, row))
        if cell["group"] != first_group:
            continue
        rows.append(
            BandStatistic(
                band=cell["band"],
                label=cell["band_label"] or "",
                points=cell["points"],
                share=cell["share"],
                cumulative_share=cell["cumulative_share"],
                population=None,  # not in the table, and not drawn
                population_share=cell["population_share"],
                expected=cell["expected"],
                enrichment=cell["enrichment"],
                p_value=cell["p_value"],
            )
        )
    return png_bytes(observed_expected_chart(rows, language))


def reading_size_png(path, width=READING_WIDTH):
    """An image file as PNG bytes, scaled down to ``width`` pixels if it is wider; None if
    it cannot be read."""
    image = QImage(str(path))
    if image.isNull():
        return None
    if image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    return png_bytes(image)


def png_bytes(image):
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)
