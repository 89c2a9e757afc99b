"""A chart image in a dock: as wide as the dock allows, opened at full size or saved as PNG.

A dock is narrow (about 400 pixels), the algorithm's chart is drawn for a page; shrunk to the
dock alone its labels cannot be read, so the full image is always one click away.
"""

import shutil

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import QDialog, QFileDialog, QLabel, QScrollArea, QVBoxLayout

from .slots import reports_errors

MARGIN = 24  # pixels of the dock beside the image: its layout's margins and a scroll bar


class ChartView:
    def __init__(self, label, enlarge_button, save_button, status_label):
        self.label = label
        self.enlarge_button = enlarge_button
        self.save_button = save_button
        self.status_label = status_label
        self.path = None
        self.pixmap = QPixmap()
        enlarge_button.clicked.connect(self.enlarge)
        save_button.clicked.connect(self.save)
        self.clear()

    def show(self, path):
        self.path = str(path)
        self.pixmap = QPixmap(self.path)
        self.fit()
        for button in (self.enlarge_button, self.save_button):
            button.setVisible(not self.pixmap.isNull())

    def clear(self):
        self.path = None
        self.pixmap = QPixmap()
        self.label.clear()
        self.enlarge_button.hide()
        self.save_button.hide()

    def fit(self):
        """Scale the image to the width the dock has now (never beyond its own size)."""
        if self.pixmap.isNull():
            return
        available = self.label.parentWidget().width() - MARGIN
        width = max(120, min(available, self.pixmap.width()))
        self.label.setPixmap(
            self.pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )

    @reports_errors
    def enlarge(self):
        dialog = QDialog(self.label.window())
        dialog.setWindowTitle(QCoreApplication.translate("ChartView", "Chart"))
        image = QLabel()
        image.setPixmap(self.pixmap)
        scroll = QScrollArea(dialog)
        scroll.setWidget(image)
        layout = QVBoxLayout(dialog)
        layout.addWidget(scroll)
        screen = self.label.screen().availableGeometry()
        dialog.resize(
            min(self.pixmap.width() + 2 * MARGIN, screen.width()),
            min(self.pixmap.height() + 2 * MARGIN, screen.height()),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    @reports_errors
    def save(self):
        target, _filter = QFileDialog.getSaveFileName(
            self.label.window(),
            QCoreApplication.translate("ChartView", "Save chart"),
            "",
            QCoreApplication.translate("ChartView", "PNG image (*.png)"),
        )
        if not target:
            return
        if not target.lower().endswith(".png"):
            target += ".png"
        shutil.copyfile(self.path, target)
        saved = QCoreApplication.translate("ChartView", "Chart saved: {path}")
        self.status_label.setText(saved.format(path=target))
