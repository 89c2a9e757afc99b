"""The zip users install, held to the rules plugins.qgis.org applies to an upload.

`make package` builds dist/i40_disparity_plugin.zip before these tests run. The repository's
upload validator (QGIS-Django, plugins/validator.py) refuses a zip over 25 MB, one that is
not intact, without one top folder named like a Python package holding __init__.py and a
LICENSE, with .pyc files, __pycache__, .git or __MACOSX folders or paths that climb out
(".."); metadata.txt must parse with configparser and give name, description, about,
version, qgisMinimumVersion, author (without "/"), email, tracker and repository, the links
being URLs. The metadata table of the QGIS documentation allows no HTML in description,
about and changelog. Compiled code, native libraries and executables cannot be reviewed, so
none are shipped: only translations and images may be other than text, and then they must
be what their suffix says.
"""

import ast
import configparser
import keyword
import re
import zipfile
from pathlib import PurePosixPath
from urllib.parse import urlparse

import pytest
from conftest import REPO
from qgis.core import Qgis

PLUGIN = "i40_disparity_plugin"
PLUGIN_ZIP = REPO / "dist" / f"{PLUGIN}.zip"

# plugins.qgis.org's PLUGIN_MAX_UPLOAD_SIZE.
MAX_UPLOAD_BYTES = 25_000_000
# The top folder's name as the repository accepts it (it is also the package QGIS imports).
PACKAGE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]+$")
# What the repository's validator requires, and what its plugin pages show besides.
REQUIRED_FIELDS = (
    "name",
    "qgisMinimumVersion",
    "description",
    "about",
    "version",
    "author",
    "email",
    "repository",
    "tracker",
)
RECOMMENDED_FIELDS = ("homepage", "tags", "icon", "experimental", "deprecated", "changelog")
URL_FIELDS = ("repository", "tracker", "homepage")
BOOLEAN_FIELDS = ("experimental", "deprecated")
VERSION = re.compile(r"^\d+(\.\d+){1,3}$")
# QGIS 3 and QGIS 4: a plugin is listed for QGIS 4 by a qgisMaximumVersion of 4.x.
QGIS_VERSION = re.compile(r"^[34]\.\d+(\.\d+)?$")
HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
FORBIDDEN_FOLDERS = ("__pycache__", "__MACOSX", ".git")
# Compiled Python, native libraries and executables, on any platform QGIS runs on.
COMPILED_SUFFIXES = (".pyc", ".pyo", ".pyd", ".so", ".dll", ".dylib", ".exe")
# Files that are not text, allowed by their kind and recognised by their first bytes:
# compiled Qt translations (lrelease) and raster images.
BINARY_SIGNATURES = {
    ".qm": bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"),
    ".png": b"\x89PNG\r\n\x1a\n",
}


@pytest.fixture(scope="module")
def archive():
    assert PLUGIN_ZIP.is_file(), f"{PLUGIN_ZIP} is missing: run `make package` first"
    with zipfile.ZipFile(PLUGIN_ZIP) as opened:
        yield opened


@pytest.fixture(scope="module")
def files(archive):
    """Path in the zip -> content, of every file (folder entries left out)."""
    return {info.filename: archive.read(info) for info in archive.infolist() if not info.is_dir()}


@pytest.fixture(scope="module")
def metadata(files):
    """metadata.txt's [general] section, read as QGIS and the repository read it: with
    configparser's default interpolation (a lone % breaks it) and case-sensitive keys."""
    name = f"{PLUGIN}/metadata.txt"
    assert name in files, f"{name} is missing"
    parser = configparser.ConfigParser()
    parser.optionxform = str
    try:
        parser.read_string(files[name].decode("utf-8"))
        return dict(parser.items("general"))
    except configparser.Error as error:
        pytest.fail(f"metadata.txt does not parse as QGIS reads it: {error}")


def version_tuple(text):
    return tuple(int(part) for part in text.split("."))


def test_zip_is_below_the_upload_limit():
    size = PLUGIN_ZIP.stat().st_size
    assert size < MAX_UPLOAD_BYTES, f"{PLUGIN_ZIP.name} has {size:,} bytes"


def test_zip_is_intact(archive):
    assert archive.testzip() is None


def test_one_top_folder_named_as_the_plugin_package(archive):
    tops = {PurePosixPath(name).parts[0] for name in archive.namelist()}
    assert len(tops) == 1, f"top-level entries: {sorted(tops)}"
    (top,) = tops
    assert PACKAGE_NAME.match(top) and top.isidentifier() and not keyword.iskeyword(top), top
    assert top == PLUGIN, top


