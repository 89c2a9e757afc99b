"""Attribution lines of the data sources the plugin knows, as their licences require them."""

PLZ_OSM_ZENSUS = (
    "PLZ-Gebiete: © OpenStreetMap-Mitwirkende (ODbL), aufbereitet von suche-postleitzahl.org; "
    "Einwohner: Zensus 2011"
)
BKG_VG5000_2021 = "Verwaltungsgebiete: © GeoBasis-DE / BKG 2021 (dl-de/by-2-0)"
# The lists shipped in data/ (data/README.md), named as a reader of a map understands them.
UNIVERSITIES_HRK = {
    "de": "Technische Hochschulen: Hochschulkompass der Hochschulrektorenkonferenz (HRK), 2025",
    "en": "Technical universities: Hochschulkompass of the German Rectors' Conference (HRK), 2025",
}
CENTRES_COMPILED = {
    "de": (
        "Industrie 4.0-Zentren: eigene Zusammenstellung aus öffentlich zugänglichen Webseiten "
        "(Presse- und Programmseiten 2015–2021), unvollständig"
    ),
    "en": (
        "Industrie 4.0 centres: compiled from publicly available web pages (press and "
        "programme pages 2015–2021), incomplete"
    ),
}
# Each known line in both languages, for pages written in the other one.
_IN_LANGUAGES = (
    {
        "de": PLZ_OSM_ZENSUS,
        "en": (
            "Postcode areas: © OpenStreetMap contributors (ODbL), prepared by "
            "suche-postleitzahl.org; population: Zensus 2011"
        ),
    },
    {"de": BKG_VG5000_2021, "en": "Administrative areas: © GeoBasis-DE / BKG 2021 (dl-de/by-2-0)"},
    UNIVERSITIES_HRK,
    CENTRES_COMPILED,
)
# How gis/provenance names a layer whose source nothing says.
_SOURCE_PREFIX = {"de": "Quelle: ", "en": "Source: "}

# Field sets by which a layer of a known source can be recognised when its own metadata
# names no rights (layers read from plain GeoJSON or shapefiles rarely carry any).
_KNOWN_SCHEMAS = (
    ({"plz", "einwohner", "qkm"}, PLZ_OSM_ZENSUS),
    # The attribute set of the BKG VG250/VG5000 products (all levels share it).
    ({"ags", "ars", "gen", "bez", "gf", "nuts"}, BKG_VG5000_2021),
    # The shipped lists (and the shared originals), also as placed points.
    ({"short_name", "category"}, UNIVERSITIES_HRK["de"]),
    ({"programme", "status"}, CENTRES_COMPILED["de"]),
)


def attribution_for_fields(field_names):
    """The attribution of the known source whose schema the fields contain, else None."""
    names = {name.lower() for name in field_names}
    for schema, attribution in _KNOWN_SCHEMAS:
        if schema <= names:
            return attribution
    return None


def attribution_in(line, language):
    """``line`` in ``language`` ("de", "en") where it is a known source's, else as it is."""
    for versions in _IN_LANGUAGES:
        if line in versions.values():
            return versions[language]
    for prefix in _SOURCE_PREFIX.values():
        if line.startswith(prefix):
            return _SOURCE_PREFIX[language] + line[len(prefix) :]
    return line
