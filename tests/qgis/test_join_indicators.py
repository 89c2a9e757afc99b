"""i40disparity:joinindicators inside real QGIS: real VG5000 × INKAR, key variants, errors,
and its unmatched keys as the district dock and the report show them."""

import processing
import pytest
from conftest import SHARED_DATA, memory_layer, square_wkt
from html_tables import TableCells
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsProject, QgsVectorLayer
from test_plugin_and_dock import wait_until

from i40_disparity_plugin.compat import FieldType
from i40_disparity_plugin.core.indicators.outputs import JOIN_REPORT
from i40_disparity_plugin.gis.i18n import ui_language
from i40_disparity_plugin.gis.values import python_value
from i40_disparity_plugin.gui.district_indicators_panel import DistrictIndicatorsPanel

ALG = "i40disparity:joinindicators"
KREISE = SHARED_DATA / "vg5000_2021" / "shp" / "VG5000_KRS.shp"
INKAR_EXTRACT = SHARED_DATA / "inkar_2019" / "inkar2019_kreise_selected_latest.csv"
INKAR_RAW = SHARED_DATA / "inkar_2019" / "raw" / "Wirtschaftliche-Leistung.csv"
GDP = "Bruttoinlandsprodukt je Einwohner"
CSV_FORMAT = 4
X0, Y0, KM = 4_300_000, 3_000_000, 1000


def run(**parameters):
    defaults = {"OUTPUT": "TEMPORARY_OUTPUT", "UNMATCHED": "TEMPORARY_OUTPUT"}
    return processing.run(ALG, {**defaults, **parameters})


def values_by_key(layer, key_field, value_field):
    return {python_value(f[key_field]): python_value(f[value_field]) for f in layer.getFeatures()}


@pytest.fixture
def kreise():
    layer = QgsVectorLayer(str(KREISE), "Kreise", "ogr")
    assert layer.isValid()
    return layer


def test_inkar_extract_joins_all_401_districts(provider, kreise):
    result = run(
        INPUT=kreise,
        INPUT_KEY="AGS",
        TABLE=str(INKAR_EXTRACT),
        TABLE_FORMAT=CSV_FORMAT,
        TABLE_KEY="AGS_kreis",
        INDICATORS=GDP,
        TABLE_ATTRIBUTION="Datenbasis: INKAR 2019, BBSR Bonn (dl-de/by-2-0)",
    )
    assert result["MATCHED"] == 401
    assert result["UNMATCHED_LAYER"] == 0 and result["UNMATCHED_TABLE"] == 0
    output = result["OUTPUT"]
    assert output.featureCount() == 401
    field = result["INDICATOR_FIELDS"]
    assert ";" not in field
    values = values_by_key(output, "AGS", field)
    # Read by hand from the extract: Flensburg 42.5, Kiel 47.0 (thousand € per inhabitant).
    assert values["01001"] == pytest.approx(42.5)
    assert values["01002"] == pytest.approx(47.0)
    alias = output.attributeAlias(output.fields().lookupField(field))
    assert alias.startswith(GDP) and "2017" in alias
    rights = " ".join(output.metadata().rights())
    assert "INKAR" in rights and "GeoBasis-DE / BKG" in rights
    assert kreise.fields().lookupField(field) < 0, "the input layer is not changed"


def test_raw_inkar_export_uses_the_latest_year_and_its_unit(provider, kreise):
    result = run(INPUT=kreise, INPUT_KEY="AGS", TABLE=str(INKAR_RAW), INDICATORS=GDP)
    output = result["OUTPUT"]
    assert any("INKAR" in line for line in output.metadata().rights()), "the file's own source"
    field = result["INDICATOR_FIELDS"]
    alias = output.attributeAlias(output.fields().lookupField(field))
    assert "2017" in alias and "€" in alias
    assert result["MATCHED"] == 401


def test_cancel_while_the_table_is_read_stops_the_join(provider):
    feedback = QgsProcessingFeedback()
    seen = []

    def cancel_once_the_read_has_begun(percent):
        seen.append(percent)
        feedback.cancel()

    feedback.progressChanged.connect(cancel_once_the_read_has_begun)
    # The districts by path, not as a layer object: QGIS (3.22, 3.40) keeps the exception of a
    # failed processing.run and the caller's frames with it, and a layer object kept that way
    # outlives QGIS's exit at the end of the test session, which then crashes.
    parameters = {"INPUT": str(KREISE), "INPUT_KEY": "AGS", "TABLE": str(INKAR_RAW)}
    with pytest.raises(QgsProcessingException, match=r"Reading .*Leistung\.csv was canceled"):
        processing.run(ALG, {"OUTPUT": "TEMPORARY_OUTPUT", **parameters}, feedback=feedback)
    # The reader's reports fill the first 40 % of the bar; the first one was the last.
    assert len(seen) == 1 and 0 <= seen[0] <= 40


