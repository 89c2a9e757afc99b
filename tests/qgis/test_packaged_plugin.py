"""The zip users install, tested as users meet it.

`make package` builds dist/i40_disparity_plugin.zip before these tests run. They install it
into throw-away QGIS profiles (QGIS_CUSTOM_CONFIG_PATH) and check
- what the archive holds,
- the QGIS desktop under Xvfb: loading, menu, toolbar, dock, Processing provider, clean unload,
  no Python errors, in English and in German (desktop_probe.py runs inside QGIS and reports;
  desktop_startup.py keeps Python errors from opening modal dialogs that would hang QGIS),
- qgis_process with the command form the README gives, on the real PLZ data.

When QGIS dies in the desktop test ("exited with 134 without a probe report"), run the
command under gdb to see where: put "gdb", "-batch", "-ex", "run", "-ex", "thread apply all
bt", "--args", "/usr/bin/qgis.bin" in place of "qgis" (Debian's /usr/bin/qgis is a script).
"""

import csv
import importlib.util
import json
import os
import shutil
import signal
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import processing
import pytest
from conftest import PLZ_FEATURES, PLZ_GEOJSON, PLZ_POPULATION, SHARED_DATA
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QSettings
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtXml import QDomDocument

from i40_disparity_plugin.compat import Aggregate

PLUGIN = "i40_disparity_plugin"
TESTS_DIR = Path(__file__).resolve().parents[1]
REPO = TESTS_DIR.parent
PLUGIN_ZIP = REPO / "dist" / f"{PLUGIN}.zip"
ARTEFACTS = TESTS_DIR / "artefacts"
DESKTOP_PROBE = Path(__file__).with_name("desktop_probe.py")
DESKTOP_STARTUP = Path(__file__).with_name("desktop_startup.py")

# Debian's /usr/bin/qgis_process wrapper adds --noversioncheck, which qgis_process rejects.
QGIS_PROCESS = "qgis_process.bin"
# xvfb-run's default screen is 640x480x8: too small and too few colours for a useful picture.
XVFB_SCREEN = "-screen 0 1600x1000x24"
# A hung QGIS (e.g. a modal dialog) must fail the test, not block the run.
TIMEOUT_S = 300

# Variables of the test process that must not leak into the QGIS under test: pytest-qgis
# points QGIS_CUSTOM_CONFIG_PATH/QGIS_OPTIONS_PATH at its own profile and sets the offscreen
# platform; the venv's Python settings would change which plugin copy QGIS imports.
NOT_INHERITED = (
    "QGIS_CUSTOM_CONFIG_PATH",
    "QGIS_OPTIONS_PATH",
    "QGIS_PLUGINPATH",
    "QT_QPA_PLATFORM",
    "PYTHONPATH",
    "PYTHONHOME",
    "VIRTUAL_ENV",
)

ZIP_MUST_HOLD = (
    "metadata.txt",
    "__init__.py",
    "resources/icons/plugin.svg",
    "ui/density_bands_panel.ui",
    "ui/atlas_report_panel.ui",
    "templates/atlas_seite.qpt",
    "i18n/i40_disparity_plugin_de.qm",
    "help/de.html",
    "help/en.html",
    "help/help.css",
)

# Every check desktop_probe.py makes; all must be reported, and all must pass.
DESKTOP_CHECKS = (
    "plugin_loaded",
    "plugin_active",
    "menu_in_menu_bar",
    "toolbar_present",
    "provider_registered",
    "algorithm_registered",
    "dock_present",
    "dock_hidden_at_start",
    "dock_action_in_menu",
    "dock_action_in_toolbar",
    "dock_opened_from_menu",
    "task_started",
    "classified_layer_styled",
    "district_dock_present",
    "use_cases_dock_present",
    "atlas_dock_present",
    "density_dock_took_the_new_layer",
    "district_dock_took_the_kreise",
    "district_task_started",
    "district_layer_styled",
    "use_cases_dock_took_the_gemeinden",
    "bands_chosen_for_the_planner",
    "universities_are_the_facilities",
    "unplaced_centres_in_view",
    "centres_placed",
    "band_statistics_in_view",
    "chart_shown",
    "chart_fills_the_dock",
    "atlas_dock_took_the_laender",
    "status_in_full",
    "atlas_has_the_universities",
    "atlas_can_run",
    "atlas_pages_written",
    "report_written",
    "screenshot_saved",
    "unload_returned_true",
    "plugin_gone_from_plugins",
    "menu_removed",
    "menu_title_gone_from_menu_bar",
    "toolbar_removed",
    "dock_removed",
    "district_dock_removed",
    "use_cases_dock_removed",
    "atlas_dock_removed",
    "provider_removed",
    "algorithm_removed",
)

