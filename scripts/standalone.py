"""QGIS without its desktop, for the scripts (demo, bench): application, Processing and the
plugin's provider, loaded from the staged build (`make build`)."""

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "build"))
# QGIS's own Python plugins (the "processing" package) live outside the module path.
sys.path.append("/usr/share/qgis/python/plugins")


# Python must keep the provider alive: the registry does not own it.
_providers = []


def start_qgis(language=None):
    """Initialise QGIS and Processing; return the application (keep it referenced).

    ``language`` ("de") shows the plugin's messages in that language, whatever the machine's.
    """
    # The Makefile exports this; set it too for a script started by hand without a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QLocale

    from i40_disparity_plugin.gis.i18n import install_translator
    from i40_disparity_plugin.processing.provider import I40DisparityProvider

    # QGIS >= 3.40 does not find its own files (the default style with its colour ramps, among
    # them) in a script unless told where it is installed; Debian installs it under /usr.
    QgsApplication.setPrefixPath(os.environ.get("QGIS_PREFIX_PATH", "/usr"), True)
    if language:
        # As a desktop session in that language: QGIS's own messages (read before the
        # application is made), and the plugin's, which asks QGIS for the session's language
        # (gis/i18n.ui_language); QGIS answers from Qt's default locale.
        QgsApplication.setTranslation(language)
        QLocale.setDefault(QLocale(language))
    app = QgsApplication([], False)
    app.initQgis()
    Processing.initialize()
    if language:
        install_translator(language)
    _providers.append(I40DisparityProvider())
    QgsApplication.processingRegistry().addProvider(_providers[-1])
    return app
