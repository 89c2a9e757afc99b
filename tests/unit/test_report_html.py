"""The HTML report's core: tables checked and converted, numbers formatted, HTML escaped,
sections in their fixed order, absent sections noted, CSV files for spreadsheets."""

import base64
import csv
import json
from datetime import datetime
from string import Formatter

import pytest
from html_tables import TableCells

from i40_disparity_plugin.core.messages import CoreError
from i40_disparity_plugin.core.number_format import format_number
from i40_disparity_plugin.core.points.placement import LAYER, Placement
from i40_disparity_plugin.core.report.atlas_index import (
    parameters_text,
    read_atlas_index,
    write_atlas_index,
)
from i40_disparity_plugin.core.report.html import MapPage, attribution_lines, render_report
from i40_disparity_plugin.core.report.table_csv import (
    csv_names,
    is_report_csv,
    write_report_csvs,
    write_table_csv,
)
from i40_disparity_plugin.core.report.tables import (
    HIDDEN_COLUMNS_NOTE,
    REPORT_TABLES,
    Source,
    radius_column,
    report_table,
)
from i40_disparity_plugin.core.report.texts import TEXTS

CREATED = datetime(2026, 11, 22, 5, 7)
DENSITY_FIELDS = [
    "group",
    "band",
    "band_label",
    "n_areas",
    "population",
    "area_km2",
    "share_population",
    "share_areas",
    "share_area_km2",
]
# As GDAL writes a CSV output and QGIS reads it back: every cell text, decimal points.
RURAL, DENSE = "ländlich (≤ 150 E/km²)", "dicht besiedelt (> 500 E/km²)"
DENSITY_ROWS = [
    ["alle", "1", RURAL, "3708", "17424358", "237815.284", "21.6931", "45.3467", "66.5645"],
    ["alle", "4", DENSE, "2179", "39815789", "29159.019", "49.5701", "26.6479", "8.1616"],
]
BAND_FIELDS = [
    "group",
    "band",
    "band_label",
    "points",
    "share",
    "cumulative_share",
    "population_share",
    "expected",
    "enrichment",
    "p_value",
    "iterations",
    "seed",
]
BAND_ROWS = [
    [
        "alle",
        1,
        "ländlich",
        3,
        8.57142857142857,
        100.0,
        21.69,
        7.5925770464,
        0.3951,
        0.037,
        999,
        42,
    ],
    ["alle", 4, "dicht", 28, 80.0, 80.0, 49.57, 17.3495313655794, 1.6139, 0.002, 999, 42],
]


def density(name="summary", rights=("PLZ: © OSM",)):
    return report_table("density", Source(name, rights=rights), DENSITY_FIELDS, DENSITY_ROWS)


def test_german_numbers_and_headings_with_units():
    html = render_report("Bericht", "de", CREATED, "0.1.0", [density()])
    (kind, rows), *_ = TableCells(html).tables
    assert kind == "density"
    assert rows[0] == [
        "Gruppe",
        "Klasse",
        "Dichteklasse",
        "Gebiete (Anzahl)",
        "Einwohner",
        "Fläche (km²)",
        "Anteil Einwohner (%)",
        "Anteil Gebiete (%)",
        "Anteil Fläche (%)",
    ]
    # Rounded by hand from DENSITY_ROWS: one decimal for areas and shares.
    assert rows[1] == [
        "alle",
        "1",
        RURAL,
        "3.708",
        "17.424.358",
        "237.815,3",
        "21,7",
        "45,3",
        "66,6",
    ]
    assert rows[2][5:] == ["29.159,0", "49,6", "26,6", "8,2"]


def test_english_numbers_and_headings():
    html = render_report("Report", "en", CREATED, "0.1.0", [density()])
    rows = TableCells(html).tables[0][1]
    assert rows[0][3:6] == ["Areas (number)", "Population", "Area (km²)"]
    assert rows[1][3:] == ["3,708", "17,424,358", "237,815.3", "21.7", "45.3", "66.6"]
    assert "Created on 2026-11-22 05:07" in html and "version 0.1.0" in html
    assert '<html lang="en">' in html


def test_band_statistics_decimals_and_the_iterations_note():
    table = report_table("band_statistics", Source("centres"), BAND_FIELDS, BAND_ROWS)
    html = render_report("Bericht", "de", CREATED, "1", [table])
    rows = TableCells(html).tables[0][1]
    assert len(rows[0]) == 10  # iterations and seed are a note, not columns
    assert rows[1][3:] == ["3", "8,6", "100,0", "21,7", "7,6", "0,40", "0,037"]
    assert "p-Werte aus 999 Zufallsverteilungen mit Startwert 42." in html


