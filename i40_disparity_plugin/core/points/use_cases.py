"""Use-case tables (Industrie 4.0 "Anwendungsbeispiele") mapped to one schema.

A user's table may be CSV, XLSX or GeoJSON, with German or English column names. Columns are
recognised by their names (see ``SYNONYMS``; case, blanks, hyphens, umlauts and a trailing
unit in brackets do not matter) and mapped to the fields of the Plattform Industrie 4.0 map's
export (``SCHEMA``). The result keeps every original column under its own name; where an
original name equals a schema field's name (ignoring case), the original is kept as
``<name>_input`` so that both the value as given and the value as read can be compared.

Values are read, not guessed: a PLZ is text of 5 digits (a number that lost its leading zero,
``1067``, becomes ``"01067"``), a Land becomes its official name (codes ``BW``/``NW``/``NRW``,
``DE-HE``, numbers ``08``/``8`` and English names are accepted), employees are a number.
Every value that cannot be read is listed in the report with its row and reason, and left
empty in the schema column.

Employees and size classes are read by ``company_size`` (the study's classes are explained
there).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

# land_code and land_name live in ags and are imported from here by older callers.
from ..ags import LAND_CODES, LAND_NAMES, land_code, land_name, normalise_key  # noqa: F401
from ..messages import QT_TRANSLATE_NOOP, CoreError
from ..readers.generic import (
    EXCEL_SUFFIXES,
    _table_rows,
    _unique_names,
    cell_at,
    cell_text,
    decode_text,
    detect_decimal,
    read_file_bytes,
)
from ..readers.number_parsing import parse_number
from ..readers.progress import Progress
from ..text import name_key
from .company_size import REASON_SIZE_DIFFERS, parse_size_class, size_class_of
from .outputs import USE_CASE

# The schema's field names; outputs.USE_CASE declares them with their labels and types, as
# they lead the placed points.
SCHEMA = USE_CASE.names

GEOJSON_SUFFIXES = (".geojson", ".json")

# Column names per field, compared after ``name_key`` (lower case, umlauts as ae/oe/ue,
# ß as ss, only letters and digits). The first column of a table that matches wins.
SYNONYMS = {
    "title": (
        "titel",
        "title",
        "anwendungsbeispiel",
        "projekttitel",
        "projekt",
        "project",
        "usecase",
        "usecasetitle",
        "bezeichnung",
    ),
    "organisation": (
        "unternehmen",
        "organisation",
        "organization",
        "firma",
        "company",
        "unternehmensname",
        "institution",
        "einrichtung",
    ),
    "plz": ("plz", "postleitzahl", "postcode", "postalcode", "zip", "zipcode", "zipcodes"),
    "city": (
        "ort",
        "stadt",
        "city",
        "town",
        "gemeinde",
        "gemeindename",
        "municipality",
        "place",
        "standort",
    ),
    "land": ("bundesland", "land", "state", "federalstate", "landname"),
    "sector": (
        "branche",
        "sektor",
        "sector",
        "industry",
        "wirtschaftszweig",
        "wz",
        "wz2008",
    ),
    "employees": (
        "mitarbeiter",
        "mitarbeiterzahl",
        "anzahlmitarbeiter",
        "beschaeftigte",
        "beschaeftigtenzahl",
        "anzahlbeschaeftigte",
        "employees",
        "numberofemployees",
        "staff",
        "headcount",
    ),
    "size_class": (
        "unternehmensgroesse",
        "groessenklasse",
        "groesse",
        "betriebsgroesse",
        "companysize",
        "size",
        "sizeclass",
        "mitarbeitergroessenklasse",
    ),
    "maturity": (
        "reifegrad",
        "maturity",
        "maturitylevel",
        "umsetzungsstand",
        "entwicklungsstand",
    ),
    "scenario": (
        "anwendungsszenario",
        "szenario",
        "scenario",
        "applicationscenario",
        "anwendungsfeld",
    ),
    "lon": ("laengengrad", "laenge", "lon", "lng", "long", "longitude", "x", "geolaenge"),
    "lat": ("breitengrad", "breite", "lat", "latitude", "y", "geobreite"),
    "ags": (
        "gemeindeschluessel",
        "ags",
        "agsgemeinde",
        "amtlichergemeindeschluessel",
        "gemeindekennziffer",
        "gkz",
        "ars",
        "municipalitykey",
    ),
}

REASON_NOT_A_PLZ = QT_TRANSLATE_NOOP("core", "not a postcode of 5 digits")
REASON_UNKNOWN_LAND = QT_TRANSLATE_NOOP("core", "not a German Land")
REASON_NOT_EMPLOYEES = QT_TRANSLATE_NOOP("core", "not a number of employees (a whole number ≥ 1)")
REASON_NOT_A_COORDINATE = QT_TRANSLATE_NOOP("core", "not a coordinate in degrees")
REASON_NOT_A_POINT = QT_TRANSLATE_NOOP("core", "the feature's geometry is not a point")

_PLZ_TEXT = re.compile(r"^(?:D\s*-\s*)?(\d{4,5})(?:\.0+)?$", re.IGNORECASE)


@dataclass
class ValueFailure:
    """A value that could not be read; ``row`` is the line (CSV), sheet row (XLSX) or feature
    number (GeoJSON, from 1). ``reason`` is a marked, untranslated text without placeholders."""

    row: int
    column: str
    field: str
    raw: str
    reason: str


@dataclass
class UseCaseReport:
    rows: int
    mapping: dict  # schema field -> original column name ("geometry" for GeoJSON points)
    unmapped: list  # original columns that feed no schema field
    failures: list = field(default_factory=list)  # ValueFailure
    source_format: str = "csv"
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None
    renamed: dict = field(default_factory=dict)  # original column -> its name in ``data``

    def failure_counts(self):
        """``{(field, reason): count}`` for a short summary."""
        counts = {}
        for failure in self.failures:
            key = (failure.field, failure.reason)
            counts[key] = counts.get(key, 0) + 1
        return counts


@dataclass
class UseCaseTable:
    data: pd.DataFrame  # SCHEMA columns first, then the original columns
    report: UseCaseReport


# ---------------------------------------------------------------- single values


def normalise_plz(raw):
    """A German postcode as 5-digit text, or None: ``1067`` / ``"1067"`` / ``1067.0`` /
    ``"D-01067"`` → ``"01067"``. Four digits are a PLZ that lost its leading zero (PLZ
    regions 01–09 start with 0); other lengths are refused."""
    if raw is None or isinstance(raw, bool):
        return None
    if isinstance(raw, float):
        if math.isnan(raw) or not raw.is_integer():
            return None
        raw = int(raw)
    match = _PLZ_TEXT.match("".join(str(raw).split()))
    if not match:
        return None
    plz = match.group(1).zfill(5)
    return None if plz == "00000" else plz


# ---------------------------------------------------------------- reading tables


def parse_mapping(text):
    """``{field: column}`` from ``"title=Projekt; plz=Postleitzahl; lon="``.

    Entries are separated by ``;`` or new lines (column names may contain commas); an empty
    column means "do not map this field", even where a synonym would match.
    """
    mapping = {}
    for entry in (part.strip() for line in text.splitlines() for part in line.split(";")):
        if not entry:
            continue
        if "=" not in entry:
            # fmt: off
            raise CoreError(
                QT_TRANSLATE_NOOP("core", "Write the column mapping as field=column, "
                                          "separated by ';': '{entry}'."),
                entry=entry,
            )
            # fmt: on
        field, column = (part.strip() for part in entry.split("=", 1))
        mapping[field] = column or None
    return mapping


def _column_mapping(names, mapping):
    """``{field: column}``: the user's ``mapping`` first, then the synonyms."""
    chosen = {}
    if mapping:
        unknown = [name for name in mapping if name not in SCHEMA]
        if unknown:
            raise CoreError(
                QT_TRANSLATE_NOOP("core", "Unknown fields {fields}. Fields: {schema}."),
                fields=", ".join(unknown),
                schema=", ".join(SCHEMA),
            )
        for name, column in mapping.items():
            if column is None:
                continue
            matches = [c for c in names if c == column] or [
                c for c in names if c.casefold() == str(column).casefold()
            ]
            if not matches:
                # fmt: off
                raise CoreError(
                    QT_TRANSLATE_NOOP("core", "The table has no column '{column}'. "
                                              "Its columns are: {columns}."),
                    column=column,
                    columns=", ".join(names),
                )
                # fmt: on
            chosen[name] = matches[0]
    taken = set(chosen.values())
    keys = {name: name_key(name) for name in names}
    for name in SCHEMA:
        if name in chosen or (mapping and name in mapping):
            continue
        for synonym in SYNONYMS[name]:
            column = next((c for c in names if c not in taken and keys[c] == synonym), None)
            if column is not None:
                chosen[name] = column
                taken.add(column)
                break
    return chosen


