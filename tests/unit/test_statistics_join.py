"""A statistics file joined to area keys in one call, with the source it is credited to."""

from i40_disparity_plugin.core.indicators.statistics_join import (
    indicator_names,
    join_statistics_file,
    table_rights,
)


def test_a_file_is_read_joined_and_credited_to_its_name(tmp_path):
    path = tmp_path / "bip.csv"
    path.write_text("key;value\n09662000;10,5\n1001;20,0\n", encoding="utf-8")
    result = join_statistics_file(
        path, "csv", ["09662", "01001", "03159"], key_column="key", layer_names=["a", "b", "c"]
    )
    assert result.table.report.table_format == "csv"
    # By hand: the 8-digit key and the key without its leading zero meet the areas' keys.
    assert result.joined.values == [[10.5], [20.0], [None]]
    assert [(u.side, u.key, u.name) for u in result.joined.report.unmatched] == [
        ("layer", "03159", "c")
    ]
    assert result.rights == ["Quelle: bip.csv"]


def test_the_users_statement_of_the_source_comes_first():
    assert table_rights("  INKAR 2019, BBSR  ", ["from the file"], "t.csv") == ["INKAR 2019, BBSR"]
    assert table_rights(" ", ["from the file"], "t.csv") == ["from the file"]
    assert table_rights("", [], "/data/t.csv") == ["Quelle: t.csv"]


def test_indicator_names_are_separated_by_semicolons_or_lines_not_commas():
    text = "BIP je Einwohner; Arbeitslose, Anteil\n\n  Einwohner  ;"
    assert indicator_names(text) == ["BIP je Einwohner", "Arbeitslose, Anteil", "Einwohner"]
    assert indicator_names(" ;\n ") is None
