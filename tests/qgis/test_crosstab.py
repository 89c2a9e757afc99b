"""i40disparity:crosstab inside real QGIS: the study's Table 2 from a table, CSV, bad input."""

import csv

import processing
import pytest
from conftest import memory_layer
from qgis.core import QgsProcessingException

from i40_disparity_plugin.compat import FieldType
from i40_disparity_plugin.gis.values import python_value

ALG = "i40disparity:crosstab"
# Typed from STUDY.md, Table 2; BW's cells add up to 60 although the study prints 59.
TABLE_2 = {
    "BW": (22, 19, 14, 5),
    "HE": (5, 4, 0, 1),
    "NRW": (15, 7, 11, 7),
    "BB": (2, 2, 1, 0),
}
SIZE_CLASSES = ("1–250", "250–5.000", "5.000–15.000", "15.000+")


@pytest.fixture
def use_cases():
    rows = [
        ({"land": land, "size_class": size}, None)
        for land, counts in TABLE_2.items()
        for size, n in zip(SIZE_CLASSES, counts, strict=True)
        for _ in range(n)
    ]
    rows.append(({"land": "BW", "size_class": None}, None))  # a use case without a size class
    return memory_layer(
        rows,
        geometry="None",
        fields={"land": FieldType.String, "size_class": FieldType.String},
        name="use cases",
    )


def run(layer, **parameters):
    defaults = {
        "INPUT": layer,
        "ROW_ORDER": "BW;HE;NRW;BB",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "LABEL_LANGUAGE": 0,  # German
    }
    return processing.run(ALG, {**defaults, **parameters})


def test_table_2_with_totals_and_the_unknown_size_class(provider, use_cases, tmp_path):
    csv_path = tmp_path / "table2.csv"
    result = run(use_cases, CSV=str(csv_path))
    layer = result["OUTPUT"]
    assert layer.fields().names() == ["land", *SIZE_CLASSES, "unbekannt", "Summe"]
    rows = [[python_value(v) for v in f.attributes()] for f in layer.getFeatures()]
    assert rows == [
        ["BW", 22, 19, 14, 5, 1, 61],
        ["HE", 5, 4, 0, 1, 0, 10],
        ["NRW", 15, 7, 11, 7, 0, 40],
        ["BB", 2, 2, 1, 0, 0, 5],
        ["Summe", 44, 32, 26, 13, 1, 116],
    ]
    assert result["TOTAL"] == 116
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines[0] == ["land", *SIZE_CLASSES, "unbekannt", "Summe"]
    assert lines[-1] == ["Summe", "44", "32", "26", "13", "1", "116"]
    assert "crosstab" in layer.metadata().abstract()


def test_size_classes_as_rows_the_studys_layout(provider, use_cases):
    result = run(
        use_cases,
        ROW_FIELD="size_class",
        COLUMN_FIELD="land",
        ROW_ORDER=";".join(SIZE_CLASSES),
        COLUMN_ORDER="BW;HE;NRW;BB",
        LABEL_LANGUAGE=1,
    )
    rows = [[python_value(v) for v in f.attributes()] for f in result["OUTPUT"].getFeatures()]
    assert rows == [
        ["1–250", 22, 5, 15, 2, 44],
        ["250–5.000", 19, 4, 7, 2, 32],
        ["5.000–15.000", 14, 0, 11, 1, 26],
        ["15.000+", 5, 1, 7, 0, 13],
        ["unknown", 1, 0, 0, 0, 1],
        ["total", 61, 10, 40, 5, 116],
    ]


def test_missing_field_is_a_clear_error(provider, use_cases):
    with pytest.raises(QgsProcessingException) as raised:
        run(use_cases, COLUMN_FIELD="employees")
    assert "employees" in str(raised.value)
