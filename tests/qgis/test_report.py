"""i40disparity:report inside real QGIS: the plugin's algorithms run on hand-built layers,
their file outputs reported; the HTML's tables and the CSVs hold the outputs' numbers."""

import base64
import csv
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from html import escape
from pathlib import Path

import processing
import pytest
from conftest import memory_layer, square_wkt
from html_tables import TableCells
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage

# The qgis_process set-up of the packaging tests: the built zip in a throw-away profile.
from test_packaged_plugin import (  # noqa: F401 (fixtures)
    ARTEFACTS,
    NOT_INHERITED,
    QGIS_PROCESS,
    make_profile,
    plugin_zip,
    processing_profile,
    run_bounded,
)

from i40_disparity_plugin.compat import FieldType
from i40_disparity_plugin.core.density.outputs import BAND_STATISTICS
from i40_disparity_plugin.gis.bar_chart import CHART_SIZE, EXPECTED_COLOUR
from i40_disparity_plugin.gis.values import python_value

ALG = "i40disparity:report"
RENDER_HTML = Path(__file__).resolve().parents[1] / "helpers" / "render_html.py"
X0, Y0 = 4_300_000, 3_000_000  # EPSG:3035 metres, in Germany
KM = 1000
# One 1 km² square per band (thresholds 150, 300, 500): populations 100, 200, 400, 1000.
POPULATIONS = (100, 200, 400, 1000)
POINTS_PER_SQUARE = (2, 0, 1, 5)
# The band statistics' numeric columns the report shows (after group, band and its label).
BAND_NUMBERS = [column.name for column in BAND_STATISTICS.columns if column.in_report][3:]


def points_layer():
    coordinates = [
        (X0 + (2 * square + 0.1 + 0.1 * n) * KM, Y0 + KM / 2)
        for square, count in enumerate(POINTS_PER_SQUARE)
        for n in range(count)
    ]
    return memory_layer(
        [({"id": i}, f"POINT({x} {y})") for i, (x, y) in enumerate(coordinates)],
        geometry="Point",
        fields={"id": FieldType.Int},
        name="punkte",
    )


@pytest.fixture
def analysis(provider, tmp_path):
    """The earlier algorithms' outputs as files, as a planner would have them on disk."""
    areas = memory_layer(
        [
            (
                {"plz": f"1000{i}", "einwohner": people, "qkm": 1.0},
                square_wkt(X0 + 2 * i * KM, Y0, KM),
            )
            for i, people in enumerate(POPULATIONS)
        ]
    )
    files = {name: tmp_path / name for name in ("bands.gpkg", "summary.csv", "stats.csv")}
    files.update({name: tmp_path / name for name in ("crosstab.csv", "distances.csv")})
    processing.run(
        "i40disparity:densitybands",
        {
            "INPUT": areas,
            "POPULATION_FIELD": "einwohner",
            "AREA_FIELD": "qkm",
            "OUTPUT": str(files["bands.gpkg"]),
            "SUMMARY": str(files["summary.csv"]),
            "LABEL_LANGUAGE": 0,
        },
    )
    processing.run(
        "i40disparity:bandstatistics",
        {
            "POINTS": points_layer(),
            "AREAS": str(files["bands.gpkg"]),
            "ITERATIONS": 99,
            "SEED": 1,
            "OUTPUT": str(files["stats.csv"]),
            "LABEL_LANGUAGE": 0,
        },
    )
    processing.run(
        "i40disparity:crosstab",
        {"INPUT": use_cases(), "OUTPUT": str(files["crosstab.csv"]), "LABEL_LANGUAGE": 0},
    )
    facility = memory_layer(
        [({"name": "TH", "category": "TU"}, f"POINT({X0} {Y0})")],
        geometry="Point",
        fields={"name": FieldType.String, "category": FieldType.String},
    )
    processing.run(
        "i40disparity:nearestfacility",
        {
            "INPUT": points_layer(),
            "FACILITIES": facility,
            "RADII": "1,3",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": str(files["distances.csv"]),
        },
    )
    return files


