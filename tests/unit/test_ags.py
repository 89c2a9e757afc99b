"""Area keys (AGS/ARS): hand-checked cases, the real BKG keys, reforms, and properties."""

import re
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from i40_disparity_plugin.core.ags import (
    LAND_CODES,
    LAND_NAMES,
    LEVELS,
    REASON_GERMANY,
    REASON_LAND,
    REASON_LENGTH,
    REASON_MISSING,
    REASON_NO_REGIERUNGSBEZIRK,
    REASON_NOT_DIGITS,
    REASON_NOT_WHOLE_NUMBER,
    REASON_OTHER_LEVEL,
    REFORMS,
    AreaKey,
    level_of_keys,
    normalise_key,
    reform_for,
)
from i40_disparity_plugin.core.messages import CoreError

VG5000 = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "vg5000_2021" / "shp"


def read_dbf(name, *fields):
    """Attribute rows of a VG5000 shapefile, read with GDAL's OGR (no QGIS needed)."""
    ogr = pytest.importorskip("osgeo.ogr")
    path = VG5000 / f"{name}.dbf"
    if not path.exists():
        pytest.fail(f"the shared data is missing: {path}")
    source = ogr.Open(str(path))
    return [tuple(feature.GetField(f) for f in fields) for feature in source.GetLayer()]


@pytest.mark.parametrize(
    ("raw", "level", "key", "found"),
    [
        ("01001", None, "01001", "kreis"),
        (" 01001 ", None, "01001", "kreis"),
        ("01 001", None, "01001", "kreis"),  # printed with blanks
        ("09 1 62 000", None, "09162000", "gemeinde"),  # the Gemeindeverzeichnis' print form
        ("01\u00a0001", None, "01001", "kreis"),  # a no-break space from a spreadsheet
        ("1001", None, "01001", "kreis"),  # leading zero lost
        (1001, None, "01001", "kreis"),
        (1001.0, None, "01001", "kreis"),  # read as a float
        ("1001.0", None, "01001", "kreis"),  # a float written back as text
        (1, None, "01", "land"),
        ("16", None, "16", "land"),
        ("051", None, "051", "regierungsbezirk"),
        ("51", "regierungsbezirk", "051", "regierungsbezirk"),  # 51 cannot be a Land
        (1001000, None, "01001000", "gemeinde"),
        (10010000000, None, "010010000000", "ars"),
        ("09662000", None, "09662000", "gemeinde"),  # the Gemeinde Schweinfurt
        ("09662000", "gemeinde", "09662000", "gemeinde"),
        ("09662000", "kreis", "09662", "kreis"),  # the Kreis Schweinfurt written long
        (9662000, "kreis", "09662", "kreis"),  # ... and read as a number
        ("096620000000", "kreis", "09662", "kreis"),  # its ARS
        ("010510011011", "gemeinde", "01051011", "gemeinde"),  # ARS -> AGS
        ("096620000000", "gemeinde", "09662000", "gemeinde"),
        ("05000000", "land", "05", "land"),
        ("05100000", "regierungsbezirk", "051", "regierungsbezirk"),
        ("02000", "land", "02", "land"),  # Hamburg: the Kreis is the Land
        ("11000000", None, "11000000", "gemeinde"),  # Berlin
    ],
)
def test_normalise_key_repairs_what_it_can(raw, level, key, found):
    assert normalise_key(raw, level) == AreaKey(key, found, None)