# QGIS user locale -> (menu title, dock title) the desktop must show.
DESKTOP_LANGUAGES = {
    "en_US": ("Industry 4.0 disparities", "Density bands"),
    "de": ("Industrie 4.0 Disparitäten", "Dichteklassen"),
}

OUTPUT_FIELDS = ("area_km2", "density", "band", "band_label")


def _load_enable_plugin():
    """scripts/enable_plugin.py, the code `make deploy` uses (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "enable_plugin", REPO / "scripts" / "enable_plugin.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.enable_plugin


enable_plugin = _load_enable_plugin()


def require_programs(*programs):
    missing = [program for program in programs if shutil.which(program) is None]
    if missing:
        pytest.skip(f"not installed: {', '.join(missing)} (`make setup` installs them)")


def run_bounded(command, env, timeout=TIMEOUT_S):
    """Run ``command``; past ``timeout`` kill it with all its children (Xvfb, qgis.bin)."""
    with subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            stdout, stderr = process.communicate()
            pytest.fail(
                f"{' '.join(command)} did not finish within {timeout} s\n"
                f"stdout:\n{stdout}\nstderr:\n{stderr}"
            )
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


@dataclass(frozen=True)
class QgisProfile:
    """A QGIS settings directory (QGIS_CUSTOM_CONFIG_PATH) with the zip installed."""

    config_dir: Path

    @property
    def profile_dir(self):
        return self.config_dir / "profiles" / "default"

    @property
    def plugin_dir(self):
        return self.profile_dir / "python" / "plugins" / PLUGIN

    def environment(self, **variables):
        env = {name: value for name, value in os.environ.items() if name not in NOT_INHERITED}
        env["QGIS_CUSTOM_CONFIG_PATH"] = str(self.config_dir)
        env.update(variables)
        return env


@pytest.fixture(scope="session")
def plugin_zip():
    assert PLUGIN_ZIP.is_file(), f"{PLUGIN_ZIP} is missing: run `make package` first"
    return PLUGIN_ZIP


@pytest.fixture(scope="session")
def make_profile(plugin_zip, tmp_path_factory):
    """Install the zip into a new profile as `make deploy` does; extra QGIS3.ini settings."""

    def make(name, settings=None):
        profile = QgisProfile(tmp_path_factory.mktemp(name))
        plugins_dir = profile.plugin_dir.parent
        plugins_dir.mkdir(parents=True)
        with zipfile.ZipFile(plugin_zip) as archive:
            archive.extractall(plugins_dir)
        enable_plugin(profile.profile_dir, PLUGIN)
        ini = QSettings(str(profile.profile_dir / "QGIS" / "QGIS3.ini"), QSettings.Format.IniFormat)
        for key, value in (settings or {}).items():
            ini.setValue(key, value)
        ini.sync()
        return profile

    return make


def test_zip_holds_the_built_plugin_and_nothing_else(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as archive:
        names = archive.namelist()
    missing = [name for name in ZIP_MUST_HOLD if f"{PLUGIN}/{name}" not in names]
    assert not missing, f"missing from {plugin_zip.name}: {missing}"
    outside = [name for name in names if not name.startswith(f"{PLUGIN}/")]
    assert not outside, f"entries outside the plugin folder: {outside}"
    unwanted = [
        name
        for name in names
        if "__pycache__" in name
        or name.endswith((".pyc", ".ts"))
        or any(part in ("tests", "test", "conftest.py") for part in Path(name).parts)
        or Path(name).name.startswith("test_")
    ]
    assert not unwanted, f"should not be shipped: {unwanted}"


@pytest.mark.parametrize("user_locale", list(DESKTOP_LANGUAGES))
def test_desktop_loads_shows_and_unloads_the_plugin(user_locale, make_profile):
    require_programs("xvfb-run", "qgis")
    menu_title, dock_title = DESKTOP_LANGUAGES[user_locale]
    profile = make_profile(
        f"desktop-{user_locale}",
        {"locale/overrideFlag": True, "locale/userLocale": user_locale},
    )
    report_path = profile.config_dir / "probe_report.json"
    screenshot = ARTEFACTS / f"desktop_{user_locale}.png"
    screenshot.unlink(missing_ok=True)
    # No QT_QPA_PLATFORM: the desktop draws on Xvfb's display like on a real screen.
    env = profile.environment(
        PYQGIS_STARTUP=str(DESKTOP_STARTUP),
        I40_PROBE_REPORT=str(report_path),
        I40_PROBE_SCREENSHOT=str(screenshot),
        I40_PROBE_AREAS=str(PLZ_GEOJSON),
        I40_PROBE_DISTRICTS=str(SHARED_DATA / "vg5000_2021" / "shp" / "VG5000_KRS.shp"),
        I40_PROBE_TABLE=str(SHARED_DATA / "inkar_2019" / "raw" / "Wirtschaftliche-Leistung.csv"),
        I40_PROBE_GEMEINDEN=str(SHARED_DATA / "vg5000_2021" / "shp" / "VG5000_GEM.shp"),
        I40_PROBE_LAENDER=str(SHARED_DATA / "vg5000_2021" / "shp" / "VG5000_LAN.shp"),
        I40_PROBE_OUTPUT=str(profile.config_dir / "atlas"),
        I40_PROBE_TS=str(REPO / "i18n" / "i40_disparity_plugin_de.ts"),
        I40_PROBE_HELPERS=str(TESTS_DIR / "helpers"),
    )
    command = ["xvfb-run", "-a", "-s", XVFB_SCREEN, "qgis", "--nologo", "--noversioncheck"]
    result = run_bounded([*command, "--code", str(DESKTOP_PROBE)], env)

    assert report_path.is_file(), (
        f"QGIS exited with {result.returncode} without a probe report\n"
        f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    )
    report = json.loads(report_path.read_text(encoding="utf-8"))
    details = json.dumps(report["details"], indent=1, ensure_ascii=False)
    assert report["probe_error"] is None, report["probe_error"]
    not_reported = [name for name in DESKTOP_CHECKS if name not in report["checks"]]
    assert not not_reported, f"the probe did not get to: {not_reported}"
    failed = [name for name, passed in report["checks"].items() if not passed]
    assert not failed, f"failed in the desktop: {failed}\n{details}"
    plugin_file = Path(report["details"]["plugin_file"]).resolve()
    assert plugin_file.is_relative_to(profile.plugin_dir.resolve()), plugin_file
    assert report["python_errors"] == [], "\n\n".join(report["python_errors"])
    assert result.returncode == 0, result.stdout + result.stderr

    image = QImage(str(screenshot))
    assert image.width() >= 1200 and image.height() >= 700, (image.width(), image.height())
    assert screenshot.stat().st_size > 30_000, "the screenshot looks empty"

    # QgsApplication.locale() reports "en" for any English locale.
    assert report["details"]["locale"][:2] == user_locale[:2]
    assert report["details"]["menu_title"] == menu_title
    assert report["details"]["dock_title"] == dock_title
    # The dock at work on the real PLZ areas: fields guessed, every area classified.
    assert report["details"]["preselected_fields"] == ["einwohner", "qkm"]
    assert report["details"]["classified_features"] == PLZ_FEATURES
    assert report["details"]["summary_rows"] == 4, report["details"]["dock_status"]
    assert report["details"]["dock_status"].startswith(f"{PLZ_FEATURES} "), details
    # The district dock at work: key field guessed, the INKAR export read and joined to all 401.
    assert report["details"]["district_key_field"] == "AGS"
    assert report["details"]["district_status"].startswith("401 "), details
    assert report["details"]["district_unmatched_rows"] == 0, details
    walk = report["details"]
    # The use-case dock: the Kreise are not offered as Gemeinden.
    assert walk["gemeinden_offered"] == ["Gemeinden"], details
    # 35 of the 37 centres have a Gemeinde key; the statistics of the 35 say so.
    assert walk["centres_status"].startswith("35 "), details
    assert "2 " in walk["band_statistics_status"] and "37" in walk["band_statistics_status"]
    # ... and name the list of the two by the layer the planner sees in the project.
    lists = [name for name in walk["project_layers"] if name.startswith(("Nicht", "Not"))]
    assert any(name in walk["band_statistics_status"] for name in lists), details
    # The atlas dock: each Land once by name (no "Bayern (Bodensee)", no postcodes).
    assert len(walk["laender_listed"]) == 16 and "Hessen" in walk["laender_listed"], details
    # The atlas drew in the background: the event loop never waited long, progress rose per
    # page, and Cancel ended the run within a second (measured by polling every 0.2 s).
    assert walk["atlas_longest_gap_s"] <= 0.25, details
    assert any(0 < value < 100 for value in walk["atlas_progress"]), details
    assert walk["atlas_cancel_s"] <= 1.0 + 0.2, details
    if "shapely 2" in walk["distances_status"]:  # Debian 12's QGIS Python has shapely 1.8
        assert walk["distances_status"].startswith(("This needs", "Dem Python von QGIS")), details
    else:
        # The two medians answer different questions and differ on the real data.
        medians = {row[0]: row[1] for row in walk["distances"]}
        assert len(set(medians.values())) == len(medians), details
    if user_locale == "de":
        assert walk["english_in_docks"] == [], details


@pytest.fixture(scope="module")
def processing_profile(make_profile):
    require_programs(QGIS_PROCESS)
    assert PLZ_GEOJSON.is_file(), f"test data missing: {PLZ_GEOJSON}"
    # English messages whatever the machine's language, so the error text can be checked.
    return make_profile("qgis-process", {"locale/overrideFlag": True, "locale/userLocale": "en_US"})


def run_density_bands(profile, out_dir, population_field="einwohner", json_output=False):
    """The README's command, with the outputs in ``out_dir`` (bands.gpkg, summary.csv)."""
    command = [QGIS_PROCESS, "run", *(["--json"] if json_output else [])]
    command += [
        "i40disparity:densitybands",
        "--",
        f"INPUT={PLZ_GEOJSON}",
        f"POPULATION_FIELD={population_field}",
        "AREA_FIELD=qkm",
        "THRESHOLDS=150,300,500",
        f"OUTPUT={out_dir / 'bands.gpkg'}",
        f"SUMMARY={out_dir / 'summary.csv'}",
    ]
    return run_bounded(command, profile.environment(QT_QPA_PLATFORM="offscreen"))


