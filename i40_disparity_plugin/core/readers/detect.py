"""Which reader a statistics file needs, and reading it with that reader.

The formats are told apart by their first lines: an INKAR export starts with ``Kennziffer``
and has years in its second row; a GENESIS export is a flat file (``Statistik_Code``/
``statistics_code``), a table with a ``Tabelle:`` title, or a table whose header row stands
above a row of area keys and which ends with the ``__________`` footer rule; a workbook with
the Destatis district sheet is ``destatis_kreise``. Everything else is a generic table, which
needs the key column named.
"""

import inspect
from pathlib import Path

from ..messages import QT_TRANSLATE_NOOP, CoreError
from .destatis import looks_like_destatis_kreise, read_destatis_kreise
from .file_content import check_text_table
from .generic import (
    EXCEL_SUFFIXES,
    csv_rows,
    decode_text,
    open_workbook,
    read_file_bytes,
    read_generic,
    table_columns,
)
from .genesis import looks_like_genesis, read_genesis
from .inkar import looks_like_inkar, read_inkar
from .statistics_table import Note
from .table_formats import TABLE_FORMATS

_READERS = {
    "genesis": read_genesis,
    "inkar": read_inkar,
    "destatis_kreise": read_destatis_kreise,
    "csv": read_generic,
}
# Enough of a file to see its title, header and first data rows.
_HEAD_BYTES = 64 * 1024
# The footer rule of a GENESIS table may lie beyond the head of a long file.
_TAIL_BYTES = 8 * 1024

NOTE_IGNORED_OPTIONS = QT_TRANSLATE_NOOP("core", "Options not used by this format: {options}")


def _is_destatis_workbook(path):
    workbook = open_workbook(path, read_only=True)
    try:
        return looks_like_destatis_kreise(workbook)
    finally:
        workbook.close()


def detect_format(path):
    """``"genesis"``, ``"inkar"``, ``"destatis_kreise"`` or ``"csv"`` (a generic table)."""
    if Path(path).suffix.lower() in EXCEL_SUFFIXES:
        return "destatis_kreise" if _is_destatis_workbook(path) else "csv"
    data = read_file_bytes(path)
    check_text_table(data, path)
    head, tail = (
        [cells for _, cells in csv_rows(decode_text(part)[0], ";") if any(map(str.strip, cells))]
        for part in (data[:_HEAD_BYTES], data[-_TAIL_BYTES:])
    )
    if looks_like_inkar(head):
        return "inkar"
    if looks_like_genesis(head, tail):
        return "genesis"
    return "csv"


# pylupdate5 needs the context and the text's start on one line.
# fmt: off
KEY_COLUMN_NEEDED = QT_TRANSLATE_NOOP("core", "{path} is read as a generic table: choose the "
                                              "column that holds the area keys (its columns: "
                                              "{columns}).")
# fmt: on


class KeyColumnNeeded(CoreError):
    """A table of no official format, read without its key column; ``columns`` are the
    table's own, for a dock to offer."""

    def __init__(self, path, columns):
        super().__init__(KEY_COLUMN_NEEDED, path=Path(path).name, columns=", ".join(columns))
        self.columns = list(columns)


def read_statistics(path, table_format="auto", key_column=None, progress=None, **options):
    """Read a statistics file into a ``StatisticsTable`` with the reader of its format.

    ``options`` go to the reader that accepts them (e.g. ``encoding``, ``delimiter``,
    ``value_columns``); those the format has no use for are listed in the report's notes.
    ``progress`` hears how far the read is and may cancel it (see ``progress.py``).
    """
    if table_format not in TABLE_FORMATS:
        # pylupdate5 needs the context and the text's start on one line.
        # fmt: off
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "Unknown table format '{table_format}'. Known formats: "
                                      "{formats}."),
            table_format=table_format,
            formats=", ".join(TABLE_FORMATS),
        )
        # fmt: on
    if table_format == "auto":
        table_format = detect_format(path)
    if table_format == "csv":
        if not key_column:
            # Checked first, so that a file without a table is not answered with "choose a key".
            columns = table_columns(
                path, **{name: options.get(name) for name in ("delimiter", "encoding", "sheet")}
            )
            raise KeyColumnNeeded(path, columns)
        options["key_column"] = key_column
    reader = _READERS[table_format]
    accepted = set(inspect.signature(reader).parameters)
    ignored = sorted(name for name, value in options.items() if name not in accepted and value)
    used = {name: value for name, value in options.items() if name in accepted}
    if progress is not None:
        used["progress"] = progress
    table = reader(path, **used)
    if ignored:
        table.report.notes.append(Note(NOTE_IGNORED_OPTIONS, options=", ".join(ignored)))
    return table
