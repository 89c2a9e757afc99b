"""How long the Qt event loop of the main thread was kept from running.

A QTimer ticks every ``interval_ms``; each tick notes the time since the one before. The
longest of these gaps is the longest time the main thread could not answer a click or a
repaint (its Python slots included: a worker holding Python's lock counts, as it should).

    with EventLoopGaps() as gaps:
        ...  # start the work, then let Qt run until it is done
    assert gaps.longest <= 0.25

The loop must run while the work goes on: in a headless test, call
``QCoreApplication.processEvents()`` in the waiting loop. In a desktop test under Xvfb
(``xvfb-run -a qgis --code script.py``) the desktop's own event loop runs the timer: enter
the context in the script's QTimer.singleShot callback, start the dock's run, and read
``gaps.longest`` (and ``gaps.ticks``) in the slot that sees the run finish, before
``QgsApplication.exit(0)``.
"""

import time

from qgis.PyQt.QtCore import QTimer


class EventLoopGaps:
    def __init__(self, interval_ms=20):
        self.interval_ms = interval_ms
        self.longest = 0.0
        self.ticks = 0
        self._timer = QTimer()
        self._timer.timeout.connect(self._tick)
        self._last = None

    def _tick(self):
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now
        self.ticks += 1

    def __enter__(self):
        self._last = time.monotonic()
        self._timer.start(self.interval_ms)
        return self

    def __exit__(self, *_exception):
        self._tick()  # the time since the last tick counts too
        self._timer.stop()
        return False
