"""The atlas as the dock runs it (a task, gui/background.py) on the real shared data: QGIS's
event loop keeps running while the heaviest pages render, progress comes page by page, and
Cancel ends the run within a second.

The pages are the density pages of Hessen and of Germany over all 8,177 PLZ areas, the
heaviest page the plugin draws. The gaps are measured with a 20 ms QTimer in the main thread
(tests/helpers/event_loop_gaps.py); the bounds are wall-clock times, which another test run on
the same two cores can stretch, so they keep a margin over what this machine shows alone
(longest gap about 0.06 s, Cancel about 0.5 s).
"""

import time

import processing
import pytest
from conftest import PLZ_FEATURES, PLZ_GEOJSON, SHARED_DATA
from event_loop_gaps import EventLoopGaps
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTimer

from i40_disparity_plugin.gui.background import BackgroundAlgorithm

VG5000 = SHARED_DATA / "vg5000_2021" / "shp"
DICHTE = 2
LONGEST_GAP_S = 0.25
CANCEL_WITHIN_S = 1.0

pytestmark = pytest.mark.skipif(not SHARED_DATA.exists(), reason="the shared data is missing")


@pytest.fixture
def real_layers(provider, tmp_path):
    """Density bands of all PLZ areas and the shipped centres, as the docks leave them."""
    bands = processing.run(
        "i40disparity:densitybands",
        {
            "INPUT": str(PLZ_GEOJSON),
            "POPULATION_FIELD": "einwohner",
            "AREA_FIELD": "qkm",
            "OUTPUT": str(tmp_path / "bands.gpkg"),
            "LABEL_LANGUAGE": 0,
        },
    )["OUTPUT"]
    centres = processing.run(
        "i40disparity:referencefacilities",
        {
            "FACILITIES": 1,
            "GEMEINDEN": str(VG5000 / "VG5000_GEM.shp"),
            "OUTPUT": str(tmp_path / "zentren.gpkg"),
            "UNPLACED": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    layers = {
        "BANDS": QgsVectorLayer(bands, "Dichteklassen", "ogr"),
        "POINTS": QgsVectorLayer(centres, "Industrie 4.0-Zentren", "ogr"),
        "LAENDER_LAYER": QgsVectorLayer(str(VG5000 / "VG5000_LAN.shp"), "Länder", "ogr"),
    }
    assert all(layer.isValid() for layer in layers.values())
    assert layers["BANDS"].featureCount() == PLZ_FEATURES
    layers["BANDS"].loadDefaultStyle()
    QgsProject.instance().addMapLayers(list(layers.values()))
    yield layers
    QgsProject.instance().removeMapLayers([layer.id() for layer in layers.values()])


def dock_run(layers, folder):
    """The dock's run of the atlas, not started yet; its progress reports and end noted."""
    parameters = {
        **layers,
        "LAENDER": "HE",
        "PAGES": [DICHTE],
        "OVERVIEW": True,
        "LABEL_LANGUAGE": 0,
        "OUTPUT_FOLDER": str(folder),
    }
    run = BackgroundAlgorithm("i40disparity:exportatlas", parameters)
    run.progress = []
    run.ended = None
    run.progressChanged.connect(run.progress.append)
    run.finished.connect(lambda ok, results, message: setattr(run, "ended", (ok, results)))
    return run


def wait_for_end(run, timeout_s=120):
    deadline = time.monotonic() + timeout_s
    while run.ended is None:
        assert time.monotonic() < deadline, "the atlas did not finish"
        QCoreApplication.processEvents()
        time.sleep(0.005)


def test_the_event_loop_runs_while_the_heaviest_pages_render(real_layers, tmp_path):
    folder = tmp_path / "atlas"
    run = dock_run(real_layers, folder)
    with EventLoopGaps() as gaps:
        run.start()
        wait_for_end(run)
    ok, results = run.ended
    assert ok and results["PAGE_COUNT"] == 2
    assert sorted(path.name for path in folder.glob("dichte_*.pdf")) == [
        "dichte_de.pdf",
        "dichte_he.pdf",
    ]
    assert run.progress[-2:] == [50, 100]  # one report per page, as it is done
    assert gaps.ticks > 10
    assert gaps.longest <= LONGEST_GAP_S, f"the event loop stood still {gaps.longest:.3f} s"


def test_cancel_during_the_germany_page_ends_the_run_within_a_second(real_layers, tmp_path):
    folder = tmp_path / "atlas"
    run = dock_run(real_layers, folder)
    cancelled_at = []

    def cancel_during_the_second_page(progress):
        # Hessen is done at 50 %; Germany's page then renders for about a second.
        if progress == 50 and not cancelled_at:
            QTimer.singleShot(200, lambda: (cancelled_at.append(time.monotonic()), run.cancel()))

    run.progressChanged.connect(cancel_during_the_second_page)
    run.start()
    wait_for_end(run)
    ended_at = time.monotonic()
    assert cancelled_at, "the run ended before the cancel was sent"
    ok, _results = run.ended
    assert not ok
    latency = ended_at - cancelled_at[0]
    assert latency <= CANCEL_WITHIN_S, f"Cancel took {latency:.2f} s"
    assert list(folder.iterdir()) == []  # no page kept, no staging folder
