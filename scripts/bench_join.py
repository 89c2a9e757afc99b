"""Benchmark (not a test): i40disparity:joinindicators next to native:joinattributestable.

All INKAR indicators (latest year each) as one wide CSV, joined to the 401 VG5000 districts
and, on Gemeinde keys, to the 10,997 VG5000 Gemeinden (each Gemeinde carries its district's
values, so the table has as many rows as there are Gemeinden). Both sides read the same CSV
in every run: ours through the plugin's reader (key normalisation, parse report, join
report), QGIS's through OGR with a .csvt so that keys stay text. Polygons are in memory.
"""

import argparse
import csv
import tempfile
import time
from pathlib import Path

from benchmarking import compare
from standalone import start_qgis

DATA = Path("data")
LEVELS = (("Kreise", "VG5000_KRS.shp", 5), ("Gemeinden", "VG5000_GEM.shp", 8))


def inkar_wide(raw_folder):
    """{district key: {"indicator (year)": value}} for the latest year of every indicator."""
    import pandas as pd

    from i40_disparity_plugin.core.readers.inkar import read_inkar

    tables = [
        read_inkar(path).data
        for path in sorted(raw_folder.glob("*.csv"))
        if not path.name.startswith(("Meta", "column-names"))
    ]
    data = pd.concat(tables).dropna(subset=["value"])
    latest = data[data["year"] == data.groupby("indicator")["year"].transform("max")]
    latest = latest.assign(column=latest["indicator"] + " (" + latest["year"].astype(str) + ")")
    wide = latest.pivot_table(index="key", columns="column", values="value", aggfunc="first")
    return wide


def write_table(path, keys, wide):
    """A CSV keyed by ``keys``, each row holding the values of its district (first 5 digits)."""
    columns = list(wide.columns)
    rows = wide.to_dict("index")
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["AGS", *columns])
        for key in keys:
            values = rows.get(key[:5])
            if values is not None:
                # A missing value is an empty cell, as in any export.
                writer.writerow(
                    [key, *("" if values[c] != values[c] else values[c] for c in columns)]
                )
    # OGR reads the column types from this sidecar: the key as text keeps its leading zero.
    path.with_suffix(".csvt").write_text(
        ",".join(['"String"'] + ['"Real"'] * len(columns)), encoding="utf-8"
    )
    return len(columns)


def load_in_memory(path):
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    source = QgsVectorLayer(str(path), path.stem, "ogr")
    if not source.isValid():
        raise SystemExit(f"Cannot read {path}")
    return source.materialize(QgsFeatureRequest())


def run(algorithm, parameters):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    start = time.perf_counter()
    result = processing.run(
        algorithm, parameters, context=context, feedback=QgsProcessingFeedback()
    )
    return time.perf_counter() - start, result


def ours(layer, table):
    seconds, result = run(
        "i40disparity:joinindicators",
        {
            "INPUT": layer,
            "INPUT_KEY": "AGS",
            "TABLE": str(table),
            "TABLE_FORMAT": 4,
            "TABLE_KEY": "AGS",
            "OUTPUT": "memory:",
            "UNMATCHED": "memory:",
        },
    )
    return seconds, result["MATCHED"]


def native(layer, table):
    from qgis.core import QgsVectorLayer

    start = time.perf_counter()
    table_layer = QgsVectorLayer(str(table), "table", "ogr")
    _seconds, result = run(
        "native:joinattributestable",
        {
            "INPUT": layer,
            "FIELD": "AGS",
            "INPUT_2": table_layer,
            "FIELD_2": "AGS",
            "METHOD": 1,  # one-to-one: the first match
            "OUTPUT": "memory:",
        },
    )
    return time.perf_counter() - start, result["JOINED_COUNT"]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--repeat", type=int, default=5, help="runs per side (median shown)")
    args = parser.parse_args()
    _app = start_qgis()  # must stay referenced
    shared = args.shared.resolve()
    wide = inkar_wide(shared / DATA / "inkar_2019" / "raw")

    print(
        f"\n{'join':<34} {'ours s (min)':>15} {'native s (min)':>15} {'ours/native':>12}  matched"
    )
    with tempfile.TemporaryDirectory() as folder:
        for label, shapefile, digits in LEVELS:
            layer = load_in_memory(shared / DATA / "vg5000_2021" / "shp" / shapefile)
            keys = [str(feature["AGS"]).zfill(digits) for feature in layer.getFeatures()]
            table = Path(folder) / f"{label}.csv"
            indicators = write_table(table, keys, wide)
            chains = {
                "ours": lambda layer=layer, table=table: ours(layer, table),
                "native": lambda layer=layer, table=table: native(layer, table),
            }
            timings = compare(chains, args.repeat)
            ours_s, ours_min, ours_matched, _runs = timings["ours"]
            native_s, native_min, native_matched, _runs = timings["native"]
            name = f"{indicators} indicators × {layer.featureCount()} {label}"
            print(
                f"{name:<34} {ours_s:7.3f} ({ours_min:.3f}) {native_s:7.3f} ({native_min:.3f}) "
                f"{ours_s / native_s:12.2f}  {ours_matched} / {native_matched}"
            )


if __name__ == "__main__":
    main()
