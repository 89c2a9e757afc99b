"""Keys that a file holds partly as text, partly as numbers ("01067" beside 10115), come out
as the text the file holds, whatever type the driver gives the field (GDAL >= 3.10 types such a
GeoJSON property as JSON)."""

import json

import processing
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

# Two 1 km squares in EPSG:3035; "01067" must keep its leading zero.
KEYS = ("01067", 10115)
SQUARES = [
    [
        [
            [4_300_000 + 1000 * i + dx, 3_000_000 + dy]
            for dx, dy in ((0, 0), (1000, 0), (1000, 1000), (0, 1000), (0, 0))
        ]
    ]
    for i in range(len(KEYS))
]


def geojson(path):
    features = [
        {
            "type": "Feature",
            "properties": {"plz": key, "einwohner": 100},
            "geometry": {"type": "Polygon", "coordinates": square},
        }
        for key, square in zip(KEYS, SQUARES, strict=True)
    ]
    crs = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3035"}}
    path.write_text(json.dumps({"type": "FeatureCollection", "crs": crs, "features": features}))
    return path


def geopackage(path):
    """The GeoJSON converted by GDAL: a JSON column holding text and integers with GDAL >= 3.10,
    a text column before."""
    gdal.VectorTranslate(str(path), str(geojson(path.with_suffix(".geojson"))), format="GPKG")
    return path


def csv_with_wkt(path):
    rows = ["plz,einwohner,WKT"]
    for key, square in zip(KEYS, SQUARES, strict=True):
        ring = ",".join(f"{x} {y}" for x, y in square[0])
        rows.append(f'{key},100,"POLYGON(({ring}))"')
    path.write_text("\n".join(rows) + "\n")
    # Column types as a spreadsheet export states them; the key column left to the driver.
    path.with_suffix(".csvt").write_text("String,Integer,WKT\n")
    # The CRS of a CSV: a .prj beside it, as OGR reads it.
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    path.with_suffix(".prj").write_text(srs.ExportToWkt())
    return path


@pytest.mark.parametrize(
    ("make", "name"),
    [(geojson, "plz_areas.geojson"), (geopackage, "plz_areas.gpkg"), (csv_with_wkt, "plz.csv")],
)
def test_keys_keep_their_leading_zeros_in_the_output(provider, tmp_path, make, name):
    source = make(tmp_path / name)
    output = tmp_path / "bands.gpkg"
    processing.run(
        "i40disparity:densitybands",
        {"INPUT": str(source), "POPULATION_FIELD": "einwohner", "OUTPUT": str(output)},
    )
    # Read back with OGR itself, not with the QGIS that wrote it.
    dataset = ogr.Open(str(output))
    layer = dataset.GetLayer(0)
    definition = layer.GetLayerDefn().GetFieldDefn(layer.GetLayerDefn().GetFieldIndex("plz"))
    assert definition.GetType() == ogr.OFTString
    keys = sorted(feature.GetFieldAsString("plz") for feature in layer)
    assert keys == ["01067", "10115"]
    assert QgsVectorLayer(str(output), "bands", "ogr").featureCount() == len(KEYS)


def test_selected_features_only_still_means_the_selection(provider, tmp_path):
    # The text view of such a file replaces the layer: it must carry the user's selection.
    layer = QgsVectorLayer(str(geojson(tmp_path / "plz_areas.geojson")), "PLZ", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        # Picked by its square: the layer itself reads this key as NULL on GDAL >= 3.10.
        first = [
            f.id()
            for f in layer.getFeatures()
            if f.geometry().boundingBox().xMinimum() == 4_300_000
        ]
        layer.selectByIds(first)
        assert layer.selectedFeatureCount() == 1
        output = tmp_path / "bands.gpkg"
        source = QgsProcessingFeatureSourceDefinition(layer.id(), selectedFeaturesOnly=True)
        processing.run(
            "i40disparity:densitybands",
            {"INPUT": source, "POPULATION_FIELD": "einwohner", "OUTPUT": str(output)},
        )
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    dataset = ogr.Open(str(output))  # held: its layer is only valid while the dataset lives
    assert [feature.GetFieldAsString("plz") for feature in dataset.GetLayer(0)] == ["01067"]
