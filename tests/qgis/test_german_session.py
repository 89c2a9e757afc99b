"""A German session reads German everywhere: every algorithm of the provider, run on the
bad-input corpus's valid inputs with QGIS in German, writes no English sentence into its log,
its results or its outputs (HTML report, CSV files, atlas pages and index, layer aliases).
Field names are the public contract and stay as they are; their aliases are German."""

import csv
import json
import re
import subprocess

import processing
import pytest
from bad_input_cases import TEMPORARY, VALID, In, file_value
from bad_input_files import write_all
from conftest import RecordingFeedback
from english_text import english_in, html_text
from osgeo import ogr
from qgis.core import (
    QgsApplication,
    QgsProviderRegistry,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QLocale

from i40_disparity_plugin.gis.i18n import install_translator, remove_translator
from i40_disparity_plugin.paths import PLUGIN_DIR
from i40_disparity_plugin.processing.geocode_points import REFERENCE_FILES
from i40_disparity_plugin.processing.provider import I40DisparityProvider

SINKS = ("sink",)


@pytest.fixture
def german_provider(qgis_processing):
    """The provider as a German desktop has it: QGIS's locale, Qt's default locale and the
    plugin's translator set before the algorithms (and their parameter names) are made."""
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "de_DE")
    default_locale = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    assert install_translator("de")
    provider = I40DisparityProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)
    remove_translator()
    QLocale.setDefault(default_locale)
    settings.remove("locale/overrideFlag")
    settings.remove("locale/userLocale")


def test_the_detector_finds_english_and_passes_german():
    english = [
        "Row 1 (Amberg) not placed: no Gemeinde layer",
        "Placed points",  # no function word: found through the catalogue of the .ts
        "Columns recognised: city ← city",
        "33 of 33 records placed.",
        "Median der Entfernung 4.54 km",
    ]
    german = [
        "Zeile 1 (Amberg) nicht verortet: kein Gemeindelayer",
        "Verortete Punkte",
        "35 von 37 Datensätzen verortet.",
        "size_class",
        "share_population",
        "TU Dresden",
        "Median der Entfernung 4,54 km",
        "5.000–15.000",
        "Stand 07.12.2026, Industrie 4.0-Zentren",
    ]
    assert [text for text, _ in english_in(english)] == english
    assert english_in(german) == []


def test_without_the_translation_the_log_is_found_english(german_provider, tmp_path):
    # The detector at work on a real run: the same algorithm, the plugin's translator removed.
    write_all(tmp_path)
    remove_translator()
    feedback = RecordingFeedback()
    parameters = parameters_with_files("geocodepoints", tmp_path, tmp_path)
    processing.run("i40disparity:geocodepoints", parameters, feedback=feedback)
    assert english_in(feedback.infos), feedback.infos


def parameters_with_files(algorithm, inputs, outputs):
    """The valid run, with every layer output written to a GeoPackage, to be read again."""
    sinks = {
        definition.name()
        for definition in definition_of(algorithm).parameterDefinitions()
        if definition.type() in SINKS
    }
    parameters = {}
    for key, value in VALID[algorithm].items():
        if key in sinks and value == TEMPORARY:
            value = str(outputs / f"{key.lower()}.gpkg")
        parameters[key] = file_value(value, inputs, outputs)
    return parameters


def definition_of(algorithm):
    return QgsApplication.processingRegistry().algorithmById(f"i40disparity:{algorithm}")


def user_names(algorithm, inputs):
    """Names the user brings along, which an output keeps as they are: the inputs' fields
    (a table's column that a use-case field takes over as ``<column>_input``) and names
    given as parameters (deriveindicator's OUTPUT_FIELD)."""
    names = {value for value in VALID[algorithm].values() if isinstance(value, str)}
    files = [inputs / value.name for value in VALID[algorithm].values() if isinstance(value, In)]
    if algorithm == "referencefacilities":
        files += [PLUGIN_DIR / "data" / name for name in REFERENCE_FILES]
    for path in files:
        if path.suffix == ".csv":
            header = path.read_text(encoding="utf-8-sig").splitlines()[0]
            columns = header.split(";" if ";" in header else ",")
        else:
            columns = QgsVectorLayer(str(path), "input", "ogr").fields().names()
        names.update(columns)
        names.update(f"{column}_input" for column in columns)
    return names


def output_layers(folder):
    """Every layer of every GeoPackage written, as read from disk again."""
    metadata = QgsProviderRegistry.instance().providerMetadata("ogr")
    for path in sorted(folder.rglob("*.gpkg")):
        dataset = ogr.Open(str(path))
        names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
        dataset = None
        for name in names:
            if name == "layer_styles":  # where the GeoPackage keeps the styles, not an output
                continue
            uri = metadata.encodeUri({"path": str(path), "layerName": name})
            yield QgsVectorLayer(uri, name, "ogr")


def file_texts(folder):
    """The texts of the files written: words of HTML pages, CSV headings and text cells,
    text values of JSON files, the words of PDF pages."""
    for path in sorted(folder.rglob("*")):
        suffix = path.suffix.lower()
        if suffix == ".html":
            yield from html_text(path.read_text(encoding="utf-8"))
        elif suffix == ".csv":
            with path.open(encoding="utf-8-sig", newline="") as file:
                for row in csv.reader(file, delimiter=";"):
                    yield from (cell for cell in row if cell and not _is_number(cell))
        elif suffix == ".json":
            yield from _json_strings(json.loads(path.read_text(encoding="utf-8")))
        elif suffix == ".pdf":
            text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
            yield from (line for line in text.stdout.splitlines() if line.strip())


