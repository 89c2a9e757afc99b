"""Matching the town names people write to official Gemeinde names.

Official names (BKG's ``GEN``) carry additions that everyday use leaves out: a river or region
("Frankfurt am Main", "Frankfurt (Oder)", "Halle (Saale)", "Freiburg im Breisgau",
"Rothenburg ob der Tauber", "Weiden i.d.OPf.", "Rothenburg/O.L."), a title ("Hansestadt",
"Lutherstadt", ", Stadt"), "St." where people write "Sankt" or the reverse. Spelling varies too:
umlauts or ae/oe/ue, ß or ss, hyphen or blank, upper or lower case.

``normalise_name`` folds the spelling; ``name_keys`` adds the short forms, cut before the first
addition. A short form is shared by every Gemeinde of that name: "Frankfurt" is the key of both
Frankfurt am Main and Frankfurt (Oder), and the caller must decide between them (or not guess).
``NameIndex`` finds candidates in two tiers, so that a full name never becomes ambiguous
through its short form: first the official names whose full name or one of whose short forms is
the name written ("Halle" finds the Gemeinden named Halle and Halle (Saale), Halle (Westf.);
"Frankfurt am Main" finds only Frankfurt am Main), then, if there are none, any shared key (an
unofficial long form such as "Frankfurt a.M." falls back to its short form "frankfurt").
"""

import re
import unicodedata

from ..text import fold_umlauts

# Titles written before or after the name ("Hansestadt Rostock", "Rostock, Hansestadt").
_TITLES = (
    "stadt",
    "hansestadt",
    "lutherstadt",
    "universitaetsstadt",
    "kreisstadt",
    "grosse kreisstadt",
    "markt",
    "gemeinde",
)
# Words after which an addition follows: prepositions and their abbreviations
# ("a. M.", "i.d.OPf.", "v.d.Höhe", "b. Berlin", "o.d.T."), checked after dots became blanks.
_ADDITION_WORDS = frozenset(
    ("am", "an", "im", "in", "ob", "bei", "vor", "auf", "unter", "a", "i", "b", "o", "v", "u")
)
_SANKT = re.compile(r"\bst\b\.?\s*")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_SEPARATORS = re.compile(r"[-–‐/.,'’`´_]+")
_BLANKS = re.compile(r"\s+")


def _fold(text):
    """Lower case, umlauts as ae/oe/ue, ß as ss, other accents dropped (é → e)."""
    text = fold_umlauts(str(text).casefold())
    # casefold turns ß into "ss" already; NFKD splits the remaining accents off their letters.
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _words(text):
    text = _SANKT.sub("sankt ", text)
    text = _SEPARATORS.sub(" ", text)
    return _BLANKS.sub(" ", text).strip()


def _strip_titles(text):
    for title in sorted(_TITLES, key=len, reverse=True):
        if text.startswith(title + " ") and len(text) > len(title) + 1:
            text = text[len(title) + 1 :]
        if text.endswith(" " + title) and len(text) > len(title) + 1:
            text = text[: -len(title) - 1]
    return text


def normalise_name(name):
    """The full name folded for comparison: ``"Frankfurt (Oder)"`` → ``"frankfurt oder"``,
    ``"St. Ingbert"`` → ``"sankt ingbert"``, ``"Mülheim an der Ruhr"`` →
    ``"muelheim an der ruhr"``; a title after a comma is dropped (``"Rostock, Hansestadt"``).
    Empty or missing names give ``""``."""
    if name is None:
        return ""
    text = _fold(name).strip()
    head, comma, tail = text.partition(",")
    if comma and _words(tail) in _TITLES:
        text = head
    text = text.replace("(", " ").replace(")", " ").replace("[", " ").replace("]", " ")
    return _strip_titles(_words(text))


def name_keys(name):
    """The full normalised name and its short forms, as a set (empty for an empty name).

    Short forms: without a title ("Hansestadt", "Stadt" before or after), without bracketed
    parts ("Halle (Saale)" → "halle"), before a slash ("Rothenburg/O.L." → "rothenburg"),
    before a comma, and cut before the first preposition that starts an addition
    ("Frankfurt am Main" → "frankfurt", "Weiden i.d.OPf." → "weiden"). The first word is never
    cut off, and a hyphenated name stays whole ("Offenbach-Hundheim" is not "Offenbach").
    """
    full = normalise_name(name)
    if not full:
        return set()
    keys = {full}
    text = _fold(name).strip()
    variants = {
        text,
        text.partition(",")[0],
        text.partition("/")[0],
        _BRACKETS.sub(" ", text),
        _BRACKETS.sub(" ", text.partition("/")[0]).partition(",")[0],
    }
    for variant in variants:
        short = _strip_titles(_words(variant.replace("(", " ").replace(")", " ")))
        if not short:
            continue
        keys.add(short)
        words = short.split(" ")
        for position in range(1, len(words)):
            if words[position] in _ADDITION_WORDS:
                keys.add(" ".join(words[:position]))
                break
    keys.discard("")
    return keys


class NameIndex:
    """Official names and a value for each (an AGS, a record …), searchable by any spelling.

    ``find(name)`` returns the values in the order they were added, from the first tier that
    has any: (1) official names whose full name or a short form is the full name written,
    (2) official names sharing the longest possible key with the name written.
    """

    def __init__(self, entries=()):
        self._keys = {}
        for name, value in entries:
            self.add(name, value)

    def add(self, name, value):
        full = normalise_name(name)
        if not full:
            return
        for key in name_keys(name):
            self._keys.setdefault(key, []).append(value)

    def find(self, name):
        full = normalise_name(name)
        if not full:
            return []
        if full in self._keys:
            return list(self._keys[full])
        found = []
        for key in sorted(name_keys(name), key=len, reverse=True):
            for value in self._keys.get(key, ()):
                if value not in found:
                    found.append(value)
            if found:
                break
        return found
