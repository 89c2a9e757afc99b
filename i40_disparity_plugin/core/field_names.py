"""Guessing which field of a layer holds what, from the names official exports use; and which
input fields a new field replaces."""

POPULATION_FIELD_NAMES = (
    "einwohner",
    "ew",
    "bevoelkerung",
    "bevölkerung",
    "bev_insg",
    "population",
    "pop",
    "inhabitants",
)
AREA_KM2_FIELD_NAMES = ("qkm", "flaeche_km2", "fläche_km2", "area_km2", "km2", "flaeche", "fläche")


def guess_field(field_names, candidates):
    """The first field whose name (ignoring case) is a candidate, in the candidates' order."""
    by_lower = {name.lower(): name for name in field_names}
    for candidate in candidates:
        if candidate in by_lower:
            return by_lower[candidate]
    return None


# Official area keys: AGS (Gemeinde/Kreis), ARS/RS (regional key), INKAR's Kennziffer.
AREA_KEY_FIELD_NAMES = ("ags", "ars", "rs", "ags_kreis", "kennziffer", "krs", "schluessel", "key")
# Names of areas, for reports: BKG's GEN, INKAR's Raumeinheit, generic ones.
AREA_NAME_FIELD_NAMES = ("gen", "name", "raumeinheit", "bezeichnung", "gemeinde", "kreis")
POSTCODE_FIELD_NAMES = ("plz", "postleitzahl", "plz5", "postcode", "zip")


def replaced_fields(field_names, new_names):
    """The input's fields that fields named ``new_names`` replace: GeoPackage and shapefile
    field names ignore case, so "Dichte" would clash with "dichte"."""
    new = {name.lower() for name in new_names}
    return [name for name in field_names if name.lower() in new]
