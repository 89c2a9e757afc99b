"""A derived indicator: numerator ÷ denominator × factor per feature, and why it has none."""

import math
from collections import Counter

NUMERATOR_MISSING = "numerator"
DENOMINATOR_MISSING = "denominator"
DENOMINATOR_ZERO = "zero"


def derived_value(numerator, denominator, factor):
    """``(numerator / denominator × factor, None)``, or ``(None, reason)`` when a value is
    missing (None or NaN) or the denominator is zero."""
    if numerator is None or math.isnan(numerator):
        return None, NUMERATOR_MISSING
    if denominator is None or math.isnan(denominator):
        return None, DENOMINATOR_MISSING
    if denominator == 0:
        return None, DENOMINATOR_ZERO
    return numerator / denominator * factor, None


class DerivedValues:
    """The values of one run, feature by feature, counting those without a value by reason."""

    def __init__(self, factor):
        self.factor = factor
        self.missing = Counter()  # reason -> features
        self.computed = 0

    def value(self, numerator, denominator):
        value, reason = derived_value(numerator, denominator, self.factor)
        if reason:
            self.missing[reason] += 1
        else:
            self.computed += 1
        return value