def test_a_table_from_partly_placed_points_says_what_is_missing_in_its_section():
    placements = (Placement(18, 37, LAYER, "Nicht verortet: <zentren>"), Placement(5, 5))
    table = report_table("band_statistics", Source("c", placements=placements), BAND_FIELDS, [])
    html = render_report("Bericht", "de", CREATED, "1", [table, density()])
    section = html[html.index('<section id="band_statistics">') :]
    section = section[: section.index("</section>")]
    note = "19 von 37 Einträgen nicht verortet; Liste: Ebene „Nicht verortet: &lt;zentren&gt;“"
    assert section.count('<p class="missing">') == 1  # the complete set adds nothing
    assert f'<p class="missing">{note}</p>' in section
    assert html.count('class="missing"') == 1  # the density summary has no placement


def test_everything_from_data_is_escaped():
    evil = '<script>alert("x")</script>'
    rows = [[evil, "1", "a & b", "1", "1", "1", "1", "1", "1"]]
    source = Source(evil, file=evil, title=evil, abstract=evil, rights=(evil,))
    table = report_table("density", source, DENSITY_FIELDS, rows)
    html = render_report(evil, "de", CREATED, "1", [table])
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert TableCells(html).tables[0][1][1][:3] == [evil, "1", "a & b"]


def test_sections_in_fixed_order_and_absent_ones_noted():
    crosstab = report_table("crosstab", Source("ct"), ["land", "1–250", "Summe"], [["BW", 2, 2]])
    html = render_report("Bericht", "de", CREATED, "1", [crosstab, density()])
    assert TableCells(html).sections == [
        "Eingaben und Quellen",
        "Dichteklassen",
        "Punkte je Dichteklasse gegenüber der Bevölkerung",
        "Kreuztabelle",
        "Entfernungen zur nächsten Einrichtung",
        "Nicht zugeordnete Schlüssel",
        "Karten",
    ]
    assert [kind for kind, _rows in TableCells(html).tables] == ["density", "crosstab"]
    # band statistics, distances, join reports: no table; maps: no atlas
    assert html.count("Keine Tabelle angegeben.") == 3
    assert "Kein Atlas angegeben." in html


def test_attribution_listed_once_in_order():
    sources = [Source("a", rights=("B", "A")), Source("b", rights=("A", "C", ""))]
    assert attribution_lines(sources) == ["B", "A", "C"]


def test_missing_columns_name_the_table_and_the_columns():
    with pytest.raises(CoreError) as raised:
        report_table("distances", Source("entfernungen.csv"), ["measure", "n"], [])
    assert str(raised.value) == "The table 'entfernungen.csv' lacks the columns median_km."


def test_text_in_a_numeric_column_is_an_error():
    rows = [["alle", "1", "x", "viele", "1", "1", "1", "1", "1"]]
    with pytest.raises(CoreError, match=r"'n_areas'.*'viele'"):
        report_table("density", Source("t"), DENSITY_FIELDS, rows)


def test_keys_stay_text_and_join_sides_are_named():
    fields = ["side", "key", "name", "reason", "detail"]
    table = report_table("join", Source("j"), fields, [["layer", "01001", "Flensburg", "r", None]])
    rows = TableCells(render_report("R", "de", CREATED, "1", [table])).tables[0][1]
    assert rows[1] == ["Gebiet", "01001", "Flensburg", "r", "–"]


def test_distance_radius_headings():
    fields = ["measure", "n", "median_km", "within_10km", "within_2_5km"]
    table = report_table(
        "distances", Source("d"), fields, [["Punkte", "35", "4.54", "62.857", None]]
    )
    rows = TableCells(render_report("R", "en", CREATED, "1", [table])).tables[0][1]
    assert rows[0][3:] == ["Share within 10 km (%)", "Share within 2.5 km (%)"]
    assert rows[1] == ["Punkte", "35", "4.5", "62.9", "–"]


def test_images_are_data_uris_and_map_pdfs_relative_links():
    png = b"\x89PNG fake bytes"
    page = MapPage("Baden-Württemberg", "Industrie", png, "atlas/industrie_bw.pdf")
    parsed = TableCells(render_report("R", "de", CREATED, "1", [], maps=[page]))
    assert parsed.images == ["data:image/png;base64," + base64.b64encode(png).decode()]
    assert parsed.links == ["atlas/industrie_bw.pdf"]


def test_csv_german_decimal_comma_and_full_precision(tmp_path):
    path = tmp_path / "t.csv"
    write_table_csv(density(), path, "de")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][5] == "Fläche (km²)"
    assert rows[1] == [
        "alle",
        "1",
        RURAL,
        "3708",
        "17424358",
        "237815,284",
        "21,6931",
        "45,3467",
        "66,5645",
    ]
    write_table_csv(density(), path, "en")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle, delimiter=";"))[1][5] == "237815.284"


def test_csv_names_numbered_in_report_order():
    tables = [density(), density(), report_table("crosstab", Source("c"), ["a", "b"], [])]
    assert csv_names(tables, "de") == [
        "01_dichteklassen_1.csv",
        "02_dichteklassen_2.csv",
        "03_kreuztabelle.csv",
    ]


def test_report_csv_names_recognised():
    assert is_report_csv("03_kreuztabelle.csv") and is_report_csv("12_distances_2.csv")
    assert not is_report_csv("kreuztabelle.csv")
    assert not is_report_csv("03_meine_tabelle.csv")
    assert not is_report_csv("03_kreuztabelle.csv.bak")


