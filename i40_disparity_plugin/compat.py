"""Differences between the QGIS, Qt, GDAL and numpy versions the plugin runs on, in one place.

The rest of the plugin uses the names defined here and never asks for a version itself, so
that dropping an old QGIS is a change of this module alone. Features are detected where
possible: version numbers lie (Debian's shapely, for one, calls itself "0+unknown").
"""

from qgis.core import Qgis
from qgis.PyQt.QtCore import QMetaType

# Field types compared as QMetaType values: QVariant.Type (QGIS 3 on Qt 5) carries the same
# numbers, and QGIS 4 on Qt 6 has QMetaType alone.
_JSON_STORAGE = QMetaType.Type.QVariantMap
_TEXT = QMetaType.Type.QString


def is_json_text_field(field):
    """True for a field that GDAL types as JSON text (GDAL >= 3.10 does so for a GeoJSON
    property whose values mix strings and numbers, e.g. postcodes). QGIS 3.40 makes it a map
    and parses each value as JSON, which loses every key with a leading zero; 3.44 makes it a
    string field of mixed values that cannot be written back. Such fields are read as text."""
    return field.typeName().upper() == "JSON" and field.type() in (_JSON_STORAGE, _TEXT)


def stores_styles_in_database(provider):
    """Whether a layer's provider keeps styles in its own database (GeoPackage, PostGIS)."""
    if hasattr(provider, "styleStorageCapabilities"):  # QGIS >= 3.34
        capabilities = provider.styleStorageCapabilities()
        return bool(capabilities & Qgis.ProviderStyleStorageCapability.SaveToDatabase)
    return provider.isSaveAndLoadStyleToDatabaseSupported()
