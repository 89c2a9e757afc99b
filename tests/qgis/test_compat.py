"""compat.py's names on the QGIS that runs the tests: each resolves, and from the release the
table names on it is the one QGIS 4 keeps. Run on 3.22 here and on 3.40 and 3.44 in the
chroots (`make test-matrix`), this is what says the plugin already speaks QGIS 4 there."""

import enum

import pytest
from enum_chains import ALL_FILES, chains
from qgis import core, gui
from qgis.core import Qgis, QgsField
from qgis.PyQt.QtCore import QMetaType

from i40_disparity_plugin import compat

QGIS_VERSION = Qgis.versionInt()


@pytest.mark.parametrize("entry", compat.MOVED_ENUMS, ids=lambda entry: entry.name)
def test_a_moved_enum_resolves_to_the_name_qgis_4_keeps_from_the_release_it_came_with(entry):
    # Both ways: an older QGIS that already has Qgis.<name> means the table's release is wrong.
    has_come = entry.since <= QGIS_VERSION
    namespace = getattr(compat, entry.name)
    for member, old in entry.legacy.items():
        where, value = entry.resolve(member)
        scoped, legacy = f"Qgis.{entry.name}.{member}", f"{entry.legacy_owner}.{old}"
        assert where == (scoped if has_come else legacy)
        assert getattr(namespace, member) == value


def test_field_types_are_qmetatype_where_qgis_takes_them():
    takes_qmetatype = QGIS_VERSION >= 33800
    qmetatype = type(QMetaType.Type.QString)
    for name in ("String", "Int", "LongLong", "Double"):
        field_type = getattr(compat.FieldType, name)
        assert (type(field_type) is qmetatype) == takes_qmetatype, name
        assert QgsField("f", field_type).type() == field_type, name


def _resolve(names):
    scope = getattr(core, names[0], None) or getattr(gui, names[0])
    for name in names[1:]:
        scope = getattr(scope, name)
    return scope


def _is_enum_member(value):
    # sip's enums (QGIS 3 on PyQt5) subclass int; QGIS's Python enums are enum.Enum.
    return isinstance(value, enum.Enum) or (isinstance(value, int) and type(value) is not int)


def test_every_qgis_enum_the_code_names_exists_here_under_its_own_enum():
    # What the static checks cannot see: a name this QGIS lacks (QGIS 4 has no
    # QgsLegendStyle.Style, for one) and a member reached through anything but its enum type.
    named = [c for path in ALL_FILES for c in chains(path) if c.is_qgis]
    assert "QgsFeatureSink.Flag.FastInsert" in {c.text for c in named}  # not a vacuous pass
    wrong = []
    for chain in named:
        try:
            value = _resolve(chain.names)
        except AttributeError as error:
            wrong.append(f"{chain}: {error}")
            continue
        if _is_enum_member(value) and _resolve(chain.names[:-1]) is not type(value):
            wrong.append(f"{chain}: a {type(value).__qualname__}")
    assert wrong == []
