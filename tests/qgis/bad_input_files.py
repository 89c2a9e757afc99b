"""The input files of the bad-input corpus (test_bad_input_corpus.py), written by OGR and
plain Python into one folder: small, synthetic, made afresh for every test session.

Areas are 1 km squares in EPSG:3035 somewhere in Germany, one per density band (thresholds
150, 300, 500): 100, 200, 400 and 1000 inhabitants.
"""

import zipfile

import openpyxl
from osgeo import ogr, osr

X0, Y0, KM = 4_300_000, 3_000_000, 1000
AREAS = [
    # plz, einwohner, land, band, band_label
    ("01067", 100, "SN", 1, "ländlich"),
    ("01069", 200, "SN", 2, "Übergangsraum"),
    ("10115", 400, "BE", 3, "städtisch"),
    ("10117", 1000, "BE", 4, "dicht besiedelt"),
]
DISTRICTS = [("01001", "Flensburg", 12.5, "hoch"), ("01002", "Kiel", 7.0, "mittel")]
# One use case in each area's square, one outside all of them.
POINTS = [
    ("Fall A", "SN", "1–250", 0),
    ("Fall B", "SN", "250–5.000", 1),
    ("Fall C", "BE", "1–250", 2),
    ("Fall D", "BE", "15.000+", 3),
    ("Fall E", "BE", "1–250", 10),
]
FACILITIES = [("TU Dresden", "TU9", 0), ("TU Berlin", "TU9", 3)]
TABLE = "AGS;Wert\n01001;12,5\n01002;7\n"
HTML = "<!DOCTYPE html>\n<html><head><title>404</title></head><body>Nicht gefunden</body></html>\n"
BINARY = bytes(range(256)) * 8
USE_CASES = (
    "Titel;PLZ;Ort;Land;Längengrad;Breitengrad\n"
    "Fall A;01067;Dresden;SN;13,74;51,05\n"
    "Fall B;10115;Berlin;BE;13,38;52,53\n"
)


def square(i, side=KM):
    x, y = X0 + 2 * KM * i, Y0
    return f"POLYGON(({x} {y},{x + side} {y},{x + side} {y + side},{x} {y + side},{x} {y}))"


def centre(i):
    return f"POINT({X0 + 2 * KM * i + KM / 2} {Y0 + KM / 2})"


def write_layer(path, fields, rows, geometry_type, epsg=3035, driver="GeoJSON", name=None):
    """``rows``: (values, WKT or None). Appends a layer to an existing GeoPackage."""
    source = ogr.GetDriverByName(driver)
    dataset = source.Open(str(path), 1) if path.exists() else source.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = dataset.CreateLayer(name or path.stem, srs, geometry_type)
    for field_name, kind in fields:
        layer.CreateField(ogr.FieldDefn(field_name, kind))
    for values, wkt in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for (field_name, _), value in zip(fields, values, strict=True):
            feature.SetField(field_name, value)
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    dataset = None  # written to disk
    return path


AREA_FIELDS = [
    ("plz", ogr.OFTString),
    ("einwohner", ogr.OFTInteger),
    ("land", ogr.OFTString),
    ("band", ogr.OFTInteger),
    ("band_label", ogr.OFTString),
]


def areas(path, driver="GeoJSON", name=None, wkt=square, epsg=3035):
    rows = [(row, wkt(i)) for i, row in enumerate(AREAS)]
    return write_layer(path, AREA_FIELDS, rows, ogr.wkbPolygon, epsg, driver, name)


def swapped_degrees(i):
    """A square of about 1 km near Dresden with latitude and longitude swapped."""
    lat, lon, d = 51.05 + 0.02 * i, 13.74, 0.009
    return f"POLYGON(({lat} {lon},{lat} {lon + d},{lat + d} {lon + d},{lat + d} {lon},{lat} {lon}))"


def points(path):
    fields = [("name", ogr.OFTString), ("land", ogr.OFTString), ("size_class", ogr.OFTString)]
    rows = [((name, land, size), centre(i)) for name, land, size, i in POINTS]
    return write_layer(path, fields, rows, ogr.wkbPoint)


