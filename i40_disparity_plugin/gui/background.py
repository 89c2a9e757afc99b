"""Run a Processing algorithm from a dock on QGIS's task manager (progress bar, cancel).

Every algorithm of the plugin runs in a worker thread, the atlas too (its print layouts are
made in that thread, see gis/atlas.PrivateProject): none may block QGIS's event loop.
"""

from processing.gui.Postprocessing import handleAlgorithmResults
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from .slots import log_exception


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
        self.parameters = parameters
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
        # A slot of the task manager's: nothing may escape from here into Qt.
        ok = successful and not self.feedback.isCanceled()
        errors = list(self.feedback.errors)
        if ok:
            try:
                # By keyword: the fourth positional parameter differs between QGIS versions.
                handleAlgorithmResults(
                    self.algorithm, self.context, self.feedback, parameters=self.parameters
                )
            except Exception:
                ok = False
                errors.append(log_exception(self.algorithm.displayName()))
        self.finished.emit(ok, dict(results or {}), "\n".join(errors))
        self._release()

    def _release(self):
        """Drop the run's QGIS objects now, on the main thread. The progress connections hold
        this object in a reference cycle, so otherwise Python's garbage collector would delete
        the context and the feedback later, on whichever thread it runs on (perhaps a worker
        of the next task), while the main thread may still have queued progress events for
        them."""
        self.feedback.progressChanged.disconnect()
        self.task = self.context = self.feedback = self.algorithm = None
