"""INKAR wide exports of the BBSR (www.inkar.de) and their metadata files.

An export is ``;``-separated, UTF-8 (mostly with BOM), with German numbers and two header rows:
row 1 names the indicator above every value column, row 2 gives the column's year; the first
columns (``Kennziffer;Raumeinheit;Aggregat``) have no year. The metadata file of an export
(``Meta-X.csv`` or ``Metadata-X.csv`` next to ``X.csv``, comma-separated) gives per indicator
``Langname`` and ``Quelle``; ``Quelle`` becomes ``source`` and the unit is read off
``Langname`` (see ``unit_from_long_name``). When no metadata file carries the export's name,
every ``Meta*.csv`` in the folder is searched by indicator name (the BBSR's downloads pair,
e.g., ``employment-and-gainful-employment.csv`` with ``Metadata-Structure-Part-I.csv`` and
``-Part-II.csv``).
"""

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from ..messages import QT_TRANSLATE_NOOP, CoreError
from .generic import REASON_NO_KEY, csv_rows, detect_delimiter, read_text, row_text
from .progress import Progress
from .statistics_table import Note, TidyCollector

ATTRIBUTION = "Datenbasis: INKAR{edition}, BBSR Bonn (dl-de/by-2-0)"
# The edition is not written in the export; a folder or file name such as ``inkar_2019`` names
# it, and the attribution then says so.
_EDITION_IN_PATH = re.compile(r"inkar[\s_-]?(\d{4})", re.IGNORECASE)
_YEAR = re.compile(r"^\d{4}$")

# A unit follows the last " in " of a Langname when that word starts like one.
_UNIT_AFTER_IN = re.compile(
    r"^.*\bin\s*((?:%|‰|o/oo|€|Euro|EUR|km²|m²|ha|Tsd\.|Mio\.|Mrd\.|\d[\d.,]*\s*(?:€|Euro|EUR)).*)$"
)
# Otherwise a count per some base, "je 100 Einwohner …", "je km²".
_PER_BASE = re.compile(r"\b(je\s+(?:\d[\d.]*|km²|qkm|ha)(?:\s.*)?)$")
# In order: after "Euro" became "€", "1.000 €" becomes "Tsd. €", so that legend labels read
# "16 – 32 Tsd. €" rather than "16 – 32 1.000 €".
_UNIT_SPELLINGS = (("o/oo", "‰"), ("Euro", "€"), ("EUR", "€"), ("1.000 €", "Tsd. €"))

NOTE_NO_METADATA = QT_TRANSLATE_NOOP("core", "No metadata (unit, source) for: {indicators}")
NOTE_METADATA_FILES = QT_TRANSLATE_NOOP("core", "Metadata read from: {files}")


@dataclass(frozen=True)
class IndicatorMetadata:
    long_name: str
    unit: str
    source: str


def unit_from_long_name(long_name):
    """The unit an INKAR ``Langname`` states, or ``""`` when it states none clearly.

    ``"Bruttoinlandsprodukt in 1.000 € je Einwohner"`` → ``"Tsd. € je Einwohner"``;
    ``"Anteil … an den SV Beschäftigten in %"`` → ``"%"``; ``"… in o/oo"`` → ``"‰"``;
    ``"… in Euro"`` → ``"€"``; ``"Erwerbstätige je km²"`` → ``"je km²"``;
    ``"SV Beschäftigte … je 100 Einwohner im erwerbsfähigen Alter"`` →
    ``"je 100 Einwohner im erwerbsfähigen Alter"``; ``"Monatsentgelte der …"`` → ``""``.
    """
    text = " ".join(str(long_name or "").split())
    match = _UNIT_AFTER_IN.match(text) or _PER_BASE.search(text)
    if not match:
        return ""
    unit = match.group(1).strip()
    for spelling, symbol in _UNIT_SPELLINGS:
        unit = re.sub(rf"(?<!\w){re.escape(spelling)}(?!\w)", symbol, unit)
    return unit


def _column(row, wanted):
    for name, value in row.items():
        if name and name.strip().casefold() == wanted:
            return (value or "").strip()
    return ""


def read_metadata(path):
    """Indicator name → ``IndicatorMetadata`` of one INKAR metadata file (empty if it is none)."""
    text, _ = read_text(path)
    reader = csv.DictReader(io.StringIO(text), delimiter=detect_delimiter(text))
    fields = {name.strip().casefold() for name in reader.fieldnames or () if name}
    if "indikator" not in fields:
        return {}
    metadata = {}
    for row in reader:
        indicator = _column(row, "indikator")
        if indicator and indicator not in metadata:
            long_name = _column(row, "langname")
            metadata[indicator] = IndicatorMetadata(
                long_name, unit_from_long_name(long_name), _column(row, "quelle")
            )
    return metadata


