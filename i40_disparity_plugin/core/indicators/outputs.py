"""The indicator feature's result tables: the keys a join could not match."""

from ..output_tables import TEXT, OutputTable, column

# joinindicators' UNMATCHED: one row per key without a partner, on either side.
JOIN_REPORT = OutputTable(
    "join",
    (
        column("side", TEXT, "Seite", "Side"),
        column("key", TEXT, "Schlüssel", "Key"),
        column("name", TEXT, "Name", "Name"),
        column("reason", TEXT, "Grund", "Reason"),
        column("detail", TEXT, "Einzelheiten", "Detail"),
    ),
    title={"de": "Nicht zugeordnete Schlüssel", "en": "Unmatched keys"},
    csv_stem={"de": "nicht_zugeordnet", "en": "unmatched"},
)

# The values of the side column in words: the file keeps "layer" and "table", the report and
# the dock show these.
SIDE_NAMES = {
    "layer": {"de": "Gebiet", "en": "area"},
    "table": {"de": "Tabelle", "en": "table"},
}


def side_name(side, language):
    """The side in words; a value that is no side as it is."""
    return SIDE_NAMES[side][language] if side in SIDE_NAMES else side
