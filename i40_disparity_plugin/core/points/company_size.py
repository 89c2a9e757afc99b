"""Company size classes, from a count of employees or from a size-class text.

Company size classes are the study's (Table 2): ``1–250``, ``250–5.000``, ``5.000–15.000`` and
``15.000+`` employees. The study's bounds overlap; here a count belongs to the class whose
upper bound it does not exceed: 250 is ``1–250``, 251 is ``250–5.000``, 5,000 is
``250–5.000``, 15,000 is ``5.000–15.000``, 15,001 is ``15.000+``. See ``size_class_of`` and
``parse_size_class``.

Pure Python, no pandas: the cross table and the dock use the classes where pandas may be
missing.
"""

import math
import re
import unicodedata

from ..messages import QT_TRANSLATE_NOOP
from ..readers.number_parsing import REASON_EMPTY

# The FES study's Table 2 order of company size classes (employees), as printed there.
SIZE_CLASSES = ("1–250", "250–5.000", "5.000–15.000", "15.000+")
# Upper bounds (inclusive) of the classes; the last class is open.
SIZE_CLASS_UPPER_BOUNDS = (250, 5000, 15000)

REASON_UNKNOWN_SIZE_CLASS = QT_TRANSLATE_NOOP("core", "no size class of the study can be read")
# fmt: off
REASON_SIZE_SPANS = QT_TRANSLATE_NOOP("core", "the size class spans several of the study's "
                                              "classes")
# fmt: on
REASON_SIZE_DIFFERS = QT_TRANSLATE_NOOP("core", "the size class given differs from the employees")


def size_class_of(employees):
    """The study's size class of a count of employees (each upper bound inclusive), or None
    for a missing or non-positive count."""
    if employees is None or isinstance(employees, bool):
        return None
    number = float(employees)
    if math.isnan(number) or number < 1:
        return None
    for upper, label in zip(SIZE_CLASS_UPPER_BOUNDS, SIZE_CLASSES):
        if number <= upper:
            return label
    return SIZE_CLASSES[-1]


_SIZE_NUMBER = re.compile(r"\d{1,3}(?:[.,' ]\d{3})+|\d+")
_OPEN_ABOVE = re.compile(r"\+|>|über|ueber|mehr als|more than|over|above|ab\b|from\b|≥")
_OPEN_BELOW = re.compile(r"<|≤|bis\b|unter|up to|under|less than|fewer than|weniger als|max")
_SME_WORDS = ("kmu", "sme", "kleine und mittlere", "small and medium")


def _size_numbers(text):
    return [int(re.sub(r"[.,' ]", "", number)) for number in _SIZE_NUMBER.findall(text)]


def parse_size_class(raw):
    """``(class, reason)`` read from a size-class text: exactly one of them is None.

    Ranges (``"250-5000"``, ``"1.000 bis 4.999"``) take the class holding both bounds, the
    lower bound read as exclusive because the study's classes share their bounds
    (``"250–5.000"`` is the second class, ``"50–249"`` the first); an open class
    (``"15.000+"``, ``"> 15000"``, ``"über 15.000"``, ``"ab 15.000"``) is ``15.000+`` when it
    starts at 15,000 or more; an upper limit (``"bis 250"``, ``"< 250"``) is ``1–250`` when it
    is at most 250; a bare number is a count of employees; ``KMU``/``SME`` (fewer than 250
    employees, EU definition) is ``1–250``. Anything that spans two classes is refused.
    """
    if raw is None or (isinstance(raw, float) and math.isnan(raw)):
        return None, REASON_EMPTY
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        label = size_class_of(raw)
        return (label, None) if label else (None, REASON_UNKNOWN_SIZE_CLASS)
    text = unicodedata.normalize("NFKC", str(raw)).strip().casefold()
    if not text:
        return None, REASON_EMPTY
    if any(word in text for word in _SME_WORDS):
        return SIZE_CLASSES[0], None
    numbers = _size_numbers(text)
    if not numbers:
        return None, REASON_UNKNOWN_SIZE_CLASS
    if len(numbers) >= 2:
        lower, upper = numbers[0], numbers[1]
        if lower > upper:
            return None, REASON_UNKNOWN_SIZE_CLASS
        first, last = size_class_of(lower + 1), size_class_of(upper)
        return (first, None) if first == last else (None, REASON_SIZE_SPANS)
    number = numbers[0]
    if _OPEN_ABOVE.search(text):
        if number >= SIZE_CLASS_UPPER_BOUNDS[-1]:
            return SIZE_CLASSES[-1], None
        return None, REASON_SIZE_SPANS
    if _OPEN_BELOW.search(text):
        if number <= SIZE_CLASS_UPPER_BOUNDS[0]:
            return SIZE_CLASSES[0], None
        return None, REASON_SIZE_SPANS
    label = size_class_of(number)
    return (label, None) if label else (None, REASON_UNKNOWN_SIZE_CLASS)