def test_fixed_decimals_keep_trailing_zeros():
    assert format_number(17, "de", 1, fixed=True) == "17,0"
    assert format_number(1234.5, "en", 2, fixed=True) == "1,234.50"
    assert format_number(-0.01, "de", 1, fixed=True) == "0,0"


def test_atlas_index_read_and_missing(tmp_path):
    with pytest.raises(CoreError, match=r"atlas_index\.json is missing"):
        read_atlas_index(tmp_path)
    (tmp_path / "p.png").write_bytes(b"x")
    index = {"pages": [{"title": "T", "png": "p.png", "pdf": "p.pdf"}], "attribution": ["A"]}
    (tmp_path / "atlas_index.json").write_text(json.dumps(index), encoding="utf-8")
    atlas = read_atlas_index(tmp_path)
    assert [(p.title, p.png, p.pdf) for p in atlas.pages] == [
        ("T", tmp_path / "p.png", tmp_path / "p.pdf")
    ]
    assert atlas.attribution == ("A",)
    index["pages"][0]["png"] = "gone.png"
    (tmp_path / "atlas_index.json").write_text(json.dumps(index), encoding="utf-8")
    with pytest.raises(CoreError, match=r"gone\.png is missing"):
        read_atlas_index(tmp_path)


def test_an_atlas_index_written_reads_back_with_each_source_once(tmp_path):
    (tmp_path / "dichte_bw.png").write_bytes(b"x")
    page = {"type": "dichte", "code": "bw", "title": "Dichte", "subtitle": "S"}
    page.update(pdf="dichte_bw.pdf", png="dichte_bw.png")
    path = write_atlas_index(tmp_path, "de", [page], ["B", " A ", "B", ""], {"DPI": 150})
    assert path == tmp_path / "atlas_index.json"
    assert json.loads(path.read_text(encoding="utf-8"))["combined_pdf"] == "atlas.pdf"
    atlas = read_atlas_index(tmp_path)
    assert [(p.title, p.subtitle, p.png.name, p.pdf.name) for p in atlas.pages] == [
        ("Dichte", "S", "dichte_bw.png", "dichte_bw.pdf")
    ]
    assert atlas.attribution == ("B", "A")
    assert atlas.parameters == {"DPI": 150}


def test_atlas_parameters_in_one_line():
    parameters = {"POINTS": "Zentren", "FACILITIES": None, "PAGES": ["industrie", "dichte"]}
    assert parameters_text(parameters, "de") == (
        "POINTS: Zentren; FACILITIES: –; PAGES: industrie, dichte"
    )


def test_atlas_parameters_as_a_reader_reads_them():
    # As the atlas index records them: ids, a switch, an integer, page names.
    parameters = {"OVERVIEW": True, "DPI": 1200, "PAGES": ["dichte"], "LAENDER": "Bayern"}
    labels = {"OVERVIEW": "Auch ganz Deutschland", "DPI": "Auflösung (dpi)", "PAGES": "Kartentypen"}
    options = {"PAGES": {"dichte": "Punkte über den Dichteklassen"}}
    assert parameters_text(parameters, "de", labels, options) == (
        "Auch ganz Deutschland: Ja; Auflösung (dpi): 1.200; "
        "Kartentypen: Punkte über den Dichteklassen; LAENDER: Bayern"
    )
    assert parameters_text({"OVERVIEW": False, "DPI": 1200}, "en") == "OVERVIEW: No; DPI: 1,200"


def test_write_report_csvs_replaces_an_earlier_reports_tables_only(tmp_path):
    folder = tmp_path / "tabellen"
    folder.mkdir()
    (folder / "07_kreuztabelle.csv").write_text("alt", encoding="utf-8")  # an earlier report's
    (folder / "notizen.csv").write_text("meine", encoding="utf-8")
    paths = write_report_csvs([density()], folder, "de")
    assert paths == [folder / "01_dichteklassen.csv"]
    assert sorted(path.name for path in folder.iterdir()) == [
        "01_dichteklassen.csv",
        "notizen.csv",
    ]


def test_a_radius_field_is_known_only_in_the_form_nearestfacility_writes():
    assert radius_column("within_2_5km").heading("de") == "Anteil bis 2,5 km (%)"
    assert radius_column("within_010km") is None
    assert radius_column("within_km") is None
    assert radius_column("median_km") is None


@pytest.mark.parametrize("declared", REPORT_TABLES, ids=lambda table: table.name)
def test_hidden_columns_are_named_by_their_note(declared):
    hidden = {column.name for column in declared.columns if not column.in_report}
    if not hidden:
        assert declared.name not in HIDDEN_COLUMNS_NOTE
        return
    note = TEXTS["de"][HIDDEN_COLUMNS_NOTE[declared.name]]
    assert {name for _text, name, _spec, _conv in Formatter().parse(note) if name} == hidden
