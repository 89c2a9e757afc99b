"""`make demo`: density bands of all German postal code areas, per Land, as tables and a map.

Headless, on the real data in <shared>/data: gives every PLZ area its Land (QGIS's own
algorithms), runs i40disparity:densitybands once, and writes into <out>/ a GeoPackage, a CSV
summary with a README stating its origin, the band style (.qml) and a map (PNG). The parts
in demo_indicators, demo_points and demo_atlas follow: district indicators, points, and
finally the atlas pages and the HTML report over all of it.
"""

import argparse
import csv
import re
import sys
from pathlib import Path

import demo_atlas
import demo_indicators
import demo_points
from standalone import start_qgis

PLZ_FILE = "plz_5stellig/plz-5stellig-verylow_map.geojson"
LAENDER_FILE = "vg5000_2021/shp/VG5000_LAN.shp"
THRESHOLDS = "150,300,500"
STUDY_LAENDER = ("Baden-Württemberg", "Hessen", "Nordrhein-Westfalen", "Brandenburg")
STUDY_PLZ_COUNT = 2295  # PLZ areas the FES study counted in its four Länder
LAND_FIELD = "land"
BANDS_TABLE = "plz_dichteklassen"
SUMMARY_TABLE = "dichteklassen_zusammenfassung"
ALL_GROUP = "alle"  # the algorithm's group name for the whole input, in German
SUMMARY_COLUMNS = (
    "group",
    "band",
    "band_label",
    "n_areas",
    "population",
    "area_km2",
    "share_population",
    "share_areas",
    "share_area_km2",
)
# Decimals kept in the CSV (shares in %: 4); more would only suggest false precision.
CSV_DECIMALS = {"population": 0, "area_km2": 3}


def data_files(shared):
    data = shared.resolve() / "data"
    files = {"plz": data / PLZ_FILE, "laender": data / LAENDER_FILE}
    missing = [str(path) for path in files.values() if not path.is_file()]
    if missing:
        sys.exit(
            f"demo: the real data is missing ({', '.join(missing)}). Put the shared data folder "
            f"at {data} or pass --shared <folder that contains data/>."
        )
    return files


def console_feedback():
    from qgis.core import QgsProcessingFeedback
    from qgis.PyQt.QtCore import QCoreApplication

    # The algorithms' own counts (repaired geometries, areas without a band) belong in the
    # demo's output; the "Results: {...}" dump of processing.run, in the session's language,
    # does not.
    results_dump = QCoreApplication.translate("Processing", "Results: {}").split("{")[0]

    class ConsoleFeedback(QgsProcessingFeedback):
        def pushInfo(self, info):
            if not info.startswith(results_dump):
                print(f"  | {info}")

        def pushWarning(self, warning):
            print(f"  | Warnung: {warning}")

        def reportError(self, error, fatalError=False):
            print(f"  | Fehler: {error}")

    return ConsoleFeedback()


def load_layers(files):
    from qgis.core import QgsVectorLayer

    from i40_disparity_plugin.gis.json_fields import text_key_layer

    plz = QgsVectorLayer(str(files["plz"]), "PLZ-Gebiete", "ogr")
    # GDAL >= 3.10 types the postcodes as JSON; QGIS's own algorithms below would lose them.
    plz = text_key_layer(plz) or plz
    laender = QgsVectorLayer(str(files["laender"]), "Länder", "ogr")
    # GF=9 are the Länder's land areas; the GF=8 rows are coastal waters and Lake Constance.
    laender.setSubsetString('"GF" = 9')
    study = QgsVectorLayer(str(files["laender"]), "Untersuchungsländer", "ogr")
    names = ", ".join(f"'{name}'" for name in STUDY_LAENDER)
    study.setSubsetString(f'"GF" = 9 AND "GEN" IN ({names})')
    for layer in (plz, laender, study):
        if not layer.isValid():
            sys.exit(f"demo: cannot read {layer.source()}")
    return plz, laender, study


