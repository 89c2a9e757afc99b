"""The district part of `make demo`: INKAR indicators joined to the VG5000 districts, drawn
as choropleths for Germany and for each study Land (the study's Abb. 4a/4b analogues), with
the join report."""

import csv

KREISE_FILE = "vg5000_2021/shp/VG5000_KRS.shp"
INKAR_EXTRACT = "inkar2019_kreise_selected_latest.csv"
INDICATOR_TABLE = "kreise_indikatoren"
# (indicator as named in the extract, unit, map title, colour ramp, file name stem)
MAPS = (
    (
        "Beschäftigte Sekundärer Sektor",
        "%",
        "Beschäftigte im sekundären Sektor",
        "Reds",
        "kreise_beschaeftigte_sekundaer",
    ),
    (
        "Bruttoinlandsprodukt je Einwohner",
        "Tsd. €",
        "Bruttoinlandsprodukt je Einwohner",
        "Blues",
        "kreise_bip_je_einwohner",
    ),
)
JENKS = 0  # the choropleth algorithm's METHOD index
CLASSES = 5
# Land key prefix of the study Länder in the AGS, and a file-name form of their names.
STUDY_LAENDER = {
    "08": ("Baden-Württemberg", "bw"),
    "06": ("Hessen", "he"),
    "05": ("Nordrhein-Westfalen", "nw"),
    "12": ("Brandenburg", "bb"),
}


def join_inkar(data, gpkg, out, context, feedback):
    """The INKAR extract joined to the districts; returns the joined layer and the results."""
    import processing
    from qgis.core import QgsVectorLayer

    kreise = QgsVectorLayer(str(data / KREISE_FILE), "Kreise (VG5000)", "ogr")
    parameters = {
        "INPUT": kreise,
        "INPUT_KEY": "AGS",
        "TABLE": str(data / "inkar_2019" / INKAR_EXTRACT),
        "TABLE_FORMAT": 4,  # other CSV/XLSX, key column below
        "TABLE_KEY": "AGS_kreis",
        # A plain CSV names no source; the extract's origin is stated in its PROVENANCE.
        "TABLE_ATTRIBUTION": "Datenbasis: INKAR 2019, BBSR Bonn (dl-de/by-2-0)",
        "INDICATORS": ";".join(indicator for indicator, *_ in MAPS),
        "OUTPUT": f"ogr:dbname='{gpkg}' table=\"{INDICATOR_TABLE}\" (geom)",
        "UNMATCHED": str(out / "kreise_join_report.csv"),
    }
    results = processing.run(
        "i40disparity:joinindicators", parameters, context=context, feedback=feedback
    )
    joined = QgsVectorLayer(f"{gpkg}|layername={INDICATOR_TABLE}", "Kreisindikatoren", "ogr")
    return joined, results


def field_of(layer, indicator):
    """The field the join made for ``indicator``: its alias starts with the indicator's name."""
    for index, field in enumerate(layer.fields()):
        if layer.attributeAlias(index).startswith(indicator):
            return field.name(), layer.attributeAlias(index)
    raise SystemExit(f"demo: no field for '{indicator}' in {layer.source()}")


def style(layer, field, unit, ramp, qml, context, feedback):
    import processing

    processing.run(
        "i40disparity:choropleth",
        {
            "INPUT": layer,
            "FIELD": field,
            "METHOD": JENKS,
            "CLASSES": CLASSES,
            "RAMP": ramp,
            "UNIT": unit,
            "LABEL_LANGUAGE": 0,  # Deutsch
            "OUTPUT_STYLE": str(qml),
        },
        context=context,
        feedback=feedback,
    )


def land_view(layer, ags_prefix):
    """The same layer, style included, reduced to one Land's districts."""
    view = layer.clone()
    view.setSubsetString(f"\"AGS\" LIKE '{ags_prefix}%'")
    return view


def render_maps(joined, laender, out, context, feedback):
    from map_png import export_map_png
    from qgis.core import QgsProject

    rights = list(joined.metadata().rights())
    written = []
    for indicator, unit, title, ramp, stem in MAPS:
        field, alias = field_of(joined, indicator)
        style(joined, field, unit, ramp, out / f"{stem}.qml", context, feedback)
        attribution = [*rights, f"Klassen: natürliche Brüche (Jenks), {CLASSES} Klassen"]
        views = [("Deutschland", "deutschland", joined, laender)]
        for prefix, (land, slug) in STUDY_LAENDER.items():
            outline = laender.clone()
            outline.setSubsetString(f'"GF" = 9 AND "AGS" = \'{prefix}\'')
            views.append((land, slug, land_view(joined, prefix), outline))
        for place, slug, districts, outline in views:
            path = out / "maps" / f"{stem}_{slug}.png"
            export_map_png(
                QgsProject.instance(),
                [outline, districts],
                f"{title}: {place}",
                attribution,
                path,
                subtitle=f"{alias} je Kreis (INKAR 2019), Gebietsstand 2021",
                legend_layer=districts,
                legend_title=unit,
                legend_only_shown=place == "Deutschland",  # Länder keep Germany's scale
                scale_bar_km=50 if place == "Deutschland" else 20,
            )
            written.append(path)
    return written


