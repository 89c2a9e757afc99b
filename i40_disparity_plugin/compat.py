"""Differences between the QGIS, Qt, GDAL and numpy versions the plugin runs on, in one place.

The rest of the plugin uses the names defined here and never asks for a version itself, so
that dropping an old QGIS is a change of this module alone. Features are detected where
possible: version numbers lie (Debian's shapely, for one, calls itself "0+unknown").
"""

from dataclasses import dataclass
from types import SimpleNamespace

import qgis.core as _qgis_core
from qgis.core import (
    Qgis,
    QgsException,
    QgsField,
    QgsProviderConnectionException,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QMetaType, QVariant

# --- Qt 6 / QGIS 4: field types and the QGIS enums that moved to Qgis.* ----------------------
#
# QGIS 3.22 knows only the old names, QGIS 4 only the new ones, the releases between both. The
# names below resolve to the new ones wherever the running QGIS has them, so that on 3.40 and
# later the plugin already runs on what QGIS 4 keeps (tests/qgis/test_compat.py checks that
# per release). Everything else in the plugin and its tests uses these names: e.g.
# QgsField("plz", FieldType.String), [ProcessingSourceType.VectorPolygon]. Qt's own enums need
# no entry here: PyQt5 5.15 reads the scoped Qt 6 spelling (Qt.AlignmentFlag.AlignLeft) too.


# The field types the plugin makes, each by its name in QMetaType.Type and in QVariant.Type.
# A field's type() is of the same kind as QgsField takes, so it compares with these by ==.
_FIELD_TYPES = {
    "String": ("QString", "String"),
    "Int": ("Int", "Int"),
    "LongLong": ("LongLong", "LongLong"),
    "Double": ("Double", "Double"),
}


def _field_types():
    """QgsField takes QMetaType.Type from QGIS 3.38 on; QVariant.Type, the only one 3.22 takes,
    is deprecated there and gone with Qt 6. Asking QgsField itself beats a version number."""
    try:
        QgsField("probe", QMetaType.Type.QString)
        enum, column = QMetaType.Type, 0
    except TypeError:
        enum, column = QVariant, 1
    return SimpleNamespace(
        **{name: getattr(enum, names[column]) for name, names in _FIELD_TYPES.items()}
    )


FieldType = _field_types()


@dataclass(frozen=True)
class MovedEnum:
    """A QGIS enum that QGIS 4 has as Qgis.<name> only."""

    name: str
    since: int  # Qgis.versionInt() of the release that brought Qgis.<name>
    legacy_owner: str  # the class of qgis.core that held it before
    legacy: dict  # member name in Qgis.<name> -> its name in legacy_owner

    def resolve(self, member):
        """(where, value) of a member: Qgis.<name>.<member> where QGIS has it, else the old one."""
        scoped = getattr(_qgis_core.Qgis, self.name, None)
        if scoped is not None:
            return f"Qgis.{self.name}.{member}", getattr(scoped, member)
        owner = getattr(_qgis_core, self.legacy_owner)
        return f"{self.legacy_owner}.{self.legacy[member]}", getattr(owner, self.legacy[member])


MOVED_ENUMS = []  # every entry below, for the tests


def _moved(name, since, legacy_owner, **legacy):
    entry = MovedEnum(name, since, legacy_owner, legacy)
    MOVED_ENUMS.append(entry)
    return SimpleNamespace(**{member: entry.resolve(member)[1] for member in legacy})


# Each: the name in Qgis, the release it came with (its "versionadded"), the old class, and the
# old name of every member the plugin uses. A member the plugin needs is added here.
GeometryType = _moved(
    "GeometryType",
    33000,
    "QgsWkbTypes",
    Point="PointGeometry",
    Line="LineGeometry",
    Polygon="PolygonGeometry",
)
WkbType = _moved(
    "WkbType",
    33000,
    "QgsWkbTypes",
    NoGeometry="NoGeometry",
    Point="Point",
    GeometryCollection="GeometryCollection",
)
LayoutUnit = _moved("LayoutUnit", 33000, "QgsUnitTypes", Millimeters="LayoutMillimeters")
DistanceUnit = _moved("DistanceUnit", 33000, "QgsUnitTypes", Kilometers="DistanceKilometers")
AreaUnit = _moved(
    "AreaUnit",
    33000,
    "QgsUnitTypes",
    SquareMeters="AreaSquareMeters",
    SquareKilometers="AreaSquareKilometers",
)
LabelPlacement = _moved(
    "LabelPlacement",
    32600,
    "QgsPalLayerSettings",
    OrderedPositionsAroundPoint="OrderedPositionsAroundPoint",
)
LayerFilter = _moved(
    "LayerFilter",
    33400,
    "QgsMapLayerProxyModel",
    PointLayer="PointLayer",
    PolygonLayer="PolygonLayer",
)
ProcessingSourceType = _moved(
    "ProcessingSourceType",
    33600,
    "QgsProcessing",
    Vector="TypeVector",
    VectorAnyGeometry="TypeVectorAnyGeometry",
    VectorPoint="TypeVectorPoint",
    VectorPolygon="TypeVectorPolygon",
)
ProcessingAlgorithmFlag = _moved(
    "ProcessingAlgorithmFlag", 33600, "QgsProcessingAlgorithm", NoThreading="FlagNoThreading"
)
ProcessingParameterFlag = _moved(
    "ProcessingParameterFlag", 33600, "QgsProcessingParameterDefinition", Advanced="FlagAdvanced"
)
ProcessingFieldParameterDataType = _moved(
    "ProcessingFieldParameterDataType", 33600, "QgsProcessingParameterField", Numeric="Numeric"
)
ProcessingNumberParameterType = _moved(
    "ProcessingNumberParameterType",
    33600,
    "QgsProcessingParameterNumber",
    Integer="Integer",
    Double="Double",
)
ProcessingFileParameterBehavior = _moved(
    "ProcessingFileParameterBehavior", 33600, "QgsProcessingParameterFile", Folder="Folder"
)
ProcessingFeatureSourceFlag = _moved(
    "ProcessingFeatureSourceFlag",
    33600,
    "QgsProcessingFeatureSource",
    SkipGeometryValidityChecks="FlagSkipGeometryValidityChecks",
)
FeatureRequestFlag = _moved(
    "FeatureRequestFlag", 33600, "QgsFeatureRequest", NoGeometry="NoGeometry"
)
InvalidGeometryCheck = _moved(
    "InvalidGeometryCheck", 33600, "QgsFeatureRequest", NoCheck="GeometryNoCheck"
)
SpatialIndexPresence = _moved(
    "SpatialIndexPresence", 33600, "QgsFeatureSource", Present="SpatialIndexPresent"
)
Aggregate = _moved("Aggregate", 33600, "QgsAggregateCalculator", Sum="Sum")
ScaleBarSegmentSizeMode = _moved(
    "ScaleBarSegmentSizeMode", 34000, "QgsScaleBarSettings", Fixed="SegmentSizeFixed"
)
# 3.40 has QgsLegendStyle.Style only; 3.44 keeps it as an alias of Qgis.LegendComponent
# ("versionadded:: 3.42"), 4.0 no longer.
LegendComponent = _moved(
    "LegendComponent",
    34200,
    "QgsLegendStyle",
    Hidden="Hidden",
    Title="Title",
    Subgroup="Subgroup",
    SymbolLabel="SymbolLabel",
)


# --- GDAL and provider differences --------------------------------------------------------------

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


# The error of a database connection (QgsAbstractDatabaseProviderConnection): QGIS 3.22's Python
# raises it as QgsException, later releases as QgsProviderConnectionException, a class of its own.
ProviderConnectionError = (QgsException, QgsProviderConnectionException)


def save_metadata_in_database(provider_key, uri, metadata):
    """Store layer metadata in the layer's own database where its provider can (PostgreSQL in
    its qgis_layer_metadata table, not yet in QGIS 3.22); whether it was stored."""
    try:
        provider = QgsProviderRegistry.instance().providerMetadata(provider_key)
        saved = provider.saveLayerMetadata(uri, metadata)
    except QgsException:  # where unsupported: QgsNotSupportedException, which Python sees as this
        return False
    # (stored, reason) where the binding returns the reason, the flag alone elsewhere.
    return bool(saved[0] if isinstance(saved, tuple) else saved)


def stores_styles_in_database(provider):
    """Whether a layer's provider keeps styles in its own database (GeoPackage, PostGIS)."""
    if not hasattr(provider, "styleStorageCapabilities"):  # QGIS < 3.34
        return provider.isSaveAndLoadStyleToDatabaseSupported()
    # Looked up by name: the enum exists only where the method does.
    save = getattr(Qgis, "ProviderStyleStorageCapability").SaveToDatabase  # noqa: B009
    return bool(provider.styleStorageCapabilities() & save)
