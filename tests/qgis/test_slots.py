"""A dock slot that raises reports the error instead of ending the process."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QLabel

from i40_disparity_plugin.gui.slots import LOG_TAG, reports_errors


class _Emitter(QObject):
    clicked = pyqtSignal(bool)


class _Dock:
    def __init__(self):
        self.statusLabel = QLabel()
        self.calls = []

    @reports_errors
    def start(self):
        self.calls.append("start")

    @reports_errors
    def broken(self, *_args):
        raise ValueError("boom")


def test_an_exception_in_a_slot_is_logged_and_shown(qgis_app):
    dock = _Dock()
    logged = []
    log = QgsApplication.messageLog()
    log.messageReceived.connect(lambda message, tag, _level: logged.append((tag, message)))
    emitter = _Emitter()
    emitter.clicked.connect(dock.broken)
    emitter.clicked.emit(True)  # without the guard, PyQt aborts the test process here
    assert "message log" in dock.statusLabel.text()
    assert any(tag == LOG_TAG and "ValueError: boom" in message for tag, message in logged)


def test_signal_arguments_the_slot_does_not_take_are_dropped(qgis_app):
    dock = _Dock()
    emitter = _Emitter()
    emitter.clicked.connect(dock.start)
    emitter.clicked.emit(False)
    assert dock.calls == ["start"]
    assert dock.statusLabel.text() == ""
