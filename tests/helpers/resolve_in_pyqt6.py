"""Run by the PyQt6 venv's Python (tests/unit/test_qt6_enums.py): resolves Qt enum names
under Qt 6, as QGIS 4 will. Reads JSON from stdin:
  {"python": [[module, "Qt.AlignmentFlag.AlignLeft"], ...], "ui": ["Qt::Vertical", ...]}
and writes the names that do not resolve, each with the reason, as a JSON list.

Python names must resolve as written: PyQt6 has scoped enums only. Designer's C++ names go
through PyQt6.uic's own EnumMap first, as uic does when it loads a form, so an old unscoped
"Qt::Vertical" in a .ui file passes where uic knows it."""

import importlib
import json
import sys

from PyQt6 import QtCore, QtGui, QtWidgets
from PyQt6.uic.enum_map import EnumMap


def resolve(scope, names):
    for name in names:
        scope = getattr(scope, name)
    return scope


def python_failure(module, dotted):
    try:
        qt_module = importlib.import_module("PyQt6." + module.rsplit(".", 1)[-1])
        resolve(qt_module, dotted.split("."))
    except (ImportError, AttributeError) as error:
        return f"{dotted}: {error}"
    return None


def ui_failure(cpp_name):
    # As PyQt6.uic.properties: a bare name is Qt's, Qt's enums are QtCore.Qt's, any other
    # class is a widget, GUI or core class.
    scoped = EnumMap.get(cpp_name if "::" in cpp_name else f"Qt::{cpp_name}", cpp_name)
    first, *rest = scoped.split("::")
    classes = [getattr(module, first, None) for module in (QtWidgets, QtGui, QtCore)]
    try:
        resolve(next(c for c in classes if c is not None), rest)
    except (StopIteration, AttributeError) as error:
        return f"{cpp_name} (as {scoped}): {error or 'no such Qt class'}"
    return None


def main():
    request = json.load(sys.stdin)
    failures = [python_failure(module, dotted) for module, dotted in request["python"]]
    failures += [ui_failure(name) for name in request["ui"]]
    json.dump([failure for failure in failures if failure], sys.stdout)


if __name__ == "__main__":
    main()
