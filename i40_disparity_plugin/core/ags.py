"""Official area keys of Germany: AGS and ARS, normalised and validated at every level.

A key is read as text and never as a number. Its digits are, from the left: Land (2),
Regierungsbezirk (1), Kreis (2), then either the Gemeinde (3) for the 8-digit Amtlicher
Gemeindeschlüssel (AGS) or the Gemeindeverband (4) and the Gemeinde (3) for the 12-digit
Amtlicher Regionalschlüssel (ARS). The Regierungsbezirk digit is 0 in Länder without
Regierungsbezirke. A key's length therefore tells its level: 2 Land, 3 Regierungsbezirk,
5 Kreis, 8 Gemeinde, 12 ARS.

What ``normalise_key`` repairs, and only this: blanks (also inside, as in the printed form
``09 1 62 000``), a trailing ``.0`` of numbers that went through a float, and one lost leading
zero (1, 4, 7 or 11 digits: Länder 01–09 start with 0, so a spreadsheet that read the key as a
number drops exactly one zero). It converts a key to a coarser target level only where the
longer key is that area's key written long (see ``_convert``). It rejects, with a reason, what
cannot be a key: other characters, other lengths, a Land part outside 01–16, and at the
Regierungsbezirk level the digit 0 ("no Regierungsbezirk").

What it does not check, on purpose: which Regierungsbezirk or Kreis numbers exist in a Land.
They changed between territorial vintages (Sachsen-Anhalt's keys had Regierungsbezirke 1–3
before 2007 and have 0 since; Sachsen's 1–3 became 5–7 in 2008), and a table from an older
vintage must still be read; whether its keys match the layer is the join report's business.
"""

from __future__ import annotations

import math
import numbers
import re
from dataclasses import dataclass

from .messages import QT_TRANSLATE_NOOP, CoreError
from .text import name_key

LEVELS = {"land": 2, "regierungsbezirk": 3, "kreis": 5, "gemeinde": 8, "ars": 12}
_LEVEL_OF_LENGTH = {length: level for level, length in LEVELS.items()}
# A leading zero lost in a number turns these lengths into the next official one.
_LENGTH_AFTER_LOST_ZERO = {1: 2, 4: 5, 7: 8, 11: 12}
# Germany as a whole in exports: "DG" (as statistics portals label the Bund row) and the
# NUTS-0 code "DE"; an all-zero key is the AGS/ARS of the Staat in the BKG data.
GERMANY_CODES = {"DG", "DE"}
_FLOAT_TEXT = re.compile(r"([0-9]+)\.0+")
_DIGITS = re.compile(r"[0-9]+")

LAND_NAMES = {
    "01": "Schleswig-Holstein",
    "02": "Hamburg",
    "03": "Niedersachsen",
    "04": "Bremen",
    "05": "Nordrhein-Westfalen",
    "06": "Hessen",
    "07": "Rheinland-Pfalz",
    "08": "Baden-Württemberg",
    "09": "Bayern",
    "10": "Saarland",
    "11": "Berlin",
    "12": "Brandenburg",
    "13": "Mecklenburg-Vorpommern",
    "14": "Sachsen",
    "15": "Sachsen-Anhalt",
    "16": "Thüringen",
}
# ISO 3166-2:DE subdivision codes without the "DE-" prefix.
LAND_CODES = {
    "01": "SH",
    "02": "HH",
    "03": "NI",
    "04": "HB",
    "05": "NW",
    "06": "HE",
    "07": "RP",
    "08": "BW",
    "09": "BY",
    "10": "SL",
    "11": "BE",
    "12": "BB",
    "13": "MV",
    "14": "SN",
    "15": "ST",
    "16": "TH",
}

# Reasons are marked texts without placeholders, so that any caller can translate them as
# they are; the key itself (raw or normalised) is shown next to them.
REASON_MISSING = QT_TRANSLATE_NOOP("core", "key missing")
REASON_NOT_WHOLE_NUMBER = QT_TRANSLATE_NOOP("core", "not a whole, non-negative number")
REASON_NOT_DIGITS = QT_TRANSLATE_NOOP("core", "contains characters other than digits")
# pylupdate5 needs the context and the text's start on one line.
# fmt: off
REASON_LENGTH = QT_TRANSLATE_NOOP("core", "wrong number of digits: area keys have 2 (Land), "
                                          "3 (Regierungsbezirk), 5 (Kreis), 8 (Gemeinde) or "
                                          "12 (ARS)")
REASON_LAND = QT_TRANSLATE_NOOP("core", "the Land part (the first two digits) is not one of "
                                        "01 to 16")