@pytest.mark.parametrize(
    ("raw", "level", "reason"),
    [
        (None, None, REASON_MISSING),
        ("", None, REASON_MISSING),
        ("   ", "kreis", REASON_MISSING),
        (float("nan"), None, REASON_MISSING),
        ("abc", None, REASON_NOT_DIGITS),
        ("0100l", None, REASON_NOT_DIGITS),
        ("01-001", None, REASON_NOT_DIGITS),
        ("０１００１", None, REASON_NOT_DIGITS),  # full-width digits are not ASCII digits
        (True, None, REASON_NOT_DIGITS),
        (1001.5, None, REASON_NOT_WHOLE_NUMBER),
        (-1001, None, REASON_NOT_WHOLE_NUMBER),
        (float("inf"), None, REASON_NOT_WHOLE_NUMBER),
        ("123456", None, REASON_LENGTH),
        ("1051011", "kreis", REASON_OTHER_LEVEL["gemeinde"]),  # 7 digits: a Gemeinde
        ("0105101", None, REASON_LAND),  # 7 digits and a zero in front: 00105101
        ("123456789", None, REASON_LENGTH),
        ("1234567890123", None, REASON_LENGTH),
        ("17001", None, REASON_LAND),
        ("00001", None, REASON_LAND),
        ("99", None, REASON_LAND),
        ("DG", None, REASON_GERMANY),
        ("de", None, REASON_GERMANY),
        ("0", None, REASON_GERMANY),
        ("00000000", None, REASON_GERMANY),
        ("010", None, REASON_NO_REGIERUNGSBEZIRK),
        ("120", "regierungsbezirk", REASON_NO_REGIERUNGSBEZIRK),
        ("01000000", "regierungsbezirk", REASON_NO_REGIERUNGSBEZIRK),
        ("12", "regierungsbezirk", REASON_OTHER_LEVEL["land"]),  # Brandenburg, not 012
        ("09662001", "kreis", REASON_OTHER_LEVEL["gemeinde"]),  # a Gemeinde inside the Kreis
        ("09662", "gemeinde", REASON_OTHER_LEVEL["kreis"]),
        ("01", "kreis", REASON_OTHER_LEVEL["land"]),
        ("05111", "land", REASON_OTHER_LEVEL["kreis"]),
        ("01051", "ars", REASON_OTHER_LEVEL["kreis"]),
        ("01051011", "ars", REASON_OTHER_LEVEL["gemeinde"]),  # no Verband digits to add
        ("010510011011", "kreis", REASON_OTHER_LEVEL["gemeinde"]),
        ("120605003000", "gemeinde", REASON_OTHER_LEVEL["gemeindeverband"]),  # Amt Biesenthal
    ],
)
def test_normalise_key_rejects_impossible_keys_with_a_reason(raw, level, reason):
    assert normalise_key(raw, level) == AreaKey(None, None, reason)


def test_reasons_have_no_placeholders_so_they_translate_as_they_are():
    reasons = [
        REASON_MISSING,
        REASON_NOT_DIGITS,
        REASON_NOT_WHOLE_NUMBER,
        REASON_LENGTH,
        REASON_LAND,
        REASON_GERMANY,
        REASON_NO_REGIERUNGSBEZIRK,
        *REASON_OTHER_LEVEL.values(),
        *(reform.description for reform in REFORMS),
    ]
    assert all("{" not in reason for reason in reasons)


def test_unknown_level_is_a_core_error_naming_the_levels():
    with pytest.raises(CoreError) as error:
        normalise_key("01001", "bezirk")
    assert error.value.params["levels"] == "land, regierungsbezirk, kreis, gemeinde, ars"


def test_area_keys_are_hashable_values():
    assert len({normalise_key("1001"), normalise_key("01001"), normalise_key(1001.0)}) == 1


def test_lands_names_and_codes():
    assert list(LAND_NAMES) == [f"{number:02d}" for number in range(1, 17)]
    assert list(LAND_CODES) == list(LAND_NAMES)
    assert LAND_CODES["05"] == "NW"
    assert LAND_CODES["08"] == "BW"
    assert LAND_CODES["06"] == "HE"
    assert LAND_CODES["12"] == "BB"
    assert len(set(LAND_CODES.values())) == 16


def test_land_names_are_the_bkg_names():
    lands = {ags: name for ags, name, gf in read_dbf("VG5000_LAN", "AGS", "GEN", "GF") if gf == 9}
    assert lands == LAND_NAMES


def test_every_real_key_normalises_to_itself_at_its_level():
    for name, level in [
        ("VG5000_LAN", "land"),
        ("VG5000_RBZ", "regierungsbezirk"),
        ("VG5000_KRS", "kreis"),
        ("VG5000_GEM", "gemeinde"),
    ]:
        keys = {ags for (ags,) in read_dbf(name, "AGS")}
        for key in keys:
            assert normalise_key(key) == AreaKey(key, level, None), key
            assert normalise_key(key, level) == AreaKey(key, level, None), key
            assert normalise_key(int(key), level).key == key


def test_real_long_forms_reduce_to_the_kreis_and_gemeinde_keys():
    for ags, ags_0, ars_0 in read_dbf("VG5000_KRS", "AGS", "AGS_0", "ARS_0"):
        assert normalise_key(ags_0, "kreis").key == ags
        assert normalise_key(ars_0, "kreis").key == ags
    for ags, ars in read_dbf("VG5000_GEM", "AGS", "ARS"):
        assert normalise_key(ars, "gemeinde").key == ags


def test_reforms_named_in_the_issue():
    goettingen = reform_for("03152")
    assert goettingen.date == "2016-11-01"
    assert goettingen.old_keys == ("03152", "03156")
    assert goettingen.new_key == "03159"
    assert reform_for("03156") is goettingen
    assert reform_for("03159") is goettingen
    assert reform_for(3159) is goettingen
    eisenach = reform_for("16056")
    assert (eisenach.date, eisenach.old_keys, eisenach.new_key) == (
        "2021-07-01",
        ("16056",),
        "16063",
    )
    assert eisenach.description == "16056 Eisenach: merged into Wartburgkreis (16063) on 2021-07-01"
    assert reform_for("16063") is eisenach