def print_join_report(results, report_csv):
    with open(report_csv, encoding="utf-8") as handle:
        unmatched = list(csv.DictReader(handle))
    print(
        f"\nKreise × INKAR: {results['MATCHED']} zugeordnet, "
        f"{results['UNMATCHED_LAYER']} Kreise ohne Tabellenzeile, "
        f"{results['UNMATCHED_TABLE']} Tabellenzeilen ohne Kreis "
        f"(alle mit Grund in {report_csv.name})"
    )
    for row in unmatched[:10]:
        print(f"  {row['side']} {row['key']} {row['name']}: {row['reason']} {row['detail']}")


RBZ_FILE = "vg5000_2021/shp/VG5000_RBZ.shp"
RD_TABLE = "fue_regierungsbezirke"
# (column of the shipped table, unit, map title, ramp, file name stem)
RD_MAPS = (
    (
        "FuE-Ausgaben in Mio. €",
        "Mio. €",
        "Ausgaben für Forschung und Entwicklung 2017",
        "Purples",
        "rbz_fue_ausgaben",
    ),
    (
        "FuE-Beschäftigte",
        "Beschäftigte",
        "Beschäftigte in Forschung und Entwicklung 2017",
        "Greens",
        "rbz_fue_beschaeftigte",
    ),
)
RD_SOURCE = "FuE: Stifterverband für die Deutsche Wissenschaft 2019 (Daten 2017), nach FES-Studie"


def render_rd_maps(data, gpkg, laender, out, context, feedback):
    """The study's R&D figures by Regierungsbezirk (Tables 3–5) as maps of BW, HE and NW."""
    from map_png import export_map_png
    from qgis.core import QgsProject, QgsVectorLayer

    from i40_disparity_plugin.paths import PLUGIN_DIR

    results = run_algorithm_join(
        QgsVectorLayer(str(data / RBZ_FILE), "Regierungsbezirke", "ogr"),
        PLUGIN_DIR / "data" / f"{RD_TABLE}.csv",
        gpkg,
        context,
        feedback,
    )
    joined = QgsVectorLayer(f"{gpkg}|layername={RD_TABLE}", "Regierungsbezirke", "ogr")
    # Only the study's Länder with Regierungsbezirke; Brandenburg has none (see the data).
    joined.setSubsetString("\"AGS\" LIKE '05%' OR \"AGS\" LIKE '06%' OR \"AGS\" LIKE '08%'")
    outline = laender.clone()
    outline.setSubsetString("\"GF\" = 9 AND \"AGS\" IN ('05', '06', '08')")
    written = []
    for indicator, unit, title, ramp, stem in RD_MAPS:
        field, alias = field_of(joined, indicator)
        style(joined, field, unit, ramp, out / f"{stem}.qml", context, feedback)
        path = out / "maps" / f"{stem}.png"
        export_map_png(
            QgsProject.instance(),
            [outline, joined],
            title,
            [*joined.metadata().rights(), f"Klassen: natürliche Brüche (Jenks), {CLASSES} Klassen"],
            path,
            subtitle=f"{alias} je Regierungsbezirk in Baden-Württemberg, Hessen und "
            "Nordrhein-Westfalen; Brandenburg hat keine Regierungsbezirke",
            legend_layer=joined,
            legend_title=unit,
        )
        written.append(path)
    print(
        f"\nFuE je Regierungsbezirk: {results['MATCHED']} zugeordnet (BW, HE, NW); "
        "Brandenburgs zwei statistische Regionen haben keine Flächen und werden übersprungen."
    )
    return written


def run_algorithm_join(layer, table, gpkg, context, feedback):
    import processing

    return processing.run(
        "i40disparity:joinindicators",
        {
            "INPUT": layer,
            "INPUT_KEY": "AGS",
            "TABLE": str(table),
            "TABLE_FORMAT": 4,
            "TABLE_KEY": "ags",
            "TABLE_ATTRIBUTION": RD_SOURCE,
            "OUTPUT": f"ogr:dbname='{gpkg}' table=\"{RD_TABLE}\" (geom)",
            "UNMATCHED": "memory:",
        },
        context=context,
        feedback=feedback,
    )


def run(data, out, gpkg, laender, context, feedback):
    """Join, style, draw and report; returns the files written."""
    print("i40disparity:joinindicators …")
    joined, results = join_inkar(data, gpkg, out, context, feedback)
    maps = render_maps(joined, laender, out, context, feedback)
    report_csv = out / "kreise_join_report.csv"
    print_join_report(results, report_csv)
    rd_maps = render_rd_maps(data, gpkg, laender, out, context, feedback)
    return [report_csv, *(out / f"{stem}.qml" for *_, stem in MAPS), *maps, *rd_maps]