def _read_geojson(path, encoding):
    text, _ = decode_text(read_file_bytes(path), encoding)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "{path} cannot be read as GeoJSON: {error}"),
            path=path,
            error=error.msg,
        ) from None
    if isinstance(document, dict) and document.get("type") == "Feature":
        features = [document]
    elif isinstance(document, dict) and isinstance(document.get("features"), list):
        features = document["features"]
    else:
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "{path} holds no GeoJSON features."),
            path=path,
        )
    crs = (document.get("crs") or {}).get("properties", {}).get("name", "")
    if crs and not re.search(r"CRS84|4326", crs):
        # fmt: off
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "{path} uses the coordinate system {crs}; use "
                                      "longitude/latitude (EPSG:4326)."),
            path=path,
            crs=crs,
        )
        # fmt: on
    names, rows, points = [], [], []
    for feature in features:
        properties = (feature or {}).get("properties") or {}
        for name in properties:
            if name not in names:
                names.append(str(name))
        rows.append(properties)
        geometry = (feature or {}).get("geometry") or None
        point = None
        if geometry and geometry.get("type") == "Point":
            coordinates = geometry.get("coordinates") or []
            if len(coordinates) >= 2:
                point = (coordinates[0], coordinates[1])
        points.append((point, geometry is not None))
    body = [(number, [row.get(name) for name in names]) for number, row in enumerate(rows, 1)]
    return names, body, points


