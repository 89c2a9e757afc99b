"""What may import what (docs/ARCHITECTURE.md): each layer and each core folder only what is
below it, so a change in one place cannot reach back into another."""

import ast
from pathlib import Path

import pytest

PLUGIN = Path(__file__).resolve().parents[2] / "i40_disparity_plugin"
SOURCES = sorted(PLUGIN.rglob("*.py"))
FEATURES = ("density", "indicators", "points")
TOP_LEVEL = ("compat", "paths", "icons")

# Part of the plugin -> the parts it may import from. "core" alone is core's shared modules.
ALLOWED = {
    "core": {"core"},
    "core/readers": {"core", "core/readers"},
    **{f"core/{feature}": {"core", "core/readers", f"core/{feature}"} for feature in FEATURES},
    "core/report": {"core", "core/readers", "core/report", *(f"core/{f}" for f in FEATURES)},
    "gis": {"core*", "gis", *TOP_LEVEL},
    "processing": {"core*", "gis", "processing", *TOP_LEVEL},
    "gui": {"core*", "gis", "gui", *TOP_LEVEL},
}
# Libraries that compute: the docks leave that to algorithms and core.
COMPUTING_LIBRARIES = {"numpy", "pandas", "shapely", "pyproj", "math", "statistics"}


def part_of(module):
    """``core/points`` for i40_disparity_plugin.core.points.spatial, ``gis`` for gis.style,
    ``core`` for core.messages, the module itself for top-level modules."""
    names = module.split(".")[1:]
    if not names:
        return "package"  # the plugin's __init__, which QGIS calls first
    if names[0] == "core" and len(names) > 2:
        return f"core/{names[1]}"
    if names[0] == "core" and len(names) == 2 and (PLUGIN / "core" / names[1]).is_dir():
        return f"core/{names[1]}"
    return names[0]


def module_name(path):
    parts = path.relative_to(PLUGIN.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def plugin_imports(path):
    """(line, module) of every import of the plugin's own modules, relative ones resolved."""
    package = (
        module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    )
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else []))
            if node.module is None:  # from . import a, b: each name is a module
                yield from ((node.lineno, f"{target}.{alias.name}") for alias in node.names)
            else:
                yield node.lineno, target


def external_imports(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level:
            yield node.module.split(".")[0]


def allows(allowed, part):
    return part in allowed or (part.startswith("core") and "core*" in allowed)


RULED = [path for path in SOURCES if part_of(module_name(path)) in ALLOWED]


@pytest.mark.parametrize("path", RULED, ids=lambda p: str(p.relative_to(PLUGIN)))
def test_imports_only_what_its_layer_may(path):
    own = part_of(module_name(path))
    wrong = [
        f"{line}: {target}"
        for line, target in plugin_imports(path)
        if not allows(ALLOWED[own], part_of(target))
    ]
    assert wrong == []


@pytest.mark.parametrize(
    "path", [p for p in SOURCES if "core" in p.parts], ids=lambda p: str(p.relative_to(PLUGIN))
)
def test_core_imports_neither_qgis_nor_qt(path):
    assert set(external_imports(path)) & {"qgis", "PyQt5", "PyQt6", "osgeo"} == set()


@pytest.mark.parametrize(
    "path", [p for p in SOURCES if "gui" in p.parts], ids=lambda p: str(p.relative_to(PLUGIN))
)
def test_docks_do_not_compute(path):
    assert set(external_imports(path)) & COMPUTING_LIBRARIES == set()


def test_the_rules_see_every_layer_and_core_folder():
    parts = {part_of(module_name(path)) for path in SOURCES}
    assert set(ALLOWED) <= parts
    assert {"plugin", *TOP_LEVEL} <= parts  # the composition root and top-level helpers


def test_part_of_names_the_folder_a_module_lives_in():
    assert part_of("i40_disparity_plugin.core.points.spatial") == "core/points"
    assert part_of("i40_disparity_plugin.core.points") == "core/points"
    assert part_of("i40_disparity_plugin.core.messages") == "core"
    assert part_of("i40_disparity_plugin.gis.style") == "gis"
    assert not allows(ALLOWED["processing"], "gui")
    assert not allows(ALLOWED["core/points"], "core/density")
