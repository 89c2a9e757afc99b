"""exportatlas from qgis_process, as ministries run it: the same pages as inside QGIS."""

import json
import subprocess

import processing
import pytest
from conftest import PLZ_GEOJSON, SHARED_DATA

# The qgis_process set-up of the packaging tests: the built zip in a throw-away profile.
from test_packaged_plugin import (  # noqa: F401 (fixtures)
    QGIS_PROCESS,
    make_profile,
    plugin_zip,
    processing_profile,
    run_bounded,
)

VG5000 = SHARED_DATA / "vg5000_2021" / "shp"


@pytest.mark.skipif(not SHARED_DATA.exists(), reason="the shared data is missing")
def test_qgis_process_writes_the_same_pages(provider, processing_profile, tmp_path):  # noqa: F811
    universities = str(tmp_path / "hochschulen.gpkg")
    processing.run(
        "i40disparity:referencefacilities",
        {
            "FACILITIES": 0,
            "PLZ_AREAS": str(PLZ_GEOJSON),
            "GEMEINDEN": str(VG5000 / "VG5000_GEM.shp"),
            "OUTPUT": universities,
            "UNPLACED": "TEMPORARY_OUTPUT",
        },
    )
    parameters = {
        "LAENDER_LAYER": str(VG5000 / "VG5000_LAN.shp"),
        "LAENDER": "HE",
        "PAGES": "1",  # hochschulen; qgis_process passes a multiple enum as text
        "OVERVIEW": "false",
        "POINTS": universities,
        "FACILITIES": universities,
        "DPI": "60",
        "LABEL_LANGUAGE": "0",
    }
    batch = tmp_path / "batch"
    command = [QGIS_PROCESS, "run", "i40disparity:exportatlas", "--"]
    command += [f"{name}={value}" for name, value in parameters.items()]
    command.append(f"OUTPUT_FOLDER={batch}")
    result = run_bounded(command, processing_profile.environment(QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert "PAGE_COUNT:\t1" in result.stdout, result.stdout

    inside = tmp_path / "inside"
    processing.run(
        "i40disparity:exportatlas",
        {**parameters, "PAGES": [1], "OVERVIEW": False, "OUTPUT_FOLDER": str(inside)},
    )
    pages = [
        json.loads((folder / "atlas_index.json").read_text())["pages"] for folder in (batch, inside)
    ]
    assert pages[0] == pages[1]
    assert [page["pdf"] for page in pages[0]] == ["hochschulen_he.pdf"]
    text = subprocess.run(
        ["pdftotext", str(batch / "hochschulen_he.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Industrie 4.0 und technische Hochschulen: Hessen" in text
    assert "© GeoBasis-DE / BKG 2021" in text
