"""Numbers written the way the reader's language writes them."""

LANGUAGES = ("de", "en")


def format_number(value, language, decimals=2):
    """Format ``value`` with at most ``decimals`` decimals, trailing zeros dropped.

    German uses a decimal comma and a thousands dot (``1.234,5``), English the reverse
    (``1,234.5``).
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    if language == "de":
        text = text.translate(str.maketrans(",.", ".,"))
    return text
