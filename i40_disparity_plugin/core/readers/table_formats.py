"""The statistics file formats the readers know, in the order of joinindicators' TABLE_FORMAT
options (and so of the dock's list). Without pandas, so that both can import it at start."""

TABLE_FORMATS = ("auto", "genesis", "inkar", "destatis_kreise", "csv")
