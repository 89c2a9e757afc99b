"""Third-party packages some tools need, checked without importing them.

QGIS desktop runs the system Python, which may lack them; the plugin then starts anyway
(density bands need none) and says once which packages to install and how.
"""

from dataclasses import dataclass
from importlib import metadata, util


@dataclass(frozen=True)
class Requirement:
    module: str  # import name
    minimum: tuple  # lowest version known to work
    debian_package: str  # what `apt install` needs on Debian/Ubuntu
    pip_name: str


# Debian 12 ships pandas 1.5 and openpyxl 3.0, which the readers support.
STATISTICS_REQUIREMENTS = (
    Requirement("pandas", (1, 5), "python3-pandas", "pandas"),
    Requirement("openpyxl", (3, 0), "python3-openpyxl", "openpyxl"),
)


def _version_tuple(text):
    parts = []
    for piece in text.split(".")[:2]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def missing_requirements(requirements=STATISTICS_REQUIREMENTS):
    """The requirements that are not importable, or older than their minimum."""
    missing = []
    for requirement in requirements:
        if util.find_spec(requirement.module) is None:
            missing.append(requirement)
            continue
        try:
            version = _version_tuple(metadata.version(requirement.pip_name))
        except metadata.PackageNotFoundError:
            continue  # importable but unregistered (e.g. vendored): trust the import
        if version < requirement.minimum:
            missing.append(requirement)
    return missing


def install_hint(missing):
    """The commands that install ``missing`` on Debian/Ubuntu and elsewhere."""
    apt = " ".join(r.debian_package for r in missing)
    pip = " ".join(r.pip_name for r in missing)
    return f"sudo apt install {apt}  |  python3 -m pip install --user {pip}"