def read_use_cases(
    path,
    mapping=None,
    delimiter=None,
    decimal=None,
    encoding=None,
    sheet=None,
    require_location=True,
    progress=None,
):
    """Read a use-case table (CSV, XLSX or GeoJSON) into a ``UseCaseTable``.

    ``mapping`` ``{field: column}`` overrides the synonyms for some fields (``None`` as the
    column: do not map that field). ``delimiter``, ``decimal`` and ``encoding`` are detected
    when None; ``sheet`` picks a worksheet. With ``require_location`` a table without any
    column that could locate a record (coordinates, PLZ, AGS or town) is refused.
    ``progress`` follows the read of the rows and their mapping (see ``readers/progress.py``).
    """
    progress = Progress.of(progress, Path(path).name)
    suffix = Path(path).suffix.lower()
    points = None
    if suffix in GEOJSON_SUFFIXES:
        names, body, points = _read_geojson(path, encoding)
        source_format, used_encoding, delimiter = "geojson", encoding or "utf-8", None
    else:
        header, body, used_encoding, delimiter = _table_rows(
            path, delimiter, encoding, sheet, progress.part(0.0, 0.6)
        )
        names = _unique_names(header)
        source_format = "xlsx" if suffix in EXCEL_SUFFIXES else "csv"
    return build_use_cases(
        names,
        body,
        points=points,
        mapping=mapping,
        decimal=decimal,
        require_location=require_location,
        source_format=source_format,
        encoding=used_encoding,
        delimiter=delimiter,
        progress=progress.part(0.6, 1.0),
    )


def records_to_use_cases(records, mapping=None, decimal=None, require_location=True):
    """The same as ``read_use_cases`` for rows already in memory (a list of dicts, e.g. the
    attributes of a layer's features); row numbers count from 1. Numbers kept as text (a
    database table loaded from a German CSV holds "13,74") are read as in a file: the decimal
    mark is the one the cells show."""
    names = []
    for record in records:
        for name in record:
            if str(name) not in names:
                names.append(str(name))
    body = [
        (number, [record.get(name) for name in names]) for number, record in enumerate(records, 1)
    ]
    return build_use_cases(
        names,
        body,
        mapping=mapping,
        decimal=decimal,
        require_location=require_location,
        source_format="records",
    )