def _is_number(cell):
    return cell.replace(".", "").replace(",", "").replace("-", "").strip().isdigit()


def _json_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def result_texts(results, outputs):
    """String results, except the paths of the outputs (the test's folder names are English)."""
    return [
        value
        for value in results.values()
        if isinstance(value, str) and not value.startswith(str(outputs))
    ]


@pytest.mark.parametrize("algorithm", sorted(VALID))
def test_a_german_session_reads_german(german_provider, tmp_path, algorithm):
    inputs, outputs = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    outputs.mkdir()
    write_all(inputs)
    feedback = RecordingFeedback()
    parameters = parameters_with_files(algorithm, inputs, outputs)
    if algorithm == "report":  # reads what densitybands wrote
        parameters["DENSITY_SUMMARY"] = density_summary(inputs, tmp_path)
    results = processing.run(f"i40disparity:{algorithm}", parameters, feedback=feedback)

    # Processing's own "Results: {…}" line lists the result ids, part of the public contract.
    log = [
        line
        for line in feedback.textLog().splitlines()
        if line.strip() and not line.startswith("Results: ")
    ]
    texts = [*log, *file_texts(outputs)]
    kept = user_names(algorithm, inputs)
    without_alias = []
    for layer in output_layers(outputs):
        for field in layer.fields():
            if field.alias():
                texts.append(field.alias())
            elif field.name() not in kept and field.name() != "fid":  # fid: GeoPackage's key
                without_alias.append(f"{layer.name()}.{field.name()}")
    assert not without_alias, f"fields without a German alias: {without_alias}"
    found = english_in(texts) + english_in(result_texts(results, outputs), numbers=False)
    assert not found, "\n".join(f"{why}: {text}" for text, why in found)


def density_summary(inputs, folder):
    parameters = {**parameters_with_files("densitybands", inputs, folder)}
    parameters["SUMMARY"] = str(folder / "summary.gpkg")
    return processing.run("i40disparity:densitybands", parameters)["SUMMARY"]


def test_geopackage_output_keeps_german_aliases_when_read_again(german_provider, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    write_all(inputs)
    path = tmp_path / "bands.gpkg"
    parameters = {**parameters_with_files("densitybands", inputs, tmp_path), "OUTPUT": str(path)}
    processing.run("i40disparity:densitybands", parameters)
    layer = QgsVectorLayer(str(path), "bands", "ogr")
    aliases = {field.name(): field.alias() for field in layer.fields()}
    assert aliases["band_label"] == "Dichteklasse"
    assert aliases["density"] == "Dichte (E/km²)"


# A parameter id that is also the name of a file format the help speaks of.
FORMAT_NAMES = {"CSV"}


def internal_names_in_help(algorithm):
    """Parameter and output ids, and option indices like "[0]", that a help text shows."""
    ids = {definition.name() for definition in algorithm.parameterDefinitions()}
    ids |= {definition.name() for definition in algorithm.outputDefinitions()}
    help_text = algorithm.shortHelpString()
    found = [name for name in ids - FORMAT_NAMES if re.search(rf"\b{name}\b", help_text)]
    return found + re.findall(r"\[\d+\]", help_text)


@pytest.mark.parametrize("session", ["german_provider", "provider"], ids=["de", "en"])
def test_help_names_parameters_as_the_dialog_shows_them(request, session):
    for algorithm in request.getfixturevalue(session).algorithms():
        assert internal_names_in_help(algorithm) == [], algorithm.id()


def test_the_report_shows_parameters_as_a_reader_reads_them(german_provider, tmp_path):
    # The atlas index records ids and raw values (OVERVIEW: True); the report translates them.
    inputs, outputs = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    outputs.mkdir()
    write_all(inputs)
    atlas = parameters_with_files("exportatlas", inputs, outputs)
    processing.run("i40disparity:exportatlas", atlas)
    nearest = {
        **parameters_with_files("nearestfacility", inputs, outputs),
        "SUMMARY": str(outputs / "s.gpkg"),
    }
    summary = processing.run("i40disparity:nearestfacility", nearest)["SUMMARY"]
    report = {"ATLAS_FOLDER": atlas["OUTPUT_FOLDER"], "DISTANCES": [summary],
              "OUTPUT": str(outputs / "bericht.html")}  # fmt: skip
    processing.run("i40disparity:report", report)
    text = "\n".join(html_text((outputs / "bericht.html").read_text(encoding="utf-8")))
    assert "Auch ganz Deutschland (Kürzel de): Ja" in text
    assert "Kartentypen: dichte: Punkte über den Dichteklassen" in text
    assert "PNG-Auflösung (dpi): 150" in text
    assert "Entfernung auf dem Ellipsoid" in text
    internal = ("OVERVIEW", "PAGES", "DPI", "True", "False", "ellipsoid")
    assert [word for word in internal if re.search(rf"\b{word}\b", text)] == []
