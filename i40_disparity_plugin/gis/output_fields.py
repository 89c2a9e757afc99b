"""QGIS fields of a declared result table (core/output_tables.py)."""

from qgis.core import QgsField, QgsFields

from ..compat import FieldType
from ..core.output_tables import BIG_INTEGER, INTEGER, REAL, TEXT

_FIELD_TYPES = {
    TEXT: FieldType.String,
    INTEGER: FieldType.Int,
    BIG_INTEGER: FieldType.LongLong,
    REAL: FieldType.Double,
}


def qgs_field(column):
    return QgsField(column.name, _FIELD_TYPES[column.type])


def qgs_fields(table, before=None):
    """The table's columns as QgsFields, after the fields ``before`` (e.g. the input's)."""
    fields = QgsFields(before) if before is not None else QgsFields()
    for column in table.columns:
        fields.append(qgs_field(column))
    return fields
