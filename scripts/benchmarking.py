"""Timing shared by the benchmarks: several sides of one comparison, measured alike."""

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
