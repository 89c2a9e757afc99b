"""QGIS fields of a declared result table (core/output_tables.py), and the input fields that
stay beside it."""

from qgis.core import QgsField, QgsFields

from ..compat import FieldType
from ..core.field_names import replaced_fields
from ..core.output_tables import BIG_INTEGER, INTEGER, REAL, TEXT
from .i18n import ui_language

_FIELD_TYPES = {
    TEXT: FieldType.String,
    INTEGER: FieldType.Int,
    BIG_INTEGER: FieldType.LongLong,
    REAL: FieldType.Double,
}


def qgs_field(column):
    """The column as a field, its heading in the UI language as alias: the field name is the
    public contract, the alias what an attribute table shows a planner."""
    field = QgsField(column.name, _FIELD_TYPES[column.type])
    field.setAlias(column.heading(ui_language()))
    return field


def qgs_fields(table, before=None):
    """The table's columns as QgsFields, after the fields ``before`` (e.g. the input's)."""
    fields = QgsFields(before) if before is not None else QgsFields()
    for column in table.columns:
        fields.append(qgs_field(column))
    return fields


def kept_input_fields(fields, new_names):
    """(the fields that stay, their indices in ``fields``, the names replaced) when fields
    named ``new_names`` are added to the input's ``fields``."""
    replaced = replaced_fields(fields.names(), new_names)
    kept = [i for i, field in enumerate(fields) if field.name() not in replaced]
    kept_fields = QgsFields()
    for index in kept:
        kept_fields.append(fields.at(index))
    return kept_fields, kept, replaced