def test_init_defines_class_factory(files):
    name = f"{PLUGIN}/__init__.py"
    assert name in files, f"{name} is missing"
    tree = ast.parse(files[name].decode("utf-8"))
    factories = [
        node
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and node.name == "classFactory"
    ]
    assert factories, "__init__.py defines no module-level classFactory"
    assert [arg.arg for arg in factories[0].args.args] == ["iface"]


def test_metadata_has_every_required_and_recommended_field(metadata):
    empty = [
        field
        for field in REQUIRED_FIELDS + RECOMMENDED_FIELDS
        if not metadata.get(field, "").strip()
    ]
    assert not empty, f"metadata.txt lacks or leaves empty: {empty}"


def test_plugin_manager_describes_the_plugin_in_german(metadata):
    # pyplugin_installer reads description and about as key[locale], then key[language].
    for key in ("description", "about"):
        german = metadata.get(f"{key}[de]", "")
        assert german.strip() and german != metadata[key], key
        assert " the " not in german and " of " not in german, german


def test_metadata_versions_parse(metadata):
    version = metadata["version"]
    assert VERSION.match(version), f"version {version!r} is not dotted numbers"
    minimum = metadata["qgisMinimumVersion"]
    assert QGIS_VERSION.match(minimum), f"qgisMinimumVersion {minimum!r}"
    # The QGIS these tests run in must be one the plugin claims to run on.
    major, minor, *_patch = version_tuple(minimum)
    assert major * 10_000 + minor * 100 <= Qgis.QGIS_VERSION_INT, (minimum, Qgis.QGIS_VERSION)
    maximum = metadata.get("qgisMaximumVersion")
    if maximum is not None:
        assert QGIS_VERSION.match(maximum), f"qgisMaximumVersion {maximum!r}"
        assert version_tuple(maximum) >= version_tuple(minimum), (minimum, maximum)


def test_changelog_starts_with_this_version(metadata):
    newest = metadata["changelog"].split()[0]
    assert newest == metadata["version"], f"changelog's newest entry is {newest!r}"


def test_metadata_links_author_email_flags_and_icon(metadata, files):
    for field in URL_FIELDS:
        url = urlparse(metadata[field])
        assert url.scheme in ("http", "https") and url.netloc, f"{field}={metadata[field]!r}"
    assert "/" not in metadata["author"], metadata["author"]
    assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", metadata["email"]), metadata["email"]
    for field in BOOLEAN_FIELDS:
        assert metadata[field] in ("True", "False"), f"{field}={metadata[field]!r}"
    assert f"{PLUGIN}/{metadata['icon']}" in files, f"icon {metadata['icon']!r} is not shipped"


def test_metadata_texts_have_no_html(metadata):
    tagged = [
        field for field in ("description", "about", "changelog") if HTML_TAG.search(metadata[field])
    ]
    assert not tagged, f"HTML in {tagged}"


def test_license_is_in_the_plugin_folder(files):
    shipped = files.get(f"{PLUGIN}/LICENSE")
    assert shipped is not None, "LICENSE is missing from the plugin folder"
    assert shipped == (REPO / "LICENSE").read_bytes(), "the shipped LICENSE is not the repo's"


def test_no_paths_out_of_the_folder_hidden_files_or_caches(archive):
    wrong = []
    for name in archive.namelist():
        parts = PurePosixPath(name).parts
        if name.startswith("/") or "\\" in name or ".." in parts:
            wrong.append(f"{name}: climbs out of the plugin folder")
        elif any(part in FORBIDDEN_FOLDERS for part in parts):
            wrong.append(f"{name}: cache or version-control folder")
        elif any(part.startswith(".") for part in parts):
            wrong.append(f"{name}: hidden")
    assert not wrong, "\n".join(wrong)


def test_no_compiled_code_libraries_or_executables(files):
    compiled = [name for name in files if name.lower().endswith(COMPILED_SUFFIXES)]
    assert not compiled, f"binaries in the zip: {compiled}"


def test_every_file_is_text_or_an_allowed_binary_of_its_kind(files):
    wrong = []
    for name, content in files.items():
        signature = BINARY_SIGNATURES.get(PurePosixPath(name).suffix.lower())
        if signature is not None:
            if not content.startswith(signature):
                wrong.append(f"{name}: not the file type its suffix says")
            continue
        try:
            content.decode("utf-8")
        except UnicodeDecodeError:
            wrong.append(f"{name}: not UTF-8 text")
            continue
        if b"\0" in content:
            wrong.append(f"{name}: holds NUL bytes")
    assert not wrong, "\n".join(wrong)
