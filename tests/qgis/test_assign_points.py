"""i40disparity:assignpoints inside real QGIS: hand-built layers with known answers."""

import numpy as np
import processing
import pytest
from conftest import memory_layer, square_wkt
from engines import engine  # noqa: F401 (autouse: every test runs with both engines)
from pyproj import Transformer
from qgis.core import (
    QgsApplication,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from i40_disparity_plugin.compat import FieldType
from i40_disparity_plugin.gis.feature_arrays import BATCH_SIZE, POLYGON_BATCH_SIZE
from i40_disparity_plugin.gis.values import python_value
from i40_disparity_plugin.processing.assign_points import AssignPointsAlgorithm

ALG = "i40disparity:assignpoints"
X0, Y0 = 4_300_000, 3_000_000  # somewhere in Germany, in EPSG:3035 metres
KM = 1000
AREA_FIELDS = {"plz": FieldType.String, "band": FieldType.Int, "band_label": FieldType.String}
POINT_FIELDS = {"name": FieldType.String}


def rows_of(layer):
    names = layer.fields().names()
    return [{n: python_value(f[n]) for n in names} for f in layer.getFeatures()]


def areas_layer(crs="EPSG:3035"):
    """Three 1 km squares: A and B share the border x = X0 + 1 km, C stands apart; D is
    empty land for the zero count. In the layer's order A, B, C, D."""
    squares = [
        ("A", 1, "rural", square_wkt(X0, Y0, KM)),
        ("B", 2, "urban", square_wkt(X0 + KM, Y0, KM)),
        ("C", 3, "dense", square_wkt(X0 + 5 * KM, Y0, KM)),
        ("D", 1, "rural", square_wkt(X0 + 9 * KM, Y0, KM)),
    ]
    return memory_layer(
        [({"plz": p, "band": b, "band_label": lab}, wkt) for p, b, lab, wkt in squares],
        crs=crs,
        fields=AREA_FIELDS,
    )


# (name, x, y) in EPSG:3035 with the area each must go to (None: outside).
POINTS = [
    ("a1", X0 + 100, Y0 + 100, "A"),
    ("a2", X0 + 900, Y0 + 500, "A"),
    ("border", X0 + KM, Y0 + 500, "A"),  # on the shared border of A and B: the first area
    ("b1", X0 + 1500, Y0 + 500, "B"),
    ("c1", X0 + 5500, Y0 + 500, "C"),
    ("c2", X0 + 6 * KM, Y0 + KM, "C"),  # on C's outer corner: still C
    ("outside", X0 + 3 * KM, Y0 + 3 * KM, None),
]
EXPECTED_COUNTS = {"A": 3, "B": 1, "C": 2, "D": 0}


def points_layer(points=POINTS, crs="EPSG:3035", transform=None):
    rows = []
    for name, x, y, _area in points:
        if transform is not None:
            x, y = transform(x, y)
        # float(): numpy 2 writes np.float64(…) as its repr; WKT wants the plain number.
        rows.append(({"name": name}, f"POINT({float(x)!r} {float(y)!r})"))
    return memory_layer(rows, geometry="Point", crs=crs, fields=POINT_FIELDS, name="points")


def run(points, areas, **parameters):
    defaults = {
        "INPUT": points,
        "AREAS": areas,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "COUNTS": "TEMPORARY_OUTPUT",
    }
    return processing.run(ALG, {**defaults, **parameters})


def check_known_answers(result):
    assigned = {row["name"]: row for row in rows_of(result["OUTPUT"])}
    assert set(assigned) == {name for name, *_ in POINTS}
    for name, _x, _y, area in POINTS:
        assert assigned[name]["plz"] == area, name
    assert assigned["b1"]["band"] == 2 and assigned["b1"]["band_label"] == "urban"
    assert assigned["outside"]["band"] is None and assigned["outside"]["band_label"] is None
    counts = {row["plz"]: row["n_points"] for row in rows_of(result["COUNTS"])}
    assert counts == EXPECTED_COUNTS
    assert result["POINTS_ASSIGNED"] == 6
    assert result["POINTS_OUTSIDE"] == 1


def test_points_get_their_area_and_areas_their_counts(provider):
    points, areas = points_layer(), areas_layer()
    result = run(points, areas)
    check_known_answers(result)
    assert result["OUTPUT"].fields().names() == ["name", "plz", "band", "band_label"]
    assert result["COUNTS"].fields().names() == ["plz", "band", "band_label", "n_points"]


def test_counts_keep_each_area_geometry_as_read_even_without_one(provider):
    rows = [
        ({"plz": "A", "band": 1, "band_label": "rural"}, square_wkt(X0, Y0, KM)),
        ({"plz": "none", "band": 2, "band_label": "urban"}, None),
        ({"plz": "C", "band": 3, "band_label": "dense"}, square_wkt(X0 + 5 * KM, Y0, KM)),
    ]
    areas = memory_layer(rows, fields=AREA_FIELDS)
    counts = run(points_layer(), areas)["COUNTS"]
    written = {f["plz"]: f.geometry() for f in counts.getFeatures()}
    assert written["none"].isNull()
    for name, wkt in (("A", rows[0][1]), ("C", rows[2][1])):
        assert written[name].equals(QgsGeometry.fromWkt(wkt)), name


def test_zero_not_null_for_areas_without_points(provider):
    counts = run(points_layer(POINTS[-1:]), areas_layer())["COUNTS"]
    values = [feature["n_points"] for feature in counts.getFeatures()]
    assert values == [0, 0, 0, 0]
    assert all(isinstance(v, int) for v in values)
    assert counts.fields().field("n_points").type() == FieldType.Int


def test_points_in_another_crs_are_transformed_to_the_areas(provider):
    to_wgs84 = Transformer.from_crs("EPSG:3035", "EPSG:4326", always_xy=True).transform
    points = points_layer(crs="EPSG:4326", transform=to_wgs84)
    result = run(points, areas_layer())
    # The point on the border moved by rounding can fall on either side, so check it apart.
    assigned = {row["name"]: row["plz"] for row in rows_of(result["OUTPUT"])}
    for name, _x, _y, area in POINTS:
        if name not in ("border", "c2"):
            assert assigned[name] == area, name
    assert assigned["border"] in ("A", "B")
    assert result["POINTS_OUTSIDE"] == 1
    assert result["OUTPUT"].crs().authid() == "EPSG:4326"  # outputs keep their input's CRS
    assert result["COUNTS"].crs().authid() == "EPSG:3035"
    assert sum(f["n_points"] for f in result["COUNTS"].getFeatures()) == 6 - (
        assigned["c2"] is None
    )


def test_an_area_field_the_points_have_is_copied_renamed(provider):
    points = memory_layer(
        [({"name": "a1", "plz": "99999"}, f"POINT({X0 + 100} {Y0 + 100})")],
        geometry="Point",
        fields={"name": FieldType.String, "plz": FieldType.String},
        name="points",
    )
    result = run(points, areas_layer(), AREA_FIELDS=["plz"])
    rows = rows_of(result["OUTPUT"])
    assert rows == [{"name": "a1", "plz": "99999", "plz_2": "A"}]


def test_a_named_area_field_the_areas_lack_stops_the_run(provider):
    with pytest.raises(QgsProcessingException, match="no fields no_such_field"):
        run(
            points_layer([("a1", X0 + 100, Y0 + 100, "A")]),
            areas_layer(),
            AREA_FIELDS=["plz", "no_such_field"],
        )


def test_invalid_area_polygons_are_repaired_not_fatal(provider):
    bow_tie = (
        f"POLYGON(({X0} {Y0},{X0 + 2 * KM} {Y0 + 2 * KM},{X0 + 2 * KM} {Y0},"
        f"{X0} {Y0 + 2 * KM},{X0} {Y0}))"
    )
    areas = memory_layer(
        [({"plz": "X", "band": 1, "band_label": "rural"}, bow_tie)], fields=AREA_FIELDS
    )
    points = points_layer([("left", X0 + 100, Y0 + KM, "X"), ("top", X0 + KM, Y0 + 1900, None)])
    result = run(points, areas)
    assert {r["name"]: r["plz"] for r in rows_of(result["OUTPUT"])} == {"left": "X", "top": None}
    assert result["REPAIRED"] == 1


def test_areas_and_points_read_in_several_batches_keep_their_order(provider):
    """Enough areas and points for several reading batches, with an invalid area in a later
    batch: each point still gets its own square, and the repair names the right feature."""
    side = 40  # 1,600 one-km squares in rows of 40
    bow_tie_position = POLYGON_BATCH_SIZE + 200
    squares = []
    for position in range(side * side):
        x, y = X0 + (position % side) * KM, Y0 + (position // side) * KM
        wkt = square_wkt(x, y, KM)
        if position == bow_tie_position:
            wkt = f"POLYGON(({x} {y},{x + KM} {y + KM},{x + KM} {y},{x} {y + KM},{x} {y}))"
        squares.append(({"plz": str(position), "band": 1, "band_label": "rural"}, wkt))
    areas = memory_layer(squares, fields=AREA_FIELDS)
    # Point k lies in square k mod 1600, a quarter across and halfway up: inside the left
    # triangle of the bow tie too.
    point_count = 2 * BATCH_SIZE + 5_000
    assert len(squares) > POLYGON_BATCH_SIZE
    positions = np.arange(point_count) % len(squares)
    xs = X0 + (positions % side + 0.25) * KM
    ys = Y0 + (positions // side + 0.5) * KM
    points = points_layer(
        [(str(k), x, y, None) for k, (x, y) in enumerate(zip(xs, ys, strict=True))]
    )
    feedback = QgsProcessingFeedback()
    result = processing.run(
        ALG,
        {"INPUT": points, "AREAS": areas, "OUTPUT": "memory:", "COUNTS": "memory:"},
        feedback=feedback,
    )
    assigned = {f["name"]: f["plz"] for f in result["OUTPUT"].getFeatures()}
    assert assigned == {str(k): str(p) for k, p in enumerate(positions.tolist())}
    counts = {f["plz"]: f["n_points"] for f in result["COUNTS"].getFeatures()}
    assert counts == {str(p): int((positions == p).sum()) for p in range(len(squares))}
    assert result["REPAIRED"] == 1
    # Memory layers number their features from 1.
    assert f"feature ids {bow_tie_position + 1})" in feedback.textLog()


class CancelOnceAreasAreRead(QgsProcessingFeedback):
    def setProgress(self, progress):
        super().setProgress(progress)
        if progress >= 10:
            self.cancel()


def test_cancel_while_points_are_read_stops_without_outputs(provider):
    xs = X0 + np.arange(2 * BATCH_SIZE) % 1000
    points = points_layer([(str(k), x, Y0 + 1, None) for k, x in enumerate(xs)])
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALG)
    parameters = {"INPUT": points, "AREAS": areas_layer(), "OUTPUT": "memory:"}
    results, ok = algorithm.run(parameters, QgsProcessingContext(), CancelOnceAreasAreRead())
    assert ok and "OUTPUT" not in results and "POINTS_ASSIGNED" not in results


def test_counts_only_when_points_output_is_skipped(provider):
    result = run(points_layer(), areas_layer(), OUTPUT=None)
    assert "OUTPUT" not in result or result["OUTPUT"] is None
    counts = {row["plz"]: row["n_points"] for row in rows_of(result["COUNTS"])}
    assert counts == EXPECTED_COUNTS


def test_points_only_when_counts_output_is_skipped(provider):
    result = run(points_layer(), areas_layer(), COUNTS=None)
    assert "COUNTS" not in result or result["COUNTS"] is None
    assigned = {row["name"]: row["plz"] for row in rows_of(result["OUTPUT"])}
    assert assigned == {name: area for name, _x, _y, area in POINTS}


class ReorderedSource:
    """A points source whose features come in descending id order, as a provider without a
    stable order might give them the second time."""

    def __init__(self, layer):
        self.layer = layer

    def fields(self):
        return self.layer.fields()

    def getFeatures(self, request):
        request = QgsFeatureRequest(request)
        request.addOrderBy("$id", False)
        return self.layer.getFeatures(request)


@pytest.mark.parametrize(
    "first_pass", ["all", "missing b1", "with an unknown id", "in order, missing the last two"]
)
def test_points_read_in_another_order_the_second_time_are_matched_by_id(provider, first_pass):
    points = points_layer()
    ids = {f["name"]: f.id() for f in points.getFeatures()}
    areas = ["A", "B", "C", "D"]
    # What the first pass found, in ascending id order (as the memory layer gives them).
    found = [(ids[name], -1 if area is None else areas.index(area)) for name, *_, area in POINTS]
    expected = {name: area for name, _x, _y, area in POINTS}
    if first_pass == "missing b1":  # a feature the first pass did not see: written outside
        found = [pair for pair in found if pair[0] != ids["b1"]]
        expected["b1"] = None
    elif first_pass == "with an unknown id":  # one the second pass does not give: left out
        found.append((max(ids.values()) + 1, 0))
    elif first_pass == "in order, missing the last two":  # the same order, two more
        found = found[:-2]
        expected["c2"] = None
    output = QgsVectorLayer("Point?crs=EPSG:3035&field=name:string&field=plz:string", "o", "memory")
    written = AssignPointsAlgorithm()._write_points(
        output.dataProvider(),
        points if first_pass.startswith("in order") else ReorderedSource(points),
        np.array([fid for fid, _ in found]),
        np.array([area for _, area in found]),
        [areas],  # the one copied field, plz, per area
        QgsProcessingFeedback(),
    )
    assert written
    assert {r["name"]: r["plz"] for r in rows_of(output)} == expected


def test_polygon_layer_given_as_points_is_refused(provider):
    with pytest.raises(QgsProcessingException):
        run(areas_layer(), areas_layer())


def test_inputs_are_unchanged(provider):
    points, areas = points_layer(), areas_layer()
    before = (rows_of(points), rows_of(areas), points.fields().names(), areas.fields().names())
    geometries = [f.geometry().asWkt() for f in points.getFeatures()]
    run(points, areas)
    assert (rows_of(points), rows_of(areas), points.fields().names(), areas.fields().names()) == (
        before
    )
    assert [f.geometry().asWkt() for f in points.getFeatures()] == geometries


def test_points_without_geometry_multipoints_and_z_are_read(provider):
    rows = [
        ({"name": "none"}, None),
        ({"name": "multi"}, f"MULTIPOINT(({X0 + 1500} {Y0 + 500}),({X0 + 100} {Y0 + 100}))"),
    ]
    multi = memory_layer(rows, geometry="MultiPoint", fields=POINT_FIELDS, name="points")
    result = run(multi, areas_layer())
    assert {r["name"]: r["plz"] for r in rows_of(result["OUTPUT"])} == {"none": None, "multi": "B"}
    assert result["POINTS_WITHOUT_GEOMETRY"] == 1
    assert result["POINTS_OUTSIDE"] == 0
    with_z = memory_layer(
        [({"name": "z"}, f"POINT Z({X0 + 5500} {Y0 + 500} 12)")],
        geometry="PointZ",
        fields=POINT_FIELDS,
        name="points",
    )
    result = run(with_z, areas_layer())
    assert [r["plz"] for r in rows_of(result["OUTPUT"])] == ["C"]
    assert result["OUTPUT"].wkbType() == with_z.wkbType()


def test_a_copied_field_named_n_points_is_replaced_by_the_count(provider):
    areas = memory_layer(
        [({"plz": "A", "n_points": 99}, square_wkt(X0, Y0, KM))],
        fields={"plz": FieldType.String, "n_points": FieldType.Int},
    )
    result = run(points_layer(POINTS[:2]), areas, AREA_FIELDS=["n_points", "plz"])
    assert rows_of(result["COUNTS"]) == [{"plz": "A", "n_points": 2}]


def test_empty_layers_give_empty_or_zero_outputs(provider):
    no_areas = memory_layer([], fields=AREA_FIELDS)
    result = run(points_layer(POINTS[:2]), no_areas)
    assert [r["plz"] for r in rows_of(result["OUTPUT"])] == [None, None]
    assert result["POINTS_OUTSIDE"] == 2
    assert result["COUNTS"].featureCount() == 0
    no_points = memory_layer([], geometry="Point", fields=POINT_FIELDS, name="points")
    result = run(no_points, areas_layer())
    assert result["OUTPUT"].featureCount() == 0
    assert [f["n_points"] for f in result["COUNTS"].getFeatures()] == [0, 0, 0, 0]
