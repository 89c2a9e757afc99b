"""Third-party packages some tools need, checked without importing them.

QGIS desktop runs the system Python, which may lack them; the plugin then starts anyway
(density bands need none) and says once which packages to install and how.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata, util


@dataclass(frozen=True)
class Requirement:
    module: str  # import name, also the distribution's name
    minimum: tuple  # lowest version known to work
    debian_package: str | None  # what `apt install` needs, if Debian ships a fitting version


# Debian 12 ships pandas 1.5 and openpyxl 3.0, which the readers support.
STATISTICS_REQUIREMENTS = (
    Requirement("pandas", (1, 5), "python3-pandas"),
    Requirement("openpyxl", (3, 0), "python3-openpyxl"),
)
# Debian 12 ships shapely 1.8; the bulk spatial index (STRtree over arrays) needs shapely 2.
SPATIAL_REQUIREMENTS = (Requirement("shapely", (2, 0), None),)
ALL_REQUIREMENTS = STATISTICS_REQUIREMENTS + SPATIAL_REQUIREMENTS


def _version_tuple(text):
    parts = []
    for piece in text.split(".")[:2]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def missing_requirements(requirements=ALL_REQUIREMENTS):
    """The requirements that are not importable, or older than their minimum."""
    missing = []
    for requirement in requirements:
        if util.find_spec(requirement.module) is None:
            missing.append(requirement)
            continue
        try:
            version = _version_tuple(metadata.version(requirement.module))
        except metadata.PackageNotFoundError:
            continue  # importable but unregistered (e.g. vendored): trust the import
        if version < requirement.minimum:
            missing.append(requirement)
    return missing


def install_hint(missing):
    """The commands that install ``missing`` for the system Python on Debian/Ubuntu.

    Packages Debian ships in a fitting version come from apt; the others from PyPI with
    --no-deps, because their dependencies (numpy) must stay Debian's: QGIS and GDAL are built
    against those.
    """
    apt = [r.debian_package for r in missing if r.debian_package]
    pip = [
        f"'{r.module}>={'.'.join(map(str, r.minimum))}'" for r in missing if not r.debian_package
    ]
    commands = []
    if apt:
        commands.append(f"sudo apt install {' '.join(apt)}")
    if pip:
        commands.append(
            "python3 -m pip install --user --no-deps --break-system-packages " + " ".join(pip)
        )
    return "; ".join(commands)
