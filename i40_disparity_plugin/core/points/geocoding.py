"""Offline geocoding of use-case records: the decisions, without QGIS.

Each record is placed by the first route that works, in this order:

1. ``coordinates``: its own longitude/latitude, if both are given and lie in Germany's
   bounding box (``GERMANY_BBOX``, degrees); otherwise noted (also when they look swapped) and
   not used.
2. ``plz``: the point of its postcode area (PLZ as 5-digit text, a lost leading zero restored),
   from ``plz_points``.
3. ``ags``: the point of its Gemeinde by the Gemeindeschlüssel (8 digits, see
   ``core.ags.normalise_key``), from ``gemeinden``.
4. ``name``: its town name matched to Gemeinde names (``core.place_names``). Several
   candidates are narrowed by the record's Land (the first two AGS digits), then by its PLZ
   where ``plz_gemeinden`` (PLZ → Gemeinde keys, e.g. from a PLZ–Ort–AGS table) knows it. A
   single candidate in another Land than the record's is not taken. If candidates remain
   several, the record stays unplaced with all of them listed: nothing is guessed.

Points of ``plz_points`` and ``gemeinden`` must be in the CRS of the records' coordinates
(longitude/latitude, EPSG:4326): the QGIS adapter transforms the layers' points before.

Notes are ``Note`` objects (``core.statistics_table``): plain English text that keeps its
marked, untranslated ``template`` and its ``params`` for translation at the QGIS boundary.
A placed record may carry notes too (why an earlier route was not used, or how a name was
decided); an unplaced record's notes say why, its last note being the final reason. One
parameter is itself a marked text: ``reason`` of ``NOTE_AGS_INVALID`` (a ``core.ags`` reason),
to be translated before it is put in.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import pandas as pd

from ..ags import LAND_NAMES, normalise_key
from ..messages import QT_TRANSLATE_NOOP
from ..readers.statistics_table import Note
from .outputs import UNPLACED_RECORD_FIELDS
from .place_names import NameIndex
from .use_cases import land_code, normalise_plz

METHODS = ("coordinates", "plz", "ags", "name")
# Germany spans 5.87–15.04° E and 47.27–55.06° N; the margin keeps border towns and islands.
GERMANY_BBOX = (5.5, 47.0, 15.5, 55.5)

# fmt: off
NOTE_COORDINATES_OUTSIDE = QT_TRANSLATE_NOOP("core", "coordinates ({lon}, {lat}) lie outside "
                                                     "Germany and were not used")
NOTE_COORDINATES_SWAPPED = QT_TRANSLATE_NOOP("core", "coordinates ({lon}, {lat}) look swapped "
                                                     "(latitude first) and were not used")
NOTE_PLZ_INVALID = QT_TRANSLATE_NOOP("core", "'{plz}' is not a postcode of 5 digits")
NOTE_PLZ_UNKNOWN = QT_TRANSLATE_NOOP("core", "postcode {plz} is not in the PLZ layer")
NOTE_AGS_INVALID = QT_TRANSLATE_NOOP("core", "'{ags}' is not a Gemeindeschlüssel: {reason}")
NOTE_AGS_UNKNOWN = QT_TRANSLATE_NOOP("core", "Gemeindeschlüssel {ags} is not in the "
                                             "Gemeinde layer")
NOTE_NAME_UNKNOWN = QT_TRANSLATE_NOOP("core", "no Gemeinde is named '{city}'")
NOTE_NAME_BY_LAND = QT_TRANSLATE_NOOP("core", "'{city}' names {count} Gemeinden; the one in "
                                              "{land} was taken")
NOTE_NAME_BY_PLZ = QT_TRANSLATE_NOOP("core", "'{city}' names {count} Gemeinden; the one of "
                                             "postcode {plz} was taken")
NOTE_NAME_AMBIGUOUS = QT_TRANSLATE_NOOP("core", "'{city}' names {count} Gemeinden: {candidates}; "
                                                "give the Land or the postcode")
NOTE_NAME_OTHER_LAND = QT_TRANSLATE_NOOP("core", "'{city}' names no Gemeinde in {land}, only: "
                                                 "{candidates}")
NOTE_NO_LOCATION = QT_TRANSLATE_NOOP("core", "no coordinates, postcode, Gemeindeschlüssel or "
                                             "town given")
NOTE_NO_PLZ_LAYER = QT_TRANSLATE_NOOP("core", "postcode {plz} given, but no PLZ layer")
NOTE_NO_GEMEINDE_LAYER = QT_TRANSLATE_NOOP("core", "Gemeinde given, but no Gemeinde layer")
# fmt: on

_PLZ_BEFORE_TOWN = re.compile(r"^\s*(?:D\s*-\s*)?(\d{4,5})\s+(\S.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Gemeinde:
    """A Gemeinde of the layer: key, official name and a point (point on surface)."""

    ags: str
    name: str
    x: float
    y: float

    @property
    def land(self):
        """The Land code, the first two digits of the key ("06")."""
        return self.ags[:2]

    def label(self):
        return f"{self.name} ({self.ags})"


class GemeindeLookup:
    """Gemeinden by key and by any spelling of their names."""

    def __init__(self, gemeinden):
        self.by_ags = {}
        self.names = NameIndex()
        for gemeinde in gemeinden:
            key = normalise_key(gemeinde.ags, "gemeinde").key or str(gemeinde.ags)
            if key in self.by_ags:
                continue
            if key != gemeinde.ags:
                gemeinde = Gemeinde(key, gemeinde.name, gemeinde.x, gemeinde.y)
            self.by_ags[key] = gemeinde
            self.names.add(gemeinde.name, gemeinde)

    def __len__(self):
        return len(self.by_ags)

    def find(self, name):
        return self.names.find(name)


@dataclass(frozen=True)
class GeocodeResult:
    """Where a record was placed: ``x``/``y`` and ``method`` (one of ``METHODS``) are None
    exactly when it was not placed. ``candidates`` are the Gemeinden a town name could mean
    when the name did not decide."""

    x: float | None
    y: float | None
    method: str | None
    notes: tuple = ()
    candidates: tuple = field(default=())

    @property
    def placed(self):
        return self.method is not None

    def note_text(self, translate=str):
        """All notes as one text, each in the language ``translate`` gives it (English by
        default), or None."""
        return "; ".join(translate(note) for note in self.notes) or None

    def candidates_text(self):
        return _labels(self.candidates)


def _value(record, name):
    value = record.get(name) if hasattr(record, "get") else getattr(record, name, None)
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _number(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def inside_germany(lon, lat):
    west, south, east, north = GERMANY_BBOX
    return west <= lon <= east and south <= lat <= north


def _format(number):
    return f"{number:.6g}"


def geocode(records, plz_points=None, gemeinden=None, plz_gemeinden=None):
    """One ``GeocodeResult`` per record, in order.

    ``records``: mappings (or objects) with ``lon``, ``lat``, ``plz``, ``ags``, ``city``,
    ``land`` (missing or empty: unknown) — the schema of ``core.use_cases``.
    ``plz_points``: ``{plz: (x, y)}``; keys are normalised to 5 digits.
    ``gemeinden``: a ``GemeindeLookup`` or an iterable of ``Gemeinde``.
    ``plz_gemeinden``: optional ``{plz: iterable of AGS}`` to decide ambiguous town names.
    """
    place = geocoder(plz_points, gemeinden, plz_gemeinden)
    return [place(record) for record in records]


def geocoder(plz_points=None, gemeinden=None, plz_gemeinden=None):
    """``geocode`` one record at a time: the lookups are prepared once, and a caller can
    stop between records (Cancel in QGIS)."""
    points = {}
    for plz, point in (plz_points or {}).items():
        key = normalise_plz(plz)
        if key is not None and point is not None:
            points.setdefault(key, point)
    if gemeinden is not None and not isinstance(gemeinden, GemeindeLookup):
        gemeinden = GemeindeLookup(gemeinden)
    areas_of_plz = {}
    for plz, keys in (plz_gemeinden or {}).items():
        key = normalise_plz(plz)
        if key is not None:
            areas_of_plz.setdefault(key, set()).update(
                normalise_key(ags, "gemeinde").key for ags in keys
            )
    context = (points, plz_points is not None, gemeinden, areas_of_plz)
    return lambda record: geocode_record(record, *context)


def geocode_record(record, points, have_plz_layer, gemeinden, areas_of_plz):
    """The result for one record; see ``geocode`` (which prepares the lookups)."""
    notes = []
    lon, lat = _number(_value(record, "lon")), _number(_value(record, "lat"))
    if lon is not None and lat is not None:
        if inside_germany(lon, lat):
            return GeocodeResult(lon, lat, "coordinates")
        template = (
            NOTE_COORDINATES_SWAPPED if inside_germany(lat, lon) else NOTE_COORDINATES_OUTSIDE
        )
        notes.append(Note(template, lon=_format(lon), lat=_format(lat)))

    raw_plz, city = _value(record, "plz"), _value(record, "city")
    if raw_plz is None and isinstance(city, str):
        combined = _PLZ_BEFORE_TOWN.match(city)  # "01067 Dresden" in the town column
        if combined:
            raw_plz, city = combined.group(1), combined.group(2)
    plz = normalise_plz(raw_plz) if raw_plz is not None else None
    if raw_plz is not None:
        if plz is None:
            notes.append(Note(NOTE_PLZ_INVALID, plz=str(raw_plz)))
        elif plz in points:
            x, y = points[plz]
            return GeocodeResult(x, y, "plz", tuple(notes))
        elif have_plz_layer:
            notes.append(Note(NOTE_PLZ_UNKNOWN, plz=plz))
        else:
            notes.append(Note(NOTE_NO_PLZ_LAYER, plz=plz))

    raw_ags = _value(record, "ags")
    if (raw_ags is not None or city is not None) and gemeinden is None:
        notes.append(Note(NOTE_NO_GEMEINDE_LAYER))
        return GeocodeResult(None, None, None, tuple(notes))
    if raw_ags is not None:
        area = normalise_key(raw_ags, "gemeinde")
        if not area.is_valid:
            notes.append(Note(NOTE_AGS_INVALID, ags=str(raw_ags), reason=area.reason))
        elif area.key in gemeinden.by_ags:
            gemeinde = gemeinden.by_ags[area.key]
            return GeocodeResult(gemeinde.x, gemeinde.y, "ags", tuple(notes))
        else:
            notes.append(Note(NOTE_AGS_UNKNOWN, ags=area.key))

    if city is not None:
        return _by_name(str(city).strip(), record, plz, gemeinden, areas_of_plz, notes)
    if not notes:
        notes.append(Note(NOTE_NO_LOCATION))
    return GeocodeResult(None, None, None, tuple(notes))


def _labels(candidates):
    return "; ".join(candidate.label() for candidate in candidates)


def _by_name(city, record, plz, gemeinden, areas_of_plz, notes):
    candidates = gemeinden.find(city)
    if not candidates:
        notes.append(Note(NOTE_NAME_UNKNOWN, city=city))
        return GeocodeResult(None, None, None, tuple(notes))
    land = land_code(_value(record, "land"))
    count = len(candidates)
    remaining = candidates
    decided_by = None
    if land is not None:
        remaining = [candidate for candidate in candidates if candidate.land == land]
        if not remaining:
            notes.append(
                Note(
                    NOTE_NAME_OTHER_LAND,
                    city=city,
                    land=LAND_NAMES[land],
                    candidates=_labels(candidates),
                )
            )
            return GeocodeResult(None, None, None, tuple(notes), tuple(candidates))
        if len(remaining) == 1 and count > 1:
            decided_by = Note(NOTE_NAME_BY_LAND, city=city, count=count, land=LAND_NAMES[land])
    if len(remaining) > 1 and plz is not None and plz in areas_of_plz:
        # The PLZ decides only where a PLZ–Gemeinde table knows it (a PLZ in the PLZ layer has
        # placed the record already).
        of_plz = [candidate for candidate in remaining if candidate.ags in areas_of_plz[plz]]
        if len(of_plz) == 1:
            remaining = of_plz
            decided_by = Note(NOTE_NAME_BY_PLZ, city=city, count=count, plz=plz)
    if len(remaining) == 1:
        gemeinde = remaining[0]
        if decided_by is not None:
            notes.append(decided_by)
        return GeocodeResult(gemeinde.x, gemeinde.y, "name", tuple(notes))
    notes.append(
        Note(NOTE_NAME_AMBIGUOUS, city=city, count=len(remaining), candidates=_labels(remaining))
    )
    return GeocodeResult(None, None, None, tuple(notes), tuple(remaining))


def unplaced_rows(records, results, translate=str):
    """The records not placed as rows of the UNPLACED table (``outputs.UNPLACED``), by field
    name: their number in the table (from 1), what and where they are, and why they were not
    placed (the notes, through ``translate``) with the Gemeinden a town name could mean."""
    rows = []
    for number, (record, result) in enumerate(zip(records, results), start=1):
        if result.placed:
            continue
        row = {"row": number}
        for name in UNPLACED_RECORD_FIELDS:
            value = _value(record, name)
            row[name] = None if value is None else str(value)
        row["reason"] = result.note_text(translate)
        row["candidates"] = result.candidates_text() or None
        rows.append(row)
    return rows
