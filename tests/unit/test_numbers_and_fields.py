"""German and English number formats; guessing fields from official export names."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from i40_disparity_plugin.core.attribution import (
    BKG_VG5000_2021,
    PLZ_OSM_ZENSUS,
    attribution_for_fields,
)
from i40_disparity_plugin.core.field_names import (
    AREA_KM2_FIELD_NAMES,
    POPULATION_FIELD_NAMES,
    guess_field,
)
from i40_disparity_plugin.core.number_format import format_number


@pytest.mark.parametrize(
    ("value", "de", "en"),
    [
        (150, "150", "150"),
        (1000, "1.000", "1,000"),
        (1234567.891, "1.234.567,89", "1,234,567.89"),
        (0.5, "0,5", "0.5"),
        (-0.001, "0", "0"),
    ],
)
def test_format_number(value, de, en):
    assert format_number(value, "de") == de
    assert format_number(value, "en") == en


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
def test_german_and_english_formats_are_the_same_number(value):
    german = format_number(value, "de")
    english = format_number(value, "en")
    assert german.replace(".", "").replace(",", ".") == english.replace(",", "")


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        format_number(1, "fr")


def test_guess_fields_of_the_plz_export():
    names = ["plz", "note", "qkm", "Einwohner"]
    assert guess_field(names, POPULATION_FIELD_NAMES) == "Einwohner"
    assert guess_field(names, AREA_KM2_FIELD_NAMES) == "qkm"
    assert guess_field(["id", "name"], POPULATION_FIELD_NAMES) is None


def test_known_source_is_recognised_by_its_schema_only():
    assert attribution_for_fields(["plz", "note", "QKM", "einwohner"]) == PLZ_OSM_ZENSUS
    assert attribution_for_fields(["plz", "einwohner"]) is None
    vg5000_krs = ["ADE", "GF", "BSG", "ARS", "AGS", "SDV_ARS", "GEN", "BEZ", "NUTS", "WSK"]
    assert attribution_for_fields(vg5000_krs) == BKG_VG5000_2021


def test_fold_umlauts_writes_german_letters_plainly():
    from i40_disparity_plugin.core.text import fold_umlauts

    assert fold_umlauts("fläche größe übersee") == "flaeche groesse uebersee"
    assert fold_umlauts("STRAẞE".lower()) == "strasse"


@pytest.mark.parametrize(
    ("ids", "total", "expected"),
    [
        ([3, 1, 2], None, "3, 1, 2"),
        (list(range(1, 21)), None, ", ".join(str(i) for i in range(1, 21))),
        (list(range(1, 22)), None, ", ".join(str(i) for i in range(1, 21)) + " …"),
        # Only the first few ids at hand, but more of them exist.
        (["01067", "01069"], 50, "01067, 01069 …"),
        ([], None, ""),
    ],
)
def test_id_list_shows_twenty_ids_and_marks_the_rest(ids, total, expected):
    from i40_disparity_plugin.core.text import id_list

    assert id_list(ids, total, limit=20) == expected
