"""Progress and status of a dock, kept in view below its scrolled panel.

A dock widget sizes its content by size hints alone and never asks a wrapping label how tall it
needs to be at its width: a status of three sentences showed its first line only. The footer
gives each of its labels that height itself, whenever the label gets a text or the footer a
width. QLabel tells nobody of a new text, so the footer wraps the labels' setText.
"""

from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget


class DockFooter(QWidget):
    def __init__(self, widgets, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 0, 9, 9)
        for widget in widgets:
            layout.addWidget(widget)
        self.labels = [widget for widget in widgets if isinstance(widget, QLabel)]
        for label in self.labels:
            label.setText = self._fitting_set_text(label)

    def _fitting_set_text(self, label):
        set_text = label.setText

        def fitting(text):
            set_text(text)
            self._fit(label)

        return fitting

    @staticmethod
    def _fit(label):
        label.setMinimumHeight(max(label.heightForWidth(label.width()), 0))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        for label in self.labels:
            self._fit(label)
