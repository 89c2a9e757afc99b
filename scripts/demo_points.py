"""The points part of `make demo`: the technical universities and Industrie 4.0 centres shipped
with the plugin (and a user's use-case table, with USECASES=…) placed offline, read against the
PLZ density bands (observed vs population-expected, Monte Carlo p-values), with distances to
the nearest technical university and a map (the study's Abb. 15/16 analogue)."""

import csv

PLZ_FILE = "plz_5stellig/plz-5stellig-verylow_map.geojson"
GEMEINDEN_FILE = "vg5000_2021/shp/VG5000_GEM.shp"
# (FACILITIES index of i40disparity:referencefacilities, table, layer name, colour, marker)
REFERENCES = (
    (
        0,
        "technische_hochschulen",
        "Technische Universitäten und Hochschulen",
        "#1f4e9c",
        "triangle",
    ),
    (1, "i40_zentren", "Industrie 4.0-Zentren", "#111111", "circle"),
)
USE_CASE_TABLE = "anwendungsbeispiele"
ITERATIONS = 999
SEED = 42
RADII = "10,25,50"


def run_algorithm(algorithm, parameters, context, feedback):
    import processing

    return processing.run(algorithm, parameters, context=context, feedback=feedback)


def gpkg_layer(gpkg, table, name):
    from qgis.core import QgsVectorLayer

    return QgsVectorLayer(f"{gpkg}|layername={table}", name, "ogr")


def place_references(data, gpkg, out, context, feedback):
    """The shipped lists as point layers in the GeoPackage; unplaced records as CSV."""
    layers = []
    for index, table, name, _colour, _shape in REFERENCES:
        results = run_algorithm(
            "i40disparity:referencefacilities",
            {
                "FACILITIES": index,
                "PLZ_AREAS": str(data / PLZ_FILE),
                "GEMEINDEN": str(data / GEMEINDEN_FILE),
                "OUTPUT": f"ogr:dbname='{gpkg}' table=\"{table}\" (geom)",
                "UNPLACED": str(out / f"{table}_nicht_verortet.csv"),
            },
            context,
            feedback,
        )
        print(f"  {name}: {results['PLACED']} verortet, {results['NOT_PLACED']} nicht verortet")
        layers.append(gpkg_layer(gpkg, table, name))
    return layers


def place_use_cases(path, data, gpkg, out, context, feedback):
    results = run_algorithm(
        "i40disparity:geocodepoints",
        {
            "INPUT": str(path),
            "PLZ_AREAS": str(data / PLZ_FILE),
            "GEMEINDEN": str(data / GEMEINDEN_FILE),
            "OUTPUT": f"ogr:dbname='{gpkg}' table=\"{USE_CASE_TABLE}\" (geom)",
            "UNPLACED": str(out / f"{USE_CASE_TABLE}_nicht_verortet.csv"),
        },
        context,
        feedback,
    )
    print(f"  Anwendungsbeispiele: {results['PLACED']} verortet, {results['NOT_PLACED']} nicht")
    return gpkg_layer(gpkg, USE_CASE_TABLE, "Anwendungsbeispiele")