@pytest.mark.parametrize("json_output", [False, True], ids=["text", "json"])
def test_qgis_process_classifies_the_plz_areas(json_output, processing_profile, tmp_path):
    result = run_density_bands(processing_profile, tmp_path, json_output=json_output)

    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    if json_output:
        results = json.loads(result.stdout)["results"]
        assert results["CLASSIFIED"] == PLZ_FEATURES, results
    else:
        assert f"CLASSIFIED:\t{PLZ_FEATURES}" in result.stdout, result.stdout

    assert (tmp_path / "summary.csv").is_file()
    output = tmp_path / "bands.gpkg"
    layer = QgsVectorLayer(str(output), "bands", "ogr")
    assert layer.isValid(), f"{output} cannot be opened"
    assert layer.featureCount() == PLZ_FEATURES
    missing = [name for name in OUTPUT_FIELDS if layer.fields().lookupField(name) < 0]
    assert not missing, f"output lacks {missing}; has {layer.fields().names()}"
    population, ok = layer.aggregate(Aggregate.Sum, "einwohner")
    assert ok
    assert population == PLZ_POPULATION


def test_qgis_process_rejects_a_text_population_field(processing_profile, tmp_path):
    result = run_density_bands(processing_profile, tmp_path, population_field="note")

    assert result.returncode != 0, result.stdout
    assert "'note'" in result.stderr and "not numbers" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    assert not (tmp_path / "bands.gpkg").exists()


