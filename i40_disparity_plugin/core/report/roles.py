"""Which earlier output a table is, so the report can be fed from whatever the project holds.

Each algorithm's tables have a fixed set of columns (those the report checks, in
``report_tables.SPECS``), except the cross table, whose columns are
the categories counted; it is known by the algorithm id its metadata abstract names.
"""

from .tables import SPECS

DENSITY_SUMMARY = "DENSITY_SUMMARY"
BAND_STATISTICS = "BAND_STATISTICS"
CROSSTAB = "CROSSTAB"
DISTANCES = "DISTANCES"
JOIN_REPORTS = "JOIN_REPORTS"

# The report's parameter for each kind of table whose columns identify it: the columns the
# report requires of that kind.
_KINDS = (
    (DENSITY_SUMMARY, "density"),
    (BAND_STATISTICS, "band_statistics"),
    (DISTANCES, "distances"),
    (JOIN_REPORTS, "join"),
)
_CROSSTAB_MARK = "i40disparity:crosstab"

# Roles that take several tables (one per point layer or per join).
MULTIPLE = frozenset({BAND_STATISTICS, DISTANCES, JOIN_REPORTS})


def report_role(field_names, abstract=""):
    """The report parameter a table with these fields (and metadata abstract) belongs to,
    or None for a table the report does not know."""
    names = {name.lower() for name in field_names}
    for role, kind in _KINDS:
        if set(SPECS[kind].required) <= names:
            return role
    if _CROSSTAB_MARK in (abstract or ""):
        return CROSSTAB
    return None
