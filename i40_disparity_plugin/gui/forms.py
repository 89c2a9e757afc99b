"""Qt Designer forms of the docks, loaded at runtime from the plugin's ui/ folder."""

from qgis.PyQt import uic

from ..paths import UI_DIR


def load_form(file_name):
    """The generated form class of a .ui file, to mix into a widget class."""
    form_class, _base = uic.loadUiType(str(UI_DIR / file_name))
    return form_class
