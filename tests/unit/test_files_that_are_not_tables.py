"""Files that are not what their name claims, as failed downloads, renamed exports and broken
transfers leave them: every reader names what it found, never fails with a parser's error."""

import hashlib

import openpyxl
import pytest

from i40_disparity_plugin.core.messages import CoreError
from i40_disparity_plugin.core.points.use_cases import read_use_cases
from i40_disparity_plugin.core.readers.destatis import read_destatis_kreise
from i40_disparity_plugin.core.readers.detect import read_statistics
from i40_disparity_plugin.core.readers.generic import read_generic
from i40_disparity_plugin.core.readers.genesis import read_genesis
from i40_disparity_plugin.core.readers.inkar import read_inkar

TABLE = "Kennziffer;Raumeinheit;Wert\n01001;Flensburg;12,5\n01002;Kiel;7\n"
HTML = (
    "<!DOCTYPE html>\n<html lang='de'><head><title>404 Nicht gefunden</title></head>"
    "<body><h1>Die Seite wurde nicht gefunden</h1></body></html>\n"
)
# Made-up binary data with the control characters real binaries have (no randomness in tests).
BINARY = bytes(range(256)) * 8

TEXT_READERS = {
    "auto": lambda path: read_statistics(path, key_column="Kennziffer"),
    "auto without key": read_statistics,
    "generic": lambda path: read_generic(path, key_column="Kennziffer"),
    "genesis": read_genesis,
    "inkar": read_inkar,
    "use cases": read_use_cases,
}

TEXT_CASES = {
    # name: (file content, what the message must say)
    "empty": (b"", "is empty"),
    "only blank lines": (b"\r\n \r\n\t\n", "is empty"),
    "web page": (HTML.encode("utf-8"), "is a web page"),
    "web page with BOM": (b"\xef\xbb\xbf  " + HTML.encode("utf-8"), "is a web page"),
    "binary": (BINARY, "binary data"),
    "workbook named .csv": (b"PK\x03\x04\x14\x00\x06\x00" + BINARY[:200], "text ending"),
    "old .xls named .csv": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + BINARY[:200], "old Excel"),
}


def _hash(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("reader", ["auto", "generic", "use cases"])
def test_a_header_without_rows_names_its_columns(tmp_path, reader):
    path = tmp_path / "kopf.csv"
    path.write_text("Kennziffer;Raumeinheit;Wert\n", encoding="utf-8")
    with pytest.raises(CoreError, match="only a header line") as error:
        TEXT_READERS[reader](path)
    assert error.value.params["columns"] == "Kennziffer, Raumeinheit, Wert"


def test_without_a_key_the_generic_table_names_its_columns_to_choose_from(tmp_path):
    path = tmp_path / "tabelle.csv"
    path.write_text(TABLE, encoding="utf-8")
    with pytest.raises(CoreError, match="choose the column") as error:
        read_statistics(path)
    assert error.value.params["columns"] == "Kennziffer, Raumeinheit, Wert"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_tables_are_read_like_any_other(tmp_path, encoding):
    # Excel's "Unicode text" is UTF-16 with a byte order mark.
    path = tmp_path / "unicode.csv"
    data = TABLE.encode(encoding)
    if encoding != "utf-16":
        data = ("\ufeff" + TABLE).encode(encoding)
    path.write_bytes(data)
    table = read_generic(path, key_column="Kennziffer")
    values = dict(zip(table.data["key"], table.data["value"]))
    assert values == {"01001": 12.5, "01002": 7.0}
    assert table.report.encoding == "utf-16"


def test_a_nul_inside_a_text_table_is_named_with_its_line(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes(TABLE.encode("utf-8") + b"01003;L\x00beck;3\n")
    with pytest.raises(CoreError, match="binary data") as error:
        read_generic(path, key_column="Kennziffer")
    assert error.value.params["line"] == 4


def test_a_quotation_mark_never_closed_is_named_with_the_line_it_opens(tmp_path):
    path = tmp_path / "anfuehrung.csv"
    # csv reads a quoted field across lines until its size limit (128 KiB).
    rows = "01004;Kiel;1\n"
    path.write_text(TABLE + rows * 100 + '01003;"Lübeck;3\n' + rows * 20000, encoding="utf-8")
    with pytest.raises(CoreError, match="never closed") as error:
        read_generic(path, key_column="Kennziffer")
    assert error.value.params["line"] == 104


WORKBOOK_READERS = {
    "auto": lambda path: read_statistics(path, key_column="Kennziffer"),
    "generic": lambda path: read_generic(path, key_column="Kennziffer"),
    "destatis": read_destatis_kreise,
    "use cases": read_use_cases,
}
WORKBOOK_CASES = {
    "empty": (b"", "is empty"),
    "text named .xlsx": (TABLE.encode("utf-8"), "text file, not an Excel workbook"),
    "web page named .xlsx": (HTML.encode("utf-8"), "is a web page"),
    "cut-off download": (b"PK\x03\x04\x14\x00\x06\x00\x08\x00", "damaged or incomplete"),
    "binary": (BINARY, "not an Excel workbook"),
    "old .xls named .xlsx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + BINARY[:200], "old Excel"),
}


# Each reader against each kind of file, with the ending the reader expects.
CASES = [
    (suffix, reader, case)
    for suffix, readers, cases in (
        (".csv", TEXT_READERS, TEXT_CASES),
        (".xlsx", WORKBOOK_READERS, WORKBOOK_CASES),
    )
    for reader in readers
    for case in cases
]


@pytest.mark.parametrize(("suffix", "reader", "case"), CASES, ids=[" ".join(c) for c in CASES])
def test_a_file_that_is_not_a_table_is_named_for_what_it_is(tmp_path, suffix, reader, case):
    readers, cases = (
        (TEXT_READERS, TEXT_CASES) if suffix == ".csv" else (WORKBOOK_READERS, WORKBOOK_CASES)
    )
    content, message = cases[case]
    path = tmp_path / f"tabelle{suffix}"
    path.write_bytes(content)
    with pytest.raises(CoreError, match=message) as error:
        readers[reader](path)
    assert error.value.params["path"] == path.name  # the user's file, by its name
    assert _hash(path) == hashlib.sha256(content).hexdigest()  # and untouched


def test_data_on_another_sheet_is_answered_with_the_workbook_s_sheets(tmp_path):
    path = tmp_path / "zwei_blaetter.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Hinweise"
    workbook.active.append(["Quelle: Statistisches Landesamt"])
    workbook.active.append(["Stand: 2024"])
    data = workbook.create_sheet("Daten")
    data.append(["Kennziffer", "Wert"])
    data.append(["01001", 12.5])
    workbook.save(path)
    with pytest.raises(CoreError, match="sheets are") as error:
        read_generic(path, key_column="Kennziffer")
    assert error.value.params["sheets"] == "Hinweise, Daten"
    assert error.value.params["sheet"] == "Hinweise"
    table = read_generic(path, key_column="Kennziffer", sheet="Daten")
    assert list(table.data["value"]) == [12.5]
