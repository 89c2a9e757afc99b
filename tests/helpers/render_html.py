"""Render an HTML file to a PNG as a reader's browser would show it (QtWebKit, which
python3-qgis depends on): ``python render_html.py page.html picture.png [width]``.

A script of its own: a widget application cannot be made inside the QGIS of the tests.
"""

import sys

from PyQt5.QtCore import QSize, QUrl
from PyQt5.QtGui import QColor, QImage, QPainter
from PyQt5.QtWebKitWidgets import QWebPage
from PyQt5.QtWidgets import QApplication


def render(html_path, png_path, width=1280):
    application = QApplication(sys.argv[:1])
    page = QWebPage()
    finished = []
    page.mainFrame().loadFinished.connect(finished.append)
    page.mainFrame().load(QUrl.fromLocalFile(html_path))
    while not finished:
        application.processEvents()
    page.setViewportSize(QSize(width, 800))
    size = page.mainFrame().contentsSize()
    page.setViewportSize(size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    page.mainFrame().render(painter)
    painter.end()
    return finished[0] and image.save(png_path, "PNG")


if __name__ == "__main__":
    width = int(sys.argv[3]) if len(sys.argv) > 3 else 1280
    sys.exit(0 if render(sys.argv[1], sys.argv[2], width) else 1)
