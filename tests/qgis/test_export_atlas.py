"""i40disparity:exportatlas inside real QGIS: files, pages, legend, texts and errors.

Three square "Länder" of 200 km (Hessen, Baden-Württemberg, Bayern) in EPSG:3035, each cut
into four districts and eight density areas; a few points and universities inside. Rendered
pages are kept in tests/artefacts/atlas/ for looking at them.
"""

import json
import shutil
import subprocess
from pathlib import Path

import processing
import pytest
from conftest import PLZ_GEOJSON, SHARED_DATA, RecordingFeedback, memory_layer, square_wkt
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLayerMetadata,
    QgsMarkerSymbol,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRendererCategory,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QImage

from i40_disparity_plugin.compat import FieldType, ProcessingAlgorithmFlag
from i40_disparity_plugin.gis.atlas import (
    DEFAULT_TEMPLATE,
    ContextLayers,
    coverage_areas,
    land_geometries,
    load_template,
    setup_page_layout,
)

ATLAS = "i40disparity:exportatlas"
ARTEFACTS = Path(__file__).resolve().parents[1] / "artefacts" / "atlas"
GERMAN, ENGLISH = 0, 1
INDUSTRIE, HOCHSCHULEN, DICHTE = range(3)
KM = 1000
SIDE = 200 * KM
# Lower left corners of the three Länder, in EPSG:3035 metres (roughly where they are).
LAENDER = {
    "Hessen": (4_200_000, 3_000_000),
    "Baden-Württemberg": (4_200_000, 2_800_000),
    "Bayern": (4_400_000, 2_800_000),
}
LAENDER_RIGHTS = "Verwaltungsgebiete: synthetische Testgeometrien"
POINTS_RIGHTS = "Anwendungsbeispiele: synthetische Testdaten"
SHARE_ALIAS = "Anteil Verarbeitendes Gewerbe 2017 (%)"
THRESHOLDS_ABSTRACT = (
    "Dichteklassen der Bevölkerung. Schwellenwerte (Einwohner je km²): 150; Klasse 1 ist "
    "Dichte ≤ dem ersten Schwellenwert."
)
DPI = 100


def legend_labels(layout):
    """The texts of the legend's entries, in order (what a reader sees beside the symbols)."""
    model = layout.itemById("legend").model()
    return [
        legend_node.data(Qt.ItemDataRole.DisplayRole)
        for node in model.rootGroup().findLayers()
        for legend_node in model.layerLegendNodes(node)
    ]


# A4 landscape at 100 dpi: 297 mm and 210 mm / 25.4 mm per inch × 100 (1169.3 and 826.8),
# whole pixels cut off as QGIS does.
A4_PIXELS = (1169, 826)


def with_rights(layer, *rights, abstract=""):
    metadata = QgsLayerMetadata()
    metadata.setRights(list(rights))
    metadata.setAbstract(abstract)
    layer.setMetadata(metadata)
    return layer


@pytest.fixture
def laender():
    rows = [({"GEN": name, "GF": 9}, square_wkt(x, y, SIDE)) for name, (x, y) in LAENDER.items()]
    # VG5000 also has each Land with its water areas (GF 8): here Hessen twice as large,
    # which a page must not use.
    x, y = LAENDER["Hessen"]
    rows.append(({"GEN": "Hessen", "GF": 8}, square_wkt(x, y, 2 * SIDE)))
    layer = memory_layer(rows, fields={"GEN": FieldType.String, "GF": FieldType.Int}, name="Länder")
    return with_rights(layer, LAENDER_RIGHTS)


def quarters(values_by_land, field, field_type):
    """Each Land cut into four squares of 100 km, with one value each."""
    rows = []
    half = SIDE // 2
    for name, values in values_by_land.items():
        x, y = LAENDER[name]
        corners = [(x, y), (x + half, y), (x, y + half), (x + half, y + half)]
        for (cx, cy), value in zip(corners, values, strict=True):
            rows.append(({field: value}, square_wkt(cx, cy, half)))
    return memory_layer(rows, fields={field: field_type})


@pytest.fixture
def districts(provider):
    layer = quarters(
        {
            "Hessen": [10.0, 30.0, 50.0, None],
            "Baden-Württemberg": [20.0, 45.0, 60.0, 35.0],
            "Bayern": [15.0, 25.0, 55.0, 65.0],
        },
        "anteil",
        FieldType.Double,
    )
    layer.setName("Kreise")
    layer.setFieldAlias(0, SHARE_ALIAS)
    processing.run(
        "i40disparity:choropleth",
        {"INPUT": layer, "FIELD": "anteil", "METHOD": 4, "BREAKS": "20,40", "LABEL_LANGUAGE": 0},
    )
    return with_rights(layer, "Kreisdaten: synthetische Testwerte")