def test_qgis_process_joins_inkar_and_styles_the_districts(processing_profile, tmp_path):
    """The README's batch example for district indicators, then the choropleth on its result."""
    kreise = SHARED_DATA / "vg5000_2021" / "shp" / "VG5000_KRS.shp"
    inkar = SHARED_DATA / "inkar_2019" / "raw" / "Wirtschaftliche-Leistung.csv"
    environment = processing_profile.environment(QT_QPA_PLATFORM="offscreen")
    joined = tmp_path / "kreise_bip.gpkg"
    join = [QGIS_PROCESS, "run", "--json", "i40disparity:joinindicators", "--"]
    join += [f"INPUT={kreise}", "INPUT_KEY=AGS", f"TABLE={inkar}"]
    join += ["INDICATORS=Bruttoinlandsprodukt je Einwohner", f"OUTPUT={joined}"]
    result = run_bounded(join, environment)
    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout)["results"]
    assert results["MATCHED"] == 401 and results["UNMATCHED_LAYER"] == 0, results
    field = results["INDICATOR_FIELDS"]

    style = tmp_path / "kreise_bip.qml"
    choropleth = [QGIS_PROCESS, "run", "i40disparity:choropleth", "--", f"INPUT={joined}"]
    choropleth += [f"FIELD={field}", "METHOD=1", "CLASSES=4", f"OUTPUT_STYLE={style}"]
    result = run_bounded(choropleth, environment)
    assert result.returncode == 0, result.stderr
    assert "CLASS_COUNT:\t4" in result.stdout, result.stdout
    layer = QgsVectorLayer(str(joined), "kreise", "ogr")
    assert layer.isValid(), joined
    # loadNamedStyle() on a GeoPackage layer prefers the style stored inside the GeoPackage;
    # importNamedStyle() reads exactly the .qml given.
    document = QDomDocument()
    assert document.setContent(style.read_text(encoding="utf-8"))[0]
    ok, message = layer.importNamedStyle(document)
    assert ok, message
    assert len(layer.renderer().rootRule().children()) == 5  # 4 classes and "no data"


