"""Which earlier output a table is, so the report can be fed from whatever the project holds.

A table is known by the columns its declaration names (``core/<feature>/outputs.py``), except
the cross table, whose columns are the categories counted; it is known by the algorithm id
its metadata abstract names.
"""

from ..density import outputs as density
from ..indicators import outputs as indicators
from ..points import outputs as points
from .tables import REPEATED_KINDS

DENSITY_SUMMARY = "DENSITY_SUMMARY"
BAND_STATISTICS = "BAND_STATISTICS"
CROSSTAB = "CROSSTAB"
DISTANCES = "DISTANCES"
JOIN_REPORTS = "JOIN_REPORTS"

# The report's table parameters in its order, each with the result table it takes.
ROLES = (
    (DENSITY_SUMMARY, density.BAND_SUMMARY),
    (BAND_STATISTICS, density.BAND_STATISTICS),
    (CROSSTAB, points.CROSSTAB),
    (DISTANCES, points.DISTANCES),
    (JOIN_REPORTS, indicators.JOIN_REPORT),
)
_CROSSTAB_MARK = "i40disparity:crosstab"

# Roles that take several tables (one per point layer or per join).
MULTIPLE = frozenset(role for role, table in ROLES if table.name in REPEATED_KINDS)


def report_role(field_names, abstract=""):
    """The report parameter a table with these fields (and metadata abstract) belongs to,
    or None for a table the report does not know."""
    names = {name.lower() for name in field_names}
    for role, table in ROLES:
        if table.columns and set(table.names) <= names:
            return role
    if _CROSSTAB_MARK in (abstract or ""):
        return CROSSTAB
    return None