def test_reform_for_gemeinde_keys_of_ended_or_new_kreise_only():
    assert reform_for("16056000") is reform_for("16056")  # Eisenach as a Gemeinde, until 2021
    assert reform_for("03152012") is reform_for("03152")
    assert reform_for("031590016") is None  # 9 digits: no key
    assert reform_for("03159016") is reform_for("03159")  # a new Kreis: all keys are new
    # The Wartburgkreis existed before; its Gemeinden kept their keys.
    assert reform_for("16063003") is None
    assert reform_for("09662") is None
    assert reform_for("16") is None
    assert reform_for("abc") is None


def test_reform_keys_against_the_2021_districts():
    districts = {ags for (ags,) in read_dbf("VG5000_KRS", "AGS")}
    for reform in REFORMS:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", reform.date)
        assert reform.new_key in districts
        for old in reform.old_keys:
            assert normalise_key(old, "kreis").key == old
            assert old in reform.description
            # VG5000 is as of 2021-01-01: only Eisenach still existed then.
            assert (old in districts) == (reform.date > "2021-01-01")
        assert f"({reform.new_key})" in reform.description
        assert reform.date in reform.description
    old_keys = [old for reform in REFORMS for old in reform.old_keys]
    assert len(old_keys) == len(set(old_keys))


# Property tests ---------------------------------------------------------------------------

digit_text = st.text(alphabet="0123456789", min_size=1, max_size=13)
levels = st.sampled_from([None, *LEVELS])


@st.composite
def valid_keys(draw):
    """A syntactically valid key and its level."""
    level = draw(st.sampled_from(list(LEVELS)))
    land = draw(st.sampled_from(list(LAND_NAMES)))
    rest = draw(st.text(alphabet="0123456789", min_size=LEVELS[level] - 2, max_size=12))
    key = (land + rest)[: LEVELS[level]]
    assume(not (level == "regierungsbezirk" and key[2] == "0"))
    return key, level


@given(valid_keys())
def test_lost_leading_zeros_are_restored(key_and_level):
    key, level = key_and_level
    for raw in (int(key), str(int(key)), float(int(key)), f" {int(key)} "):
        if level == "regierungsbezirk" and len(str(int(key))) == 2 and key[1:] in LAND_NAMES:
            continue  # 0LL: indistinguishable from the Land LL, so refused
        assert normalise_key(raw, level) == AreaKey(key, level, None)
    if len(str(int(key))) != 2:  # a 2-digit number reads as a Land without a level
        assert normalise_key(int(key)).key == key


@given(digit_text, levels)
def test_normalising_twice_changes_nothing(raw, level):
    once = normalise_key(raw, level)
    if once.is_valid:
        assert normalise_key(once.key, level) == once
        assert normalise_key(once.key) == once  # the result is at its length's level


@given(digit_text, levels)
def test_only_padding_and_reduction_change_the_digits(raw, level):
    area = normalise_key(raw, level)
    if not area.is_valid:
        return

    def derived_from(digits):
        tail = digits[len(area.key) :]
        zero_tail = digits.startswith(area.key) and set(tail) <= {"0"}
        ars_to_ags = len(digits) == 12 and area.key == digits[:5] + digits[9:]
        return zero_tail or ars_to_ags

    # At most one restored zero in front, then a dropped zero tail or Gemeindeverband part.
    assert derived_from(raw) or derived_from("0" + raw)


@given(digit_text, levels, st.lists(st.sampled_from([" ", "\t", "\u00a0"]), max_size=3))
def test_blanks_anywhere_do_not_matter(raw, level, blanks):
    spaced = raw
    for index, blank in enumerate(blanks):
        position = (index * 3) % (len(spaced) + 1)
        spaced = spaced[:position] + blank + spaced[position:]
    assert normalise_key(spaced, level) == normalise_key(raw, level)


@given(st.text(max_size=14), levels)
def test_never_crashes_and_always_says_why(raw, level):
    area = normalise_key(raw, level)
    assert (area.key is None) == (area.reason is not None)
    assert (area.key is None) == (area.level is None)
    if area.is_valid:
        assert len(area.key) == LEVELS[area.level]
        assert area.key.isdigit()


@pytest.mark.parametrize(
    ("values", "level"),
    [
        (["01001", "01002", "09162"], "kreis"),
        (["01001000", "09162000", None, ""], "gemeinde"),  # missing keys do not count
        (["01", "09", "16"], "land"),
        # one key in ten of another level is tolerated, two are not
        (["01001"] * 9 + ["01001000"], "kreis"),
        (["01001"] * 8 + ["01001000"] * 2, None),
        (["10115", "80331", "Berlin"], None),  # postcodes: 5 digits, mostly no Land (80)
        ([None, ""], None),
        ([], None),
    ],
)
def test_level_of_a_sample_of_keys(values, level):
    assert level_of_keys(values) == level
