"""Numbers written the way the reader's language writes them."""

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
