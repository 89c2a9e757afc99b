"""Benchmark (not a test): a table of 2 million rows read and joined, next to pandas alone.

Two Zensus-style 100 m grid tables are generated into a temporary folder (never committed):

- ``grid.csv``, the file of the issue "Big tables fast and lean": Gitter_ID_100m, x_mp_100m,
  y_mp_100m, Einwohner, keyed by the grid cell id. No key is an area key: joined to the 401
  Kreise, the join stops with a message saying so (the time is the time to that message).
- ``grid_ags.csv``, the same cells, each carrying the AGS of a Gemeinde (the 10,997 VG5000
  Gemeinden in blocks of about 182 cells), joined to the Gemeinden by AGS: the realistic case.

Each candidate runs in a process of its own, which reports its time and its peak memory
(ru_maxrss), so that one run's memory does not hide in another's:

- ``pandas.read_csv``: ``pandas.read_csv(path, sep=";", dtype=str, keep_default_na=False)``,
  the floor;
- ``read_generic``: the issue's measurement, ``value_columns=["Einwohner"]``;
- ``read_statistics``: as joinindicators reads the table (format detected, every numeric
  column: 3 indicators, 6 million tidy rows);
- ``read + join``: that and ``join_indicators`` with the layer's keys (no QGIS);
- ``joinindicators``: the Processing algorithm in QGIS, layer in memory, outputs in memory;
  its peak includes QGIS itself (the peak of QGIS with the layer loaded is shown beside).

Times are the minimum of --repeat runs (the sides alternate), on a busy machine the steadier
estimate; ratios are to the floor of the same run.
"""

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarking import load_average

REPO = Path(__file__).resolve().parent.parent
ROWS = 2_000_000
SHAPES = Path("data/vg5000_2021/shp")
TABLES = {
    # name: (file, key column, layer, what the keys are)
    "grid": ("grid.csv", "Gitter_ID_100m", "VG5000_KRS.shp", "grid cell ids vs 401 Kreise"),
    "grid_ags": ("grid_ags.csv", "AGS", "VG5000_GEM.shp", "Gemeinde AGS vs 10,997 Gemeinden"),
}
CANDIDATES = ("pandas.read_csv", "read_generic", "read_statistics", "read + join", "joinindicators")
TIME_LIMIT, MEMORY_LIMIT, FLOOR_LIMIT = 10.0, 1024.0, 3.0


def write_grid(path, gemeinde_keys=None):
    """The issue's generator; with ``gemeinde_keys`` each cell also carries a Gemeinde's AGS."""
    with open(path, "w", encoding="utf-8") as f:
        if gemeinde_keys is None:
            f.write("Gitter_ID_100m;x_mp_100m;y_mp_100m;Einwohner\n")
        else:
            f.write("Gitter_ID_100m;x_mp_100m;y_mp_100m;AGS;Einwohner\n")
        for i in range(ROWS):
            x = 4031000 + (i % 6000) * 100 + 50
            y = 2684000 + (i // 6000) * 100 + 50
            cell = f"CRS3035RES100mN{y - 50}E{x - 50};{x};{y}"
            if gemeinde_keys is not None:
                cell += f";{gemeinde_keys[i * len(gemeinde_keys) // ROWS]}"
            f.write(f"{cell};{(i * 7) % 97 - 3}\n")


def layer_keys(shapefile):
    from osgeo import ogr

    source = ogr.Open(str(shapefile))
    keys = [feature.GetField("AGS") for feature in source.GetLayer()]
    source = None
    return keys


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(candidate, table, key, shapefile, build):
    """One candidate in this process: print {"seconds", "peak_mb", "detail"} as JSON."""
    sys.path.insert(0, str(build))
    detail, idle = "", None
    if candidate == "pandas.read_csv":
        import pandas as pd

        start = time.perf_counter()
        frame = pd.read_csv(table, sep=";", dtype=str, keep_default_na=False)
        seconds, detail = time.perf_counter() - start, f"{len(frame):,} rows"
    elif candidate == "joinindicators":
        seconds, detail, idle = run_algorithm(table, key, shapefile, build)
    else:
        keys = layer_keys(shapefile) if candidate == "read + join" else None
        from i40_disparity_plugin.core.indicators.join import join_indicators
        from i40_disparity_plugin.core.messages import CoreError
        from i40_disparity_plugin.core.readers.detect import read_statistics
        from i40_disparity_plugin.core.readers.generic import read_generic

        start = time.perf_counter()
        if candidate == "read_generic":
            read = read_generic(table, key_column=key, value_columns=["Einwohner"])
        else:
            read = read_statistics(table, key_column=key)
        detail = f"{len(read.data):,} tidy rows"
        if keys is not None:
            try:
                joined = join_indicators(keys, read.data)
                detail += f", {joined.report.matched} areas matched"
            except CoreError as error:  # a table without area keys is refused
                detail += f", stopped: {str(error)[:60]}"
        seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb(), "detail": detail, "idle": idle}))


