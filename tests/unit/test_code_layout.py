"""House rules that the code's shape must keep (DESIGN.md)."""

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

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


@pytest.mark.parametrize("path", sorted(CORE.glob("*.py")), ids=lambda p: p.name)
def test_core_imports_neither_qgis_nor_qt(path):
    forbidden = [m for m in imported_modules(path) if m.split(".")[0] in ("qgis", "PyQt5")]
    assert forbidden == []


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
