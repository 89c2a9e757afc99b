"""i40disparity:bandstatistics inside real QGIS: hand-built squares and points, chart, bad input."""

import json

import processing
import pytest
from chart_foot import foot_is_blank
from conftest import memory_layer, square_wkt
from engines import engine  # noqa: F401 (autouse: every test runs with both engines)
from pyproj import Transformer
from qgis.core import QgsProcessingException
from qgis.PyQt.QtGui import QImage

from i40_disparity_plugin.compat import FieldType
from i40_disparity_plugin.core.density.band_statistics import BandStatistic
from i40_disparity_plugin.gis import bar_chart
from i40_disparity_plugin.gis.bar_chart import CHART_SIZE, category_text, observed_expected_chart
from i40_disparity_plugin.gis.values import python_value

ALG = "i40disparity:bandstatistics"
X0, Y0 = 4_300_000, 3_000_000  # EPSG:3035 metres, in Germany
KM = 1000
AREA_FIELDS = {
    "plz": FieldType.String,
    "einwohner": FieldType.Int,
    "band": FieldType.Int,
    "band_label": FieldType.String,
    "land": FieldType.String,
}


@pytest.fixture
def areas():
    """A and B share the border x = X0 + 1 km; C stands apart; D has no band."""
    rows = [
        ("A", 100, 1, "ländlich", "BW", square_wkt(X0, Y0, KM)),
        ("B", 300, 2, "Übergang", "BW", square_wkt(X0 + KM, Y0, KM)),
        ("C", 600, 3, "städtisch", "HE", square_wkt(X0 + 5 * KM, Y0, KM)),
        ("D", 50, None, None, "HE", square_wkt(X0 + 10 * KM, Y0, KM)),
    ]
    return memory_layer(
        [
            ({"plz": p, "einwohner": e, "band": b, "band_label": lab, "land": land}, wkt)
            for p, e, b, lab, land, wkt in rows
        ],
        fields=AREA_FIELDS,
    )


def point_layer(coordinates, crs="EPSG:3035"):
    return memory_layer(
        [({"id": i}, f"POINT({x} {y})") for i, (x, y) in enumerate(coordinates)],
        geometry="Point",
        crs=crs,
        fields={"id": FieldType.Int},
        name="points",
    )


def centre(square_index, dx=0.5, dy=0.5):
    return (X0 + (square_index + dx) * KM, Y0 + dy * KM)


@pytest.fixture
def points():
    """4 in A (one on the A|B border, which counts for A), 3 in B, 3 in C, 1 in D, 1 outside."""
    coordinates = [centre(0, 0.2), centre(0, 0.5), centre(0, 0.8, 0.3), (X0 + KM, Y0 + KM / 2)]
    coordinates += [centre(1, 0.3), centre(1, 0.6), centre(1, 0.9)]
    coordinates += [centre(5, 0.2), centre(5, 0.5), centre(5, 0.8)]
    coordinates += [centre(10), (X0 - 3 * KM, Y0 - 3 * KM)]
    return point_layer(coordinates)


def run(points, areas, **parameters):
    defaults = {
        "POINTS": points,
        "AREAS": areas,
        "ITERATIONS": 199,
        "SEED": 42,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "LABEL_LANGUAGE": 1,  # English
    }
    return processing.run(ALG, {**defaults, **parameters})


def rows_of(layer):
    names = layer.fields().names()
    return [{n: python_value(f[n]) for n in names} for f in layer.getFeatures()]


