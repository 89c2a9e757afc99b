"""The atlas's pages: which map types exist, their texts in German and English, which Länder.

A page is one map type for one area: a Land (by its ISO code in lower case, ``bw``) or all of
Germany (``de``). Its files are ``{type}_{code}.pdf`` and ``.png``; ``atlas_index.json`` lists
them for the report. Texts that name data (indicator, point layers) are filled in from the
layers, never typed here.
"""

from __future__ import annotations

import math
import re
import textwrap
from dataclasses import dataclass

from ..ags import LAND_CODES, LAND_NAMES, land_code
from ..messages import QT_TRANSLATE_NOOP, CoreError

GERMANY = "de"
GERMANY_NAME = {"de": "Deutschland", "en": "Germany"}
DEFAULT_LAENDER = "BW,HE,NW,BB"
COMBINED_PDF = "atlas.pdf"  # all pages in one file
# Characters per line that fit the page's legend column at the template's font sizes
# (title 10.5 pt bold, entries 9 pt beside an 8 mm symbol).
LEGEND_TITLE_WIDTH = 32
LEGEND_ENTRY_WIDTH = 34

# pylupdate5 needs the context and the text's start on one line.
# fmt: off
UNKNOWN_LAND = QT_TRANSLATE_NOOP("core", "Unknown Land '{entry}'. Give Länder by abbreviation, "
                                         "name or two-digit key: {valid}.")
# fmt: on
NO_LAND = QT_TRANSLATE_NOOP("core", "No Land given: list at least one, e.g. BW,HE.")


@dataclass(frozen=True)
class PageType:
    name: str
    # The algorithm parameter whose layer the page draws under the points (None: none needed).
    area_parameter: str | None
    title: dict
    subtitle: dict
    legend_title: dict
    # The line among the sources that says what the map shows and with which parameters.
    parameters: dict


PAGE_TYPES = (
    # The study's Abb. 6/9/11/13: use cases over the districts' manufacturing share.
    PageType(
        "industrie",
        "DISTRICTS",
        {"de": "Industrie 4.0 und Industrie in den Kreisen: {area}",
         "en": "Industry 4.0 and industry in the districts: {area}"},
        {"de": "{points} über den Kreisen, Flächenfarbe: {indicator}",
         "en": "{points} over the districts, colour: {indicator}"},
        {"de": "{indicator}", "en": "{indicator}"},
        {"de": "Kreise nach „{indicator}“, Klassen aus dem Stil der Ebene {areas}",
         "en": "Districts by '{indicator}', classes from the style of the layer {areas}"},
    ),
    # Abb. 15: use cases and technical universities.
    PageType(
        "hochschulen",
        "FACILITIES",
        {"de": "Industrie 4.0 und technische Hochschulen: {area}",
         "en": "Industry 4.0 and technical universities: {area}"},
        {"de": "{points} und {facilities}, mit Kreis- und Landesgrenzen",
         "en": "{points} and {facilities}, with district and Land borders"},
        {"de": "Legende", "en": "Legend"},
        {"de": "Punkte: {points}; Hochschulen: {facilities}",
         "en": "Points: {points}; universities: {facilities}"},
    ),
    # Abb. 16: use cases over the population density bands.
    PageType(
        "dichte",
        "BANDS",
        {"de": "Industrie 4.0 und Bevölkerungsdichte: {area}",
         "en": "Industry 4.0 and population density: {area}"},
        {"de": "{points} über den Dichteklassen (Einwohner je km²)",
         "en": "{points} over the population density bands (inhabitants per km²)"},
        {"de": "Einwohner je km²", "en": "Inhabitants per km²"},
        {"de": "Dichteklassen der Ebene {areas}: {thresholds}",
         "en": "Density bands of the layer {areas}: {thresholds}"},
    ),
)  # fmt: skip
PAGE_NAMES = tuple(page.name for page in PAGE_TYPES)