REASON_NO_REGIERUNGSBEZIRK = QT_TRANSLATE_NOOP("core", "the third digit 0 means: no "
                                                       "Regierungsbezirk")
UNKNOWN_LEVEL = QT_TRANSLATE_NOOP("core", "Unknown area level '{level}'. Levels: {levels}.")
# fmt: on
REASON_GERMANY = QT_TRANSLATE_NOOP("core", "Germany as a whole")
# A valid key of another level than the one asked for (by length, or a part of an area).
REASON_OTHER_LEVEL = {
    "land": QT_TRANSLATE_NOOP("core", "other level (Land)"),
    "regierungsbezirk": QT_TRANSLATE_NOOP("core", "other level (Regierungsbezirk)"),
    "kreis": QT_TRANSLATE_NOOP("core", "other level (Kreis)"),
    "gemeinde": QT_TRANSLATE_NOOP("core", "other level (Gemeinde)"),
    "ars": QT_TRANSLATE_NOOP("core", "other level (ARS)"),
    "gemeindeverband": QT_TRANSLATE_NOOP("core", "other level (Gemeindeverband)"),
    "germany": QT_TRANSLATE_NOOP("core", "other level (Germany)"),
}


@dataclass(frozen=True)
class AreaKey:
    """A normalised key: ``key`` and ``level`` are None exactly when ``reason`` says why.

    ``reason`` is one of the REASON_* texts: marked, untranslated, without placeholders.
    """

    key: str | None
    level: str | None
    reason: str | None

    @property
    def is_valid(self):
        return self.key is not None


_MISSING = AreaKey(None, None, REASON_MISSING)


def _rejected(reason):
    return AreaKey(None, None, reason)


def _digits_of(raw):
    """(digits, None) for a value that is written with digits only, else (None, AreaKey)."""
    if type(raw) is str:
        # The common case, checked first because joins normalise tens of thousands of keys.
        text = raw.strip()
        if text.isascii() and text.isdigit():
            return text, None
    elif raw is None:
        return None, _MISSING
    if isinstance(raw, bool):
        return None, _rejected(REASON_NOT_DIGITS)
    if isinstance(raw, numbers.Integral):
        if raw < 0:
            return None, _rejected(REASON_NOT_WHOLE_NUMBER)
        return str(int(raw)), None
    if isinstance(raw, numbers.Real):
        number = float(raw)
        if math.isnan(number):
            return None, _MISSING
        if not math.isfinite(number) or number < 0 or not number.is_integer():
            return None, _rejected(REASON_NOT_WHOLE_NUMBER)
        return str(int(number)), None
    # str.split() without arguments also splits at no-break spaces and tabs.
    text = "".join(str(raw).split())
    if not text:
        return None, _MISSING
    float_text = _FLOAT_TEXT.fullmatch(text)
    if float_text:
        text = float_text.group(1)
    if not _DIGITS.fullmatch(text):
        if text.upper() in GERMANY_CODES:
            return None, _rejected(REASON_GERMANY)
        return None, _rejected(REASON_NOT_DIGITS)
    return text, None


def normalise_key(raw, level=None):
    """Normalise and validate one AGS/ARS ``raw`` (text or number) for a target ``level``.

    ``level`` None keeps the key at the level its length tells; a level name of ``LEVELS``
    also converts a longer key to that level where this is unambiguous (see ``_convert``).
    A valid key of another level is refused with ``REASON_OTHER_LEVEL[its level]``.
    """
    if level is not None and level not in LEVELS:
        raise CoreError(UNKNOWN_LEVEL, level=level, levels=", ".join(LEVELS))
    digits, rejected = _digits_of(raw)
    if rejected is not None:
        return rejected
    digits = _restore_lost_zero(digits, level)
    found = _LEVEL_OF_LENGTH.get(len(digits))
    if found is None:
        return _rejected(REASON_LENGTH)
    if digits.count("0") == len(digits):
        return _rejected(REASON_GERMANY)
    if digits[:2] not in LAND_NAMES:
        return _rejected(REASON_LAND)
    if level is not None and level != found:
        converted = _convert(digits, found, level)
        if converted is None:
            return _rejected(REASON_OTHER_LEVEL[_finer_name(digits, found, level)])
        digits, found = converted, level
    if found == "regierungsbezirk" and digits[2] == "0":
        return _rejected(REASON_NO_REGIERUNGSBEZIRK)
    return AreaKey(digits, found, None)


def level_of_keys(values, share=0.9):
    """The level (a name of ``LEVELS``) of a sample of area keys, when at least ``share`` of
    its non-empty values are valid keys of that one level; else None. So a layer of Kreise is
    told from one of Gemeinden by what its keys say, not by its name."""
    keys = [normalise_key(value) for value in values]
    levels = [key.level for key in keys if key.reason is not REASON_MISSING]
    if not levels:
        return None
    level = max(set(levels), key=levels.count)
    return level if level is not None and levels.count(level) >= share * len(levels) else None


