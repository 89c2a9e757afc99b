"""Benchmark (not a test): how soon each algorithm stops after Cancel, on inputs of a size
that takes it seconds.

Each algorithm runs in this (the main) thread, as the toolbox runs it; another thread presses
Cancel after --delay seconds, as a user would, and the time from that moment to the run's end
is the figure (target: under a second). A run that ends before the press says so and gives
its whole time instead: it cannot take longer to stop than to finish. The inputs, made in
memory (random ones with a fixed seed): the 8,177 PLZ areas, their density bands, a million
points in Germany's bounding box, 2 million rows of a grid table keyed by Gemeinde AGS (the
big-table benchmark's file), a use-case table of 200,000 rows keyed by PLZ, and the atlas of
all Länder over the bands.
"""

import argparse
import tempfile
import threading
import time
from pathlib import Path

from bench_big_table import write_grid
from benchmarking import load_average
from standalone import start_qgis

PLZ_FILE = Path("data/plz_5stellig/plz-5stellig-verylow_map.geojson")
GEMEINDEN_FILE = Path("data/vg5000_2021/shp/VG5000_GEM.shp")
LAENDER_FILE = Path("data/vg5000_2021/shp/VG5000_LAN.shp")
SEED = 20261207
POINTS = 1_000_000
USE_CASE_ROWS = 200_000
TARGET_S = 1.0
LAENDER_NAMES = ("Bayern", "Hessen", "Sachsen", "Bremen")
SIZE_CLASSES = ("< 50", "50–249", "250–5.000", "> 5.000")


class PressedLater:
    """Cancel of ``feedback`` pressed from another thread ``delay`` seconds after the block
    is entered."""

    def __init__(self, feedback, delay):
        self.feedback = feedback
        self.pressed_at = None
        self.thread = threading.Timer(delay, self._press)

    def _press(self):
        self.pressed_at = time.perf_counter()
        self.feedback.cancel()

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.thread.cancel()


def plz_areas(shared):
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    from i40_disparity_plugin.gis.json_fields import text_key_layer

    layer = QgsVectorLayer(str(shared / PLZ_FILE), "PLZ", "ogr")
    # GDAL >= 3.10 types the postcodes as JSON; the text view keeps them as written.
    layer = text_key_layer(layer) or layer
    return layer.materialize(QgsFeatureRequest())


def random_points(extent, crs, count, rng):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer(
        f"Point?crs={crs.authid()}&field=id:integer&field=land:string&field=size_class:string",
        "points",
        "memory",
    )
    xs = rng.uniform(extent.xMinimum(), extent.xMaximum(), count).tolist()
    ys = rng.uniform(extent.yMinimum(), extent.yMaximum(), count).tolist()
    lands = rng.integers(len(LAENDER_NAMES), size=count).tolist()
    sizes = rng.integers(len(SIZE_CLASSES), size=count).tolist()
    features = []
    for k in range(count):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([k, LAENDER_NAMES[lands[k]], SIZE_CLASSES[sizes[k]]])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(xs[k], ys[k])))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def write_use_cases(path, plz_codes, rng):
    codes = rng.choice(plz_codes, USE_CASE_ROWS).tolist()
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("titel;plz\n")
        handle.writelines(f"Anwendung {k};{code}\n" for k, code in enumerate(codes))


def gemeinde_keys(shared):
    from osgeo import ogr

    source = ogr.Open(str(shared / GEMEINDEN_FILE))
    keys = sorted({feature.GetField("AGS") for feature in source.GetLayer()})
    source = None
    return keys