def test_year_parameter_picks_that_year(provider, kreise):
    result = run(INPUT=kreise, INPUT_KEY="AGS", TABLE=str(INKAR_RAW), INDICATORS=GDP, YEAR=2000)
    values = values_by_key(result["OUTPUT"], "AGS", result["INDICATOR_FIELDS"])
    assert values["01001"] == pytest.approx(31.1)  # the file's first data row, year 2000


@pytest.fixture
def districts():
    """Three hand-made districts whose keys show the usual join troubles."""
    fields = {"AGS": FieldType.String, "GEN": FieldType.String}
    rows = [
        ({"AGS": "09662", "GEN": "Schweinfurt"}, square_wkt(X0, Y0, KM)),
        ({"AGS": "03159", "GEN": "Göttingen"}, square_wkt(X0 + 2 * KM, Y0, KM)),
        ({"AGS": "01001", "GEN": "Flensburg"}, square_wkt(X0 + 4 * KM, Y0, KM)),
    ]
    return memory_layer(rows, fields=fields)


def write_table(tmp_path, text, encoding="utf-8"):
    path = tmp_path / "table.csv"
    path.write_text(text, encoding=encoding)
    return str(path)


def test_eight_digit_keys_lost_zeros_and_an_older_vintage(provider, districts, tmp_path):
    table = write_table(
        tmp_path,
        "key;value\n"
        "09662000;10,5\n"  # 8-digit district key
        "1001;20,0\n"  # leading zero lost
        "03152;30,0\n"  # Landkreis Göttingen before the 2016 merger
        "03156;40,0\n",  # Osterode am Harz, merged into 03159 in 2016
    )
    result = run(
        INPUT=districts, INPUT_KEY="AGS", TABLE=table, TABLE_FORMAT=CSV_FORMAT, TABLE_KEY="key"
    )
    values = values_by_key(result["OUTPUT"], "AGS", result["INDICATOR_FIELDS"])
    assert values == {"09662": 10.5, "01001": 20.0, "03159": None}
    assert result["MATCHED"] == 2
    assert result["UNMATCHED_LAYER"] == 1 and result["UNMATCHED_TABLE"] == 2
    unmatched = [
        {name: python_value(f[name]) for name in ("side", "key", "reason", "detail")}
        for f in result["UNMATCHED"].getFeatures()
    ]
    assert {(row["side"], row["key"]) for row in unmatched} == {
        ("layer", "03159"),
        ("table", "03152"),
        ("table", "03156"),
    }
    goettingen = next(row for row in unmatched if row["key"] == "03159")
    assert "03152" in goettingen["detail"] or "2016" in goettingen["detail"]


@pytest.mark.parametrize(
    ("parameters", "message_part"),
    [
        ({"INPUT_KEY": "no_such_field"}, "no field named 'no_such_field'"),
        ({"TABLE_FORMAT": CSV_FORMAT, "TABLE_KEY": ""}, "column that holds the area keys"),
        ({"TABLE_FORMAT": CSV_FORMAT, "TABLE_KEY": "missing_column"}, "missing_column"),
        ({"INDICATORS": "Unknown indicator"}, "Unknown indicator"),
    ],
)
def test_wrong_input_gives_a_clear_error(provider, districts, tmp_path, parameters, message_part):
    table = write_table(tmp_path, "key;value\n09662;1,0\n")
    arguments = {"INPUT": districts, "INPUT_KEY": "AGS", "TABLE": table, "TABLE_KEY": "key"}
    arguments["TABLE_FORMAT"] = CSV_FORMAT
    with pytest.raises(QgsProcessingException) as raised:
        run(**{**arguments, **parameters})
    assert message_part in str(raised.value)


def test_text_in_a_value_column_is_counted_not_fatal(provider, districts, tmp_path):
    table = write_table(tmp_path, "key;value\n09662;viel\n01001;2,5\n")
    result = run(
        INPUT=districts, INPUT_KEY="AGS", TABLE=table, TABLE_FORMAT=CSV_FORMAT, TABLE_KEY="key"
    )
    values = values_by_key(result["OUTPUT"], "AGS", result["INDICATOR_FIELDS"])
    assert values["01001"] == 2.5
    assert values["09662"] is None
    assert "Quelle: table.csv" in result["OUTPUT"].metadata().rights()


