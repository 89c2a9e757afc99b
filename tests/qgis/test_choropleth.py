"""i40disparity:choropleth and i40disparity:deriveindicator inside real QGIS.

Breaks are computed by hand for small sets of values (QGIS's quantile interpolates between
neighbouring values: the 25 % quantile of 1..20 lies at position 0.25 × 19 = 4.75, i.e. 5.75).
"""

import xml.etree.ElementTree as ET

import processing
import pytest
from conftest import RecordingFeedback, memory_layer, square_wkt
from qgis.core import (
    QgsApplication,
    QgsExpression,
    QgsExpressionContext,
    QgsLayerMetadata,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsStyle,
)
from qgis.PyQt.QtCore import QEventLoop, QTimer

from i40_disparity_plugin.compat import FieldType
from i40_disparity_plugin.gis.style import UNCLASSIFIED_COLOR
from i40_disparity_plugin.gis.values import python_value

CHOROPLETH = "i40disparity:choropleth"
DERIVE = "i40disparity:deriveindicator"
JENKS, QUANTILE, EQUAL, PRETTY, FIXED = range(5)
GERMAN, ENGLISH = 0, 1
X0, Y0 = 4_300_000, 3_000_000  # somewhere in Germany, in EPSG:3035 metres
KM = 1000
SHARE_ALIAS = "Beschäftigte Sekundärer Sektor 2017 (%)"


def values_layer(values, alias=None):
    """One 1 km² square per value, in a row; field ``wert`` (double), ``name`` (text)."""
    rows = [
        ({"name": f"k{i}", "wert": value}, square_wkt(X0 + i * 2 * KM, Y0, KM))
        for i, value in enumerate(values)
    ]
    layer = memory_layer(rows, fields={"name": FieldType.String, "wert": FieldType.Double})
    if alias:
        layer.setFieldAlias(layer.fields().lookupField("wert"), alias)
    return layer


def style(layer, feedback=None, **parameters):
    defaults = {
        "INPUT": layer,
        "FIELD": "wert",
        "METHOD": JENKS,
        "CLASSES": 5,
        "LABEL_LANGUAGE": GERMAN,
    }
    return processing.run(CHOROPLETH, {**defaults, **parameters}, feedback=feedback)