@pytest.fixture
def unstyled_districts():
    return quarters({"Hessen": [1.0, 2.0, 3.0, 4.0]}, "anteil", FieldType.Double)


@pytest.fixture
def bands():
    layer = quarters(
        {name: [1, 2, 2, 1] for name in LAENDER},
        "band",
        FieldType.Int,
    )
    layer.setName("Dichteklassen")
    categories = [
        QgsRendererCategory(1, QgsFillSymbol.createSimple({"color": "#ffffcc"}), "≤ 150 E/km²"),
        QgsRendererCategory(2, QgsFillSymbol.createSimple({"color": "#bd0026"}), "> 150 E/km²"),
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("band", categories))
    return with_rights(layer, "Einwohner: synthetisch", abstract=THRESHOLDS_ABSTRACT)


def points_in(name, offsets, fields=None, values=()):
    rows = []
    for index, (name_of_land, dx, dy) in enumerate(offsets):
        x, y = LAENDER[name_of_land]
        attributes = dict(zip(fields or {}, values[index], strict=True)) if values else {}
        rows.append((attributes, f"POINT({x + dx * KM} {y + dy * KM})"))
    return memory_layer(rows, geometry="Point", fields=fields or {"id": FieldType.Int}, name=name)


@pytest.fixture
def use_cases():
    offsets = [("Hessen", 50, 50), ("Hessen", 150, 120), ("Baden-Württemberg", 100, 100)]
    offsets += [("Bayern", 30, 170), ("Bayern", 160, 40)]
    return with_rights(points_in("Anwendungsbeispiele", offsets), POINTS_RIGHTS)


@pytest.fixture
def universities():
    offsets = [("Hessen", 110, 60), ("Baden-Württemberg", 60, 150), ("Bayern", 120, 120)]
    names = [("TU Darmstadt",), ("KIT Karlsruhe",), ("TU München",)]
    layer = points_in("Technische Hochschulen", offsets, {"name": FieldType.String}, names)
    return with_rights(layer, "Hochschulen: Hochschulkompass (Auszug)")