def _finer_name(digits, found, level):
    """The level to name for a key refused at ``level``: its length's, except for an ARS,
    which names a Gemeinde, or a Gemeindeverband when it ends in 000 (see ``_convert``)."""
    if found != "ars":
        return found
    if digits[9:] != "000":
        return "gemeinde"
    return "gemeindeverband" if digits[5:9] != "0000" else "kreis"


def _restore_lost_zero(digits, level):
    length = len(digits)
    if length in _LENGTH_AFTER_LOST_ZERO:
        return "0" + digits
    # A Regierungsbezirk key that lost its zero (51 for 051) has a Land's length; it can only
    # be told apart where it cannot be a Land, and only when a Regierungsbezirk is asked for.
    if level == "regierungsbezirk" and length == 2 and digits not in LAND_NAMES:
        return "0" + digits
    return digits


def _convert(digits, found, level):
    """The key of ``level`` that ``digits`` (a key of level ``found``) denote, or None.

    A longer key whose digits beyond the target length are all zero is the target area's key
    written long, as official tables do (the Kreis 09662 as 09662000, the Land 05 as
    05000000 or 050000000000). The target level decides, because the same 8 digits read
    differently at different levels: 09662000 is also the Gemeinde Schweinfurt (a kreisfreie
    Stadt's only Gemeinde has the number 000). Joined to Kreise, it is the Kreis — the
    kreisfreie Stadt and its Gemeinde are one area with one set of numbers; joined to
    Gemeinden it must stay a Gemeinde key, or that Gemeinde would vanish. Digits that are not
    all zero name a part (a Gemeinde inside the Kreis), never the whole, so they are refused.

    The one non-prefix conversion: an ARS to a Gemeinde AGS drops the 4 Gemeindeverband
    digits (Land, RB, Kreis + Gemeinde). An ARS ending in 000 whose Gemeindeverband part is
    not 0000 is the key of a Gemeindeverband, not of a Gemeinde, and is refused.
    """
    target = LEVELS[level]
    if len(digits) <= target:
        return None
    if found == "ars" and level == "gemeinde":
        verband, gemeinde = digits[5:9], digits[9:]
        if gemeinde == "000" and verband != "0000":
            return None
        return digits[:5] + gemeinde
    if digits[target:].count("0") == len(digits) - target:
        return digits[:target]
    return None


@dataclass(frozen=True)
class Reform:
    """A district reform after which keys of one vintage no longer match another's.

    ``old_keys`` are the Kreise that ceased to exist (wholly or, where ``description`` says
    so, mostly) in the Kreis ``new_key``. ``new_key_existed`` is True where ``new_key`` is an
    older Kreis that took the others in (16063), so that its Gemeinden's keys did not all
    change. ``description`` is a marked, untranslated text.
    """

    date: str
    old_keys: tuple[str, ...]
    new_key: str
    description: str
    new_key_existed: bool = False