def metadata_candidates(data_path):
    """The metadata files that may describe an export: its namesakes, else all in its folder."""
    data_path = Path(data_path)
    folder = data_path.parent
    namesakes = [folder / f"{prefix}-{data_path.stem}.csv" for prefix in ("Meta", "Metadata")]
    found = [path for path in namesakes if path.is_file()]
    if found:
        return found
    return sorted(
        path
        for path in folder.glob("*.csv")
        if path.name.casefold().startswith("meta") and path != data_path
    )


def _metadata_for(indicators, data_path, metadata_path):
    """Metadata per indicator and the names of the files that gave some."""
    if metadata_path is not None:
        metadata = read_metadata(metadata_path)
        if not metadata:
            # pylupdate5 needs the context and the text's start on one line.
            # fmt: off
            raise CoreError(
                QT_TRANSLATE_NOOP("core", "{path} is no INKAR metadata file "
                                          "(no column Indikator)."),
                path=metadata_path,
            )
            # fmt: on
        return metadata, [Path(metadata_path).name]
    found, used = {}, []
    for path in metadata_candidates(data_path):
        metadata = read_metadata(path)
        wanted = {name: metadata[name] for name in indicators if name in metadata}
        if wanted:
            used.append(path.name)
            for name, entry in wanted.items():
                found.setdefault(name, entry)
    return found, used


def looks_like_inkar(rows):
    """Whether split rows start like an INKAR export: ``Kennziffer``, then a row of years."""
    if len(rows) < 2 or not rows[0] or rows[0][0].strip().casefold() != "kennziffer":
        return False
    return any(_YEAR.match(cell.strip()) for cell in rows[1])


def _header(rows, path):
    """Key, name and value columns from the two header rows: (index, indicator, year)."""
    if len(rows) < 3:
        raise _not_inkar(path)
    names, periods = ([cell.strip() for cell in cells] for _, cells in rows[:2])
    fixed = 0
    while fixed < len(names) and fixed < len(periods) and not periods[fixed]:
        fixed += 1
    values = [
        (index, names[index], periods[index])
        for index in range(fixed, min(len(names), len(periods)))
    ]
    if not fixed or not values or not any(_YEAR.match(period) for _, _, period in values):
        raise _not_inkar(path)
    lowered = [name.casefold() for name in names[:fixed]]
    key_index = lowered.index("kennziffer") if "kennziffer" in lowered else 0
    name_index = lowered.index("raumeinheit") if "raumeinheit" in lowered else None
    columns = []
    for index, indicator, period in values:
        year = int(period) if _YEAR.match(period) else None
        # A period that is no single year (e.g. "2012-2016") stays part of the indicator.
        if year is None and period:
            indicator = f"{indicator} ({period})"
        columns.append((index, indicator, year))
    return key_index, name_index, columns


def _not_inkar(path):
    # pylupdate5 needs the context and the text's start on one line.
    # fmt: off
    return CoreError(
        QT_TRANSLATE_NOOP("core", "{path} is not an INKAR export: row 1 must name the indicators "
                                  "and row 2 their years, after the columns Kennziffer and "
                                  "Raumeinheit."),
        path=path,
    )
    # fmt: on


def read_inkar(path, metadata_path=None, progress=None):
    """Read an INKAR export; ``progress`` hears how far and may cancel (``progress.py``)."""
    progress = Progress.of(progress, Path(path).name)
    text, encoding = read_text(path)
    rows = [
        (number, cells)
        for number, cells in csv_rows(text, ";", progress.part(0, 0.6))
        if any(c.strip() for c in cells)
    ]
    key_index, name_index, columns = _header(rows, path)
    indicators = list(dict.fromkeys(indicator for _, indicator, _ in columns))
    metadata, used_files = _metadata_for(indicators, path, metadata_path)

    collector = TidyCollector(",")
    for number, cells in rows[2:]:
        key = cells[key_index].strip() if key_index < len(cells) else ""
        if not key:
            collector.skip(number, row_text(cells), REASON_NO_KEY)
            continue
        name = (
            cells[name_index].strip()
            if name_index is not None and name_index < len(cells)
            else None
        )
        for index, indicator, year in columns:
            entry = metadata.get(indicator)
            collector.add(
                number,
                key,
                name or None,
                indicator,
                year,
                cells[index] if index < len(cells) else None,
                unit=entry.unit if entry else "",
                source=entry.source if entry else "",
            )
    notes = []
    if used_files:
        notes.append(Note(NOTE_METADATA_FILES, files=", ".join(used_files)))
    without = [name for name in indicators if name not in metadata]
    if without:
        notes.append(Note(NOTE_NO_METADATA, indicators="; ".join(without)))
    edition = _EDITION_IN_PATH.search(str(Path(path).resolve()))
    attribution = ATTRIBUTION.format(edition=f" {edition.group(1)}" if edition else "")
    table = collector.table(
        [attribution], "inkar", encoding=encoding, delimiter=";", decimal=",", notes=notes
    )
    progress.done()
    return table