def parse_laender(text):
    """The two-digit keys of the Länder listed in ``text`` (by ``,`` or ``;``), in order and
    without repeats; a CoreError names an entry that is no Land, and the valid ones."""
    keys = []
    for entry in re.split(r"[,;]", text or ""):
        entry = entry.strip()
        if not entry:
            continue
        key = land_code(entry)
        if key is None:
            valid = ", ".join(f"{LAND_CODES[k]} ({LAND_NAMES[k]}, {k})" for k in sorted(LAND_CODES))
            raise CoreError(UNKNOWN_LAND, entry=entry, valid=valid)
        if key not in keys:
            keys.append(key)
    if not keys:
        raise CoreError(NO_LAND)
    return keys


def page_code(key):
    """The code of a Land's pages in file names (``08`` -> ``bw``)."""
    return LAND_CODES[key].lower()


def area_name(code, language):
    """The area a page shows: the Land's official name or Germany's, by page code."""
    if code == GERMANY:
        return GERMANY_NAME[language]
    key = next(k for k, short in LAND_CODES.items() if short.lower() == code)
    return LAND_NAMES[key]


def legend_entry_text(label):
    """A legend entry broken into lines that fit the legend column (spaces only)."""
    return textwrap.fill(label, LEGEND_ENTRY_WIDTH)


def page_stem(page_name, code):
    return f"{page_name}_{code}"


MAP_CREDIT = {
    "de": "Karte: QGIS-Plugin Industrie 4.0 Disparitäten, Projektion ETRS89-LAEA (EPSG:3035)",
    "en": "Map: QGIS plugin Industrie 4.0 Disparitäten, projection ETRS89-LAEA (EPSG:3035)",
}


@dataclass(frozen=True)
class PageTexts:
    title: str
    subtitle: str
    legend_title: str
    parameters: str


def page_texts(page, code, language, **names):
    """The texts of one page. ``names`` come from its layers: ``points``, ``facilities``,
    ``areas`` (layer names), ``indicator`` (the classified field's alias), ``thresholds``."""
    names = {
        "points": "",
        "facilities": "",
        "areas": "",
        "indicator": "",
        "thresholds": "",
        **names,
        "area": area_name(code, language),
    }
    legend_title = page.legend_title[language].format(**names)
    return PageTexts(
        page.title[language].format(**names),
        page.subtitle[language].format(**names),
        textwrap.fill(legend_title, LEGEND_TITLE_WIDTH),
        page.parameters[language].format(**names),
    )


def scale_bar_step(km_per_mm, target_mm=12):
    """Kilometres per scale-bar segment: the round number (1, 2 or 5 × 10^n, at least 1) whose
    length on the page comes closest to ``target_mm``. A segment is then 8 to 19 mm long, so
    three of them and the unit fit the page's column."""
    wanted = km_per_mm * target_mm
    steps = [base * 10**power for power in range(6) for base in (1, 2, 5)]
    return min(steps, key=lambda step: abs(math.log(step / wanted)))


def unique_lines(lines):
    """``lines`` without empty ones and repeats, in their first order (attribution lines)."""
    seen = []
    for line in lines:
        line = line.strip()
        if line and line not in seen:
            seen.append(line)
    return seen


# To the end of the sentence, or to a "; " before a word, as descriptions written before
# 0.7 had it; a "; " between numbers ("150,5; 300") is part of the list.
_SENTENCE = re.compile(r"[^.;]*(?:Schwellenwert|[Tt]hreshold).*?(?=;\s*[^\W\d]|\.(?!\d)|$)")


def threshold_sentence(abstract):
    """The part of a density-band layer's description that states its thresholds, e.g.
    ``Schwellenwerte (Einwohner je km²): 150, 300, 500``; empty when it has none."""
    match = _SENTENCE.search(abstract or "")
    return match.group(0).strip(" ;.") if match else ""


def sources_lines(attribution, texts, language):
    """The page's sources box: data attribution (each line once), then what the map shows
    with which parameters, then the map's own credit and projection."""
    return [*unique_lines(attribution), texts.parameters, MAP_CREDIT[language]]


def index_entry(page, code, language, texts):
    stem = page_stem(page.name, code)
    return {
        "type": page.name,
        "code": code,
        "land": area_name(code, language),
        "title": texts.title,
        "subtitle": texts.subtitle,
        "pdf": f"{stem}.pdf",
        "png": f"{stem}.png",
    }
