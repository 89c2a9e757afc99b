"""A second QGIS, as a colleague on another machine has it: its own profile, no state of the
test process. Run with QGIS_CUSTOM_CONFIG_PATH set to that profile:

    python3 postgis_profile.py save-connection NAME URI   save a PostgreSQL connection by name
    python3 postgis_profile.py read-table URI             what QGIS shows of a table, as JSON
"""

import json
import os
import sys

from qgis.core import QgsApplication, QgsProviderRegistry, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QSettings

# As a saved connection is stored: user name and password with it.
STORED_CREDENTIALS = {"saveUsername": True, "savePassword": True}


def save_connection(name, uri):
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(uri, STORED_CREDENTIALS), name)
    return {"saved": sorted(metadata.connections())}


def read_table(uri):
    layer = QgsVectorLayer(uri, "table", "postgres")  # loads the default style, as QGIS does
    renderer = layer.renderer()
    return {
        "valid": layer.isValid(),
        "title": layer.metadata().title(),
        "abstract": layer.metadata().abstract(),
        "rights": layer.metadata().rights(),
        "renderer": renderer.type() if renderer else None,
        "categories": [c.label() for c in getattr(renderer, "categories", list)()],
    }


def main(command, *arguments):
    QgsApplication.setPrefixPath(os.environ.get("QGIS_PREFIX_PATH", "/usr"), True)
    # The profile's QGIS3.ini, which qgis_process and the desktop read, not a bare script's.
    profile = os.path.join(os.environ["QGIS_CUSTOM_CONFIG_PATH"], "profiles", "default")
    QCoreApplication.setOrganizationName("QGIS")
    QCoreApplication.setApplicationName("QGIS3")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, profile)
    app = QgsApplication([], False, profile)
    app.initQgis()
    answer = {"save-connection": save_connection, "read-table": read_table}[command](*arguments)
    print(json.dumps(answer))
    app.exitQgis()


if __name__ == "__main__":
    main(*sys.argv[1:])
