"""Mark a plugin as enabled in a QGIS profile, as the Plugin Manager would.

Usage: enable_plugin.py PROFILE_DIR PLUGIN_NAME
"""

import sys
from pathlib import Path

from qgis.PyQt.QtCore import QSettings


def enable_plugin(profile_dir, plugin_name):
    ini = Path(profile_dir) / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue(f"PythonPlugins/{plugin_name}", True)
    settings.sync()


if __name__ == "__main__":
    enable_plugin(*sys.argv[1:3])
