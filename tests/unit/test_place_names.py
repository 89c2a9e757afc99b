"""Town names as people write them find their official Gemeinde names (VG5000 2021)."""

from pathlib import Path

import pytest

from i40_disparity_plugin.core.points.place_names import NameIndex, name_keys, normalise_name

GEMEINDEN = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "data"
    / "vg5000_2021"
    / "shp"
    / "VG5000_GEM.dbf"
)


@pytest.fixture(scope="module")
def vg5000_names():
    ogr = pytest.importorskip("osgeo.ogr")
    if not GEMEINDEN.exists():
        pytest.skip(f"{GEMEINDEN} not found")
    source = ogr.Open(str(GEMEINDEN))
    layer = source.GetLayer()
    names = [(feature.GetField("GEN"), feature.GetField("AGS")) for feature in layer]
    assert len(names) == 10997
    return NameIndex(names), dict((ags, name) for name, ags in names)


def found(index_and_names, name):
    index, names = index_and_names
    return sorted(names[ags] for ags in index.find(name))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Frankfurt (Oder)", "frankfurt oder"),
        ("Frankfurt am Main", "frankfurt am main"),
        ("St. Ingbert", "sankt ingbert"),
        ("Sankt Ingbert", "sankt ingbert"),
        ("Mülheim an der Ruhr", "muelheim an der ruhr"),
        ("Muelheim an der Ruhr", "muelheim an der ruhr"),
        ("Neustadt an der Weinstraße", "neustadt an der weinstrasse"),
        ("NEUSTADT AN DER WEINSTRASSE", "neustadt an der weinstrasse"),
        ("Mülheim-Kärlich", "muelheim kaerlich"),
        ("Mülheim Kärlich", "muelheim kaerlich"),
        ("Rostock, Hansestadt", "rostock"),
        ("Hansestadt Rostock", "rostock"),
        ("Lutherstadt Wittenberg", "wittenberg"),
        ("  ", ""),
        (None, ""),
    ],
)
def test_normalised_full_names(name, expected):
    assert normalise_name(name) == expected


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Frankfurt am Main", "frankfurt"),
        ("Frankfurt (Oder)", "frankfurt"),
        ("Halle (Saale)", "halle"),
        ("Halle (Westf.)", "halle"),
        ("Offenbach am Main", "offenbach"),
        ("Offenbach an der Queich", "offenbach"),
        ("Freiburg im Breisgau", "freiburg"),
        ("Rothenburg ob der Tauber", "rothenburg"),
        ("Rothenburg/O.L.", "rothenburg"),
        ("Weiden i.d.OPf.", "weiden"),
        ("Bad Homburg v.d.Höhe", "bad homburg"),
        ("Neustadt an der Weinstraße", "neustadt"),
        ("Mülheim an der Ruhr", "muelheim"),
    ],
)
def test_short_forms(name, short):
    keys = name_keys(name)
    assert short in keys
    assert normalise_name(name) in keys


def test_hyphenated_names_keep_their_second_part():
    assert name_keys("Offenbach-Hundheim") == {"offenbach hundheim"}
    assert name_keys("") == set()


def test_frankfurt_finds_both_frankfurts(vg5000_names):
    assert found(vg5000_names, "Frankfurt") == ["Frankfurt (Oder)", "Frankfurt am Main"]
    assert found(vg5000_names, "frankfurt a.M.") == ["Frankfurt (Oder)", "Frankfurt am Main"]


def test_a_full_name_is_not_made_ambiguous_by_its_short_form(vg5000_names):
    assert found(vg5000_names, "Frankfurt am Main") == ["Frankfurt am Main"]
    assert found(vg5000_names, "Frankfurt/Oder") == ["Frankfurt (Oder)"]
    assert found(vg5000_names, "frankfurt (oder)") == ["Frankfurt (Oder)"]


def test_offenbach_finds_both_offenbachs_but_not_compounds(vg5000_names):
    assert found(vg5000_names, "Offenbach") == ["Offenbach am Main", "Offenbach an der Queich"]


def test_sankt_and_st_find_each_other(vg5000_names):
    assert found(vg5000_names, "Sankt Ingbert") == ["St. Ingbert"]
    assert found(vg5000_names, "St Ingbert") == ["St. Ingbert"]


def test_halle_finds_every_halle(vg5000_names):
    halles = found(vg5000_names, "Halle")
    assert "Halle (Saale)" in halles
    assert "Halle (Westf.)" in halles
    assert "Hallenberg" not in halles
    assert found(vg5000_names, "Halle (Saale)") == ["Halle (Saale)"]
    assert found(vg5000_names, "Halle/Saale") == ["Halle (Saale)"]


@pytest.mark.parametrize(
    ("name", "official"),
    [
        ("Freiburg", "Freiburg im Breisgau"),
        ("Mülheim an der Ruhr", "Mülheim an der Ruhr"),
        ("Muelheim an der Ruhr", "Mülheim an der Ruhr"),
        ("Neustadt an der Weinstrasse", "Neustadt an der Weinstraße"),
        ("Rothenburg ob der Tauber", "Rothenburg ob der Tauber"),
        ("Offenbach a. M.", "Offenbach am Main"),
        ("Dresden", "Dresden"),
        ("MÜNCHEN", "München"),
    ],
)
def test_everyday_names_find_their_gemeinde(vg5000_names, name, official):
    assert official in found(vg5000_names, name)


def test_unknown_names_find_nothing(vg5000_names):
    assert found(vg5000_names, "Atlantis") == []
    assert found(vg5000_names, "") == []
