"""Finds English sentences, and decimal points, in texts a German session produced (log,
results, files).

Two detectors, because either alone misses cases: English function words catch any English
sentence, also one nobody marked for translation; the catalogue of the German .ts catches a
marked text that reached the user untranslated even where it has no function word ("Placed
points"). Public field names (size_class, band_label …) are single tokens joined by "_" and
contain no function word, so they pass; so do proper nouns such as "TU Dresden".
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

TS_FILE = Path(__file__).resolve().parents[2] / "i18n" / "i40_disparity_plugin_de.ts"

# Words an English sentence can hardly do without and German does not use: "in", "an", "also",
# "Band" or "Layer" are German too and stay out, and so do words the test data use as layer
# names ("points", "areas").
ENGLISH_WORDS = (
    "the", "of", "not", "and", "or", "is", "are", "was", "were", "with", "without", "for",
    "from", "to", "by", "which", "has", "have", "could", "cannot", "records", "record",
    "placed", "row", "rows", "column", "columns", "field", "fields", "number", "share",
    "recognised", "written", "read", "missing",
)  # fmt: skip
_WORD = re.compile(r"(?<![\w_./-])(" + "|".join(ENGLISH_WORDS) + r")(?![\w_./-])", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\{\w*\}")
# A decimal point ("4.54 km"): German writes a decimal comma. Thousands ("5.000") and dates
# ("07.12.2026") have other shapes; "Industrie 4.0" is a name.
_DECIMAL_POINT = re.compile(r"(?<![\d.])(?<!Industrie )(?<!Mittelstand )\d+\.\d{1,2}(?![\d.])")
# Only templates with this much literal text: "{count} areas" alone would match far too much.
MIN_LITERAL = 10


def english_catalogue(ts_file=TS_FILE):
    """Patterns of the English sources whose German translation differs from them."""
    patterns = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        literal = _PLACEHOLDER.sub("", source)
        if translation == source or len(literal.strip()) < MIN_LITERAL or " " not in literal:
            continue
        parts = [re.escape(part) for part in _PLACEHOLDER.split(html.unescape(source))]
        patterns.append((source, re.compile(".+?".join(parts))))
    return patterns


def english_in(texts, catalogue=None, numbers=True):
    """Each text that reads English, with the reason: [(text, why)]. ``numbers=False`` for
    values read by machines (a model's next step), which keep the decimal point."""
    catalogue = english_catalogue() if catalogue is None else catalogue
    found = []
    for text in texts:
        word = _WORD.search(text)
        if word:
            found.append((text, f"English word {word.group(0)!r}"))
            continue
        number = _DECIMAL_POINT.search(text) if numbers else None
        if number:
            found.append((text, f"decimal point in {number.group(0)!r}"))
            continue
        for source, pattern in catalogue:
            if pattern.search(text):
                found.append((text, f"untranslated source {source!r}"))
                break
    return found


def html_text(markup):
    """The words of an HTML page as a reader sees them: no tags, styles or scripts."""
    markup = re.sub(r"<(style|script)\b.*?</\1>", " ", markup, flags=re.DOTALL | re.IGNORECASE)
    lines = re.sub(r"<[^>]+>", "\n", markup)
    return [html.unescape(line).strip() for line in lines.splitlines() if line.strip()]
