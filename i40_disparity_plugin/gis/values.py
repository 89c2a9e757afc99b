"""Attribute values between QGIS and the pure core."""

from qgis.PyQt.QtCore import QVariant


def python_value(value):
    """QGIS hands NULL attributes over as a null QVariant; the core expects None."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value
