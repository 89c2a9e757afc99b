"""The enum names a source file spells out (Qt.AlignmentFlag.AlignLeft, FieldType.String ...),
found by AST, for the tests that keep the code ready for Qt 6 and QGIS 4."""

import ast
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PLUGIN_DIR = REPO / "i40_disparity_plugin"
COMPAT = PLUGIN_DIR / "compat.py"


def python_files(*folders):
    return sorted(
        path
        for folder in folders
        for path in folder.rglob("*.py")
        if not any(part.startswith(".") or part == "__pycache__" for part in path.parts)
    )


PLUGIN_FILES = python_files(PLUGIN_DIR)
ALL_FILES = python_files(PLUGIN_DIR, REPO / "tests", REPO / "scripts")


@dataclass(frozen=True)
class Chain:
    """Root.Attr.Attr as written, cut before the first attribute that starts in lower case
    (a method or a value: Qt.AlignmentFlag.AlignLeft.value -> Qt.AlignmentFlag.AlignLeft)."""

    path: Path
    line: int
    module: str  # where the root name comes from: "qgis.PyQt.QtCore", "qgis.core", "compat"
    names: tuple
    called: bool  # Root.Attr(...): a nested class or a constructor, not an enum member

    @property
    def text(self):
        return ".".join(self.names)

    def __str__(self):
        return f"{self.path.relative_to(REPO)}:{self.line}: {self.text}"

    @property
    def is_qt(self):
        return self.module.startswith(("qgis.PyQt.", "PyQt5."))

    @property
    def is_qgis(self):
        return self.module in ("qgis.core", "qgis.gui", "qgis.analysis")


def _module_of(node):
    if node.level == 0 and node.module == "i40_disparity_plugin.compat":
        return "compat"
    if node.level > 0 and node.module == "compat":
        return "compat"
    return "." * node.level + (node.module or "")


def chains(path):
    """Every attribute chain whose root is a name imported (anywhere in the file) by name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    origin = {}
    parents = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                origin[alias.asname or alias.name] = _module_of(node)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or isinstance(parents.get(node), ast.Attribute):
            continue  # only the outermost attribute of a chain
        attributes, root = [], node
        while isinstance(root, ast.Attribute):
            attributes.insert(0, root)
            root = root.value
        if not isinstance(root, ast.Name) or root.id not in origin:
            continue
        kept = []
        for attribute in attributes:
            if not attribute.attr[0].isupper():
                break
            kept.append(attribute)
        if kept:
            parent = parents.get(kept[-1])
            called = isinstance(parent, ast.Call) and parent.func is kept[-1]
            names = (root.id, *(a.attr for a in kept))
            yield Chain(path, node.lineno, origin[root.id], names, called)


def compat_table():
    """From compat.py's source: {namespace: {member: (legacy owner, legacy member) or None}}.

    Read by AST, not by import, so that the unit tests need no QGIS: every ``X = _moved(name,
    since, owner, Member="LegacyMember", ...)`` and the field types of _FIELD_TYPES.
    """
    table = {}
    for node in ast.parse(COMPAT.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.Assign) or not isinstance(node.targets[0], ast.Name):
            continue
        target, value = node.targets[0].id, node.value
        if isinstance(value, ast.Call) and getattr(value.func, "id", "") == "_moved":
            owner = ast.literal_eval(value.args[2])
            table[target] = {k.arg: (owner, ast.literal_eval(k.value)) for k in value.keywords}
        elif target == "_FIELD_TYPES":
            table["FieldType"] = dict.fromkeys(ast.literal_eval(value))
    return table