def run_directly(layer, **parameters):
    """Run the algorithm without processing.run, which replaces the error message by its own."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(CHOROPLETH)
    defaults = {"INPUT": layer, "FIELD": "wert", "METHOD": JENKS, "CLASSES": 5}
    context = QgsProcessingContext()
    feedback = QgsProcessingFeedback()
    results, _ = algorithm.run({**defaults, **parameters}, context, feedback, catchExceptions=False)
    return results


def rules(layer):
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    return renderer.rootRule().children()


def labels(layer):
    return [rule.label() for rule in rules(layer)]


def label_by_name(layer):
    """For each feature, the label of the one rule that draws it."""
    result = {}
    for feature in layer.getFeatures():
        context = QgsExpressionContext()
        context.setFeature(feature)
        matching = [
            rule.label()
            for rule in rules(layer)
            if not rule.isElse() and QgsExpression(rule.filterExpression()).evaluate(context)
        ]
        assert len(matching) <= 1, matching
        else_rules = [rule.label() for rule in rules(layer) if rule.isElse()]
        result[feature["name"]] = matching[0] if matching else else_rules[0]
    return result


def rows_of(layer):
    names = layer.fields().names()
    return [{n: python_value(f[n]) for n in names} for f in layer.getFeatures()]


ONE_TO_TWENTY = list(range(1, 21))
SKEWED = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100]
BIMODAL = [1, 2, 3, 2, 1, 3, 50, 51, 52, 50]


@pytest.mark.parametrize(
    ("values", "method", "classes", "breaks"),
    [
        (ONE_TO_TWENTY, QUANTILE, 4, "5.75,10.5,15.25,20"),
        (SKEWED, QUANTILE, 2, "5.5,100"),  # the median of ten values: (5 + 6) / 2
        (SKEWED, EQUAL, 2, "50.5,100"),  # (1 + 100) / 2
        (ONE_TO_TWENTY, EQUAL, 4, "5.75,10.5,15.25,20"),  # 1 + 19/4 per class
        (ONE_TO_TWENTY, PRETTY, 4, "5,10,15,20"),
        (BIMODAL, JENKS, 2, "3,52"),  # the gap between 3 and 50
    ],
)
def test_methods_give_the_hand_computed_breaks(provider, values, method, classes, breaks):
    result = style(values_layer(values), METHOD=method, CLASSES=classes)
    assert result["BREAKS"] == breaks
    assert result["CLASS_COUNT"] == len(breaks.split(","))


def test_jenks_keeps_the_two_groups_apart(provider):
    layer = values_layer(BIMODAL)
    style(layer, CLASSES=2)
    assert labels(layer) == ["1 – 3", "3 – 52", "keine Daten"]
    drawn = label_by_name(layer)
    assert {drawn[f"k{i}"] for i in range(6)} == {"1 – 3"}
    assert {drawn[f"k{i}"] for i in range(6, 10)} == {"3 – 52"}


def test_quantile_classes_by_hand_and_a_value_on_a_break_goes_below(provider):
    layer = values_layer([*SKEWED, 5.5])
    result = style(layer, METHOD=QUANTILE, CLASSES=2)
    # Eleven values: the median is the sixth, 5.5, the upper bound of the lower class.
    assert result["BREAKS"] == "5.5,100"
    drawn = label_by_name(layer)
    assert drawn["k10"] == drawn["k4"] == "1,0 – 5,5"
    assert drawn["k5"] == "5,5 – 100,0"


def test_fixed_breaks_with_a_class_added_above(provider):
    feedback = RecordingFeedback()
    layer = values_layer([10, 12.5, 13, 20, 25, 45], alias=SHARE_ALIAS)
    result = style(layer, feedback, METHOD=FIXED, BREAKS="12.5, 20, 30")
    assert result["CLASS_COUNT"] == 4
    assert result["BREAKS"] == "12.5,20,30,45"
    assert labels(layer) == [
        "≤ 12,5 %",
        "12,5 – 20,0 %",
        "20,0 – 30,0 %",
        "> 30,0 %",
        "keine Daten",
    ]
    assert label_by_name(layer) == {
        "k0": "≤ 12,5 %",
        "k1": "≤ 12,5 %",
        "k2": "12,5 – 20,0 %",
        "k3": "12,5 – 20,0 %",
        "k4": "20,0 – 30,0 %",
        "k5": "> 30,0 %",
    }
    assert any("class above" in warning for warning in feedback.warnings)


def test_fixed_breaks_ignore_the_number_of_classes_and_need_no_top_class(provider):
    layer = values_layer([1, 5, 9])
    result = style(layer, METHOD=FIXED, BREAKS="2,4,6,8,10", CLASSES=2)
    assert result["CLASS_COUNT"] == 5
    assert result["BREAKS"] == "2,4,6,8,10"
    assert labels(layer)[:2] == ["≤ 2", "2 – 4"]


def test_breaks_output_reproduces_the_classes_as_fixed_breaks(provider):
    layer = values_layer(ONE_TO_TWENTY)
    computed = style(layer, METHOD=QUANTILE, CLASSES=5)
    again = style(values_layer(ONE_TO_TWENTY), METHOD=FIXED, BREAKS=computed["BREAKS"])
    assert again["BREAKS"] == computed["BREAKS"]


def test_null_values_are_drawn_grey_as_no_data(provider):
    feedback = RecordingFeedback()
    layer = values_layer([1, 2, None, 3, 4, None])
    result = style(layer, feedback, METHOD=EQUAL, CLASSES=3)
    assert result["BREAKS"] == "2,3,4"  # NULL counts neither as a value nor as 0
    drawn = label_by_name(layer)
    assert drawn["k2"] == drawn["k5"] == "keine Daten"
    assert drawn["k0"] == "1 – 2"
    no_data = rules(layer)[-1]
    assert no_data.isElse()
    assert no_data.symbol().color().name() == UNCLASSIFIED_COLOR.name()
    # The legend, also in print layouts, lists the no-data entry.
    legend = [item.label() for item in layer.renderer().legendSymbolItems()]
    assert legend[-1] == "keine Daten"
    assert any("2 features without a value" in info for info in feedback.infos)


def test_english_labels_thousands_and_a_given_unit(provider):
    layer = values_layer([10_000, 20_000, 30_000, 40_000], alias=SHARE_ALIAS)
    style(layer, METHOD=FIXED, BREAKS="15000,25000,40000", UNIT="€", LABEL_LANGUAGE=ENGLISH)
    assert labels(layer) == [
        "≤ 15,000 €",
        "15,000 – 25,000 €",
        "25,000 – 40,000 €",
        "no data",
    ]
    style(layer, METHOD=FIXED, BREAKS="15000,25000,40000", UNIT="€")
    assert labels(layer)[1] == "15.000 – 25.000 €"


def test_decimals_follow_the_span_of_the_breaks(provider):
    layer = values_layer([0.112, 0.15, 0.2, 0.31])
    style(layer, METHOD=EQUAL, CLASSES=2)
    # span 0.198: three decimals; the break 0.211 between 0.112 and 0.31
    assert labels(layer)[:2] == ["0,112 – 0,211", "0,211 – 0,310"]


def test_ramp_colours_and_inversion(provider):
    ramp = QgsStyle.defaultStyle().colorRamp("Blues")
    layer = values_layer(ONE_TO_TWENTY)
    style(layer, METHOD=PRETTY, CLASSES=4, RAMP="blues")  # case does not matter
    colours = [rule.symbol().color().name() for rule in rules(layer)[:-1]]
    assert colours[0] == ramp.color(0).name()
    assert colours[-1] == ramp.color(1).name()
    style(layer, METHOD=PRETTY, CLASSES=4, RAMP="Blues", INVERT_RAMP=True)
    inverted = [rule.symbol().color().name() for rule in rules(layer)[:-1]]
    assert inverted == colours[::-1]


def test_style_file_is_written_and_reloads_into_another_layer(provider, tmp_path):
    layer = values_layer([1, 2, 3, None, 50, 60], alias=SHARE_ALIAS)
    # The folder is made, the extension added.
    result = style(layer, CLASSES=2, OUTPUT_STYLE=str(tmp_path / "karten" / "anteil"))
    path = tmp_path / "karten" / "anteil.qml"
    assert result["OUTPUT_STYLE"] == str(path)
    assert path.exists()
    fresh = values_layer([7, None])
    message, loaded = fresh.loadNamedStyle(str(path))
    assert loaded, message

    def described(target):
        return [
            (rule.label(), rule.filterExpression(), rule.symbol().color().name())
            for rule in rules(target)
        ]

    assert described(fresh) == described(layer)
    assert labels(fresh) == ["1 – 3 %", "3 – 60 %", "keine Daten"]
    assert label_by_name(fresh) == {"k0": "3 – 60 %", "k1": "keine Daten"}


def test_a_file_input_takes_the_unit_from_the_style_stored_in_the_geopackage(provider, tmp_path):
    """As with qgis_process: Processing opens the file itself, without its default style."""
    geopackage = str(tmp_path / "dichte.gpkg")
    derive(
        counts_layer(),
        NUMERATOR="teil",
        OUTPUT_FIELD="dichte",
        OUTPUT_ALIAS="Dichte (E/km²)",
        OUTPUT=geopackage,
    )
    feedback = RecordingFeedback()
    style_file = tmp_path / "dichte.qml"
    result = style(
        geopackage,
        feedback,
        FIELD="dichte",
        METHOD=FIXED,
        BREAKS="10",
        OUTPUT_STYLE=str(style_file),
    )
    assert result["CLASS_COUNT"] == 2
    saved_labels = [rule.get("label") for rule in ET.parse(style_file).iter("rule")]
    assert saved_labels == ["≤ 10 E/km²", "> 10 E/km²", "keine Daten"]
    style(geopackage, feedback, FIELD="dichte")
    assert any("for this run only" in warning for warning in feedback.warnings)


def test_runs_as_a_background_task_like_the_dock(provider):
    """Values are read in the task's worker thread, the style is applied in the main thread."""
    layer = values_layer(BIMODAL, alias=SHARE_ALIAS)
    project = QgsProject.instance()
    project.addMapLayer(layer)
    try:
        context = QgsProcessingContext()
        context.setProject(project)
        feedback = QgsProcessingFeedback()
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(CHOROPLETH)
        parameters = {"INPUT": layer.id(), "FIELD": "wert", "CLASSES": 2, "LABEL_LANGUAGE": 0}
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        outcome = {}
        loop = QEventLoop()

        def executed(successful, results):
            outcome.update(successful=successful, results=results)
            loop.quit()

        task.executed.connect(executed)
        QgsApplication.taskManager().addTask(task)
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
        assert outcome.get("successful"), outcome
        assert outcome["results"]["BREAKS"] == "3,52"
        assert labels(layer) == ["1 – 3 %", "3 – 52 %", "keine Daten"]
    finally:
        project.removeMapLayer(layer.id())