def test_counts_expected_and_enrichment_by_hand(provider, areas, points):
    result = run(points, areas)
    rows = rows_of(result["OUTPUT"])
    assert [r["band"] for r in rows] == [1, 2, 3]
    assert [r["group"] for r in rows] == ["all"] * 3
    assert [r["band_label"] for r in rows] == ["ländlich", "Übergang", "städtisch"]
    assert [r["points"] for r in rows] == [4, 3, 3]
    # Populations 100/300/600 of 1 000 and 10 points: 1, 3 and 6 expected.
    assert [r["expected"] for r in rows] == pytest.approx([1.0, 3.0, 6.0])
    assert [r["population_share"] for r in rows] == pytest.approx([10.0, 30.0, 60.0])
    assert [r["share"] for r in rows] == pytest.approx([40.0, 30.0, 30.0])
    assert [r["cumulative_share"] for r in rows] == pytest.approx([100.0, 60.0, 30.0])
    assert [r["enrichment"] for r in rows] == pytest.approx([4.0, 1.0, 0.5])
    assert all(0 < r["p_value"] <= 1 for r in rows)
    assert {(r["iterations"], r["seed"]) for r in rows} == {(199, 42)}
    assert result["TOTAL_POINTS"] == 10
    assert result["POINTS_NOT_COUNTED"] == 2
    assert json.loads(result["BAND_COUNTS"]) == {"1": 4, "2": 3, "3": 3}


def test_same_seed_gives_the_same_p_values(provider, areas, points):
    first = [r["p_value"] for r in rows_of(run(points, areas)["OUTPUT"])]
    again = [r["p_value"] for r in rows_of(run(points, areas)["OUTPUT"])]
    assert first == again


def test_points_in_another_crs_are_transformed(provider, areas):
    to_wgs84 = Transformer.from_crs("EPSG:3035", "EPSG:4326", always_xy=True)
    coordinates = [to_wgs84.transform(*centre(i)) for i in (0, 1, 1, 5)]
    result = run(point_layer(coordinates, crs="EPSG:4326"), areas)
    assert json.loads(result["BAND_COUNTS"]) == {"1": 1, "2": 2, "3": 1}


def test_groups_repeat_the_table_in_german(provider, areas, points):
    result = run(points, areas, GROUP_FIELD="land", LABEL_LANGUAGE=0)
    rows = rows_of(result["OUTPUT"])
    assert [(r["group"], r["band"], r["points"]) for r in rows] == [
        ("alle", 1, 4),
        ("alle", 2, 3),
        ("alle", 3, 3),
        ("BW", 1, 4),
        ("BW", 2, 3),
        ("BW", 3, 0),
        ("HE", 1, 0),
        ("HE", 2, 0),
        ("HE", 3, 3),
    ]
    bw_expected = [r["expected"] for r in rows if r["group"] == "BW"]
    assert bw_expected == pytest.approx([7 * 100 / 400, 7 * 300 / 400, 0.0])


def test_chart_is_a_png_of_the_documented_size(provider, areas, points, tmp_path):
    path = tmp_path / "chart.png"
    result = run(points, areas, CHART=str(path), LABEL_LANGUAGE=0)
    assert result["CHART"] == str(path)
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == CHART_SIZE
    # Something was drawn: the observed bars' red is there.
    colours = {image.pixelColor(x, y).name() for x in range(0, 960, 4) for y in range(0, 600, 4)}
    assert "#c0392b" in colours


def test_output_says_where_it_comes_from(provider, areas, points):
    layer = run(points, areas)["OUTPUT"]
    assert "bandstatistics" in layer.metadata().abstract()
    assert "seed 42" in layer.metadata().abstract()


@pytest.mark.parametrize(
    ("parameters", "message_part"),
    [
        ({"BAND_FIELD": "nope"}, "nope"),
        ({"POPULATION_FIELD": "plz"}, "plz"),
        ({"ITERATIONS": 0}, "ITERATIONS"),
    ],
)
def test_wrong_input_raises_a_clear_processing_exception(
    provider, areas, points, parameters, message_part
):
    with pytest.raises(QgsProcessingException) as raised:
        run(points, areas, **parameters)
    assert message_part in str(raised.value)


def test_polygons_given_as_points_are_refused(provider, areas):
    with pytest.raises(QgsProcessingException):
        run(areas, areas)


def test_inputs_are_not_changed(provider, areas, points):
    before = rows_of(areas)
    run(points, areas, GROUP_FIELD="land")
    assert rows_of(areas) == before
    assert points.featureCount() == 12


