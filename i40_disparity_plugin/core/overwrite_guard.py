"""Whether a run would write over what it reads, or write two outputs to one place.

QGIS replaces a whole file when an output names it without a layer, so an output on the file of
an input empties that input (a GeoJSON, a shapefile, every layer of a GeoPackage). An output
that names a layer replaces only that layer of the file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    """Where a parameter's data lives: a file and, inside it, a layer (None: the whole file)."""

    parameter: str  # as the user sees it, e.g. "Output layer"
    path: str
    layer: str | None = None

    def file_key(self):
        return os.path.normcase(os.path.realpath(self.path))

    def overlaps(self, other):
        if not _same_file(self, other):
            return False
        if self.layer is None or other.layer is None:
            return True
        return self.layer.casefold() == other.layer.casefold()


def first_clash(inputs, outputs):
    """(written, hit) for the first output that lands on an input or on an earlier output;
    None when every output has a place of its own."""
    for index, output in enumerate(outputs):
        for other in (*inputs, *outputs[:index]):
            if output.overlaps(other):
                return output, other
    return None


def _same_file(a, b):
    try:
        return os.path.samefile(a.path, b.path)
    except OSError:  # one of them does not exist (yet): compare the names
        return a.file_key() == b.file_key()
