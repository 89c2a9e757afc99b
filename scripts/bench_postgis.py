"""Benchmark (not a test): densitybands and assignpoints with PostGIS input and output next to
the same runs on files.

A throw-away PostgreSQL + PostGIS (tests/helpers/postgis_server.py) on this machine holds the
8,177 PLZ areas and 100,000 random points (fixed seed) as ogr2ogr loads them; the files are a
GeoPackage with the same two layers. Each run reads its inputs and writes its outputs in one
place: GeoPackage tables, or PostGIS tables (including the plugin's finishing of a table:
key, GiST index, style and description). The ratio PostGIS/files says what the database
costs; on this machine the server shares the two cores with QGIS. The floor beside each is
QGIS's own copy of the same input into the same place (native:retainfields, all fields kept):
what reading and writing those rows costs at least, so ours/floor is the plugin's own share.
"""

import argparse
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from benchmarking import compare, load_average
from standalone import REPO, start_qgis

sys.path.insert(0, str(REPO / "tests" / "helpers"))
PLZ_FILE = Path("data/plz_5stellig/plz-5stellig-verylow_map.geojson")
POINTS = 100_000
SEED = 20241207


def random_points(path, extent, size):
    """``size`` points in ``extent`` (EPSG:4326, as the PLZ file) into a GeoPackage layer."""
    import numpy as np
    from osgeo import ogr, osr

    rng = np.random.default_rng(SEED)
    xs = rng.uniform(extent[0], extent[1], size)
    ys = rng.uniform(extent[2], extent[3], size)
    dataset = ogr.GetDriverByName("GPKG").Open(str(path), 1)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = dataset.CreateLayer("points", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
    layer.StartTransaction()
    for k, (x, y) in enumerate(zip(xs.tolist(), ys.tolist())):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("id", k)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None  # written and closed (GDAL < 3.8 has no Close())


def prepare(shared, folder, server):
    """The GeoPackage with areas and points, and the same two tables in PostGIS."""
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    gpkg = folder / "inputs.gpkg"
    # Each translation's dataset is not kept: dropped at once, it is written and closed.
    gdal.VectorTranslate(str(gpkg), str(shared / PLZ_FILE), layerName="plz")
    dataset = ogr.Open(str(gpkg))  # kept referenced: its layer dies with it
    extent = dataset.GetLayerByName("plz").GetExtent()
    dataset = None
    random_points(gpkg, extent, POINTS)
    for name in ("plz", "points"):
        gdal.VectorTranslate(
            server.ogr_connection(),
            str(gpkg),
            format="PostgreSQL",
            layers=[name],
            layerName=name,
            layerCreationOptions=["GEOMETRY_NAME=geom"],
        )
    return gpkg


def places(gpkg, server):
    """How each side names an input table and an output table."""
    return {
        "files": (
            lambda table: f"{gpkg}|layername={table}",
            lambda table: f"ogr:dbname='{gpkg}' table=\"{table}\" (geom)",
        ),
        # QGIS's own algorithms (the floor) read PostGIS only in this form.
        "PostGIS": (
            lambda table: "postgres://" + server.uri(table),
            lambda table: "postgis:" + server.uri(table),
        ),
    }


def runner(algorithm, parameters):
    def run(place):
        import processing
        from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

        from i40_disparity_plugin.compat import InvalidGeometryCheck

        source, destination = place
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        context.setInvalidGeometryCheck(InvalidGeometryCheck.NoCheck)
        values = {
            key: source(value[3:]) if value.startswith("in:") else destination(value[4:])
            for key, value in parameters.items()
            if isinstance(value, str) and value.startswith(("in:", "out:"))
        }
        fixed = {key: value for key, value in parameters.items() if key not in values}
        start = time.perf_counter()
        processing.run(
            algorithm, {**fixed, **values}, context=context, feedback=QgsProcessingFeedback()
        )
        return time.perf_counter() - start, None

    return run


# Each: the plugin's run, and QGIS's copy of its largest input and output (the floor).
RUNS = {
    "densitybands": (
        "i40disparity:densitybands",
        {
            "INPUT": "in:plz",
            "POPULATION_FIELD": "einwohner",
            "AREA_FIELD": "qkm",
            "THRESHOLDS": "150,300,500",
            "OUTPUT": "out:bands",
            "SUMMARY": "out:summary",
        },
        {"INPUT": "in:plz", "FIELDS": ["plz", "note", "qkm", "einwohner"], "OUTPUT": "out:copy"},
    ),
    "assignpoints": (
        "i40disparity:assignpoints",
        {"INPUT": "in:points", "AREAS": "in:plz", "OUTPUT": "out:placed", "COUNTS": "out:counts"},
        {"INPUT": "in:points", "FIELDS": ["id"], "OUTPUT": "out:copy"},
    ),
}


def main():
    import postgis_server

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (median)")
    args = parser.parse_args()
    _app = start_qgis()  # must stay referenced
    with postgis_server.running() as server, tempfile.TemporaryDirectory() as folder:
        gpkg = prepare(args.shared.resolve(), Path(folder), server)
        sides = places(gpkg, server)
        print(
            f"\n{'algorithm':<14} {'place':<8} {'ours s':>7} {'floor s':>8} {'ours/floor':>11}"
            f" {'vs files':>9}  load"
        )
        for name, (algorithm, parameters, copy) in RUNS.items():
            chains = {}
            for place, names in sides.items():
                chains[(place, "ours")] = partial(runner(algorithm, parameters), names)
                chains[(place, "floor")] = partial(runner("native:retainfields", copy), names)
            timings = compare(chains, args.repeat)
            for place in sides:
                ours, floor = timings[(place, "ours")].median, timings[(place, "floor")].median
                versus = ours / timings[("files", "ours")].median
                print(
                    f"{name:<14} {place:<8} {ours:7.2f} {floor:8.2f} {ours / floor:11.2f}"
                    f" {versus:9.2f}  {load_average():.1f}"
                )


if __name__ == "__main__":
    main()