def run_atlas(folder, **parameters):
    """The algorithm without processing.run, which would replace its error messages."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ATLAS)
    defaults = {"LABEL_LANGUAGE": GERMAN, "DPI": DPI, "OUTPUT_FOLDER": str(folder)}
    results, ok = algorithm.run(
        {**defaults, **parameters},
        QgsProcessingContext(),
        QgsProcessingFeedback(),
        catchExceptions=False,
    )
    assert ok
    return results


def keep_artefacts(folder, names):
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(folder / name, ARTEFACTS / name)


def pdf_text(path):
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_all_page_types_for_two_laender_and_germany(
    provider, tmp_path, laender, districts, bands, use_cases, universities
):
    renderer_before = use_cases.renderer().dump()
    project_layers_before = len(QgsProject.instance().mapLayers())
    results = run_atlas(
        tmp_path,
        LAENDER_LAYER=laender,
        LAENDER="HE,Baden-Württemberg",
        DISTRICTS=districts,
        BANDS=bands,
        POINTS=use_cases,
        FACILITIES=universities,
    )

    codes = ["he", "bw", "de"]
    expected = [
        f"{kind}_{code}" for kind in ("industrie", "hochschulen", "dichte") for code in codes
    ]
    assert results["PAGE_COUNT"] == 9
    assert results["OUTPUT_FOLDER"] == str(tmp_path)
    assert results["INDEX"] == str(tmp_path / "atlas_index.json")
    written = sorted(path.name for path in tmp_path.iterdir())
    assert written == sorted(
        ["atlas_index.json", "atlas.pdf"]
        + [f"{stem}.pdf" for stem in expected]
        + [f"{stem}.png" for stem in expected]
    )

    index = json.loads((tmp_path / "atlas_index.json").read_text(encoding="utf-8"))
    assert index["language"] == "de"
    assert index["combined_pdf"] == "atlas.pdf"
    assert [(page["type"], page["code"]) for page in index["pages"]] == [
        tuple(stem.split("_")) for stem in expected
    ]
    first = index["pages"][0]
    assert first == {
        "type": "industrie",
        "code": "he",
        "land": "Hessen",
        "title": "Industrie 4.0 und Industrie in den Kreisen: Hessen",
        "subtitle": f"Anwendungsbeispiele über den Kreisen, Flächenfarbe: {SHARE_ALIAS}",
        "pdf": "industrie_he.pdf",
        "png": "industrie_he.png",
    }
    assert LAENDER_RIGHTS in index["attribution"]
    assert POINTS_RIGHTS in index["attribution"]
    assert index["parameters"]["LAENDER"] == "HE,Baden-Württemberg"
    assert index["parameters"]["PAGES"] == ["industrie", "hochschulen", "dichte"]

    for stem in expected:
        image = QImage(str(tmp_path / f"{stem}.png"))
        assert (image.width(), image.height()) == A4_PIXELS, stem
        info = subprocess.run(
            ["pdfinfo", str(tmp_path / f"{stem}.pdf")], capture_output=True, text=True, check=True
        ).stdout
        assert "Pages:           1" in info
        assert "(A4)" in info
    rendered = tmp_path / "rendered"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "30",
            "-png",
            "-singlefile",
            str(tmp_path / "dichte_bw.pdf"),
            str(rendered),
        ],
        check=True,
    )
    assert QImage(f"{rendered}.png").width() == round(297 / 25.4 * 30)

    text = pdf_text(tmp_path / "industrie_he.pdf")
    assert "Industrie 4.0 und Industrie in den Kreisen: Hessen" in text
    assert LAENDER_RIGHTS in text
    assert POINTS_RIGHTS in text
    assert "Kreisdaten: synthetische Testwerte" in text
    assert "Stil der Ebene Kreise" in text
    dichte = pdf_text(tmp_path / "dichte_de.pdf")
    assert "Industrie 4.0 und Bevölkerungsdichte: Deutschland" in dichte
    assert "Schwellenwerte (Einwohner je km²): 150" in dichte
    assert "Hochschulen: Hochschulkompass (Auszug)" in pdf_text(tmp_path / "hochschulen_bw.pdf")
    # All nine pages once more in one file, in the order of the index, each A4 landscape.
    combined_info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "9", str(tmp_path / "atlas.pdf")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Pages:           9" in combined_info
    assert combined_info.count("x 595 pts (A4)") == 9  # each page; Qt rounds to 842 x 595
    combined = pdf_text(tmp_path / "atlas.pdf").split("\f")
    assert "Industrie 4.0 und Industrie in den Kreisen: Hessen" in combined[0]
    assert "Industrie 4.0 und Bevölkerungsdichte: Deutschland" in combined[8]
    assert LAENDER_RIGHTS in combined[8]

    # The user's layers and project are as they were: styles went to clones only.
    assert use_cases.renderer().dump() == renderer_before
    assert len(QgsProject.instance().mapLayers()) == project_layers_before
    keep_artefacts(tmp_path, [f"{stem}.png" for stem in expected] + ["atlas_index.json"])


def test_english_density_page_of_one_land_without_overview(
    provider, tmp_path, laender, bands, use_cases
):
    results = run_atlas(
        tmp_path,
        LAENDER_LAYER=laender,
        LAENDER="09",
        PAGES=[DICHTE],
        OVERVIEW=False,
        BANDS=bands,
        POINTS=use_cases,
        LABEL_LANGUAGE=ENGLISH,
    )
    assert results["PAGE_COUNT"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "atlas.pdf",
        "atlas_index.json",
        "dichte_by.pdf",
        "dichte_by.png",
    ]
    text = pdf_text(tmp_path / "dichte_by.pdf")
    assert "Industry 4.0 and population density: Bayern" in text
    assert "Density bands of the layer Dichteklassen" in text
    assert "Bevölkerungsdichte" not in text  # the German title's word
    index = json.loads((tmp_path / "atlas_index.json").read_text(encoding="utf-8"))
    assert index["language"] == "en"
    keep_artefacts(tmp_path, ["dichte_by.png"])
    shutil.copy(tmp_path / "dichte_by.png", ARTEFACTS / "dichte_by_en.png")


class CancelAfterFirstPage(RecordingFeedback):
    def setProgress(self, progress):
        super().setProgress(progress)
        if progress > 0:
            self.cancel()


class CancelDuringFirstPage(RecordingFeedback):
    """Cancels as the first page begins: before any of its renders."""

    def pushInfo(self, text):
        super().pushInfo(text)
        if text.startswith("Page 1 of"):
            self.cancel()


def folder_state(folder):
    return {path.name: path.read_bytes() for path in folder.iterdir()}


@pytest.mark.parametrize("feedback", [CancelAfterFirstPage, CancelDuringFirstPage])
def test_cancel_leaves_an_earlier_atlas_whole_and_no_new_page(
    provider, tmp_path, laender, bands, use_cases, feedback
):
    parameters = {
        "LAENDER_LAYER": laender,
        "LAENDER": "HE",
        "PAGES": [DICHTE],
        "BANDS": bands,
        "POINTS": use_cases,
        "DPI": 50,
        "LABEL_LANGUAGE": 1,
        "OUTPUT_FOLDER": str(tmp_path),
    }
    processing.run(ATLAS, parameters)
    earlier = folder_state(tmp_path)
    assert {"atlas.pdf", "dichte_he.pdf", "dichte_he.png", "atlas_index.json"} <= set(earlier)

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ATLAS)
    cancelling = feedback()
    results = algorithm.run(
        {**parameters, "LAENDER": "HE,BW,BY"}, QgsProcessingContext(), cancelling
    )
    assert folder_state(tmp_path) == earlier  # no page of BW or BY, no staging folder
    assert results[0] == {}
    assert "Cancelled: no page was kept." in cancelling.infos


def test_may_run_in_a_worker_thread(provider):
    """Docks run it as a task: its layouts are made in the task's thread (test_atlas_responsive
    measures that QGIS stays responsive meanwhile)."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ATLAS)
    assert not algorithm.flags() & ProcessingAlgorithmFlag.NoThreading


