"""The help page shipped with the plugin (help/de.html, help/en.html): one section per dock and
one per algorithm, named by the dock's anchor or the algorithm's name."""

from qgis.PyQt.QtCore import QUrl

from ..paths import PLUGIN_DIR
from .i18n import ui_language

HELP_DIR = PLUGIN_DIR / "help"


def help_url(section):
    """The URL of ``section`` of the help page in QGIS's language (German or English)."""
    url = QUrl.fromLocalFile(str(HELP_DIR / f"{ui_language()}.html"))
    url.setFragment(section)
    return url