def run_algorithm(table, key, shapefile, build):
    sys.path.insert(0, str(REPO / "scripts"))
    from standalone import start_qgis

    sys.path.insert(0, str(build))  # after standalone's own build path: this one is used
    app = start_qgis()
    import processing
    from qgis.core import (
        QgsFeatureRequest,
        QgsProcessingContext,
        QgsProcessingException,
        QgsProcessingFeedback,
        QgsProject,
        QgsVectorLayer,
    )

    layer = QgsVectorLayer(str(shapefile), shapefile.stem, "ogr").materialize(QgsFeatureRequest())
    idle = peak_mb()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    parameters = {
        "INPUT": layer,
        "INPUT_KEY": "AGS",
        "TABLE": str(table),
        "TABLE_FORMAT": 0,  # detect, as by default
        "TABLE_KEY": key,
        "OUTPUT": "memory:",
        "UNMATCHED": "memory:",
    }
    start = time.perf_counter()
    try:
        result = processing.run(
            "i40disparity:joinindicators",
            parameters,
            context=context,
            feedback=QgsProcessingFeedback(),
        )
        detail = f"{result['MATCHED']} areas matched"
    except QgsProcessingException as error:
        detail = f"stopped: {str(error)[:60]}"
    seconds = time.perf_counter() - start
    del app
    return seconds, detail, idle


def measure(candidate, table, key, shapefile, build):
    command = [sys.executable, __file__, "--child", candidate, "--table", str(table)]
    command += ["--key", key, "--layer", str(shapefile), "--build", str(build)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines:
        raise SystemExit(f"{candidate} failed:\n{done.stderr[-3000:]}")
    return json.loads(lines[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--repeat", type=int, default=2, help="runs per candidate (minimum)")
    parser.add_argument(
        "--build", type=Path, default=REPO / "build", help="staged plugin to measure"
    )
    parser.add_argument("--only", choices=list(TABLES), help="one table only")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--table", help=argparse.SUPPRESS)
    parser.add_argument("--key", help=argparse.SUPPRESS)
    parser.add_argument("--layer", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.table, args.key, args.layer, args.build.resolve())
        return
    shapes = args.shared.resolve() / SHAPES
    build = args.build.resolve()
    with tempfile.TemporaryDirectory() as folder:
        for name, (file_name, key, shape, about) in TABLES.items():
            if args.only and name != args.only:
                continue
            table = Path(folder) / file_name
            gemeinden = layer_keys(shapes / "VG5000_GEM.shp") if name == "grid_ags" else None
            write_grid(table, gemeinden)
            runs = {candidate: [] for candidate in CANDIDATES}
            for _ in range(args.repeat):
                for candidate in CANDIDATES:
                    runs[candidate].append(measure(candidate, table, key, shapes / shape, build))
            size = table.stat().st_size / 1e6
            print(f"\n{ROWS:,} rows ({size:.0f} MB), {about}; load {load_average():.1f}")
            floor = runs["pandas.read_csv"]
            floor_s = min(run["seconds"] for run in floor)
            floor_mb = max(run["peak_mb"] for run in floor)
            print(f"{'':18} {'s (median)':>14} {'peak MB':>8} {'× floor s':>10} {'× floor MB':>11}")
            for candidate, results in runs.items():
                seconds = min(run["seconds"] for run in results)
                median = statistics.median(run["seconds"] for run in results)
                peak = max(run["peak_mb"] for run in results)
                idle = results[-1]["idle"]
                note = results[-1]["detail"] + (f"; QGIS idle {idle:.0f} MB" if idle else "")
                print(
                    f"{candidate:18} {seconds:6.2f} ({median:5.2f}) {peak:8.0f} "
                    f"{seconds / floor_s:10.2f} {peak / floor_mb:11.2f}  {note}"
                )
            print(
                f"target: reading + joining under {TIME_LIMIT:.0f} s and {MEMORY_LIMIT:.0f} MB, "
                f"reading at most {FLOOR_LIMIT:.0f} × the floor's time"
            )


if __name__ == "__main__":
    main()