def test_shipped_rd_table_joins_to_the_regierungsbezirke(provider):
    from i40_disparity_plugin.paths import PLUGIN_DIR

    districts = QgsVectorLayer(str(SHARED_DATA / "vg5000_2021/shp/VG5000_RBZ.shp"), "RBZ", "ogr")
    result = run(
        INPUT=districts,
        INPUT_KEY="AGS",
        TABLE=str(PLUGIN_DIR / "data" / "fue_regierungsbezirke.csv"),
        TABLE_FORMAT=CSV_FORMAT,
        TABLE_KEY="ags",
    )
    # 12 Regierungsbezirke of BW, HE and NW match; Bavaria's 7 are not in the study.
    assert result["MATCHED"] == 12 and result["UNMATCHED_LAYER"] == 7
    assert result["UNMATCHED_TABLE"] == 0  # Brandenburg's rows have no key: skipped
    spending, staff = result["INDICATOR_FIELDS"].split(";")
    values = {
        python_value(f["GEN"]): (python_value(f[spending]), python_value(f[staff]))
        for f in result["OUTPUT"].getFeatures()
    }
    # From the study's Tables 3-5 (Stifterverband 2019, data year 2017).
    assert values["Stuttgart"] == (15000, 80000)
    assert values["Gießen"] == (505, 3865)
    assert values["Münster"] == (540, 4000)
    assert values["Oberbayern"] == (None, None)


def test_algorithm_dock_and_report_show_the_unmatched_keys_as_declared(
    qgis_iface, provider, qgis_new_project, districts, tmp_path
):
    """The UNMATCHED fields, the dock's table and the report's section agree because all
    three read JOIN_REPORT; the cells are the keys the table below leaves out, by hand."""
    QgsProject.instance().addMapLayer(districts)
    table = write_table(tmp_path, "key;value\n09662;1,0\n09999;2,0\n")
    panel = DistrictIndicatorsPanel(qgis_iface)
    panel.layerCombo.setLayer(districts)
    panel.fileWidget.setFilePath(table)
    panel.formatCombo.setCurrentIndex(CSV_FORMAT)
    panel.readButton.click()
    assert panel.tableKeyCombo.currentText() == "key"  # offered by the read, chosen by its name
    panel.runButton.click()
    wait_until(lambda: panel.run is None and panel.saveStyleButton.isEnabled())

    (unmatched,) = QgsProject.instance().mapLayersByName(f"Unmatched keys {districts.name()}")
    assert unmatched.fields().names() == list(JOIN_REPORT.names)
    assert all(field.type() == FieldType.String for field in unmatched.fields())

    dock = panel.unmatchedTable
    headers = [dock.horizontalHeaderItem(i).text() for i in range(dock.columnCount())]
    assert headers == [column.heading(ui_language()) for column in JOIN_REPORT.columns]
    rows = [[dock.item(r, c).text() for c in range(dock.columnCount())] for r in range(3)]
    assert ["table", "09999", "", "not in the layer", ""] in rows
    assert ["area", "01001", "Flensburg", "not in the table", ""] in rows

    html_path = tmp_path / "bericht.html"
    processing.run(
        "i40disparity:report",
        {"JOIN_REPORTS": [unmatched], "LABEL_LANGUAGE": 0, "OUTPUT": str(html_path)},
    )
    ((kind, cells),) = TableCells(html_path.read_text(encoding="utf-8")).tables
    shown = [column.heading("de") for column in JOIN_REPORT.columns if column.in_report]
    assert (kind, cells[0]) == ("join", shown)
    assert ["Tabelle", "09999", "–", "not in the layer", "–"] in cells[1:]
    csv_file = tmp_path / "bericht_tabellen" / "01_nicht_zugeordnet.csv"
    assert csv_file.read_text(encoding="utf-8-sig").splitlines()[0] == ";".join(shown)


def test_a_key_column_no_name_suggests_is_chosen_from_the_columns_the_read_offers(
    qgis_iface, provider, qgis_new_project, districts, tmp_path
):
    QgsProject.instance().addMapLayer(districts)
    panel = DistrictIndicatorsPanel(qgis_iface)
    panel.layerCombo.setLayer(districts)
    panel.fileWidget.setFilePath(write_table(tmp_path, "Nr;Wert\n09662;1,0\n"))
    panel.formatCombo.setCurrentIndex(CSV_FORMAT)
    panel.readButton.click()
    assert panel.table is None and "choose the column" in panel.statusLabel.text()
    offered = [panel.tableKeyCombo.itemText(i) for i in range(panel.tableKeyCombo.count())]
    assert offered == ["choose a column", "Nr", "Wert"]
    panel.tableKeyCombo.setCurrentText("Nr")
    panel.readButton.click()
    assert panel.indicatorCombo.currentText() == "Wert"
    panel.shutdown()
