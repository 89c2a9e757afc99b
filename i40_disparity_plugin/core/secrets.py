"""Connection secrets kept out of every text the plugin writes or shows.

Database sources travel as connection strings, which may hold a password; logs, reports and
result tables get shared, so each text the plugin produces passes through ``without_secrets``.
The ``authcfg`` id stays: it names an entry of the user's encrypted QGIS store, not its content,
and QGIS needs it to connect again.
"""

import re

# password='…' (QGIS quotes it, with \' for a quote inside), password="…" or password=… up to
# the next blank; GDAL's "PG:… password=…" and libpq's keywords look the same.
_KEYWORD = re.compile(
    r"""\b(?:password|pwd)\s*=\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^\s'"]+)\s?""",
    re.IGNORECASE,
)
# postgresql://user:secret@host/…: the part after the user name's colon.
_URL_PASSWORD = re.compile(r"\b(postgres(?:ql)?://[^:/@\s]*):[^@\s]*@", re.IGNORECASE)


def without_secrets(text):
    """``text`` with every password of a connection string removed."""
    if not isinstance(text, str):
        return text
    return _URL_PASSWORD.sub(r"\1@", _KEYWORD.sub("", text))
