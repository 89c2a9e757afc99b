"""Every Qt enum the plugin and its forms name resolves under PyQt6, as QGIS 4 runs it.

PyQt6 comes from its own venv (`make .venv-qt6/.installed`, a prerequisite of `make test-unit`),
without Debian's PyQt5 beside it; the Makefile names its Python in I40_QT6_PYTHON. Without it
this test fails rather than skips: a skipped check would let Qt 5-only names back in unnoticed.
"""

import json
import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from enum_chains import PLUGIN_FILES, REPO, chains

QT6_PYTHON = Path(os.environ.get("I40_QT6_PYTHON", REPO / ".venv-qt6" / "bin" / "python"))
RESOLVER = REPO / "tests" / "helpers" / "resolve_in_pyqt6.py"
UI_FILES = sorted((REPO / "ui").glob("*.ui"))


def python_enum_names():
    return sorted({(c.module, c.text) for path in PLUGIN_FILES for c in chains(path) if c.is_qt})


def ui_enum_names():
    """The C++ enum names the forms set: <enum>Qt::Vertical</enum>, <set>A|B</set>."""
    names = set()
    for ui_file in UI_FILES:
        for element in ET.parse(ui_file).getroot().iter():
            if element.tag in ("enum", "set") and element.text:
                names.update(value.strip() for value in element.text.split("|"))
    return sorted(names)


def unresolved_under_pyqt6(python_names, ui_names):
    if not QT6_PYTHON.is_file():
        raise AssertionError(f"no PyQt6 venv at {QT6_PYTHON}: run `make .venv-qt6/.installed`")
    request = json.dumps({"python": python_names, "ui": ui_names})
    result = subprocess.run(
        [str(QT6_PYTHON), str(RESOLVER)],
        input=request,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_plugin_and_its_forms_name_qt_enums():
    # Guards the collection itself: an empty list would pass the check below vacuously.
    assert ("qgis.PyQt.QtCore", "Qt.ItemDataRole.UserRole") in python_enum_names()
    assert "QAbstractItemView::NoEditTriggers" in ui_enum_names()


def test_every_qt_enum_the_plugin_names_resolves_under_pyqt6():
    assert unresolved_under_pyqt6(python_enum_names(), ui_enum_names()) == []


def test_the_check_tells_qt5_only_names():
    assert unresolved_under_pyqt6(
        [["qgis.PyQt.QtCore", "Qt.AlignLeft"], ["qgis.PyQt.QtCore", "QVariant.String"]],
        ["QAbstractItemView::NoSuchTriggers"],
    ) == [
        "Qt.AlignLeft: type object 'Qt' has no attribute 'AlignLeft'",
        "QVariant.String: type object 'QVariant' has no attribute 'String'",
        "QAbstractItemView::NoSuchTriggers (as QAbstractItemView::NoSuchTriggers): "
        "type object 'QAbstractItemView' has no attribute 'NoSuchTriggers'",
    ]
