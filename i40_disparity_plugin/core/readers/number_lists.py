"""Lists of numbers typed by users (density thresholds, class bounds), one rule for all.

- With ``;`` between the values, each value is a number as German writes it: decimal comma,
  thousands dot (``150,5; 300; 1.000``). A German user types this in the docks. A decimal
  point is read too where it cannot be a thousands dot (``12.5; 20``).
- Without ``;``, commas or blanks separate the values and decimals take a point
  (``150,300,500``, ``150.5 300``): the form of scripts, ``qgis_process`` and the defaults.

So ``150,5`` is two values, 150 and 5; callers that want ascending values say so in their
message and point to the ``;`` form (``typed_with_comma_separators``).
"""

import math
import re

from ..messages import QT_TRANSLATE_NOOP, CoreError
from ..number_format import format_number
from .number_parsing import parse_number

SEPARATOR = ";"
# pylupdate5 needs the context and the text's start on one line.
# fmt: off
NOT_A_NUMBER = QT_TRANSLATE_NOOP("core", "'{value}' is not a number. Separate the values with "
                                         "';' and write decimals with a comma (150,5; 300), "
                                         "or separate them with commas and write decimals "
                                         "with a point (150.5,300).")
# fmt: on


def parse_number_list(text):
    """The values of ``text`` as (the text typed, its number) pairs, in order."""
    text = (text or "").strip()
    if SEPARATOR in text:
        parts, decimals = [part.strip() for part in text.split(SEPARATOR)], (",", ".")
    else:
        parts, decimals = re.split(r"[,\s]+", text), (".",)
    values = []
    for part in filter(None, parts):
        parsed = next(
            (number for d in decimals if (number := parse_number(part, d)).value is not None),
            parse_number(part, decimals[0]),
        )
        # A statistics table's marks ("-" for zero, "(5)" for limited reliability) are no
        # values a user types.
        marked = parsed.from_dash or parsed.limited_reliability or parsed.quality
        if parsed.value is None or marked or not math.isfinite(parsed.value):
            raise CoreError(NOT_A_NUMBER, value=part)
        values.append((part, float(parsed.value)))
    return values


def format_number_list(values, language):
    """``values`` written as ``parse_number_list`` reads them back, as the language writes
    numbers: German with ``;`` between and decimal commas (``150,5; 300``), English with
    commas between and decimal points (``150.5, 300``). Without thousands separators, which
    an English list would take for separators of its values."""
    # Six decimals: the value given, not one rounded for a table.
    texts = [format_number(value, "en", decimals=6).replace(",", "") for value in values]
    if language == "de":
        return f"{SEPARATOR} ".join(text.replace(".", ",") for text in texts)
    return ", ".join(texts)


def typed_with_comma_separators(text):
    """Whether ``text`` separates values by commas, where one may have been a decimal comma."""
    return SEPARATOR not in (text or "") and "," in (text or "")
