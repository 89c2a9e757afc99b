"""Placements (core/points/placement.py) in layer metadata: written by the placing
algorithms with their points, read by every algorithm that works on points, passed on with
its own outputs so that the report finds them on the tables it reads.

Why metadata keywords: the plugin already stores each output's metadata where QGIS keeps it
for that kind of storage (gis/provenance.finish_output_layer), so the placement travels with
memory layers, GeoPackages, .qmd files beside other files and PostGIS tables (QGIS >= 3.40)
without a storage of its own, and a model's next step or a colleague's QGIS reads it the same
way. QGIS 3.22 keeps only the table comment of a PostGIS table, where the placing algorithm's
abstract states the same count in words.
"""

from qgis.core import QgsLayerMetadata

from ..core.points.placement import VOCABULARY, Placement, incomplete
from .provenance import layer_metadata


def placements_of(layer):
    """The placements a layer's metadata records (its own and those of its inputs)."""
    if layer is None:
        return []
    keywords = layer_metadata(layer).keywords(VOCABULARY)
    placements = [Placement.from_keyword(keyword) for keyword in keywords]
    return [placement for placement in placements if placement is not None]


def with_placements(metadata, placements):
    """A copy of ``metadata`` that records ``placements`` besides those it holds."""
    recorded = [Placement.from_keyword(keyword) for keyword in metadata.keywords(VOCABULARY)]
    kept = list(dict.fromkeys([p for p in recorded if p is not None] + list(placements)))
    copy = QgsLayerMetadata(metadata)
    if kept:
        copy.addKeywords(VOCABULARY, [placement.keyword() for placement in kept])
    return copy


def incomplete_placements(layers):
    """The placements of ``layers`` that miss records, each once."""
    return incomplete(placement for layer in layers for placement in placements_of(layer))
