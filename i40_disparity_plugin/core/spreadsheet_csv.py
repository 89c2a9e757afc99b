"""CSV files for spreadsheet users, the way German Excel opens them by double click."""

import csv


def write_spreadsheet_csv(path, header, rows):
    """Write ``header`` and ``rows`` in UTF-8 with a byte-order mark and ``;`` between cells:
    Excel then reads umlauts (and dashes such as the en dash of the size classes) correctly,
    and ``;`` leaves the comma free to be the German decimal separator."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
