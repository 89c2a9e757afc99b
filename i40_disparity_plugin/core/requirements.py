"""Third-party packages some tools need, detected by what the plugin calls of them, and what
to tell a user whose QGIS lacks one.

QGIS desktop runs the system Python, which may lack them; the plugin then starts anyway and
says once what is missing. Where QGIS itself can do the work (points in areas with its
spatial index and GEOS, workbooks with GDAL's XLSX driver), the tools use that instead and
nothing is missing. Version strings are not trusted: Debian's own builds may call themselves
"0+unknown", so a package counts as usable when what the plugin calls works.

Pure Python, no QGIS; a package is imported only when a check has to call it.
"""

from __future__ import annotations

import struct
import sys
from collections import namedtuple
from dataclasses import dataclass
from importlib import import_module, util
from pathlib import Path

from .messages import QT_TRANSLATE_NOOP

DEBIAN, WINDOWS, OTHER = "debian", "windows", "other"


@dataclass(frozen=True)
class Requirement:
    module: str  # the import name
    label: str  # how messages name it
    package: str  # the name Debian's apt and the OSGeo4W installer both give it
    # Only for a package whose old versions lack what the plugin calls: module -> bool.
    usable: object = None


@dataclass(frozen=True)
class Missing:
    requirement: Requirement
    too_old: bool  # importable, but without what the plugin calls


# A marked text and its parameters, as gis.i18n.core_text renders it.
Advice = namedtuple("Advice", ["template", "params"])

ADVICE_APT = QT_TRANSLATE_NOOP("core", "Install with: sudo apt install {packages}")
# fmt: off
ADVICE_OSGEO4W = QT_TRANSLATE_NOOP("core", "Install {packages} with the OSGeo4W installer "
                                           "(Advanced Install).")
ADVICE_ADMINISTRATOR = QT_TRANSLATE_NOOP("core", "Ask your administrator to install "
                                                 "{packages} for QGIS's Python.")
# fmt: on


def usable_shapely(module):
    """Whether ``module`` (shapely) has what the plugin calls of shapely 2: geometries from
    WKB, point tests on coordinate arrays, and a tree query with a predicate (``dwithin``
    needs shapely 2 built on GEOS 3.10 or newer). Shapely 1.8, Debian 12's, has none."""
    try:
        square = module.from_wkb(_UNIT_SQUARE_WKB)
        inside = module.intersects_xy(square, [0.5, 2.0], [0.5, 2.0])
        tree = module.STRtree(module.points([0.0], [0.0]))
        pairs = tree.query(module.points([1.0], [0.0]), predicate="dwithin", distance=2.0)
    except Exception:  # whatever fails, that shapely cannot do the plugin's work
        return False
    return [bool(hit) for hit in inside] == [True, False] and pairs.shape == (2, 1)


# POLYGON((0 0, 1 0, 1 1, 0 1, 0 0)) as little-endian WKB: byte order, type, rings, points.
_UNIT_SQUARE_WKB = struct.pack(
    "<BIII10d", 1, 3, 1, 5, 0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0
)


def shapely_usable():
    """Whether QGIS's Python has a shapely the plugin can use (see ``usable_shapely``); the
    one check that picks between shapely's fast paths and QGIS's own engine."""
    try:
        import shapely
    except ImportError:
        return False
    return usable_shapely(shapely)


def openpyxl_usable():
    """Whether workbooks can be read with openpyxl; else GDAL's XLSX driver reads them."""
    return util.find_spec("openpyxl") is not None


PANDAS = Requirement("pandas", "pandas", "python3-pandas")
SHAPELY = Requirement("shapely", "shapely 2", "python3-shapely", usable_shapely)

# Statistics tables, use cases and joins work on pandas data frames.
STATISTICS_REQUIREMENTS = (PANDAS,)
# Nearest facilities are searched with shapely 2's tree; points in areas need no shapely.
SPATIAL_REQUIREMENTS = (SHAPELY,)
ALL_REQUIREMENTS = STATISTICS_REQUIREMENTS + SPATIAL_REQUIREMENTS


def missing_requirements(requirements=ALL_REQUIREMENTS):
    """A ``Missing`` for each requirement that is not importable or lacks what is called."""
    missing = []
    for requirement in requirements:
        if util.find_spec(requirement.module) is None:
            missing.append(Missing(requirement, too_old=False))
        elif requirement.usable is not None and not requirement.usable(
            import_module(requirement.module)
        ):
            missing.append(Missing(requirement, too_old=True))
    return missing


def package_names(missing):
    return ", ".join(m.requirement.label for m in missing)


def current_platform():
    """``DEBIAN`` (Debian, Ubuntu and their derivatives), ``WINDOWS`` or ``OTHER``."""
    if sys.platform == "win32":
        return WINDOWS
    try:
        lines = Path("/etc/os-release").read_text(encoding="utf-8").splitlines()
    except OSError:
        return OTHER
    names = set()
    for line in lines:
        key, _, value = line.partition("=")
        if key in ("ID", "ID_LIKE"):
            names.update(value.strip().strip("\"'").split())
    return DEBIAN if names & {"debian", "ubuntu"} else OTHER


def install_advice(missing, platform=None):
    """What to do about ``missing``, in one short sentence, as an ``Advice``: the system's
    package where it has a fitting one, else the administrator. Never pip: QGIS's Python is
    the system's, and a managed PC lets no user change it."""
    platform = platform or current_platform()
    if platform == OTHER or any(m.too_old for m in missing):
        # A package manager that ships a too old version has no fitting one to offer.
        return Advice(ADVICE_ADMINISTRATOR, {"packages": package_names(missing)})
    packages = " ".join(m.requirement.package for m in missing)
    if platform == DEBIAN:
        return Advice(ADVICE_APT, {"packages": packages})
    return Advice(ADVICE_OSGEO4W, {"packages": packages})
