"""What a dock remembers per user between sessions: folders, thresholds, fields, options.

Stored with QgsSettings under ``i40_disparity_plugin/<dock>/<name>``, so each QGIS profile
has its own. A value is restored when the dock is built and stored whenever the user changes
it; values are kept as text, which reads back the same on every QGIS and Qt version.
"""

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import Qt

GROUP = "i40_disparity_plugin"


class Remembered:
    def __init__(self, dock):
        self.prefix = f"{GROUP}/{dock}/"

    def value(self, name, default=""):
        return str(QgsSettings().value(self.prefix + name, default) or default)

    def store(self, name, value):
        QgsSettings().setValue(self.prefix + name, str(value))

    def text(self, edit, name):
        """A line edit's text."""
        edit.setText(self.value(name, edit.text()))
        edit.editingFinished.connect(lambda: self.store(name, edit.text()))

    def number(self, spin, name):
        """A spin box's value."""
        stored = self.value(name)
        if stored.lstrip("-").isdigit():
            spin.setValue(int(stored))
        spin.valueChanged.connect(lambda value: self.store(name, value))

    def choice(self, combo, name):
        """A combo box's entry, by its text: for entries that are names (colour ramps), whose
        order may change between versions."""
        index = combo.findText(self.value(name))
        if index >= 0:
            combo.setCurrentIndex(index)
        combo.currentTextChanged.connect(lambda text: self.store(name, text))

    def option(self, combo, name):
        """A combo box's entry, by its place: for the options of an algorithm's parameter,
        whose order is part of the algorithm's contract and whose texts change with the
        language."""
        stored = self.value(name)
        if stored.isdigit() and int(stored) < combo.count():
            combo.setCurrentIndex(int(stored))
        combo.currentIndexChanged.connect(lambda index: self.store(name, index))

    def check(self, button, name):
        """A check box's (or checkable group box's) state."""
        stored = self.value(name)
        if stored in ("true", "false"):
            button.setChecked(stored == "true")
        button.toggled.connect(lambda checked: self.store(name, "true" if checked else "false"))

    def folder_of(self, file_widget, name):
        """The folder a file was last chosen in, where the file dialog opens next time."""
        folder = self.value(name)
        if folder:
            file_widget.setDefaultRoot(folder)

        def chosen(path):
            if path:
                folder = str(Path(path).parent)
                self.store(name, folder)
                file_widget.setDefaultRoot(folder)

        file_widget.fileChanged.connect(chosen)

    def path(self, file_widget, name):
        """A file widget's path itself (an output folder)."""
        file_widget.setFilePath(self.value(name, file_widget.filePath()))
        file_widget.fileChanged.connect(lambda path: self.store(name, path))

    def field(self, field_combo, name):
        """The name of the field chosen last; ``field_for(names, guess)`` prefers it."""
        field_combo.fieldChanged.connect(lambda field: field and self.store(name, field))

    def field_for(self, name, field_names, guess):
        """The field to preselect among ``field_names``: the one chosen last, if this layer
        has it, else ``guess``."""
        chosen = self.value(name)
        return chosen if chosen in field_names else guess

    def checked_items(self, list_widget, name):
        """The texts of ``list_widget``'s checked items, as ``checked_texts`` reads them."""

        def changed(_item):
            texts = [
                list_widget.item(row).text()
                for row in range(list_widget.count())
                if list_widget.item(row).checkState() == Qt.CheckState.Checked
            ]
            self.store(name, "\n".join(texts))

        list_widget.itemChanged.connect(changed)

    def checked_texts(self, name, default):
        """The texts of the items to check: those checked last, or ``default`` if never."""
        if not QgsSettings().contains(self.prefix + name):
            return set(default)
        return set(filter(None, self.value(name).split("\n")))
