"""Benchmark (not a test): i40disparity:densitybands next to QGIS's own tools on the PLZ areas.

The native chain is what an analyst would otherwise click together: fix geometries, then the
field calculator for area_km2, density and band. Both sides run through processing.run on the
same in-memory copy of the layer, in the same process, so file reading is not timed.
The native chain computes less (no band labels, notes, summary table or styling), so a
ratio near 1 means the plugin's extras cost little, not that the two do the same work.
"""

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from benchmarking import compare
from standalone import start_qgis

PLZ_FILE = Path("data/plz_5stellig/plz-5stellig-verylow_map.geojson")
THRESHOLDS = (150, 300, 500)
# The plugin's rule: a density on a threshold belongs to the band below (<=), top band is > 500.
# NULL density (missing population or area) falls through every WHEN and stays NULL: no band.
BAND_EXPRESSION = (
    "CASE "
    + " ".join(f'WHEN "density" <= {t} THEN {i}' for i, t in enumerate(THRESHOLDS, 1))
    + f' WHEN "density" > {THRESHOLDS[-1]} THEN {len(THRESHOLDS) + 1} END'
)
FLOAT, INTEGER = 0, 1  # native:fieldcalculator FIELD_TYPE


def new_context():
    from qgis.core import QgsProcessingContext, QgsProject

    from i40_disparity_plugin.compat import AreaUnit, InvalidGeometryCheck

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    # $area in the field calculator is ellipsoidal only when the context names an ellipsoid;
    # GRS 1980 is also what the plugin falls back to.
    context.setEllipsoid("EPSG:7019")
    context.setAreaUnit(AreaUnit.SquareMeters)
    # The plugin repairs geometries itself and the native chain starts with fixgeometries,
    # so no step should stop on (or pay for re-checking) invalid geometries.
    context.setInvalidGeometryCheck(InvalidGeometryCheck.NoCheck)
    return context


def run(algorithm, parameters, context):
    import processing
    from qgis.core import QgsProcessingFeedback

    return processing.run(algorithm, parameters, context=context, feedback=QgsProcessingFeedback())


def ours(layer, area_field):
    """Return (seconds, band counts) of one densitybands run."""
    context = new_context()
    start = time.perf_counter()
    result = run(
        "i40disparity:densitybands",
        {
            "INPUT": layer,
            "POPULATION_FIELD": "einwohner",
            "AREA_FIELD": area_field,
            "THRESHOLDS": ",".join(str(t) for t in THRESHOLDS),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
        context,
    )
    seconds = time.perf_counter() - start
    return seconds, {int(k): v for k, v in json.loads(result["BAND_COUNTS"]).items() if v}


def native(layer, area_field):
    """Return (seconds, band counts) of fixgeometries followed by field calculations."""
    context = new_context()
    # With an area field the plugin still repairs every geometry, so fixgeometries stays in.
    if area_field:
        formulas = [("density", f'"einwohner" / "{area_field}"', FLOAT)]
    else:
        formulas = [
            ("area_km2", "$area / 1e6", FLOAT),
            ("density", '"einwohner" / "area_km2"', FLOAT),
        ]
    formulas.append(("band", BAND_EXPRESSION, INTEGER))
    start = time.perf_counter()
    current = run("native:fixgeometries", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"}, context)
    for name, formula, kind in formulas:
        current = run(
            "native:fieldcalculator",
            {
                "INPUT": current["OUTPUT"],
                "FIELD_NAME": name,
                "FIELD_TYPE": kind,
                "FIELD_LENGTH": 0,
                "FIELD_PRECISION": 0,
                "FORMULA": formula,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
            context,
        )
    seconds = time.perf_counter() - start
    counts = Counter(f["band"] for f in current["OUTPUT"].getFeatures())
    return seconds, {band: n for band, n in counts.items() if isinstance(band, int)}


def load_in_memory(path):
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    source = QgsVectorLayer(str(path), "plz", "ogr")
    if not source.isValid():
        raise SystemExit(f"Cannot read {path}")
    layer = source.materialize(QgsFeatureRequest())
    layer.setName("plz")
    return layer


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--repeat", type=int, default=5, help="runs per variant (median shown)")
    args = parser.parse_args()

    _app = start_qgis()  # must stay referenced
    from qgis.core import Qgis

    layer = load_in_memory(args.shared / PLZ_FILE)
    print(
        f"QGIS {Qgis.QGIS_VERSION}: {layer.featureCount()} PLZ areas in memory, "
        f"median of {args.repeat} runs each, thresholds {THRESHOLDS}\n"
    )

    variants = [("area from field qkm", "qkm"), ("area measured (ellipsoid)", "")]
    rows = []
    for label, area_field in variants:
        chains = {
            "ours": lambda area_field=area_field: ours(layer, area_field),
            "native": lambda area_field=area_field: native(layer, area_field),
        }
        timings = compare(chains, args.repeat)
        rows.append((label, timings))

    print(f"{'variant':<26} {'ours s (min)':>15} {'native s (min)':>15} {'ours/native':>12}  bands")
    for label, timings in rows:
        ours_s, ours_min, ours_counts, _runs = timings["ours"]
        native_s, native_min, native_counts, _runs = timings["native"]
        agree = "agree" if ours_counts == native_counts else "DIFFER"
        print(
            f"{label:<26} {ours_s:7.3f} ({ours_min:.3f}) {native_s:7.3f} ({native_min:.3f}) "
            f"{ours_s / native_s:12.2f}  {agree}"
        )
    print("\nAreas per band (1 = density <= 150 ... 4 = density > 500):")
    for label, timings in rows:
        for side, timing in timings.items():
            counts = timing.result
            text = ", ".join(f"{band}: {counts.get(band, 0)}" for band in range(1, 5))
            print(f"  {label:<27} {side:<7} {text}  (total {sum(counts.values())})")
        if timings["ours"].result != timings["native"].result:
            # Same data and rule should give identical counts; a difference points at the
            # threshold rule (<= vs <), the ellipsoid or the geometry repair.
            print(f"  !! band counts differ for '{label}'")


if __name__ == "__main__":
    main()