def test_no_style_file_unless_asked(provider):
    result = style(values_layer(ONE_TO_TWENTY))
    assert "OUTPUT_STYLE" not in result or not result["OUTPUT_STYLE"]


def test_the_data_and_metadata_of_the_input_stay_unchanged(provider):
    layer = values_layer([1.5, None, 3.25, 8], alias=SHARE_ALIAS)
    metadata = QgsLayerMetadata()
    metadata.setRights(["Indikatoren: INKAR 2019, © BBSR Bonn"])
    layer.setMetadata(metadata)
    before = rows_of(layer)
    style(layer, METHOD=QUANTILE, CLASSES=2)
    assert rows_of(layer) == before
    assert layer.fields().names() == ["name", "wert"]
    assert layer.attributeAlias(1) == SHARE_ALIAS
    assert layer.metadata().rights() == ["Indikatoren: INKAR 2019, © BBSR Bonn"]
    assert not layer.isModified()


def test_fewer_distinct_values_than_classes_gives_fewer_classes_and_a_warning(provider):
    feedback = RecordingFeedback()
    layer = values_layer([1, 1, 2, 2, 3, 3, 3])
    result = style(layer, feedback, CLASSES=5)
    assert result["CLASS_COUNT"] == 3
    assert any("Only 3 classes instead of 5" in warning for warning in feedback.warnings)
    assert set(label_by_name(layer).values()) == set(labels(layer)[:-1])


