"""What every dock that runs algorithms shares: one run at a time, progress, cancel, status.

Texts here name their context explicitly: PyQt's tr() would look them up under the
subclass's name, where pylupdate5 does not file them.

A subclass mixes in a form (see forms.load_form) with the widgets runButton, cancelButton,
progressBar and statusLabel, and says through can_run() when its inputs are complete.
"""

from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QWidget

from .background import BackgroundAlgorithm


class AlgorithmPanel(QWidget):
    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.iface = iface
        self.run = None
        self.progressBar.hide()  # shown from the first run on
        self.cancelButton.clicked.connect(self.cancel)

    def can_run(self):
        return True

    def update_run_button(self):
        self.runButton.setEnabled(self.run is None and self.can_run())

    def run_algorithm(self, algorithm_id, parameters, on_success, status_text):
        """Start one algorithm in the background; ``on_success(results)`` when it is done."""
        self.run = BackgroundAlgorithm(algorithm_id, parameters, self)
        self.run.progressChanged.connect(self.progressBar.setValue)
        self.run.finished.connect(
            lambda ok, results, message: self._finished(ok, results, message, on_success)
        )
        self.progressBar.setValue(0)
        self.progressBar.show()
        self.statusLabel.setText(status_text)
        self.runButton.setEnabled(False)
        self.cancelButton.setEnabled(True)
        self.run.start()

    def cancel(self):
        if self.run is not None:
            self.run.cancel()
            self.statusLabel.setText(QCoreApplication.translate("AlgorithmPanel", "Cancelling…"))

    def shutdown(self):
        """Called when the plugin unloads: no task may outlive its dock."""
        self.cancel()

    def _finished(self, ok, results, message, on_success):
        cancelled = self.run.is_cancelled()
        # Release the run's context and algorithm now, while QGIS is fully alive, rather than
        # whenever Python collects them (at exit that can be after QGIS's own teardown).
        self.run.deleteLater()
        self.run = None
        self.cancelButton.setEnabled(False)
        self.update_run_button()
        if not ok:
            if cancelled:
                self.statusLabel.setText(QCoreApplication.translate("AlgorithmPanel", "Cancelled."))
            else:
                failed = QCoreApplication.translate("AlgorithmPanel", "Failed: {message}")
                self.statusLabel.setText(failed.format(message=message))
            return
        self.progressBar.setValue(100)
        on_success(results)
