"""Benchmark (not a test): i40disparity:assignpoints next to QGIS's own tools.

Random points (fixed seed) in the bounding box of Germany's 8,177 PLZ areas, the PLZ areas
as polygons, both in memory and in the same CRS. The same output is compared:
points with the area's plz out (assignpoints OUTPUT) vs native:joinattributesbylocation
(intersects, first match only), and per-area counts out (assignpoints COUNTS) vs
native:countpointsinpolygon. Two set-ups: (a) both layers have spatial indexes
(native:createspatialindex, QGIS's fastest path), (b) the same layers without indexes, as
memory layers and CSV points arrive. Every timing is the median of --repeat runs after a
warm-up, the sides alternating, so that a busy moment of the shared machine falls on both.
In (b) the native tools take about a minute per 100k points, so a native run (or warm-up)
longer than --patience seconds is its side's only sample (the runs column says how many
were taken), and above --unindexed-native-limit points the native side is not run at all
(printed as not measured, never estimated). Each row ends with the 1-minute load average:
the machine is shared, and a busy moment slows both sides, not alike.

The count sums may differ by a few points: 34 pairs of the simplified PLZ polygons overlap
slightly, and native:countpointsinpolygon counts a point in an overlap once per area, while
assignpoints gives every point to exactly one area (the first in the layer).
"""

import argparse
import time
from functools import partial
from pathlib import Path

from benchmarking import Timing, compare, load_average
from standalone import start_qgis

PLZ_FILE = Path("data/plz_5stellig/plz-5stellig-verylow_map.geojson")
SEED = 20240611
TARGET_INDEXED = 1.0  # (a): ours at least as fast as native
TARGET_UNINDEXED = 30.0  # (b): ours at least 30 times faster
TARGET_MILLION_S = 15.0  # 1M points, both outputs, end to end


def new_context():
    from qgis.core import QgsProcessingContext, QgsProject

    from i40_disparity_plugin.compat import InvalidGeometryCheck

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    # 10 PLZ polygons are invalid: QGIS would stop on them, ours repairs them.
    context.setInvalidGeometryCheck(InvalidGeometryCheck.NoCheck)
    return context


def timed(algorithm, parameters):
    import processing
    from qgis.core import QgsProcessingFeedback

    start = time.perf_counter()
    result = processing.run(
        algorithm, parameters, context=new_context(), feedback=QgsProcessingFeedback()
    )
    return time.perf_counter() - start, result


def plz_in_memory(shared):
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    source = QgsVectorLayer(str(shared / PLZ_FILE), "plz", "ogr")
    if not source.isValid():
        raise SystemExit(f"Cannot read {shared / PLZ_FILE}")
    return source.materialize(QgsFeatureRequest())