def page_layout(laender, area, extra, legend_layer):
    project = QgsProject()
    geometries = land_geometries(laender, "GEN", project.transformContext())
    context_layers = ContextLayers(
        project,
        [(key, name, geometry) for key, (name, geometry) in geometries.items()],
        coverage_areas(geometries, ["06"], True),
    )
    clones = [layer.clone() for layer in [*extra, area] if layer is not None]
    for clone in clones:
        project.addMapLayer(clone, False)
    layout, missing = load_template(project, DEFAULT_TEMPLATE)
    assert missing == []
    legend_area = clones[-1] if legend_layer else None
    setup_page_layout(layout, context_layers, clones, legend_area, clones[: len(extra)])
    return project, layout


def test_legend_lists_the_renderers_classes_then_the_points(
    provider, laender, districts, bands, use_cases
):
    rule_labels = [rule.label() for rule in districts.renderer().rootRule().children()]
    # The choropleth's fixed breaks 20, 40 (values up to 65 add an open top class) and its
    # class for missing values; the unit from the alias.
    assert rule_labels == ["≤ 20 %", "20 – 40 %", "> 40 %", "keine Daten"]
    _project, layout = page_layout(laender, districts, [use_cases], True)
    assert legend_labels(layout) == [*rule_labels, "Anwendungsbeispiele"]

    band_labels = [category.label() for category in bands.renderer().categories()]
    _project, layout = page_layout(laender, bands, [use_cases], True)
    assert legend_labels(layout) == [*band_labels, "Anwendungsbeispiele"]

    # Points in classes (e.g. size classes) keep them, under the layer's name.
    use_cases.setRenderer(
        QgsCategorizedSymbolRenderer(
            "id",
            [
                QgsRendererCategory(None, QgsMarkerSymbol.createSimple({}), "klein"),
                QgsRendererCategory(1, QgsMarkerSymbol.createSimple({}), "groß"),
            ],
        )
    )
    _project, layout = page_layout(laender, bands, [use_cases], True)
    assert legend_labels(layout) == [*band_labels, "klein", "groß"]
    points_node = layout.itemById("legend").model().rootGroup().findLayers()[1]
    assert points_node.name() == "Anwendungsbeispiele"
    assert points_node.customProperty("legend/title-style") == "subgroup"

    # A class name too long for the legend column is broken in two.
    renderer = bands.renderer().clone()
    renderer.updateCategoryLabel(1, "transitional (> 150 to 300 inh./km²)")
    bands.setRenderer(renderer)
    _project, layout = page_layout(laender, bands, [use_cases], True)
    assert legend_labels(layout)[1] == "transitional (> 150 to 300\ninh./km²)"


def test_only_land_area_rows_of_a_gf_field(laender):
    geometries = land_geometries(laender, "GEN", QgsProject.instance().transformContext())
    assert sorted(geometries) == ["06", "08", "09"]
    name, hessen = geometries["06"]
    assert name == "Hessen"
    assert hessen.area() == pytest.approx(SIDE * SIDE)