def assign_land(plz, laender, context, feedback):
    """PLZ areas with the fields `land`, `land_ags`: the Land holding the area's inner point."""
    import processing

    def run(algorithm, parameters, indexed=False):
        parameters["OUTPUT"] = "memory:"
        layer = processing.run(algorithm, parameters, context=context, feedback=feedback)
        if indexed:  # a spatial join over memory layers without an index crawls
            processing.run("native:createspatialindex", {"INPUT": layer["OUTPUT"]})
        return layer["OUTPUT"]

    # A point inside each area, not its centroid: a centroid can fall outside a bent area
    # and into the neighbouring Land.
    points = run("native:pointonsurface", {"INPUT": plz, "ALL_PARTS": False}, indexed=True)
    land_names = run(
        "native:refactorfields",
        {
            "INPUT": laender,
            "FIELDS_MAPPING": [
                {"expression": '"GEN"', "name": LAND_FIELD, "type": 10, "length": 0},
                {"expression": '"AGS"', "name": "land_ags", "type": 10, "length": 2},
            ],
        },
        indexed=True,
    )
    # PREDICATE 5 = within; METHOD 1 = first match (a point lies in one Land at most).
    points = run(
        "native:joinattributesbylocation",
        {"INPUT": points, "JOIN": land_names, "PREDICATE": [5], "METHOD": 1},
    )
    joined = run(
        "native:joinattributestable",
        {
            "INPUT": plz,
            "FIELD": "plz",
            "INPUT_2": points,
            "FIELD_2": "plz",
            "FIELDS_TO_COPY": [LAND_FIELD, "land_ags"],
            "METHOD": 1,
        },
    )
    joined.setName("PLZ-Gebiete mit Land")
    without_land = sorted(f["plz"] for f in joined.getFeatures() if not f[LAND_FIELD])
    return joined, without_land


def run_density_bands(plz_with_land, gpkg, context, feedback):
    import processing

    parameters = {
        "POPULATION_FIELD": "einwohner",
        "AREA_FIELD": "qkm",
        "THRESHOLDS": THRESHOLDS,
        "GROUP_FIELD": LAND_FIELD,
        "LABEL_LANGUAGE": 0,  # 0 = Deutsch
    }
    destinations = {
        "INPUT": plz_with_land,
        "OUTPUT": f"ogr:dbname='{gpkg}' table=\"{BANDS_TABLE}\" (geom)",
        "SUMMARY": f"ogr:dbname='{gpkg}' table=\"{SUMMARY_TABLE}\"",
    }
    results = processing.run(
        "i40disparity:densitybands",
        {**parameters, **destinations},
        context=context,
        feedback=feedback,
    )
    return parameters, results


def read_summary(gpkg):
    from qgis.core import QgsVectorLayer

    from i40_disparity_plugin.gis.values import python_value

    table = QgsVectorLayer(f"{gpkg}|layername={SUMMARY_TABLE}", SUMMARY_TABLE, "ogr")
    return [{name: python_value(f[name]) for name in SUMMARY_COLUMNS} for f in table.getFeatures()]


def write_summary_csv(rows, path):
    def rounded(name, value):
        decimals = 4 if name.startswith("share_") else CSV_DECIMALS.get(name)
        if decimals is None or value is None:
            return value
        return round(value, decimals) if decimals else round(value)

    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=SUMMARY_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({name: rounded(name, value) for name, value in row.items()})