def facilities(path):
    fields = [("name", ogr.OFTString), ("category", ogr.OFTString)]
    rows = [((name, category), centre(i)) for name, category, i in FACILITIES]
    return write_layer(path, fields, rows, ogr.wkbPoint)


def districts(path):
    fields = [
        ("AGS", ogr.OFTString),
        ("GEN", ogr.OFTString),
        ("wert", ogr.OFTReal),
        ("stufe", ogr.OFTString),
    ]
    rows = [(row, square(i)) for i, row in enumerate(DISTRICTS)]
    return write_layer(path, fields, rows, ogr.wkbPolygon)


def laender(path):
    fields = [("GEN", ogr.OFTString)]
    side = 10 * KM
    x, y = X0 - KM, Y0 - KM
    ring = f"{x} {y},{x + side} {y},{x + side} {y + side},{x} {y + side},{x} {y}"
    return write_layer(path, fields, [(("Sachsen",), f"POLYGON(({ring}))")], ogr.wkbPolygon)


def workbook_on_second_sheet(path):
    book = openpyxl.Workbook()
    book.active.title = "Hinweise"
    book.active["A1"] = "Quelle: Statistisches Landesamt"
    data = book.create_sheet("Daten")
    for row in (("AGS", "Wert"), ("01001", 12.5), ("01002", 7)):
        data.append(row)
    book.save(path)
    return path


def truncated_workbook(path):
    workbook_on_second_sheet(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def zip_named_csv(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("tabelle.csv", TABLE)
    return path


def write_all(folder):
    """Every file of the corpus, by name."""
    files = {}

    def text(name, content, encoding="utf-8"):
        files[name] = folder / name
        files[name].write_text(content, encoding=encoding)

    def binary(name, content):
        files[name] = folder / name
        files[name].write_bytes(content)

    files["areas.geojson"] = areas(folder / "areas.geojson")
    files["areas.shp"] = areas(folder / "areas.shp", driver="ESRI Shapefile")
    areas(folder / "areas.gpkg", driver="GPKG", name="gebiete")
    files["areas.gpkg"] = areas(folder / "areas.gpkg", driver="GPKG", name="andere")
    files["swapped.geojson"] = areas(folder / "swapped.geojson", wkt=swapped_degrees, epsg=4326)
    files["metres_as_degrees.gpkg"] = write_layer(
        folder / "metres_as_degrees.gpkg",
        AREA_FIELDS,
        [(row, square(i)) for i, row in enumerate(AREAS)],
        ogr.wkbPolygon,
        epsg=4326,
        driver="GPKG",
    )
    files["points.geojson"] = points(folder / "points.geojson")
    files["facilities.geojson"] = facilities(folder / "facilities.geojson")
    files["districts.geojson"] = districts(folder / "districts.geojson")
    files["laender.geojson"] = laender(folder / "laender.geojson")
    text("table.csv", TABLE)
    text("table_utf16.csv", TABLE, encoding="utf-16")
    text("table_cp1252.csv", TABLE.replace("Wert", "Wert (€)"), encoding="cp1252")
    text("empty.csv", "")
    text("blank_lines.csv", "\n \n\t\n")
    text("header_only.csv", "AGS;Wert\n")
    text("web_page.csv", HTML)
    text("no_key_column.csv", "Kreis;Wert\nFlensburg;12,5\n")
    text("use_cases.csv", USE_CASES)
    text("use_cases_header_only.csv", USE_CASES.splitlines()[0] + "\n")
    binary("binary.csv", BINARY)
    binary("old_excel.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + BINARY[:200])
    files["zip.csv"] = zip_named_csv(folder / "zip.csv")
    files["empty_folder"] = folder / "empty_folder"
    files["empty_folder"].mkdir()
    files["second_sheet.xlsx"] = workbook_on_second_sheet(folder / "second_sheet.xlsx")
    files["truncated.xlsx"] = truncated_workbook(folder / "truncated.xlsx")
    return files
