"""Icons of the plugin: the one place that knows where they come from.

They are compiled from resources.qrc into resources_rc.py at build time; when QGIS moves to
Qt 6 (no pyrcc), only this module changes to plain file paths.
"""

from qgis.PyQt.QtGui import QIcon

from .. import resources_rc  # noqa: F401 - registers the ":/plugins/..." resources

_PREFIX = ":/plugins/i40_disparity_plugin/icons/"


def icon(name):
    return QIcon(_PREFIX + name)


def plugin_icon():
    return icon("plugin.svg")
