"""Numbers written the way the reader's language writes them, and lists of them read."""

from .messages import QT_TRANSLATE_NOOP, CoreError

LANGUAGES = ("de", "en")


def format_number(value, language, decimals=2, fixed=False):
    """Format ``value`` with at most ``decimals`` decimals, trailing zeros dropped (all
    ``decimals`` kept with ``fixed``, so that a table's column lines up).

    German uses a decimal comma and a thousands dot (``1.234,5``), English the reverse
    (``1,234.5``).
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    text = f"{value:,.{decimals}f}"
    if "." in text and not fixed:
        text = text.rstrip("0").rstrip(".")
    if text.lstrip("-0.") == "" and text.startswith("-"):
        text = text[1:]  # no "-0" or "-0.0" from rounding a tiny negative value
    if language == "de":
        text = text.translate(str.maketrans(",.", ".,"))
    return text


def parse_distances(text):
    """Distances in km such as ``"10,25,50"`` (also ``;`` or blanks between), ascending."""
    parts = [part for part in text.replace(";", ",").replace(" ", ",").split(",") if part]
    try:
        values = sorted({float(part) for part in parts})
    except ValueError:
        # fmt: off
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "Write distances in km like 10,25,50 (decimal point, "
                                      "not comma): '{text}'."),
            text=text,
        ) from None
        # fmt: on
    if not values or values[0] <= 0 or any(v != v or v == float("inf") for v in values):
        raise CoreError(
            QT_TRANSLATE_NOOP("core", "Give at least one distance in km above zero: '{text}'."),
            text=text,
        )
    return tuple(values)