def write_readme(path, files, parameters, results, attribution, without_land, counted):
    used = ", ".join(f"{name}={value}" for name, value in parameters.items())
    lines = [
        "Dichteklassen der Postleitzahlgebiete (make demo, scripts/demo.py)",
        "",
        f"Eingaben: {files['plz']}",
        f"          {files['laender']}",
        "",
        f"demo.gpkg, Layer {BANDS_TABLE}: PLZ-Gebiete mit area_km2, density, band, band_label",
        "  (Stil in der Tabelle layer_styles; Metadaten mit Parametern und Quellen im GPKG)",
        f"demo.gpkg, Layer {SUMMARY_TABLE}: wie density_bands_summary.csv, ungerundet",
        "density_bands_summary.csv: je Gruppe (alle = Deutschland, sonst das Land) und Klasse:",
        "  Anzahl, Einwohner, Fläche in km², Anteile in % der klassifizierten Gebiete der Gruppe;",
        "  UTF-8, Komma als Trennzeichen, Dezimalpunkt; Fläche auf 3, Anteile auf 4 Stellen",
        "plz_density_bands.qml: Stil der Klassen; maps/plz_density_bands.png: Karte (EPSG:3035)",
        "",
        "Land je PLZ-Gebiet: das Land aus VG5000_LAN (GF = 9), das den Punkt auf der Fläche",
        "  (native:pointonsurface) enthält (native:joinattributesbylocation, innerhalb).",
        f"  Ohne Land (an Küste oder Grenze): {len(without_land)}: {', '.join(without_land)};",
        "  sie zählen für Deutschland (alle), aber für kein Land.",
        f"i40disparity:densitybands: {used} (0 = Deutsch)",
        f"  {results['REPAIRED']} ungültige Geometrien repariert, "
        f"{results['UNCLASSIFIED']} Gebiete ohne Klasse.",
        f"PLZ-Gebiete in {', '.join(STUDY_LAENDER)}: {counted}; die FES-Studie zählte "
        f"{STUDY_PLZ_COUNT} (andere Abgrenzung oder anderer Stand, Ursache nicht geklärt).",
        "",
        "Quellen",
        *(f"  {line}" for line in attribution),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def render_map(bands_layer, laender, study, attribution, path):
    from map_png import export_map_png
    from qgis.core import QgsFillSymbol, QgsProject, QgsSingleSymbolRenderer

    for layer, width, color in ((laender, "0.25", "#404040"), (study, "0.8", "#000000")):
        outline = {"style": "no", "outline_color": color, "outline_width": width}
        layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(outline)))
    export_map_png(
        QgsProject.instance(),
        [study, laender, bands_layer],
        "Postleitzahlgebiete nach Bevölkerungsdichte",
        attribution,
        path,
        subtitle="Einwohner je km² (Zensus 2011) in den PLZ-Gebieten; kräftig umrandet: "
        + ", ".join(STUDY_LAENDER),
        legend_layer=bands_layer,
        legend_title="Einwohner je km²",
    )