def test_one_distinct_value_is_one_class(provider):
    layer = values_layer([4, 4, None])
    result = style(layer, METHOD=QUANTILE)
    assert result["CLASS_COUNT"] == 1
    assert labels(layer) == ["4", "keine Daten"]
    assert label_by_name(layer) == {"k0": "4", "k1": "4", "k2": "keine Daten"}


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ({"RAMP": "Rotgelb"}, "no colour ramp named 'Rotgelb'. Its ramps include Blues"),
        ({"METHOD": FIXED}, "Fixed breaks need class upper bounds"),
        ({"METHOD": FIXED, "BREAKS": " "}, "Fixed breaks need class upper bounds"),
        ({"METHOD": FIXED, "BREAKS": "30,20"}, "strictly ascending: 30 is followed by 20"),
        ({"METHOD": FIXED, "BREAKS": "20;12,5"}, "strictly ascending: 20 is followed by 12,5."),
        ({"METHOD": FIXED, "BREAKS": "12;viel"}, "'viel' is not a number"),
        ({"METHOD": FIXED, "BREAKS": "zwanzig"}, "'zwanzig' is not a number"),
        ({"FIELD": "fehlt"}, "no field named 'fehlt'"),
    ],
)
def test_bad_parameters_give_clear_errors(provider, parameters, message):
    with pytest.raises(QgsProcessingException, match=message.replace("(", r"\(")):
        run_directly(values_layer([1, 2, 3]), **parameters)


def test_unknown_ramp_error_lists_valid_ramps(provider):
    with pytest.raises(QgsProcessingException) as raised:
        run_directly(values_layer([1, 2, 3]), RAMP="Redz")
    assert "Reds" in str(raised.value)


def test_field_of_text_and_all_null_values_give_clear_errors(provider):
    with pytest.raises(QgsProcessingException, match="holds string, not numbers"):
        run_directly(values_layer([1, 2]), FIELD="name")
    with pytest.raises(QgsProcessingException, match="holds no numbers: all 2 features are NULL"):
        run_directly(values_layer([None, None]))


# i40disparity:deriveindicator