def runs(shared, folder):
    """(algorithm, what it runs on, parameters) of every algorithm."""
    import numpy as np
    import processing

    rng = np.random.default_rng(SEED)
    areas = plz_areas(shared)
    density = processing.run(
        "i40disparity:densitybands",
        {
            "INPUT": areas,
            "POPULATION_FIELD": "einwohner",
            "OUTPUT": "memory:",
            "SUMMARY": "memory:",
        },
    )
    bands = density["OUTPUT"]
    points = random_points(areas.extent(), areas.crs(), POINTS, rng)
    facilities = random_points(areas.extent(), areas.crs(), 100, rng)
    grid = folder / "grid_ags.csv"
    write_grid(grid, gemeinde_keys(shared))
    use_cases = folder / "anwendungen.csv"
    write_use_cases(use_cases, [f["plz"] for f in areas.getFeatures()], rng)
    million = f"{POINTS:,} points"
    return [
        ("densitybands", "8,177 PLZ areas", {"INPUT": areas, "POPULATION_FIELD": "einwohner"}),
        (
            "joinindicators",
            "2,000,000 table rows, 10,997 Gemeinden",
            {
                "INPUT": str(shared / GEMEINDEN_FILE),
                "INPUT_KEY": "AGS",
                "TABLE": str(grid),
                "TABLE_FORMAT": 4,  # a table of the user's own layout
                "TABLE_KEY": "AGS",
            },
        ),
        (
            "deriveindicator",
            "8,177 PLZ areas",
            {"INPUT": areas, "NUMERATOR": "einwohner", "OUTPUT_FIELD": "dichte"},
        ),
        ("choropleth", "8,177 PLZ areas", {"INPUT": bands, "FIELD": "density", "METHOD": 0}),
        ("assignpoints", million, {"INPUT": points, "AREAS": areas, "COUNTS": "memory:"}),
        (
            "bandstatistics",
            million,
            {"POINTS": points, "AREAS": bands, "BAND_FIELD": "band", "ITERATIONS": 999},
        ),
        (
            "nearestfacility",
            f"{million}, 100 facilities",
            {"INPUT": points, "FACILITIES": facilities, "RADII": "10,50"},
        ),
        (
            "crosstab",
            million,
            {"INPUT": points, "ROW_FIELD": "land", "COLUMN_FIELD": "size_class"},
        ),
        (
            "geocodepoints",
            f"{USE_CASE_ROWS:,} table rows by PLZ",
            {"INPUT": str(use_cases), "PLZ_AREAS": areas},
        ),
        ("referencefacilities", "the 37 centres by PLZ", {"FACILITIES": 1, "PLZ_AREAS": areas}),
        (
            "exportatlas",
            "16 Länder and Germany over the bands",
            {
                "LAENDER_LAYER": str(shared / LAENDER_FILE),
                "LAENDER": "SH,HH,NI,HB,NW,HE,RP,BW,BY,SL,BE,BB,MV,SN,ST,TH",
                "OVERVIEW": True,
                "PAGES": [2],
                "BANDS": bands,
                "POINTS": facilities,
                "DPI": 150,
                "OUTPUT_FOLDER": str(folder / "atlas"),
            },
        ),
        (
            "report",
            "the density summary",
            {"DENSITY_SUMMARY": density["SUMMARY"], "OUTPUT": str(folder / "bericht.html")},
        ),
    ]


def stop_time(name, parameters, delay):
    """(seconds from Cancel to the end, or the whole run's seconds; whether Cancel was
    pressed; the first line of the exception the run ended in, or "")."""
    import processing
    from qgis.core import (
        QgsApplication,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProject,
    )

    algorithm = f"i40disparity:{name}"
    registered = QgsApplication.processingRegistry().algorithmById(algorithm)
    outputs = {
        output.name(): "memory:"
        for output in registered.destinationParameterDefinitions()
        if output.type() in ("sink", "vectorDestination")
    }
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    start = time.perf_counter()
    error = ""
    with PressedLater(feedback, delay) as cancel:
        try:
            processing.run(algorithm, {**outputs, **parameters}, context=context, feedback=feedback)
        except Exception as raised:
            error = str(raised).splitlines()[0][:70]
        end = time.perf_counter()
    if cancel.pressed_at is None:
        return end - start, False, error
    return end - cancel.pressed_at, True, error


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument(
        "--delays", default="0.5,2,4", help="seconds before Cancel, one run each (comma-separated)"
    )
    args = parser.parse_args()
    delays = [float(delay) for delay in args.delays.split(",")]
    app = start_qgis()  # noqa: F841 (kept alive for the run)
    with tempfile.TemporaryDirectory() as folder:
        print(f"Inputs (about a minute) … load {load_average():.1f}")
        plan = runs(args.shared.resolve(), Path(folder))
        print(f"\nCancel pressed {', '.join(map(str, delays))} s after the start, one run each")
        print(f"{'algorithm':20s} {'stopped after':>14s}  input (the slowest stop of the runs)")
        slowest = 0.0
        for name, what, parameters in plan:
            stops = [stop_time(name, parameters, delay) for delay in delays]
            pressed = [(seconds, error) for seconds, was_pressed, error in stops if was_pressed]
            if pressed:
                seconds, error = max(pressed)
                figure = f"{seconds:.2f} s"
            else:  # done before any press
                seconds, _pressed, error = max(stops)
                figure = f"(done {seconds:.2f} s)"
            ended = f" [{error}]" if error else ""
            print(f"{name:20s} {figure:>14s}  {what}; load {load_average():.1f}{ended}", flush=True)
            slowest = max(slowest, seconds)
        verdict = "met" if slowest < TARGET_S else "NOT met"
        print(f"slowest: {slowest:.2f} s, target of {TARGET_S} s {verdict}")


if __name__ == "__main__":
    main()
