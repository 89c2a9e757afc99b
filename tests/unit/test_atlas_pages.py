"""The atlas's page types, texts and Länder list (pure core, no QGIS)."""

import pytest

from i40_disparity_plugin.core.messages import CoreError
from i40_disparity_plugin.core.report.atlas_pages import (
    GERMANY,
    PAGE_NAMES,
    PAGE_TYPES,
    area_name,
    index_entry,
    legend_entry_text,
    page_code,
    page_texts,
    parse_laender,
    scale_bar_step,
    sources_lines,
    threshold_sentence,
    unique_lines,
)

INDUSTRIE, HOCHSCHULEN, DICHTE = PAGE_TYPES


def test_page_types_in_the_contract_order():
    assert PAGE_NAMES == ("industrie", "hochschulen", "dichte")
    assert [page.area_parameter for page in PAGE_TYPES] == ["DISTRICTS", "FACILITIES", "BANDS"]


def test_laender_by_abbreviation_name_and_key_in_order_without_repeats():
    assert parse_laender("BW,HE,NW,BB") == ["08", "06", "05", "12"]
    assert parse_laender(" bayern ; 16 ;Nordrhein-Westfalen, nrw,9") == ["09", "16", "05"]
    assert parse_laender("Baden-Württemberg,3") == ["08", "03"]


def test_an_unknown_land_is_named_with_the_valid_ones():
    with pytest.raises(CoreError) as caught:
        parse_laender("BW,Bavaria-Nord,HE")
    message = str(caught.value)
    assert "'Bavaria-Nord'" in message
    assert "BW (Baden-Württemberg, 08)" in message
    assert "TH (Thüringen, 16)" in message


def test_key_17_is_no_land_and_an_empty_list_is_refused():
    with pytest.raises(CoreError, match="'17'"):
        parse_laender("17")
    with pytest.raises(CoreError, match="No Land"):
        parse_laender(" , ")


def test_page_codes_and_area_names():
    assert [page_code(key) for key in ("08", "11", "12", "04")] == ["bw", "be", "bb", "hb"]
    assert area_name("nw", "de") == "Nordrhein-Westfalen"
    assert area_name("nw", "en") == "Nordrhein-Westfalen"
    assert area_name(GERMANY, "de") == "Deutschland"
    assert area_name(GERMANY, "en") == "Germany"


def test_german_texts_name_the_area_the_points_and_the_indicator():
    texts = page_texts(
        INDUSTRIE,
        "he",
        "de",
        points="Anwendungsbeispiele",
        areas="kreise",
        indicator="Beschäftigte Sekundärer Sektor 2017 (%)",
    )
    assert texts.title == "Industrie 4.0 und Industrie in den Kreisen: Hessen"
    assert texts.subtitle == (
        "Anwendungsbeispiele über den Kreisen, Flächenfarbe: "
        "Beschäftigte Sekundärer Sektor 2017 (%)"
    )
    # Wrapped for the legend column: 39 characters do not fit in one line of 32.
    assert texts.legend_title == "Beschäftigte Sekundärer Sektor\n2017 (%)"
    assert texts.parameters == (
        "Kreise nach „Beschäftigte Sekundärer Sektor 2017 (%)“, Klassen aus dem Stil der "
        "Ebene kreise"
    )


def test_english_texts_of_the_density_page_for_germany():
    texts = page_texts(
        DICHTE, GERMANY, "en", points="Use cases", areas="bands", thresholds="150, 300"
    )
    assert texts.title == "Industry 4.0 and population density: Germany"
    assert texts.subtitle.startswith("Use cases over the population density bands")
    assert texts.legend_title == "Inhabitants per km²"
    assert texts.parameters == "Density bands of the layer bands: 150, 300"


def test_thresholds_from_the_density_layers_description():
    german = (
        "Dichteklassen der Bevölkerung. Fläche: Feld 'qkm' (km²). Schwellenwerte (Einwohner "
        "je km²): 150, 300, 500; Klasse 1 ist Dichte ≤ dem ersten Schwellenwert."
    )
    assert threshold_sentence(german) == "Schwellenwerte (Einwohner je km²): 150, 300, 500"
    english = "Area: measured. Thresholds (inhabitants per km²): 100.5, 1000; band 1 is …"
    assert threshold_sentence(english) == "Thresholds (inhabitants per km²): 100.5, 1000"
    # As written since 0.7: the list as the language writes it, the sentence ended by a period.
    written = "Fläche: Feld 'qkm'. Schwellenwerte (Einwohner je km²): 150,5; 300; 1.000. Klasse 1"
    assert threshold_sentence(written) == "Schwellenwerte (Einwohner je km²): 150,5; 300; 1.000"
    assert threshold_sentence("Indicators joined.") == ""
    assert threshold_sentence("") == ""


def test_sources_keep_each_line_once_then_parameters_and_credit():
    texts = page_texts(HOCHSCHULEN, "bb", "de", points="Zentren", facilities="TH")
    lines = sources_lines(["© BKG", "Hochschulkompass", " © BKG ", ""], texts, "de")
    assert lines == [
        "© BKG",
        "Hochschulkompass",
        "Punkte: Zentren; Hochschulen: TH",
        "Karte: QGIS-Plugin Industrie 4.0 Disparitäten, Projektion ETRS89-LAEA (EPSG:3035)",
    ]
    assert unique_lines(["b", "a", "b"]) == ["b", "a"]
    # A reader's words only: no algorithm id or file of the plugin.
    assert not any("i40disparity" in line or ".csv" in line for line in lines)


def test_index_entry_has_the_files_relative_to_the_folder():
    texts = page_texts(HOCHSCHULEN, "bw", "de", points="P", facilities="F")
    assert index_entry(HOCHSCHULEN, "bw", "de", texts) == {
        "type": "hochschulen",
        "code": "bw",
        "land": "Baden-Württemberg",
        "title": "Industrie 4.0 und technische Hochschulen: Baden-Württemberg",
        "subtitle": "P und F, mit Kreis- und Landesgrenzen",
        "pdf": "hochschulen_bw.pdf",
        "png": "hochschulen_bw.png",
    }


def test_scale_bar_steps_are_round_and_near_12_mm():
    # 1.37 km per mm: 12 mm are 16.4 km; 20 km is nearer in ratio (1.22) than 10 km (1.64).
    assert scale_bar_step(1.37) == 20
    # Germany on the page, 5.6 km per mm: 67.2 km wanted; 50 km (ratio 1.34) beats 100 (1.49).
    assert scale_bar_step(5.6) == 50
    assert scale_bar_step(0.2) == 2
    assert scale_bar_step(0.001) == 1


def test_long_legend_entries_break_at_spaces():
    # 36 characters: one too many for a line of 34.
    assert legend_entry_text("transitional (> 150 to 300 inh./km²)") == (
        "transitional (> 150 to 300\ninh./km²)"
    )
    assert legend_entry_text("dicht besiedelt (> 500 E/km²)") == "dicht besiedelt (> 500 E/km²)"
