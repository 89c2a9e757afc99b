"""Sectors of use cases: whether a sector text names manufacturing in the study's sense.

Pure Python, no pandas.
"""

import math
import re

from ..text import fold_umlauts

# Sector texts are folded like column names: lower case, umlauts as ae/oe/ue, ß as ss.

# Manufacturing ("produzierendes Gewerbe ohne Baugewerbe", as in the study) is WZ 2008
# sections B (mining, divisions 05–09), C (manufacturing, 10–33), D (energy, 35) and E (water,
# waste, 36–39); construction (F, 41–43) is excluded. Words are matched as parts of the folded
# sector text ("Maschinen- und Anlagenbau" holds "anlagenbau").
MANUFACTURING_WORDS = (
    "produzierendes gewerbe",
    "verarbeitendes gewerbe",
    "manufactur",
    "produktion",
    "production",
    "fertigung",
    "maschinenbau",
    "maschinen",
    "anlagenbau",
    "machinery",
    "mechanical engineering",
    "automobil",
    "automotive",
    "fahrzeug",
    "vehicle",
    "kfz",
    "zulieferer",
    "elektrotechnik",
    "elektroindustrie",
    "elektronik",
    "electronic",
    "electrical",
    "halbleiter",
    "semiconductor",
    "chemie",
    "chemisch",
    "chemical",
    "pharma",
    "kunststoff",
    "plastic",
    "gummi",
    "rubber",
    "metall",
    "metal",
    "stahl",
    "steel",
    "giesserei",
    "foundry",
    "werkzeugbau",
    "feinmechanik",
    "optik",
    "optical",
    "medizintechnik",
    "medical devices",
    "luft- und raumfahrt",
    "luftfahrt",
    "aerospace",
    "lebensmittel",
    "nahrungsmittel",
    "food",
    "getraenke",
    "beverage",
    "textil",
    "papier",
    "paper",
    "glas",
    "keramik",
    "moebel",
    "furniture",
    "holzverarbeitung",
    "druckerei",
    "bergbau",
    "mining",
    "energieversorgung",
    "energiewirtschaft",
    "energy supply",
    "utilities",
    "wasserversorgung",
    "abwasser",
    "abfall",
    "entsorgung",
    "recycling",
    "waste",
)
CONSTRUCTION_WORDS = (
    "baugewerbe",
    "bauwirtschaft",
    "bauindustrie",
    "bauhauptgewerbe",
    "hochbau",
    "tiefbau",
    "construction",
)
_WZ_CODE = re.compile(r"^(?:wz\s*(?:2008)?\s*)?([a-u])?\s*(\d{2})?(?:[.\s]|$)")
_MANUFACTURING_SECTIONS = ("b", "c", "d", "e")


def is_manufacturing(sector):
    """Whether a sector text names manufacturing in the study's sense (see above).

    A WZ 2008 code at the start (``"C"``, ``"C 28"``, ``"28.1"``, ``"WZ 29"``) decides by its
    section or division; otherwise words do: any word of ``MANUFACTURING_WORDS`` and none of
    ``CONSTRUCTION_WORDS``. Empty or missing sectors are not manufacturing.
    """
    if sector is None or (isinstance(sector, float) and math.isnan(sector)):
        return False
    text = fold_umlauts(str(sector).strip().casefold())
    if not text:
        return False
    code = _WZ_CODE.match(text)
    if code and (code.group(1) or code.group(2)) and _is_wz_code(text, code):
        section, division = code.group(1), code.group(2)
        if division:
            return 5 <= int(division) <= 39 and int(division) != 34
        return section in _MANUFACTURING_SECTIONS
    if any(word in text for word in CONSTRUCTION_WORDS):
        return False
    return any(word in text for word in MANUFACTURING_WORDS)


def _is_wz_code(text, code):
    """A WZ code stands alone or before a blank/dot: ``"C"``, ``"c 28 …"``, ``"28.11"``;
    a word that merely starts with a letter (``"chemie"``) is none."""
    end = code.end(2) if code.group(2) else code.end(1)
    rest = text[end:]
    return not rest or not rest[0].isalpha()