# Sources: the keys before and after are Destatis' "Namens- und Grenzänderungen" as tabulated
# in github.com/hindrikson/master-thesis-dissaggregator (data/raw/regional/ags_lk_changes/),
# checked against the Kreisschlüssel, dates and areas in the districts' Wikipedia articles
# (Landkreis Göttingen, Landkreis Osterode am Harz, Kreis Aachen, Städteregion Aachen,
# Landkreis Demmin, Landkreis Mecklenburgische Seenplatte, Wartburgkreis, Eisenach), and for
# the new keys against BKG VG5000 (01.01.2021). Not listed: the reforms of Sachsen-Anhalt
# (2007-07-01) and Sachsen (2008-08-01): several of their old Kreise were split between new
# ones, which "old keys -> one new key" cannot state truthfully without checking every Kreis.
# pylupdate5 needs the context and the text's start on one line.
# fmt: off
REFORMS = (
    Reform("2009-10-21", ("05313", "05354"), "05334",
           QT_TRANSLATE_NOOP("core", "05313 Aachen (kreisfreie Stadt) and 05354 Kreis Aachen: "
                                     "merged into Städteregion Aachen (05334) on 2009-10-21")),
    Reform("2011-09-04", ("13002", "13052", "13055", "13056"), "13071",
           QT_TRANSLATE_NOOP("core", "13002 Neubrandenburg, 13052 Demmin (its larger part), "
                                     "13055 Mecklenburg-Strelitz and 13056 Müritz: merged into "
                                     "Mecklenburgische Seenplatte (13071) on 2011-09-04")),
    Reform("2011-09-04", ("13051", "13053"), "13072",
           QT_TRANSLATE_NOOP("core", "13051 Bad Doberan and 13053 Güstrow: merged into Landkreis "
                                     "Rostock (13072) on 2011-09-04")),
    Reform("2011-09-04", ("13005", "13057", "13061"), "13073",
           QT_TRANSLATE_NOOP("core", "13005 Stralsund, 13057 Nordvorpommern and 13061 Rügen: "
                                     "merged into Vorpommern-Rügen (13073) on 2011-09-04")),
    Reform("2011-09-04", ("13006", "13058"), "13074",
           QT_TRANSLATE_NOOP("core", "13006 Wismar and 13058 Nordwestmecklenburg (old): merged "
                                     "into Nordwestmecklenburg (13074) on 2011-09-04")),
    Reform("2011-09-04", ("13001", "13059", "13062"), "13075",
           QT_TRANSLATE_NOOP("core", "13001 Greifswald, 13059 Ostvorpommern, 13062 Uecker-Randow "
                                     "and the smaller part of 13052 Demmin: merged into "
                                     "Vorpommern-Greifswald (13075) on 2011-09-04")),
    Reform("2011-09-04", ("13054", "13060"), "13076",
           QT_TRANSLATE_NOOP("core", "13054 Ludwigslust and 13060 Parchim: merged into "
                                     "Ludwigslust-Parchim (13076) on 2011-09-04")),
    Reform("2016-11-01", ("03152", "03156"), "03159",
           QT_TRANSLATE_NOOP("core", "03152 Göttingen and 03156 Osterode am Harz: merged into "
                                     "Landkreis Göttingen (03159) on 2016-11-01")),
    Reform("2021-07-01", ("16056",), "16063",
           QT_TRANSLATE_NOOP("core", "16056 Eisenach: merged into Wartburgkreis (16063) on "
                                     "2021-07-01"),
           new_key_existed=True),
)
# fmt: on

# Where an old key went to several new Kreise, the Reform listing it names the main one.
_REFORM_BY_KEY = {}
for _reform in REFORMS:
    for _key in (*_reform.old_keys, _reform.new_key):
        _REFORM_BY_KEY.setdefault(_key, _reform)


def reform_for(key):
    """The reform in which the Kreis ``key`` ended or was formed or grew, else None.

    A Gemeinde key or ARS names the reform of its Kreis where that Kreis ended or was newly
    formed: its Gemeinden's keys, which begin with the Kreis key, changed with it.
    """
    area = normalise_key(key)
    if not area.is_valid or area.level in ("land", "regierungsbezirk"):
        return None
    kreis = area.key[:5]
    reform = _REFORM_BY_KEY.get(kreis)
    if reform is None or area.level == "kreis":
        return reform
    if kreis in reform.old_keys or not reform.new_key_existed:
        return reform
    return None


# Land names and abbreviations as people write them, compared after ``name_key``.
_LAND_ALIASES = {
    "nrw": "05",
    "nordrheinwestfalen": "05",
    "northrhinewestphalia": "05",
    "badenwuerttemberg": "08",
    "badenwurttemberg": "08",
    "bavaria": "09",
    "hesse": "06",
    "lowersaxony": "03",
    "saxony": "14",
    "saxonyanhalt": "15",
    "thuringia": "16",
    "mecklenburgwesternpomerania": "13",
    "mecklenburgvorpommern": "13",
    "rhinelandpalatinate": "07",
    "schleswigholstein": "01",
    "bw": "08",
    "bawue": "08",
    "rlp": "07",
    "mv": "13",
}
_LAND_BY_KEY = {
    **{name_key(name): code for code, name in LAND_NAMES.items()},
    **{short.casefold(): code for code, short in LAND_CODES.items()},
    **{"de" + short.casefold(): code for code, short in LAND_CODES.items()},
    **_LAND_ALIASES,
}


def land_code(raw):
    """The two-digit code (``"06"``) of a Land given by name, ISO code, common abbreviation
    or number; None when it is none of these."""
    if raw is None or (isinstance(raw, float) and math.isnan(raw)):
        return None
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if float(raw).is_integer():
            code = f"{int(raw):02d}"
            return code if code in LAND_NAMES else None
        return None
    text = str(raw).strip()
    digits = text.removesuffix(".0")
    if digits.isdigit() and len(digits) <= 2:
        code = digits.zfill(2)
        return code if code in LAND_NAMES else None
    return _LAND_BY_KEY.get(name_key(text))


def land_name(raw):
    """The official name of a Land (``"Hessen"``), or None; see ``land_code``."""
    code = land_code(raw)
    return LAND_NAMES[code] if code else None
