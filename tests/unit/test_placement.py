"""How complete a placed point set is, and the sentence every product built on it shows."""

import pytest

from i40_disparity_plugin.core.points.placement import (
    FILE,
    LAYER,
    TABLE,
    Placement,
    incomplete,
    missing_sentence,
    missing_sentences,
)


def test_missing_records_are_counted():
    assert Placement(18, 37).missing == 19
    assert not Placement(18, 37).complete
    assert Placement(37, 37).complete


@pytest.mark.parametrize(
    "placement",
    [
        Placement(18, 37, LAYER, "Nicht verortet: i40_zentren_partial"),
        Placement(0, 3, FILE, "/data/out/nicht/verortet.gpkg"),  # a path with "/" in it
        Placement(2, 3, TABLE, "public.nv (postgres://db:5432/ministerium)"),
        Placement(5, 5),
    ],
)
def test_a_placement_survives_its_keyword(placement):
    assert Placement.from_keyword(placement.keyword()) == placement


@pytest.mark.parametrize("keyword", ["", "EPSG:25832", "a/b/layer/x", "18/37", "x/37/layer/n"])
def test_other_keywords_are_no_placement(keyword):
    assert Placement.from_keyword(keyword) is None


def test_an_unknown_list_kind_reads_as_no_list():
    assert Placement.from_keyword("1/2/sheet/x") == Placement(1, 2)


def test_the_sentence_says_how_many_are_missing_and_where_the_list_is():
    placement = Placement(18, 37, LAYER, "Nicht verortet: i40_zentren_partial")
    assert missing_sentence(placement, "de") == (
        "19 von 37 Einträgen nicht verortet; Liste: Ebene „Nicht verortet: i40_zentren_partial“"
    )
    assert missing_sentence(placement, "en") == (
        "19 of 37 records not placed; list: layer “Nicht verortet: i40_zentren_partial”"
    )


def test_the_sentence_names_a_file_a_table_or_no_list_and_writes_thousands():
    assert missing_sentence(Placement(1, 3, FILE, "/x/u.csv"), "de").endswith(
        "Liste: Datei /x/u.csv"
    )
    table = Placement(1, 3, TABLE, "public.nv (postgres://db:5432/ministerium)")
    assert missing_sentence(table, "de").endswith(
        "Liste: Tabelle public.nv (postgres://db:5432/ministerium)"
    )
    assert missing_sentence(Placement(0, 12_000), "de") == (
        "12.000 von 12.000 Einträgen nicht verortet; Liste: nicht gespeichert"
    )


def test_complete_and_repeated_placements_give_one_sentence_each_incomplete():
    partial = Placement(18, 37, LAYER, "n")
    assert incomplete([Placement(3, 3), None, partial, partial]) == [partial]
    assert missing_sentences([Placement(3, 3)], "de") == []
    assert len(missing_sentences([partial, Placement(1, 2)], "en")) == 2
