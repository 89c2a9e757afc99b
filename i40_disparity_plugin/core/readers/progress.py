"""Progress and cancelling of long reads: the contract of every reader's ``progress``.

``progress`` is an optional callable ``progress(fraction)``. A reader calls it with the share
of its work done, a float from 0 to 1 that never falls, at most a few hundred times per read
and at the latest after every few hundred thousand rows. Returning ``False`` (exactly False:
None or anything else continues) cancels the read: the reader stops and raises
``ReadCanceled``, a ``CoreError``. An exception the callable raises propagates unchanged, which
cancels too.

In QGIS a Processing algorithm passes, for example,
``progress=lambda fraction: feedback.setProgress(30 * fraction) or not feedback.isCanceled()``.
"""

from ..messages import QT_TRANSLATE_NOOP, CoreError

CANCELED = QT_TRANSLATE_NOOP("core", "Reading {path} was canceled.")
# Calls closer together than this share of the work are left out: the callable may be slow
# (a progress bar redraw) and a read of millions of rows would call it millions of times.
_STEP = 0.005


class ReadCanceled(CoreError):
    """A read stopped because its ``progress`` callable returned False."""


class Progress:
    """A reader's side of ``progress``: reports a part of the work as 0 … 1 of that part.

    ``part(start, end)`` gives the same reporting for the share ``start`` … ``end`` of this
    part, so that a step of a reader need not know the steps around it. Without a callable
    everything is a no-op.
    """

    def __init__(self, callback=None, path="", start=0.0, end=1.0, _state=None):
        self.callback = callback
        self.path = path
        self.start = start
        self.end = end
        # Shared by a progress and its parts: the last fraction reported.
        self._state = _state if _state is not None else {"last": None}

    @classmethod
    def of(cls, progress, path=""):
        """``progress`` as given to a reader (None, a callable or a ``Progress``)."""
        if isinstance(progress, Progress):
            return progress
        return cls(progress, path)

    def part(self, start, end):
        span = self.end - self.start
        return Progress(
            self.callback,
            self.path,
            self.start + span * start,
            self.start + span * end,
            self._state,
        )

    def __call__(self, fraction):
        """Report ``fraction`` (0 … 1) of this part done; raise ``ReadCanceled`` if asked to."""
        if self.callback is None:
            return
        fraction = min(max(float(fraction), 0.0), 1.0)
        value = self.start + (self.end - self.start) * fraction
        last = self._state["last"]
        if last is not None:
            if value < last + _STEP and not (value >= 1.0 > last):
                return
            value = max(value, last)
        self._state["last"] = value
        if self.callback(value) is False:
            raise ReadCanceled(CANCELED, path=self.path)

    def done(self):
        self(1.0)
