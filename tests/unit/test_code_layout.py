"""House rules that the code's shape must keep (docs/ARCHITECTURE.md): .ui files, Qt 6 names."""

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from enum_chains import ALL_FILES, COMPAT, chains, compat_table

REPO = Path(__file__).resolve().parents[2]
CORE = REPO / "i40_disparity_plugin" / "core"
UI_FILES = sorted((REPO / "ui").glob("*.ui"))


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_there_are_ui_files():
    assert UI_FILES


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: p.name)
def test_ui_files_load_qgis_widgets_from_python_and_have_a_plain_root(path):
    root = ET.parse(path).getroot()
    assert root.find("connections") is None, "signals are connected in Python"
    headers = [h.text for h in root.iter("header")]
    assert all(h == "qgis.gui" for h in headers), headers
    top_widget = root.find("widget")
    assert top_widget.get("class") == "QWidget", "docks are created in Python"


# Qt 6 and QGIS 4 (compat.py): the names they drop stay out of every module but compat.
OUTSIDE_COMPAT = [path for path in ALL_FILES if path != COMPAT]


def _chains_outside_compat():
    return [chain for path in OUTSIDE_COMPAT for chain in chains(path)]


def test_field_types_come_from_compat_not_qvariant():
    # QVariant.Type is gone in Qt 6; compat.FieldType is QMetaType.Type where QGIS takes it.
    qvariant = [str(c) for c in _chains_outside_compat() if c.is_qt and c.names[0] == "QVariant"]
    assert qvariant == []


def test_no_module_but_compat_names_a_qgis_enum_that_moved():
    legacy = {old for members in compat_table().values() for old in members.values() if old}
    named = [
        str(c)
        for c in _chains_outside_compat()
        if c.is_qgis and len(c.names) >= 2 and (c.names[0], c.names[-1]) in legacy
    ]
    assert named == []


def test_enum_members_are_named_through_their_enum():
    # Qt 6 and QGIS 4 have scoped enums only: Qt.AlignmentFlag.AlignLeft, QgsFeatureSink.Flag
    # .FastInsert. A member right on its class (Qt.AlignLeft) is the Qt 5 spelling; calls are
    # nested classes (QgsLayoutExporter.PdfExportSettings()), capitals are constants.
    unscoped = [
        str(c)
        for c in _chains_outside_compat()
        if (c.is_qt or c.is_qgis)
        and len(c.names) == 2
        and not c.called
        and not c.names[1].isupper()
    ]
    assert unscoped == []


def test_event_loops_run_by_exec_not_exec_underscore():
    # PyQt6 has exec() only; PyQt5 has both.
    calls = [
        f"{path.relative_to(REPO)}:{node.lineno}"
        for path in ALL_FILES
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr == "exec_"
    ]
    assert calls == []


def test_every_compat_name_the_code_uses_is_in_its_table():
    table = compat_table()
    unknown = [
        str(c)
        for c in _chains_outside_compat()
        if c.module == "compat" and c.names[0] in table and c.names[1] not in table[c.names[0]]
    ]
    assert unknown == []


def test_the_enum_checks_see_what_the_code_names():
    # Guards the collection: the checks above would pass on nothing at all.
    named = {c.text for c in _chains_outside_compat()}
    assert {"ProcessingSourceType.VectorPolygon", "Qt.CheckState.Checked"} <= named
    assert ("QgsProcessing", "TypeVectorPolygon") in compat_table()["ProcessingSourceType"].values()
