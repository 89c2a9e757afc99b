"""Map labels for technical universities that a reader can use ("TH Aachen", "Uni Hannover").

The HRK list's short names put the town first and the kind of university after it, in the
HRK's own abbreviations ("Aachen TH", "Hannover U", "Freiberg TUBergAk", "Karlsruhe U KIT").
A map label reads the other way round, with the kind spelt as people say it; a word after the
kind is the university's own short name ("KIT"), which replaces the kind. Where the short
name's place is a region rather than the town ("Mittelhessen THM" in Gießen), the town follows
in brackets, so that every label names the town the point stands in.
"""

# The HRK's abbreviations of a kind of university, as a map reader knows them.
KINDS = {
    "U": "Uni",
    "TU": "TU",
    "TUBergAk": "TU Bergakademie",
    "TH": "TH",
    "THM": "TH",
    "OTH": "OTH",
    "HAW": "HAW",
    "FH": "FH",
    "HS": "Hochschule",
}


def facility_label(short_name, name, city):
    """The label of one university from its HRK short name, full name and town; the full
    name (with the town where it lacks it) when the short name is not of the HRK's form."""
    words = str(short_name or "").split()
    kind_at = next((index for index, word in enumerate(words) if word in KINDS), 0)
    if kind_at == 0:  # no kind, or no place before it
        label = str(name or short_name or "")
    else:
        place = " ".join(words[:kind_at])
        own_names = words[kind_at + 1 :]
        label = f"{' '.join(own_names) or KINDS[words[kind_at]]} {place}"
    if city and not names_town(label, str(city)):
        label = f"{label} ({city})"
    return label


def names_town(label, city):
    """Whether ``label`` names ``city`` or a part of a double name ("TU Clausthal" names
    Clausthal-Zellerfeld, "TU Cottbus-Senftenberg" names Cottbus)."""
    words = set(label.replace("-", " ").split())
    return city in label or any(part in words for part in city.replace("-", " ").split())
