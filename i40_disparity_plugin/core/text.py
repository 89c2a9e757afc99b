"""Text folding shared by every place that compares German names loosely."""

# Umlauts and ß as German writes them without special letters, so that "Fläche", "Flaeche"
# and "FLÄCHE" compare equal once lower-cased.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"})


def fold_umlauts(text):
    """``text`` with ä, ö, ü, ß written as ae, oe, ue, ss (call after lower-casing)."""
    return text.translate(_UMLAUTS)
