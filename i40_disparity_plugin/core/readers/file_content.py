"""What a file really holds, judged by its first bytes, before a reader tries to parse it.

Failed downloads leave web pages named ``.csv``, renamed files hide workbooks behind a text
ending, and a truncated transfer leaves half a ZIP. A reader that parsed them anyway would
fail with a parser's error (or, worse, "choose the key column"); these checks name what was
found and what to do instead.
"""

from pathlib import Path

from ..messages import QT_TRANSLATE_NOOP, CoreError

UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_ZIP = b"PK\x03\x04"  # an .xlsx is a ZIP archive
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old .xls (and .doc) container
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<?xml")
# Enough to see what a file is; reading more only costs time on large tables.
_SNIFF_BYTES = 4096
# Text has almost no control characters besides tab and line ends; binary data has many.
_TEXT_CONTROLS = {9, 10, 12, 13}
_BINARY_SHARE = 0.05

# fmt: off
EMPTY = QT_TRANSLATE_NOOP("core", "The file {path} is empty. Was the download or export "
                                  "interrupted?")
WEB_PAGE = QT_TRANSLATE_NOOP("core", "The file {path} is a web page (HTML), not a table: "
                                     "usually what a failed download leaves. Download the "
                                     "table again.")
WORKBOOK_AS_TEXT = QT_TRANSLATE_NOOP("core", "The file {path} is an Excel workbook (or another "
                                             "ZIP archive) with a text ending. Give it the "
                                             "ending .xlsx.")
OLD_EXCEL = QT_TRANSLATE_NOOP("core", "{path} is an old Excel file (.xls). Save it as .xlsx "
                                      "or CSV.")
BINARY = QT_TRANSLATE_NOOP("core", "The file {path} is not a text table: it holds binary data. "
                                   "Export the table as CSV or .xlsx.")
NUL_IN_TEXT = QT_TRANSLATE_NOOP("core", "Line {line} of {path} holds binary data (a NUL "
                                        "character): the file is damaged. Export or download "
                                        "the table again.")
DAMAGED_WORKBOOK = QT_TRANSLATE_NOOP("core", "The workbook {path} is damaged or incomplete. "
                                             "Open it in a spreadsheet program and save it "
                                             "again, or download it again.")
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP("core", "The file {path} is not an Excel workbook: it holds "
                                           "other binary data.")
TEXT_AS_WORKBOOK = QT_TRANSLATE_NOOP("core", "The file {path} is a text file, not an Excel "
                                             "workbook. Give it the ending .csv.")
# fmt: on


def _blank(data):
    """``not data.strip()``, without copying a file of 100 MB to find out."""
    return not data or data.isspace()


def _fail(template, path):
    raise CoreError(template, path=Path(path).name)


def _looks_like_html(head):
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith(_HTML_STARTS) and b"<html" in head.lower()


def _is_binary(head):
    if not head:
        return False
    controls = sum(1 for byte in head if byte < 32 and byte not in _TEXT_CONTROLS)
    return controls / len(head) > _BINARY_SHARE


def check_text_table(data, path):
    """Stop with a message naming what the file holds, unless it can be a text table.

    UTF-16 text (Excel's "Unicode text") is text: its zero bytes are not binary data.
    """
    if _blank(data):
        _fail(EMPTY, path)
    head = data[:_SNIFF_BYTES]
    if head.startswith(UTF16_BOMS):
        return
    if head.startswith(_ZIP):
        _fail(WORKBOOK_AS_TEXT, path)
    if head.startswith(_OLE):
        _fail(OLD_EXCEL, path)
    if _looks_like_html(head):
        _fail(WEB_PAGE, path)
    if _is_binary(head):
        _fail(BINARY, path)
    nul = data.find(b"\x00")
    if nul >= 0:
        # A NUL in text is a damaged file (a broken transfer, a binary part); csv would keep it.
        raise CoreError(NUL_IN_TEXT, path=Path(path).name, line=data.count(b"\n", 0, nul) + 1)


def check_workbook(data, path):
    """Stop with a message naming what the file holds, unless it can be an .xlsx workbook."""
    if _blank(data):
        _fail(EMPTY, path)
    head = data[:_SNIFF_BYTES]
    if head.startswith(_OLE):
        _fail(OLD_EXCEL, path)
    if head.startswith(_ZIP):
        return
    if _looks_like_html(head):
        _fail(WEB_PAGE, path)
    _fail(NOT_A_WORKBOOK if _is_binary(head) else TEXT_AS_WORKBOOK, path)
