"""Text helpers shared by several features: loose comparison of German names, short lists
of ids for messages, and titles as table names."""

import re

# Umlauts and ß as German writes them without special letters, so that "Fläche", "Flaeche"
# and "FLÄCHE" compare equal once lower-cased.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})


def fold_umlauts(text):
    """``text`` with ä, ö, ü, ß written as ae, oe, ue, ss (call after lower-casing)."""
    return text.translate(_UMLAUTS)


_TRAILING_UNIT = re.compile(r"\s*[\(\[][^\)\]]*[\)\]]\s*$")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def name_key(name):
    """A name reduced for loose comparison: lower case, umlauts folded, a trailing unit in
    brackets and everything but letters and digits dropped ("Fläche (km²)" -> "flaeche")."""
    text = fold_umlauts(_TRAILING_UNIT.sub("", str(name)).casefold())
    return _NOT_ALNUM.sub("", text)


def id_list(ids, total=None, limit=20):
    """The first ``limit`` of ``ids`` for a message, with " …" when there are more.

    ``total`` is how many there are when ``ids`` holds only the first few of them.
    """
    total = len(ids) if total is None else total
    shown = ", ".join(str(i) for i in ids[:limit])
    return shown + (" …" if total > limit else "")


POSTGRESQL_NAME_LENGTH = 63  # longer names PostgreSQL cuts off


def table_name(title):
    """A layer title as a database table name: lower case, umlauts folded, every run of other
    characters one underscore ("Dichteklassen PLZ-Gebiete" -> "dichteklassen_plz_gebiete")."""
    name = _NOT_ALNUM.sub("_", fold_umlauts(str(title).casefold())).strip("_")
    return (name or "ergebnis")[:POSTGRESQL_NAME_LENGTH]
