"""Timing shared by the benchmarks: several sides of one comparison, measured alike."""

import os
import statistics
from collections import namedtuple

Timing = namedtuple("Timing", ["median", "minimum", "result", "runs"])


def compare(chains, repeat, patience=None):
    """Run each chain (a callable returning ``(seconds, result)``) ``repeat`` times.

    Returns ``{side: Timing(median seconds, minimum seconds, last result, runs)}``. The
    first call of each is a warm-up (imports, caches) and not timed; the sides alternate,
    so load from other processes falls on all of them alike. The minimum is the steadier
    estimate on a busy machine. A side whose run takes longer than ``patience`` seconds is
    not run again, and a warm-up that long is its one sample: for a minute-long run, one
    sample is steady enough and warming up does not matter.
    """
    runs = {side: [] for side in chains}
    patient = set()
    for side, chain in chains.items():
        seconds, result = chain()
        if patience is not None and seconds > patience:
            runs[side].append((seconds, result))
            patient.add(side)
    for _ in range(repeat):
        for side, chain in chains.items():
            if side in patient:
                continue
            runs[side].append(chain())
            if patience is not None and runs[side][-1][0] > patience:
                patient.add(side)
    return {
        side: Timing(
            statistics.median(seconds for seconds, _ in results),
            min(seconds for seconds, _ in results),
            results[-1][1],
            len(results),
        )
        for side, results in runs.items()
    }


def load_average():
    """The machine's 1-minute load average: timings on a shared machine need it beside them."""
    return os.getloadavg()[0]