def print_summary(rows, without_land, outputs):
    from i40_disparity_plugin.core.number_format import format_number

    def percent(value):
        return f"{value:5.1f} %".replace(".", ",") if value is not None else "    –  "

    print(f"\nPLZ-Gebiete ohne Land (an Küste oder Grenze): {len(without_land)}")
    print(f"  {', '.join(without_land)}")
    counted = 0
    for group in (ALL_GROUP, *STUDY_LAENDER):
        members = [row for row in rows if row["group"] == group]
        areas = sum(row["n_areas"] for row in members)
        counted += areas if group != ALL_GROUP else 0
        title = "Deutschland" if group == ALL_GROUP else group
        print(f"\n{title}: {format_number(areas, 'de')} PLZ-Gebiete")
        print(f"  {'Klasse':<36} {'Gebiete':>8} {'Anteil':>8} {'Anteil Einw.':>13}")
        for row in members:
            print(
                f"  {row['band_label']:<36} {format_number(row['n_areas'], 'de'):>8}"
                f" {percent(row['share_areas']):>8} {percent(row['share_population']):>13}"
            )
    print(
        f"\nDie FES-Studie zählte {format_number(STUDY_PLZ_COUNT, 'de')} PLZ-Gebiete in den vier "
        f"Ländern; diese Daten haben dort {format_number(counted, 'de')} (andere Abgrenzung "
        "oder anderer Stand der PLZ-Gebiete, die Ursache ist nicht geklärt)."
    )
    print("\nDateien:", *(f"  {path}" for path in outputs), sep="\n")
    return counted


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("out"))
    parser.add_argument("--usecases", type=Path, help="a use-case table to place and analyse")
    args = parser.parse_args()
    files = data_files(args.shared)
    out = args.out.resolve()
    (out / "maps").mkdir(parents=True, exist_ok=True)
    gpkg = out / "demo.gpkg"
    gpkg.unlink(missing_ok=True)  # a fresh file: no layers or styles left from earlier runs

    app = start_qgis("de")  # noqa: F841  (must stay referenced while QGIS is used)
    from qgis.core import QgsProcessingContext, QgsProject, QgsVectorLayer

    from i40_disparity_plugin.compat import InvalidGeometryCheck
    from i40_disparity_plugin.core.attribution import BKG_VG5000_2021, PLZ_OSM_ZENSUS

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    # 10 PLZ polygons are invalid; the point on surface works on them and densitybands
    # repairs them itself, so QGIS must not drop or stop on them first.
    context.setInvalidGeometryCheck(InvalidGeometryCheck.NoCheck)
    feedback = console_feedback()

    plz, laender, study = load_layers(files)
    print(f"PLZ-Gebiete: {plz.featureCount()}, Länder: {laender.featureCount()}")
    plz_with_land, without_land = assign_land(plz, laender, context, feedback)
    # Both sources go into the output's metadata: the Land field comes from the BKG data.
    metadata = plz_with_land.metadata()
    metadata.setRights([PLZ_OSM_ZENSUS, BKG_VG5000_2021])
    plz_with_land.setMetadata(metadata)

    print("i40disparity:densitybands …")
    parameters, results = run_density_bands(plz_with_land, gpkg, context, feedback)
    rows = read_summary(gpkg)
    csv_path = out / "density_bands_summary.csv"
    write_summary_csv(rows, csv_path)

    bands_layer = QgsVectorLayer(f"{gpkg}|layername={BANDS_TABLE}", "Dichteklassen", "ogr")
    if bands_layer.renderer().type() != "categorizedSymbol":
        sys.exit(f"demo: {gpkg} holds no band style for {BANDS_TABLE}; see the log above.")
    lost = sum(not re.fullmatch(r"\d{5}", str(f["plz"])) for f in bands_layer.getFeatures())
    if lost:
        sys.exit(f"demo: {lost} areas of {BANDS_TABLE} lost their 5-digit postcode.")
    qml_path = out / "plz_density_bands.qml"
    bands_layer.saveNamedStyle(str(qml_path))
    attribution = [
        PLZ_OSM_ZENSUS,
        BKG_VG5000_2021,
        "Dichteklassen: Schwellen 150, 300 und 500 Einwohner je km² (FES-Studie, BBSR); "
        "berechnet mit i40disparity:densitybands. Projektion: ETRS89-LAEA (EPSG:3035)",
    ]
    map_path = out / "maps" / "plz_density_bands.png"
    render_map(bands_layer, laender, study, attribution, map_path)

    readme_path = out / "README.txt"
    outputs = (gpkg, csv_path, readme_path, qml_path, map_path)
    counted = print_summary(rows, without_land, outputs)
    write_readme(readme_path, files, parameters, results, attribution, without_land, counted)

    indicator_files = demo_indicators.run(
        args.shared.resolve() / "data", out, gpkg, laender, context, feedback
    )
    print("\nDateien (Kreisindikatoren):", *(f"  {path}" for path in indicator_files), sep="\n")

    point_files = demo_points.run(
        args.shared.resolve() / "data",
        out,
        gpkg,
        bands_layer,
        laender,
        study,
        context,
        feedback,
        use_cases=args.usecases.resolve() if args.usecases else None,
    )
    print("\nDateien (Punkte):", *(f"  {path}" for path in point_files), sep="\n")

    atlas_files = demo_atlas.run(
        args.shared.resolve() / "data",
        out,
        gpkg,
        bands_layer,
        context,
        feedback,
        use_cases=args.usecases is not None,
    )
    print("\nAtlas und Bericht:", *(f"  {path}" for path in atlas_files), sep="\n")


if __name__ == "__main__":
    main()
