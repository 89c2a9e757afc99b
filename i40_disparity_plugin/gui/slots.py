"""Slots that never take QGIS down.

PyQt ends the whole process when an exception leaves a slot and no excepthook is installed
(qgis_process, the test runner, a QGIS whose Python console is not loaded). Every slot a dock
connects goes through ``reports_errors``: the traceback goes to the message log, the user gets
one translated line.
"""

import functools
import inspect
import traceback

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication

LOG_TAG = "Industrie 4.0"


def log_exception(context):
    """Write the exception being handled to QGIS's message log; return the line for the user."""
    QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.MessageLevel.Critical)
    text = QCoreApplication.translate(
        "Slots", "Unexpected error in {context}; details are in the message log ({tag})."
    )
    return text.format(context=context, tag=LOG_TAG)


def reports_errors(slot):
    """Decorate a dock method that Qt calls: an exception is logged and shown in the dock's
    status line (``self.statusLabel``) instead of escaping into Qt."""
    accepted = _positional_count(slot)

    @functools.wraps(slot)
    def guarded(self, *args):
        try:
            # Like PyQt with a plain method: arguments of the signal the slot does not take
            # (``clicked``'s checked flag) are dropped.
            return slot(self, *args[:accepted])
        except Exception:
            message = log_exception(slot.__name__)
            status = getattr(self, "statusLabel", None)
            if status is not None:
                status.setText(message)
            return None

    return guarded


def _positional_count(function):
    """How many positional arguments after ``self`` the function takes (all, for *args)."""
    parameters = list(inspect.signature(function).parameters.values())[1:]
    if any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in parameters):
        return None
    return sum(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in parameters)