def random_points(extent, crs, size):
    import numpy as np
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    rng = np.random.default_rng(SEED + size)
    xs = rng.uniform(extent.xMinimum(), extent.xMaximum(), size)
    ys = rng.uniform(extent.yMinimum(), extent.yMaximum(), size)
    layer = QgsVectorLayer(f"Point?crs={crs.authid()}&field=id:integer", "points", "memory")
    features = []
    for k, (x, y) in enumerate(zip(xs.tolist(), ys.tolist(), strict=True)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([k])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def copy_of(layer, indexed):
    from qgis.core import QgsFeatureRequest

    from i40_disparity_plugin.compat import SpatialIndexPresence

    copy = layer.materialize(QgsFeatureRequest())
    if indexed:
        timed("native:createspatialindex", {"INPUT": copy})
    has_index = copy.hasSpatialIndex() == SpatialIndexPresence.Present
    if has_index != indexed:
        raise SystemExit(f"could not set up a layer {'with' if indexed else 'without'} index")
    return copy


def chains(points, areas):
    """The four runs: (ours, native) for points out and for counts out."""

    def ours_points():
        seconds, result = timed(
            "i40disparity:assignpoints",
            {
                "INPUT": points,
                "AREAS": areas,
                "AREA_FIELDS": ["plz"],
                "OUTPUT": "memory:",
                "COUNTS": None,
            },
        )
        return seconds, result["OUTPUT"].featureCount()

    def native_join():
        seconds, result = timed(
            "native:joinattributesbylocation",
            {
                "INPUT": points,
                "JOIN": areas,
                "PREDICATE": [0],  # intersects: a point on a border counts, as in ours
                "JOIN_FIELDS": ["plz"],
                "METHOD": 1,  # the first matching area only: one row per point, as ours
                "DISCARD_NONMATCHING": False,
                "OUTPUT": "memory:",
            },
        )
        return seconds, result["OUTPUT"].featureCount()

    def ours_counts():
        seconds, result = timed(
            "i40disparity:assignpoints",
            {
                "INPUT": points,
                "AREAS": areas,
                "AREA_FIELDS": ["plz"],
                "OUTPUT": None,
                "COUNTS": "memory:",
            },
        )
        counts = result["COUNTS"]
        return seconds, sum(f["n_points"] for f in counts.getFeatures())

    def native_count():
        seconds, result = timed(
            "native:countpointsinpolygon",
            {"POLYGONS": areas, "POINTS": points, "FIELD": "n_points", "OUTPUT": "memory:"},
        )
        counts = result["OUTPUT"]
        return seconds, int(sum(f["n_points"] for f in counts.getFeatures()))

    return {
        "points out": (ours_points, native_join),
        "counts out": (ours_counts, native_count),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument(
        "--sizes", default="10000,100000,1000000", help="point counts, comma-separated"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (median)")
    parser.add_argument(
        "--unindexed-native-limit",
        type=int,
        default=100_000,
        help="largest point count for which the native tools run without indexes",
    )
    parser.add_argument(
        "--patience",
        type=float,
        default=20.0,
        help="a native run without indexes taking longer than this (s) is not repeated",
    )
    args = parser.parse_args()
    _app = start_qgis()  # must stay referenced
    plz = plz_in_memory(args.shared.resolve())
    sizes = [int(s) for s in args.sizes.split(",") if s]
    verdicts = []

    header = f"{'points':>9} {'set-up':<12} {'output':<11} {'ours s':>8} {'native s':>9} "
    print("\n" + header + f"{'native/ours':>12}  target  runs  load  counts ours / native")
    for size in sizes:
        base_points = random_points(plz.extent(), plz.crs(), size)
        for setup, indexed in (("(a) indexed", True), ("(b) no index", False)):
            points, areas = copy_of(base_points, indexed), copy_of(plz, indexed)
            for output, (ours, native) in chains(points, areas).items():
                sides = {"ours": ours}
                if indexed or size <= args.unindexed_native_limit:
                    sides["native"] = native
                timings = compare(sides, args.repeat, patience=None if indexed else args.patience)
                ours_s, _min, ours_n, ours_runs = timings["ours"]
                not_run = Timing(None, None, None, 0)
                native_s, _min, native_n, native_runs = timings.get("native", not_run)
                runs = f"{ours_runs}/{native_runs}"
                target = TARGET_INDEXED if indexed else TARGET_UNINDEXED
                load = f"{load_average():4.1f}"
                if native_s is None:
                    print(
                        f"{size:>9} {setup:<12} {output:<11} {ours_s:8.3f} {'—':>9} "
                        f"{'not measured':>12}  ≥{target:g}×   {runs:>4}  {load}  {ours_n} / —"
                    )
                    continue
                ratio = native_s / ours_s
                holds = ratio >= target
                verdicts.append((f"{size} {setup} {output}: ≥{target:g}× faster", holds))
                print(
                    f"{size:>9} {setup:<12} {output:<11} {ours_s:8.3f} {native_s:9.3f} "
                    f"{ratio:12.2f}  {'holds' if holds else 'MISSED':<6}  {runs:>4}  {load}  "
                    f"{ours_n} / {native_n}"
                )
        if size >= 1_000_000:
            both_outputs = {
                "INPUT": base_points,
                "AREAS": plz,
                "AREA_FIELDS": ["plz"],
                "OUTPUT": "memory:",
                "COUNTS": "memory:",
            }
            end_to_end = partial(timed, "i40disparity:assignpoints", both_outputs)
            seconds, _min, _result, runs = compare({"ours": end_to_end}, args.repeat)["ours"]
            holds = seconds < TARGET_MILLION_S
            verdicts.append((f"{size} points, both outputs, < {TARGET_MILLION_S:g} s", holds))
            print(
                f"{size:>9} both outputs end to end: {seconds:.2f} s (median of {runs}, "
                f"load {load_average():.1f})"
            )

    print("\nTargets (issue 4, item 11):")
    for text, holds in verdicts:
        print(f"  {'holds ' if holds else 'MISSED'}  {text}")


if __name__ == "__main__":
    main()
