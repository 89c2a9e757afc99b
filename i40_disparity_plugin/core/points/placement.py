"""How complete a placed point set is, carried from the placing algorithm to every product
made from it: so that band statistics, distances, cross tables, atlas pages and the report
built on 18 of 37 centres say that 19 are missing and where the list of them is.

A placement travels as one keyword of the layer's metadata (gis/placement.py), which QGIS
stores with memory layers, GeoPackages (their metadata table), other files (.qmd) and, from
QGIS 3.40 on, PostGIS tables: ``<placed>/<total>/<layer|file|>/<name of the list>``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..number_format import format_number

# The keyword vocabulary of QgsLayerMetadata that holds placements.
VOCABULARY = "i40disparity:placement"

# Output-language texts, chosen like the report's and the atlas's words by a language code
# (log lines use the UI's language).
_INCOMPLETE = {
    "de": "{missing} von {total} Einträgen nicht verortet; Liste: {where}",
    "en": "{missing} of {total} records not placed; list: {where}",
}
# Where the list of the records not placed is, by its kind.
LAYER, FILE, TABLE = "layer", "file", "table"
_WHERE = {
    LAYER: {"de": "Ebene „{name}“", "en": "layer “{name}”"},
    FILE: {"de": "Datei {name}", "en": "file {name}"},
    TABLE: {"de": "Tabelle {name}", "en": "table {name}"},  # a database table, not loaded
}
_NO_LIST = {"de": "nicht gespeichert", "en": "not saved"}


@dataclass(frozen=True)
class Placement:
    placed: int
    total: int
    list_kind: str = ""  # LAYER, FILE or TABLE: what lists the records not placed; "": none
    list_name: str = ""  # the layer's name, the file's path or the table and its database

    @property
    def missing(self):
        return self.total - self.placed

    @property
    def complete(self):
        return self.missing <= 0

    def keyword(self):
        return f"{self.placed}/{self.total}/{self.list_kind}/{self.list_name}"

    @classmethod
    def from_keyword(cls, text):
        """The placement a keyword holds; None for one that is not a placement."""
        parts = str(text).split("/", 3)  # a file's path may hold "/" itself
        if len(parts) != 4 or not all(part.isdigit() for part in parts[:2]):
            return None
        if parts[2] not in _WHERE:
            parts[2:] = ["", ""]
        return cls(int(parts[0]), int(parts[1]), parts[2], parts[3])


def incomplete(placements):
    """The placements that miss records, each once, in their order."""
    return list(dict.fromkeys(p for p in placements if p is not None and not p.complete))


def missing_sentence(placement, language):
    """ "19 von 37 Einträgen nicht verortet; Liste: Ebene „Nicht verortet: zentren“"."""
    if placement.list_kind:
        where = _WHERE[placement.list_kind][language].format(name=placement.list_name)
    else:
        where = _NO_LIST[language]
    return _INCOMPLETE[language].format(
        missing=format_number(placement.missing, language, 0),
        total=format_number(placement.total, language, 0),
        where=where,
    )


def missing_sentences(placements, language):
    """One sentence per point set that misses records; [] when all are complete."""
    return [missing_sentence(placement, language) for placement in incomplete(placements)]
