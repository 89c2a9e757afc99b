"""The report's tables as CSV files beside it, for spreadsheets."""

import re

from ..spreadsheet_csv import write_spreadsheet_csv
from .tables import KINDS, REPORT_TABLES, with_side_named


def csv_cell(value, language):
    """A cell for the CSV file: numbers at full precision without thousands separators (so
    spreadsheets read them as numbers), a decimal comma in German; no value stays empty."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    text = repr(value) if isinstance(value, float) else str(value)
    return text.replace(".", ",") if language == "de" else text


def csv_names(tables, language):
    """A file name per table: numbered in report order, the kind's stem, a count on repeats."""
    totals = {kind: sum(t.kind == kind for t in tables) for kind in KINDS}
    seen = dict.fromkeys(KINDS, 0)
    names = []
    for number, table in enumerate(tables, start=1):
        seen[table.kind] += 1
        stem = table.output.csv_stem[language]
        if totals[table.kind] > 1:
            stem += f"_{seen[table.kind]}"
        names.append(f"{number:02d}_{stem}.csv")
    return names


_STEMS = "|".join(re.escape(stem) for table in REPORT_TABLES for stem in table.csv_stem.values())
_REPORT_CSV = re.compile(rf"^\d{{2}}_({_STEMS})(_\d+)?\.csv$")


def is_report_csv(name):
    """Whether a file name is one ``csv_names`` gives (so an earlier report wrote it)."""
    return bool(_REPORT_CSV.match(name))


def write_table_csv(table, path, language):
    """The table as a spreadsheet CSV: the report's headings, full-precision numbers."""
    rows = []
    for row in table.rows:
        rows.append(with_side_named(table, [csv_cell(value, language) for value in row], language))
    write_spreadsheet_csv(path, table.headings(language), rows)


def write_report_csvs(tables, folder, language):
    """Every table as a CSV file in ``folder`` (made if missing), named by ``csv_names``; an
    earlier report's tables there go first, so that none passes for this report's. Other
    files stay. Returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.iterdir():
        if is_report_csv(stale.name):
            stale.unlink()
    paths = [folder / name for name in csv_names(tables, language)]
    for table, path in zip(tables, paths):
        write_table_csv(table, path, language)
    return paths