def use_cases():
    return memory_layer(
        [({"land": "BW", "size_class": "1–250"}, None)] * 3
        + [({"land": "HE", "size_class": "15.000+"}, None)],
        geometry="None",
        fields={"land": FieldType.String, "size_class": FieldType.String},
    )


CROSSTAB_CELLS = [
    ["land", "1–250", "250–5.000", "5.000–15.000", "15.000+", "Summe"],
    ["BW", "3", "0", "0", "0", "3"],
    ["HE", "0", "0", "0", "1", "1"],
    ["Summe", "3", "0", "0", "1", "4"],
]  # counted by hand from use_cases()


def join_report():
    """An UNMATCHED table as joinindicators writes it (its schema: side, key, name, reason,
    detail); built by hand, as a join with unmatched keys needs a statistics file."""
    fields = dict.fromkeys(("side", "key", "name", "reason", "detail"), FieldType.String)
    row = {"side": "table", "key": "03152", "name": "Göttingen", "reason": "Kreisreform 2016"}
    return memory_layer([(row, None)], geometry="None", fields=fields, name="join report")


def run_report(analysis, tmp_path, **parameters):
    defaults = {
        "DENSITY_SUMMARY": str(analysis["summary.csv"]),
        "BAND_STATISTICS": [str(analysis["stats.csv"])],
        "CROSSTAB": str(analysis["crosstab.csv"]),
        "DISTANCES": [str(analysis["distances.csv"])],
        "JOIN_REPORTS": [join_report()],
        "LABEL_LANGUAGE": 0,
        "OUTPUT": str(tmp_path / "bericht" / "bericht.html"),
    }
    return processing.run(ALG, {**defaults, **parameters})


