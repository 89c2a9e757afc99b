"""The last part of `make demo`: the atlas pages of the four study Länder and Germany (the
study's Abb. 6/9/11/13, 15 and 16 analogues) and the HTML report over all results so far,
both written by the plugin's algorithms from what the earlier parts left in <out>/."""

from demo_indicators import INDICATOR_TABLE, MAPS
from demo_points import USE_CASE_TABLE, gpkg_layer, run_algorithm

LAENDER_FILE = "vg5000_2021/shp/VG5000_LAN.shp"
STUDY_LAENDER = "BW,HE,NW,BB"
ATLAS_FOLDER = "atlas"
REPORT_FILE = "report.html"
SUMMARY_TABLE = "dichteklassen_zusammenfassung"


def manufacturing_districts(gpkg, out):
    """The joined districts in the manufacturing-share style the indicators part saved."""
    from qgis.PyQt.QtXml import QDomDocument

    districts = gpkg_layer(gpkg, INDICATOR_TABLE, "Kreise: Beschäftigte im sekundären Sektor")
    stem = MAPS[0][-1]  # the first map is the secondary-sector employment share
    # importNamedStyle: loadNamedStyle would prefer the style stored in the GeoPackage.
    document = QDomDocument()
    document.setContent((out / f"{stem}.qml").read_text(encoding="utf-8"))
    ok, message = districts.importNamedStyle(document)
    if not ok:
        raise SystemExit(f"demo: cannot apply {stem}.qml to the districts: {message}")
    return districts


def run(data, out, gpkg, bands, context, feedback, use_cases=False):
    """Write the atlas and the report; returns the files to point the reader to."""
    points_table = USE_CASE_TABLE if use_cases else "i40_zentren"
    points_name = "Anwendungsbeispiele" if use_cases else "Industrie 4.0-Zentren"
    points = gpkg_layer(gpkg, points_table, points_name)
    universities = gpkg_layer(gpkg, "technische_hochschulen", "Technische Hochschulen")
    atlas_folder = out / ATLAS_FOLDER
    print("\ni40disparity:exportatlas …")
    atlas = run_algorithm(
        "i40disparity:exportatlas",
        {
            "LAENDER_LAYER": str(data / LAENDER_FILE),
            "LAND_FIELD": "GEN",
            "LAENDER": STUDY_LAENDER,
            "OVERVIEW": True,
            "DISTRICTS": manufacturing_districts(gpkg, out),
            "BANDS": bands,
            "POINTS": points,
            "FACILITIES": universities,
            "LABEL_LANGUAGE": 0,  # Deutsch
            "OUTPUT_FOLDER": str(atlas_folder),
        },
        context,
        feedback,
    )
    print(f"  {atlas['PAGE_COUNT']} Kartenseiten (PDF und PNG) in {atlas_folder}")

    stems = [points_table, "technische_hochschulen"]
    parameters = {
        "DENSITY_SUMMARY": gpkg_layer(gpkg, SUMMARY_TABLE, "Dichteklassen der PLZ-Gebiete"),
        "BAND_STATISTICS": [str(out / f"{stem}_dichteklassen.csv") for stem in stems],
        "DISTANCES": [str(out / "entfernung_zur_technischen_hochschule.csv")],
        "JOIN_REPORTS": [str(out / "kreise_join_report.csv")],
        "ATLAS_FOLDER": str(atlas_folder),
        "LABEL_LANGUAGE": 0,
        "OUTPUT": str(out / REPORT_FILE),
    }
    crosstab = out / f"{USE_CASE_TABLE}_land_groessenklasse.csv"
    if use_cases and crosstab.exists():
        parameters["CROSSTAB"] = str(crosstab)
    print("i40disparity:report …")
    report = run_algorithm("i40disparity:report", parameters, context, feedback)
    print(f"  Bericht: {report['OUTPUT']} (Tabellen als CSV in {report['TABLES_FOLDER']})")
    return [atlas_folder, report["OUTPUT"]]