def derive(layer, feedback=None, **parameters):
    defaults = {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"}
    return processing.run(DERIVE, {**defaults, **parameters}, feedback=feedback)


def counts_layer():
    rows = [
        ({"name": "a", "teil": 25, "ganz": 100}, square_wkt(X0, Y0, KM)),  # 1 km²
        ({"name": "b", "teil": 30, "ganz": 0}, square_wkt(X0 + 2 * KM, Y0, 2 * KM)),  # 4 km²
        ({"name": "c", "teil": None, "ganz": 50}, square_wkt(X0 + 5 * KM, Y0, KM)),
        ({"name": "d", "teil": 1, "ganz": None}, square_wkt(X0 + 7 * KM, Y0, KM)),
        ({"name": "e", "teil": 8, "ganz": 3}, square_wkt(X0 + 9 * KM, Y0, KM)),
    ]
    fields = {"name": FieldType.String, "teil": FieldType.Int, "ganz": FieldType.Double}
    layer = memory_layer(rows, fields=fields)
    layer.setFieldAlias(1, "Beschäftigte (Anzahl)")
    return layer


def by_name(layer):
    return {row["name"]: row for row in rows_of(layer)}


def test_share_with_null_and_zero_denominators(provider):
    feedback = RecordingFeedback()
    layer = counts_layer()
    result = derive(
        layer,
        feedback,
        NUMERATOR="teil",
        DENOMINATOR="ganz",
        FACTOR=100,
        OUTPUT_FIELD="anteil",
        OUTPUT_ALIAS="Anteil (%)",
    )
    output = result["OUTPUT"]
    values = {name: row["anteil"] for name, row in by_name(output).items()}
    assert values["a"] == 25.0
    assert values["e"] == pytest.approx(800 / 3)
    assert values["b"] is None and values["c"] is None and values["d"] is None
    assert (result["COMPUTED"], result["MISSING"]) == (2, 3)
    assert len(feedback.warnings) == 3
    assert any(
        "1 features without a value: the denominator (or area) is zero" in w
        for w in feedback.warnings
    )
    assert output.fields().names() == ["name", "teil", "ganz", "anteil"]
    assert output.attributeAlias(3) == "Anteil (%)"
    assert output.attributeAlias(1) == "Beschäftigte (Anzahl)"  # input aliases travel along
    assert rows_of(layer)[0] == {"name": "a", "teil": 25, "ganz": 100.0}  # input unchanged


def test_density_divides_by_the_measured_area(provider):
    result = derive(counts_layer(), NUMERATOR="teil", OUTPUT_FIELD="dichte")
    values = {name: row["dichte"] for name, row in by_name(result["OUTPUT"]).items()}
    # EPSG:3035 is equal-area: the squares have 1 and 4 km² on the ellipsoid as well.
    assert values["a"] == pytest.approx(25.0, rel=1e-4)
    assert values["b"] == pytest.approx(7.5, rel=1e-4)
    assert values["c"] is None


def test_derived_field_can_be_styled_with_its_unit(provider):
    derived = derive(
        counts_layer(), NUMERATOR="teil", OUTPUT_FIELD="dichte", OUTPUT_ALIAS="Dichte (E/km²)"
    )["OUTPUT"]
    style(derived, FIELD="dichte", METHOD=FIXED, BREAKS="10,20,30")
    assert labels(derived) == ["≤ 10 E/km²", "10 – 20 E/km²", "20 – 30 E/km²", "keine Daten"]


def test_an_existing_field_is_kept_unless_replacing_it_was_asked_for(provider):
    with pytest.raises(QgsProcessingException, match="already has a field ganz"):
        derive(counts_layer(), NUMERATOR="teil", DENOMINATOR="ganz", OUTPUT_FIELD="Ganz")


def test_existing_field_is_replaced_on_request_with_a_warning_whatever_its_case(provider):
    feedback = RecordingFeedback()
    result = derive(
        counts_layer(),
        feedback,
        NUMERATOR="teil",
        DENOMINATOR="ganz",
        OUTPUT_FIELD="Ganz",
        REPLACE_FIELD=True,
    )
    assert result["OUTPUT"].fields().names() == ["name", "teil", "Ganz"]
    assert by_name(result["OUTPUT"])["a"]["Ganz"] == 0.25
    assert any("field ganz is replaced" in warning for warning in feedback.warnings)


def test_area_needs_polygons(provider):
    points = memory_layer(
        [({"plz": "1", "einwohner": 5}, "POINT(4300000 3000000)")], geometry="Point"
    )
    with pytest.raises(QgsProcessingException):
        derive(points, NUMERATOR="einwohner")


def test_output_metadata_names_the_formula_and_keeps_the_rights(provider):
    layer = counts_layer()
    metadata = QgsLayerMetadata()
    metadata.setRights(["Indikatoren: INKAR 2019, © BBSR Bonn"])
    layer.setMetadata(metadata)
    output = derive(layer, NUMERATOR="teil", DENOMINATOR="ganz", FACTOR=100)["OUTPUT"]
    assert output.metadata().rights() == ["Indikatoren: INKAR 2019, © BBSR Bonn"]
    assert "indicator = teil ÷ ganz × 100" in output.metadata().abstract()


def test_both_algorithms_are_in_the_provider(provider):
    ids = {algorithm.id() for algorithm in provider.algorithms()}
    assert {CHOROPLETH, DERIVE} <= ids