def output_rows(path):
    layer = QgsVectorLayer(str(path), path.stem, "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    return [{n: python_value(f[n]) for n in names} for f in layer.getFeatures()]


def tables_by_kind(html):
    return {kind: rows for kind, rows in TableCells(html).tables}


def test_report_tables_hold_the_algorithms_numbers(analysis, tmp_path):
    result = run_report(analysis, tmp_path)
    html_path = tmp_path / "bericht" / "bericht.html"
    assert result["OUTPUT"] == str(html_path)
    assert result["TABLE_COUNT"] == 5
    html = html_path.read_text(encoding="utf-8")
    tables = tables_by_kind(html)

    density = tables["density"]
    assert density[0][3:6] == ["Gebiete (Anzahl)", "Einwohner", "Fläche (km²)"]
    # By hand: one 1 km² area per band, 1,700 inhabitants in all.
    assert [row[:7] for row in density[1:]] == [
        ["alle", "1", "ländlich (≤ 150 E/km²)", "1", "100", "1,0", "5,9"],
        ["alle", "2", "Übergangsraum (> 150 bis 300 E/km²)", "1", "200", "1,0", "11,8"],
        ["alle", "3", "städtisch (> 300 bis 500 E/km²)", "1", "400", "1,0", "23,5"],
        ["alle", "4", "dicht besiedelt (> 500 E/km²)", "1", "1.000", "1,0", "58,8"],
    ]
    assert all(row[7] == "25,0" for row in density[1:])

    stats = tables["band_statistics"]
    # By hand: 8 points (2, 0, 1, 5) over 100, 200, 400 and 1,000 of 1,700 inhabitants;
    # expected = 8 × the population's share, enrichment = points ÷ expected.
    assert [row[3:9] for row in stats[1:]] == [
        ["2", "25,0", "100,0", "5,9", "0,5", "4,25"],
        ["0", "0,0", "75,0", "11,8", "0,9", "0,00"],
        ["1", "12,5", "75,0", "23,5", "1,9", "0,53"],
        ["5", "62,5", "62,5", "58,8", "4,7", "1,06"],
    ]
    # The p-values are random draws: the file's, shown with three decimals.
    p_values = [row[9] for row in stats[1:]]
    assert all(re.fullmatch(r"[01],\d{3}", cell) for cell in p_values), p_values
    written = [round(float(row["p_value"]), 3) for row in output_rows(analysis["stats.csv"])]
    assert [float(cell.replace(",", ".")) for cell in p_values] == written
    assert "p-Werte aus 99 Zufallsverteilungen mit Startwert 1." in html

    assert tables["crosstab"] == CROSSTAB_CELLS
    distances = tables["distances"]
    assert distances[0] == [
        "Gemessen für",
        "Anzahl",
        "Median (km)",
        "Anteil bis 1 km (%)",
        "Anteil bis 3 km (%)",
    ]
    # By hand: the facility at (0, 0) km, the points 0.5 km north of it at 0.1, 0.2, 4.1 and
    # 6.1 to 6.5 km east; the median lies between 6.12 and 6.22 km, 2 of 8 within 1 and 3 km.
    assert distances[1:] == [["points", "8", "6,2", "25,0", "25,0"]]
    assert tables["join"][1] == ["Tabelle", "03152", "Göttingen", "Kreisreform 2016", "–"]


def test_inputs_sources_and_chart(analysis, tmp_path):
    run_report(analysis, tmp_path)
    html = (tmp_path / "bericht" / "bericht.html").read_text(encoding="utf-8")
    parsed = TableCells(html)
    assert parsed.sections[0] == "Eingaben und Quellen"
    # The CSV outputs' metadata, from the .qmd files QGIS wrote beside them.
    for name in ("summary", "stats", "crosstab", "distances"):
        metadata = ET.parse(analysis[f"{name}.csv"].with_suffix(".qmd")).getroot()
        for tag in ("title", "abstract", "rights"):
            assert escape(metadata.find(tag).text) in html, (name, tag)
        assert escape(str(analysis[f"{name}.csv"])) in html
    assert "i40disparity:bandstatistics" in html
    assert "Kein Atlas angegeben." in html
    assert html.count("<li>") == len(set(re.findall(r"<li>(.*?)</li>", html)))
    # Self-contained: the only image is the chart, embedded; nothing is fetched.
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    (chart,) = parsed.images
    assert chart.startswith("data:image/png;base64,")
    image = QImage.fromData(base64.b64decode(chart.split(",", 1)[1]), "PNG")
    assert (image.width(), image.height()) == CHART_SIZE


def test_english_title_and_tables_folder_on_request(analysis, tmp_path):
    folder = tmp_path / "csv"
    result = run_report(
        analysis, tmp_path, LABEL_LANGUAGE=1, TITLE="Bands & <points>", TABLES_FOLDER=str(folder)
    )
    assert result["TABLES_FOLDER"] == str(folder)
    assert sorted(path.name for path in folder.iterdir())[:2] == [
        "01_density_bands.csv",
        "02_points_per_band.csv",
    ]
    html = (tmp_path / "bericht" / "bericht.html").read_text(encoding="utf-8")
    assert "<h1>Bands &amp; &lt;points&gt;</h1>" in html
    # Again with fewer tables: the earlier run's CSVs go, the user's own files stay.
    (folder / "notizen.csv").write_text("meine", encoding="utf-8")
    run_report(analysis, tmp_path, CROSSTAB=None, DISTANCES=None, TABLES_FOLDER=str(folder))
    assert sorted(path.name for path in folder.iterdir()) == [
        "01_dichteklassen.csv",
        "02_punkte_je_dichteklasse.csv",
        "03_nicht_zugeordnet.csv",
        "notizen.csv",
    ]
    assert "All tables also as CSV files in ../csv." in html
    parsed = TableCells(html)
    assert parsed.sections[:2] == ["Inputs and sources", "Density bands"]
    density = tables_by_kind(html)["density"]
    assert density[0][4] == "Population"
    assert density[4][4:7] == ["1,000", "1.0", "58.8"]
    assert '<html lang="en">' in html


def test_csv_tables_hold_the_same_numbers(analysis, tmp_path):
    result = run_report(analysis, tmp_path)
    folder = tmp_path / "bericht" / "bericht_tabellen"
    assert result["TABLES_FOLDER"] == str(folder)
    names = sorted(path.name for path in folder.iterdir())
    assert names == [
        "01_dichteklassen.csv",
        "02_punkte_je_dichteklasse.csv",
        "03_kreuztabelle.csv",
        "04_entfernungen.csv",
        "05_nicht_zugeordnet.csv",
    ]
    assert (folder / names[0]).read_bytes().startswith(b"\xef\xbb\xbf")
    with open(folder / names[1], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][4] == "Anteil Punkte (%)"
    written = [[float(cell.replace(",", ".")) for cell in row[3:]] for row in rows[1:]]
    outputs = [
        [float(row[name]) for name in BAND_NUMBERS] for row in output_rows(analysis["stats.csv"])
    ]
    # Full precision: the numbers the output file holds, only the decimal separator changed.
    assert written == outputs


def test_a_geopackage_table_without_its_fid(provider, tmp_path):
    geopackage = str(tmp_path / "tabellen.gpkg")
    crosstab = {"INPUT": use_cases(), "OUTPUT": geopackage, "LABEL_LANGUAGE": 0}
    processing.run("i40disparity:crosstab", crosstab)
    html_path = tmp_path / "r.html"
    processing.run(ALG, {"CROSSTAB": geopackage, "LABEL_LANGUAGE": 0, "OUTPUT": str(html_path)})
    tables = tables_by_kind(html_path.read_text(encoding="utf-8"))
    assert tables["crosstab"] == CROSSTAB_CELLS


def atlas_folder(tmp_path, width=2000):
    folder = tmp_path / "atlas"
    folder.mkdir()
    image = QImage(width, width // 2, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    assert image.save(str(folder / "industrie_bw.png"), "PNG")
    (folder / "industrie_bw.pdf").write_bytes(b"%PDF-1.4\n")
    index = {
        "language": "de",
        "pages": [
            {
                "type": "industrie",
                "code": "bw",
                "land": "Baden-Württemberg",
                "title": "Anwendungsbeispiele in Baden-Württemberg",
                "subtitle": "über dem Anteil des Verarbeitenden Gewerbes",
                "pdf": "industrie_bw.pdf",
                "png": "industrie_bw.png",
            }
        ],
        "attribution": ["Verwaltungsgebiete: © GeoBasis-DE / BKG 2021 (dl-de/by-2-0)"],
        "parameters": {"LAENDER": "bw"},
    }
    (folder / "atlas_index.json").write_text(json.dumps(index), encoding="utf-8")
    return folder


def test_atlas_pages_embedded_at_reading_size_with_pdf_links(provider, tmp_path):
    folder = atlas_folder(tmp_path)
    result = processing.run(
        ALG, {"ATLAS_FOLDER": str(folder), "OUTPUT": str(tmp_path / "out" / "r.html")}
    )
    assert result["TABLE_COUNT"] == 0
    html = (tmp_path / "out" / "r.html").read_text(encoding="utf-8")
    parsed = TableCells(html)
    (page,) = parsed.images
    image = QImage.fromData(base64.b64decode(page.split(",", 1)[1]), "PNG")
    assert (image.width(), image.height()) == (1400, 700)
    assert parsed.links == ["../atlas/industrie_bw.pdf"]
    assert (tmp_path / "out" / parsed.links[0]).resolve() == folder / "industrie_bw.pdf"
    assert "Anwendungsbeispiele in Baden-Württemberg" in html
    assert "© GeoBasis-DE / BKG 2021" in html
    # The atlas dialog's name for the parameter, not its id.
    assert "Länder to map (abbreviation, name or key, comma-separated): bw" in html
    assert not (tmp_path / "out" / "r_tabellen").exists()


def test_no_input_is_a_clear_error(provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="at least one table or an atlas folder"):
        processing.run(ALG, {"OUTPUT": str(tmp_path / "r.html")})
    assert not (tmp_path / "r.html").exists()


def test_missing_columns_name_table_and_columns(analysis, tmp_path):
    # The cross table given as a distance summary: it lacks measure, n and median_km.
    with pytest.raises(QgsProcessingException, match=r"'crosstab'.*measure, n, median_km"):
        run_report(analysis, tmp_path, DISTANCES=[str(analysis["crosstab.csv"])])


def test_missing_atlas_index_is_a_clear_error(provider, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"atlas_index\.json is missing"):
        processing.run(ALG, {"ATLAS_FOLDER": str(tmp_path), "OUTPUT": str(tmp_path / "r.html")})


def test_unwritable_output_is_a_clear_error(analysis, tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(
        QgsProcessingException, match=r"a_file/bericht.html for .* cannot be written"
    ):
        run_report(analysis, tmp_path, OUTPUT=str(blocker / "bericht.html"))


def test_qgis_process_gives_the_same_tables(analysis, processing_profile, tmp_path):  # noqa: F811
    """The batch form, as ministries run it: the same tables as the run inside QGIS."""
    inputs = {
        "DENSITY_SUMMARY": analysis["summary.csv"],
        "BAND_STATISTICS": analysis["stats.csv"],
        "CROSSTAB": analysis["crosstab.csv"],
        "DISTANCES": analysis["distances.csv"],
        "ATLAS_FOLDER": atlas_folder(tmp_path),
    }
    batch_html = tmp_path / "batch" / "bericht.html"
    command = [QGIS_PROCESS, "run", ALG, "--"]
    command += [f"{name}={path}" for name, path in inputs.items()]
    command += ["LABEL_LANGUAGE=0", f"OUTPUT={batch_html}"]
    environment = processing_profile.environment(QT_QPA_PLATFORM="offscreen")
    result = run_bounded(command, environment)
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert "TABLE_COUNT:\t4" in result.stdout, result.stdout

    in_process = {name: str(path) for name, path in inputs.items()}
    in_process.update(BAND_STATISTICS=[in_process["BAND_STATISTICS"]], LABEL_LANGUAGE=0)
    in_process["DISTANCES"] = [in_process["DISTANCES"]]
    processing.run(ALG, {**in_process, "OUTPUT": str(tmp_path / "python" / "bericht.html")})

    batch = TableCells(batch_html.read_text(encoding="utf-8"))
    python = TableCells((tmp_path / "python" / "bericht.html").read_text(encoding="utf-8"))
    assert [kind for kind, _rows in batch.tables] == [
        "density",
        "band_statistics",
        "crosstab",
        "distances",
    ]
    assert batch.tables == python.tables
    assert batch.sections == python.sections
    assert len(batch.images) == 2  # the chart and the atlas page
    assert batch.links == python.links == ["../atlas/industrie_bw.pdf"]
    assert (batch_html.parent / "bericht_tabellen" / "04_entfernungen.csv").is_file()


@pytest.mark.parametrize("parameter", ["DENSITY_SUMMARY", "BAND_STATISTICS"])
def test_a_missing_input_layer_is_a_clear_error(analysis, tmp_path, parameter):
    missing = str(tmp_path / "weg.csv")
    value = missing if parameter == "DENSITY_SUMMARY" else [str(analysis["stats.csv"]), missing]
    # match=, not the exception kept: its traceback holds Processing's context, and freeing
    # that only at interpreter exit, after QGIS, crashes.
    with pytest.raises(QgsProcessingException, match=f"Incorrect parameter value for {parameter}"):
        run_report(analysis, tmp_path, **{parameter: value})
    assert not (tmp_path / "bericht").exists()


def test_the_report_as_a_reader_sees_it(analysis, tmp_path):
    """Rendered as a browser shows it (kept in tests/artefacts): chart and map drawn."""
    html_path = tmp_path / "bericht" / "bericht.html"
    run_report(analysis, tmp_path, ATLAS_FOLDER=str(atlas_folder(tmp_path)))
    ARTEFACTS.mkdir(exist_ok=True)
    picture = ARTEFACTS / "report_de.png"
    picture.unlink(missing_ok=True)
    environment = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
    command = [sys.executable, str(RENDER_HTML), str(html_path), str(picture)]
    result = run_bounded(command, {**environment, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    image = QImage(str(picture))
    colours_by_row = [
        {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)}
        for y in range(0, image.height(), 3)
    ]
    drawn_rows = [3 * y for y, row in enumerate(colours_by_row) if row != {"#ffffff"}]
    assert image.width() >= 1200 and drawn_rows[-1] > 2000, (image.width(), drawn_rows[-1])
    # The chart's "expected" bars and the atlas page's blue: the embedded images were drawn.
    colours = set().union(*colours_by_row)
    assert EXPECTED_COLOUR.name() in colours
    assert "#336699" in colours
