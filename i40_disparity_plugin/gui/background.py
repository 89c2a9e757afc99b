"""Run a Processing algorithm from a dock on QGIS's task manager (progress bar, cancel)."""

from processing.gui.Postprocessing import handleAlgorithmResults
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal


class _ErrorCollectingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):
        self.errors.append(error)
        super().reportError(error, fatalError)


class BackgroundAlgorithm(QObject):
    """One run of one algorithm; layers it outputs are loaded into the current project.

    ``finished(ok, results, message)``: ``ok`` is False when the run failed or was cancelled;
    ``message`` then holds the errors the algorithm reported.
    """

    progressChanged = pyqtSignal(int)
    finished = pyqtSignal(bool, dict, str)

    def __init__(self, algorithm_id, parameters, parent=None):
        super().__init__(parent)
        self.algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = _ErrorCollectingFeedback()
        self.feedback.progressChanged.connect(lambda value: self.progressChanged.emit(int(value)))
        self.task = QgsProcessingAlgRunnerTask(
            self.algorithm, parameters, self.context, self.feedback
        )
        self.task.executed.connect(self._executed)

    def start(self):
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self):
        self.feedback.cancel()

    def is_cancelled(self):
        return self.feedback.isCanceled()

    def _executed(self, successful, results):
        ok = successful and not self.feedback.isCanceled()
        if ok:
            handleAlgorithmResults(self.algorithm, self.context, self.feedback, showResults=False)
        self.finished.emit(ok, dict(results or {}), "\n".join(self.feedback.errors))
