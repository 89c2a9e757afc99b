"""The plugin must start in a QGIS whose Python lacks pandas, openpyxl or shapely 2 (Debian's
QGIS runs the system Python); the tools that need them import them only when they run.
What QGIS itself imports (qgis.core imports shapely since 3.40) is not the plugin's doing."""

import json
import subprocess
import sys
from pathlib import Path

BUILD = Path(__file__).resolve().parents[2] / "build"
HEAVY = ("pandas", "openpyxl", "shapely")


def test_starting_the_plugin_imports_none_of_the_optional_packages():
    script = (
        "import json, sys\n"
        "import qgis.core, qgis.gui, processing\n"
        "before = set(sys.modules)\n"
        "import i40_disparity_plugin.plugin, i40_disparity_plugin.processing.provider\n"
        f"print(json.dumps([m for m in {list(HEAVY)!r} if m in set(sys.modules) - before]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=BUILD,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            # QGIS puts its own Python plugins ("processing") on the path; so does this.
            "PYTHONPATH": f"{BUILD}:/usr/share/qgis/python/plugins",
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