def test_a_page_type_without_its_layer_names_the_parameter(provider, tmp_path, laender, use_cases):
    with pytest.raises(QgsProcessingException, match="'dichte' needs the layer BANDS"):
        run_atlas(tmp_path, LAENDER_LAYER=laender, PAGES=[DICHTE], POINTS=use_cases)
    with pytest.raises(QgsProcessingException, match="'hochschulen' needs the layer FACILITIES"):
        run_atlas(tmp_path, LAENDER_LAYER=laender, PAGES=[HOCHSCHULEN], POINTS=use_cases)
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_land_is_named(provider, tmp_path, laender, bands, use_cases):
    with pytest.raises(QgsProcessingException, match=r"Unknown Land 'Hesse-Nassau'.*BW"):
        run_atlas(
            tmp_path,
            LAENDER_LAYER=laender,
            LAENDER="HE,Hesse-Nassau",
            PAGES=[DICHTE],
            BANDS=bands,
            POINTS=use_cases,
        )


def test_a_land_missing_from_the_layer_is_named(provider, tmp_path, laender, bands, use_cases):
    with pytest.raises(QgsProcessingException, match="no feature for 14"):
        run_atlas(
            tmp_path,
            LAENDER_LAYER=laender,
            LAENDER="HE,SN",
            PAGES=[DICHTE],
            BANDS=bands,
            POINTS=use_cases,
        )


def test_unstyled_districts_point_to_the_choropleth(
    provider, tmp_path, laender, unstyled_districts, use_cases
):
    with pytest.raises(QgsProcessingException, match="i40disparity:choropleth"):
        run_atlas(
            tmp_path,
            LAENDER_LAYER=laender,
            PAGES=[INDUSTRIE],
            DISTRICTS=unstyled_districts,
            POINTS=use_cases,
        )


def test_an_unwritable_folder_stops_before_rendering(provider, tmp_path, laender, bands, use_cases):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="cannot be created or written"):
        run_atlas(
            blocker / "atlas",
            LAENDER_LAYER=laender,
            PAGES=[DICHTE],
            BANDS=bands,
            POINTS=use_cases,
        )


def test_a_template_without_the_items_is_refused(provider, tmp_path, laender, bands, use_cases):
    template = tmp_path / "ohne_legende.qpt"
    text = DEFAULT_TEMPLATE.read_text(encoding="utf-8").replace('id="legend"', 'id="legende"')
    template.write_text(text, encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="lacks the items with the ids legend"):
        run_atlas(
            tmp_path / "out",
            LAENDER_LAYER=laender,
            PAGES=[DICHTE],
            BANDS=bands,
            LAENDER="HE",
            POINTS=use_cases,
            TEMPLATE=str(template),
        )


@pytest.mark.skipif(not SHARED_DATA.exists(), reason="the shared data is missing")
def test_real_laender_of_vg5000_with_the_shipped_universities(provider, tmp_path):
    vg5000 = SHARED_DATA / "vg5000_2021" / "shp"
    facilities = processing.run(
        "i40disparity:referencefacilities",
        {
            "FACILITIES": 0,
            "PLZ_AREAS": str(PLZ_GEOJSON),
            "GEMEINDEN": str(vg5000 / "VG5000_GEM.shp"),
            "OUTPUT": str(tmp_path / "hochschulen.gpkg"),
            "UNPLACED": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    results = run_atlas(
        tmp_path / "atlas",
        # As qgis_process passes it: a path, which Processing opens for this run.
        LAENDER_LAYER=str(vg5000 / "VG5000_LAN.shp"),
        LAENDER="NW,BB",
        PAGES=[HOCHSCHULEN],
        POINTS=facilities,
        FACILITIES=facilities,
    )
    assert results["PAGE_COUNT"] == 3
    text = pdf_text(tmp_path / "atlas" / "hochschulen_nw.pdf")
    assert "Industrie 4.0 und technische Hochschulen: Nordrhein-Westfalen" in text
    assert "© GeoBasis-DE / BKG 2021" in text
    keep_artefacts(
        tmp_path / "atlas", ["hochschulen_nw.png", "hochschulen_bb.png", "hochschulen_de.png"]
    )


def test_a_failed_export_says_why_in_words():
    from qgis.core import QgsLayoutExporter

    from i40_disparity_plugin.gis.layout import export_failed

    failed = QgsLayoutExporter.ExportResult.FileError
    assert "folder writable" in str(export_failed(failed))
    failed = QgsLayoutExporter.ExportResult.MemoryError
    assert str(export_failed(failed)) == "not enough memory"
    # Any other result is named, so that a report of it can be looked up.
    assert "result" in str(export_failed(QgsLayoutExporter.ExportResult.PrintError))