def test_qgis_process_band_statistics_equal_the_in_process_ones(
    processing_profile, provider, tmp_path
):
    """Centres placed, counted per density band: qgis_process and Python give one answer."""
    environment = processing_profile.environment(QT_QPA_PLATFORM="offscreen")
    bands = tmp_path / "bands.gpkg"
    centres = tmp_path / "centres.gpkg"
    gemeinden = SHARED_DATA / "vg5000_2021" / "shp" / "VG5000_GEM.shp"
    steps = [
        [
            "i40disparity:densitybands",
            f"INPUT={PLZ_GEOJSON}",
            "POPULATION_FIELD=einwohner",
            "AREA_FIELD=qkm",
            f"OUTPUT={bands}",
        ],
        [
            "i40disparity:referencefacilities",
            "FACILITIES=1",
            f"GEMEINDEN={gemeinden}",
            f"OUTPUT={centres}",
        ],
        [
            "i40disparity:bandstatistics",
            f"POINTS={centres}",
            f"AREAS={bands}",
            "ITERATIONS=199",
            "SEED=7",
            f"OUTPUT={tmp_path / 'stats.csv'}",
        ],
    ]
    for algorithm, *arguments in steps:
        result = run_bounded([QGIS_PROCESS, "run", algorithm, "--", *arguments], environment)
        assert result.returncode == 0, f"{algorithm}: {result.stderr}"
    with open(tmp_path / "stats.csv", encoding="utf-8") as handle:
        batch = [(row["band"], row["points"], row["p_value"]) for row in csv.DictReader(handle)]

    in_process = processing.run(
        "i40disparity:bandstatistics",
        {
            "POINTS": str(centres),
            "AREAS": str(bands),
            "ITERATIONS": 199,
            "SEED": 7,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    python = [
        (str(f["band"]), str(f["points"]), str(f["p_value"])) for f in in_process.getFeatures()
    ]
    assert len(batch) == 4 and sum(int(points) for _band, points, _p in batch) == 35
    assert [(b, n) for b, n, _p in batch] == [(b, n) for b, n, _p in python]
    assert [float(p) for *_x, p in batch] == pytest.approx([float(p) for *_x, p in python])
