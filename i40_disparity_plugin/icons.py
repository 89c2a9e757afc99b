"""Icons of the plugin: the one place that knows where they come from.

They are read from the plugin folder by file path: Qt 6 has no pyrcc, so nothing at run time
depends on compiled resources. resources.qrc stays the manifest of the icons the plugin ships.
"""

from qgis.PyQt.QtGui import QIcon

from .paths import ICON_DIR


def icon(name):
    return QIcon(str(ICON_DIR / name))


def plugin_icon():
    return icon("plugin.svg")