def build_use_cases(
    names,
    body,
    points=None,
    mapping=None,
    decimal=None,
    require_location=True,
    source_format="csv",
    encoding=None,
    delimiter=None,
    progress=None,
):
    """Map ``names`` (column names) and ``body`` (``(row number, cells)``) to the schema;
    ``points`` gives per row ``((lon, lat) or None, has_geometry)`` of GeoJSON features.
    ``progress`` hears each pass over the rows (see ``readers/progress.py``)."""
    progress = Progress.of(progress)
    if not body:
        raise CoreError(QT_TRANSLATE_NOOP("core", "The table holds no records."))
    chosen = _column_mapping(names, mapping)
    if points is not None and any(point for point, _ in points):
        chosen["lon"] = chosen["lat"] = "geometry"
    if (
        require_location
        and not {"plz", "ags", "city"} & set(chosen)
        and not ("lon" in chosen and "lat" in chosen)
    ):
        # fmt: off
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "The table has no column that locates its records "
                                      "(coordinates, PLZ, Gemeindeschlüssel or town). "
                                      "Its columns are: {columns}."),
            columns=", ".join(names),
        )
        # fmt: on
    index = {name: position for position, name in enumerate(names)}
    numbers = [number for number, _cells in body]

    def column(name):
        position = index[chosen[name]]
        return [cell_at(cells, position) for _number, cells in body]

    if decimal is None:
        sample = [
            cell
            for name in ("lon", "lat", "employees")
            if name in chosen and chosen[name] != "geometry"
            for cell in column(name)[:1000]
        ]
        decimal = detect_decimal(sample, delimiter)
    failures = []

    def fail(position, name, raw, reason):
        column_name = chosen.get(name, name)
        failures.append(ValueFailure(numbers[position], column_name, name, cell_text(raw), reason))

    values = {name: [None] * len(body) for name in SCHEMA}
    for name in ("title", "organisation", "city", "sector", "maturity", "scenario"):
        if name in chosen:
            values[name] = [cell_text(cell) or None for cell in column(name)]
    progress(0.2)
    if "plz" in chosen:
        for position, raw in enumerate(column("plz")):
            if cell_text(raw):
                values["plz"][position] = normalise_plz(raw)
                if values["plz"][position] is None:
                    fail(position, "plz", raw, REASON_NOT_A_PLZ)
    progress(0.35)
    if "land" in chosen:
        for position, raw in enumerate(column("land")):
            if cell_text(raw):
                values["land"][position] = land_name(raw)
                if values["land"][position] is None:
                    fail(position, "land", raw, REASON_UNKNOWN_LAND)
    progress(0.45)
    if "ags" in chosen:
        for position, raw in enumerate(column("ags")):
            if cell_text(raw):
                area = normalise_key(raw, "gemeinde")
                values["ags"][position] = area.key
                if not area.is_valid:
                    fail(position, "ags", raw, area.reason)
    progress(0.6)
    given_classes = [None] * len(body)
    if "employees" in chosen:
        for position, raw in enumerate(column("employees")):
            if not cell_text(raw):
                continue
            number = parse_number(raw, decimal).value
            if number is not None and number >= 1 and float(number).is_integer():
                values["employees"][position] = int(number)
                continue
            # A class written where a count belongs ("250-5.000") is still a class.
            label, _reason = parse_size_class(raw) if number is None else (None, None)
            if label:
                given_classes[position] = label
            else:
                fail(position, "employees", raw, REASON_NOT_EMPLOYEES)
    if "size_class" in chosen:
        for position, raw in enumerate(column("size_class")):
            if not cell_text(raw):
                continue
            label, reason = parse_size_class(raw)
            given_classes[position] = label or given_classes[position]
            if reason:
                fail(position, "size_class", raw, reason)
    for position, employees in enumerate(values["employees"]):
        derived = size_class_of(employees)
        given = given_classes[position]
        values["size_class"][position] = derived or given
        if derived and given and derived != given:
            fail(position, "size_class", given, REASON_SIZE_DIFFERS)
    progress(0.75)
    if points is not None and chosen.get("lon") == "geometry":
        for position, (point, has_geometry) in enumerate(points):
            if point is None:
                if has_geometry:
                    fail(position, "lon", "", REASON_NOT_A_POINT)
                continue
            _store_coordinates(values, position, point[0], point[1], decimal, fail)
    elif "lon" in chosen and "lat" in chosen:
        for position, (lon, lat) in enumerate(zip(column("lon"), column("lat"))):
            _store_coordinates(values, position, lon, lat, decimal, fail)
    progress(0.85)

    # Text as object columns with None for missing: the same in pandas 1.5 and 3.
    data = pd.DataFrame({name: pd.Series(values[name], dtype="object") for name in SCHEMA})
    data["employees"] = pd.array(values["employees"], dtype="Int64")
    for name in ("lon", "lat"):
        data[name] = pd.to_numeric(pd.Series(values[name], dtype="object"), errors="coerce")
    schema_names = {name.casefold() for name in SCHEMA}
    renamed = {}
    originals = {}
    for position, name in enumerate(names):
        target = name
        while target.casefold() in schema_names or target in originals:
            target = f"{target}_input"
        if target != name:
            renamed[name] = target
        originals[target] = pd.Series(
            [cell_at(cells, position) for _number, cells in body], dtype="object"
        )
    data = pd.concat([data, pd.DataFrame(originals)], axis=1)
    progress.done()
    report = UseCaseReport(
        rows=len(body),
        mapping=dict(sorted(chosen.items(), key=lambda item: SCHEMA.index(item[0]))),
        unmapped=[name for name in names if name not in chosen.values()],
        failures=failures,
        source_format=source_format,
        encoding=encoding,
        delimiter=delimiter,
        decimal=decimal,
        renamed=renamed,
    )
    return UseCaseTable(data, report)


def _store_coordinates(values, position, lon, lat, decimal, fail):
    if not cell_text(lon) and not cell_text(lat):
        return
    parsed = []
    for name, raw in (("lon", lon), ("lat", lat)):
        number = parse_number(raw, decimal).value
        if number is None or not -180 <= number <= 180:
            fail(position, name, raw, REASON_NOT_A_COORDINATE)
            return
        parsed.append(number)
    values["lon"][position], values["lat"][position] = parsed
