"""Timing shared by the benchmarks: several sides of one comparison, measured alike."""

import os
import statistics


def compare(chains, repeat):
    """Run each chain (a callable returning ``(seconds, result)``) ``repeat`` times.

    Returns ``{side: (median seconds, minimum seconds, last result)}``. The first call of each
    is a warm-up (imports, caches) and not timed; the sides alternate, so load from other
    processes falls on all of them alike. The minimum is the steadier estimate on a busy
    machine.
    """
    for chain in chains.values():
        chain()
    runs = {side: [] for side in chains}
    for _ in range(repeat):
        for side, chain in chains.items():
            runs[side].append(chain())
    return {
        side: (
            statistics.median(seconds for seconds, _ in results),
            min(seconds for seconds, _ in results),
            results[-1][1],
        )
        for side, results in runs.items()
    }


def median_of(chain, repeat, patience=None):
    """Median seconds of up to ``repeat`` runs of ``chain`` (no warm-up), the number of runs
    and the last result. A run longer than ``patience`` seconds is not repeated: for a
    minute-long run, one sample is steady enough and three would cost minutes.
    """
    runs = []
    while len(runs) < repeat:
        runs.append(chain())
        if patience is not None and runs[-1][0] > patience:
            break
    return statistics.median(seconds for seconds, _ in runs), len(runs), runs[-1][1]


def load_average():
    """The machine's 1-minute load average: timings on a shared machine need it beside them."""
    return os.getloadavg()[0]
