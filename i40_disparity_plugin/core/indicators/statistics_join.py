"""A statistics file joined to areas: read by its format's reader, joined by area key, with
the lines that credit its source. Needs pandas (through the readers)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..readers.detect import read_statistics
from ..readers.statistics_table import StatisticsTable
from .join import JoinResult, join_indicators


@dataclass
class FileJoin:
    table: StatisticsTable  # as read, with its parse report
    joined: JoinResult
    rights: list[str]  # the table's lines for the output's attribution


def join_statistics_file(
    path,
    table_format,
    layer_keys,
    *,
    key_column=None,
    indicators=None,
    year=None,
    layer_names=None,
    reserved_names=(),
    stated_source="",
    progress=None,
):
    """The file at ``path`` read as ``table_format`` and joined to the areas whose raw keys
    are ``layer_keys`` (see ``join.join_indicators`` for the other arguments); its source is
    ``stated_source`` where the user gives one (see ``table_rights``); ``progress`` follows
    the read (see ``readers/progress.py``)."""
    table = read_statistics(path, table_format, key_column=key_column, progress=progress)
    joined = join_indicators(
        layer_keys,
        table.data,
        indicators=indicators,
        year=year,
        layer_names=layer_names,
        reserved_names=reserved_names,
    )
    return FileJoin(table, joined, table_rights(stated_source, table.attribution, path))


def table_rights(stated, attribution, path):
    """The table's attribution: the user's statement, else what the file states, else its
    file name, so that no joined value goes without a source."""
    if stated.strip():
        return [stated.strip()]
    return list(attribution) or [f"Quelle: {Path(path).name}"]


def indicator_names(text):
    """Indicator names from text separated by ';' or new lines (names may contain commas);
    None (all indicators) for none."""
    parts = [part.strip() for line in text.splitlines() for part in line.split(";")]
    return [part for part in parts if part] or None