def band_statistics(points, stem, bands, out, context, feedback):
    """Observed vs expected per band (Germany and per Land) as CSV and chart."""
    table = out / f"{stem}_dichteklassen.csv"
    run_algorithm(
        "i40disparity:bandstatistics",
        {
            "POINTS": points,
            "AREAS": bands,
            "BAND_FIELD": "band",
            "POPULATION_FIELD": "einwohner",
            "GROUP_FIELD": "land",
            "ITERATIONS": ITERATIONS,
            "SEED": SEED,
            "LABEL_LANGUAGE": 0,
            "OUTPUT": str(table),
            "CHART": str(out / "maps" / f"{stem}_beobachtet_erwartet.png"),
        },
        context,
        feedback,
    )
    with open(table, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    first_group = rows[0]["group"] if rows else None
    print(f"\n{points.name()} je Dichteklasse (Deutschland; erwartet = nach Einwohnern):")
    print(f"  {'Klasse':<38} {'beob.':>6} {'Anteil':>7} {'erwartet':>9} {'Faktor':>7} {'p':>7}")
    for row in rows:
        if row["group"] != first_group:
            break
        print(
            f"  {row['band_label']:<38} {row['points']:>6} {_number(row['share'], '%'):>7}"
            f" {_number(row['expected']):>9} {_number(row['enrichment']):>7}"
            f" {_number(row['p_value'], digits=3):>7}"
        )
    return table


def size_table(points, out, context, feedback):
    """Use cases by Land and company size class: the study's Table 2 for any table."""
    path = out / f"{USE_CASE_TABLE}_land_groessenklasse.csv"
    run_algorithm(
        "i40disparity:crosstab",
        {
            "INPUT": points,
            "ROW_FIELD": "land",
            "COLUMN_FIELD": "size_class",
            "LABEL_LANGUAGE": 0,
            "OUTPUT": "memory:",
            "CSV": str(path),
        },
        context,
        feedback,
    )
    print("\nAnwendungsbeispiele nach Land und Unternehmensgröße (wie Tabelle 2 der Studie):")
    with open(path, encoding="utf-8-sig") as handle:
        for row in csv.reader(handle, delimiter=";"):
            print("  " + " | ".join(f"{cell:>14}" for cell in row))
    return path


def distances(points, universities, bands, out, context, feedback):
    summary = out / "entfernung_zur_technischen_hochschule.csv"
    results = run_algorithm(
        "i40disparity:nearestfacility",
        {
            "INPUT": points,
            "FACILITIES": universities,
            "RADII": RADII,
            "AREAS": bands,
            "POPULATION_FIELD": "einwohner",
            "OUTPUT": "memory:",
            "SUMMARY": str(summary),
        },
        context,
        feedback,
    )
    print(f"\nEntfernung zur nächsten technischen Hochschule ({points.name()}, {RADII} km):")
    with open(summary, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            shares = ", ".join(
                f"{_number(value, '%')} bis {key[7:-2]} km"
                for key, value in row.items()
                if key.startswith("within_")
            )
            print(f"  {row['measure']:<26} Median {_number(row['median_km'])} km; {shares}")
    return summary, results


def render_map(bands, laender, study, point_layers, attribution, path):
    from map_png import export_map_png
    from qgis.core import QgsProject

    from i40_disparity_plugin.gis.style import marker_renderer

    styles = {name: (colour, shape) for _i, _t, name, colour, shape in REFERENCES}
    for layer in point_layers:
        colour, shape = styles.get(layer.name(), ("#d7301f", "diamond"))
        layer.setRenderer(marker_renderer(colour, shape))
    export_map_png(
        QgsProject.instance(),
        [*point_layers, study, laender, bands],
        "Industrie 4.0, technische Hochschulen und Bevölkerungsdichte",
        attribution,
        path,
        subtitle="Punkte über den Dichteklassen der PLZ-Gebiete (Einwohner je km²)",
        legend_layer=bands,
        legend_title="Einwohner je km²",
        legend_extra_layers=point_layers,
    )


def _number(text, unit="", digits=1):
    from i40_disparity_plugin.core.number_format import format_number

    if text in ("", None):
        return "–"
    value = format_number(float(text), "de", digits)
    return f"{value} {unit}".strip()


def run(data, out, gpkg, bands, laender, study, context, feedback, use_cases=None):
    """Place, count, measure and draw; returns the files written."""
    from i40_disparity_plugin.core.attribution import BKG_VG5000_2021, PLZ_OSM_ZENSUS

    print("\ni40disparity:referencefacilities …")
    universities, centres = place_references(data, gpkg, out, context, feedback)
    point_sets = [(centres, "i40_zentren"), (universities, "technische_hochschulen")]
    if use_cases is not None:
        point_sets.insert(
            0, (place_use_cases(use_cases, data, gpkg, out, context, feedback), USE_CASE_TABLE)
        )
    written = [band_statistics(p, stem, bands, out, context, feedback) for p, stem in point_sets]
    if use_cases is not None:
        written.append(size_table(point_sets[0][0], out, context, feedback))
    summary, _ = distances(point_sets[0][0], universities, bands, out, context, feedback)
    attribution = [
        PLZ_OSM_ZENSUS,
        BKG_VG5000_2021,
        "Hochschulen: HRK Hochschulkompass; Zentren: Programmseiten (Liste unvollständig)",
    ]
    map_path = out / "maps" / "punkte_ueber_dichteklassen.png"
    points = [layer for layer, _stem in point_sets]
    render_map(bands, laender, study, points, attribution, map_path)
    return [*written, summary, map_path]