def test_without_label_field_or_points_the_table_still_stands(provider):
    areas = memory_layer(
        [
            ({"plz": "A", "einwohner": 100, "band": 1.0}, square_wkt(X0, Y0, KM)),
            ({"plz": "B", "einwohner": 300, "band": 2.0}, square_wkt(X0 + KM, Y0, KM)),
        ],
        fields={"plz": FieldType.String, "einwohner": FieldType.Int, "band": FieldType.Double},
    )
    result = run(point_layer([]), areas)
    rows = rows_of(result["OUTPUT"])
    assert [(r["band"], r["band_label"], r["points"]) for r in rows] == [
        (1, "Band 1", 0),
        (2, "Band 2", 0),
    ]
    assert [r["expected"] for r in rows] == [0.0, 0.0]
    assert [r["share"] for r in rows] == [None, None]
    assert [r["p_value"] for r in rows] == [1.0, 1.0]
    assert result["TOTAL_POINTS"] == 0


# A 2×2 grid of 1 km squares: A, B below, C, D above; each its own band.
GRID = {
    "A": (1, square_wkt(X0, Y0, KM)),
    "B": (2, square_wkt(X0 + KM, Y0, KM)),
    "C": (3, square_wkt(X0, Y0 + KM, KM)),
    "D": (4, square_wkt(X0 + KM, Y0 + KM, KM)),
}
# Points exactly on shared borders: A|B, C|D, A|C, and the corner all four share.
ON_BORDERS = [
    (X0 + KM, Y0 + KM / 2),
    (X0 + KM, Y0 + 1.5 * KM),
    (X0 + KM / 2, Y0 + KM),
    (X0 + KM, Y0 + KM),
]


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        # The border rule: the first area in the layer's order among those that cover it.
        ("ABCD", {"1": 3, "2": 0, "3": 1, "4": 0}),  # A, C, A, A
        ("DCBA", {"1": 0, "2": 1, "3": 1, "4": 2}),  # B, D, C, D
    ],
)
def test_a_point_on_a_shared_border_counts_where_assignpoints_puts_it(provider, order, expected):
    areas = memory_layer(
        [({"plz": name, "einwohner": 100, "band": GRID[name][0]}, GRID[name][1]) for name in order],
        fields={"plz": FieldType.String, "einwohner": FieldType.Int, "band": FieldType.Int},
    )
    points = point_layer(ON_BORDERS)
    temporary = "TEMPORARY_OUTPUT"
    placed = processing.run(
        "i40disparity:assignpoints",
        {"INPUT": points, "AREAS": areas, "OUTPUT": temporary, "COUNTS": temporary},
    )
    bands_of_assigned = [row["band"] for row in rows_of(placed["OUTPUT"])]
    counted = json.loads(run(points, areas)["BAND_COUNTS"])
    assert counted == {str(b): bands_of_assigned.count(b) for b in (1, 2, 3, 4)}
    assert counted == expected


def chart_row(enrichment, p_value):
    return BandStatistic(1, "ländlich", 4, 40.0, 100.0, 100.0, 10.0, 1.0, enrichment, p_value)


def test_chart_names_its_values_as_the_table_does(monkeypatch):
    drawn = {}
    monkeypatch.setattr(bar_chart, "bar_chart", lambda *args: drawn.setdefault("args", args))
    observed_expected_chart([chart_row(4.0, 0.005)], "de")
    categories, series = drawn["args"][:2]
    assert [name for name, _values, _colour in series] == ["Punkte", "Erwartet"]
    assert categories == ["ländlich\nAnreicherung 4, p-Wert 0,005"]


@pytest.mark.parametrize(
    ("enrichment", "p_value", "text"),
    [
        # The decimals BAND_STATISTICS declares: 2 for enrichment, 3 for the p-value.
        (1.234, 0.12345, "ländlich\nEnrichment 1.23, p-value 0.123"),
        (None, 0.5, "ländlich\np-value 0.5"),
        (None, None, "ländlich"),
    ],
)
def test_chart_category_text(enrichment, p_value, text):
    assert category_text(chart_row(enrichment, p_value), "en") == text


def test_a_note_is_written_under_the_chart():
    """The strip at the chart's foot is white without a note and holds text with one."""
    rows = [chart_row(4.0, 0.005)]
    assert foot_is_blank(observed_expected_chart(rows, "de"))
    noted = observed_expected_chart(rows, "de", note="2 von 37 Einträgen nicht verortet")
    assert not foot_is_blank(noted)
