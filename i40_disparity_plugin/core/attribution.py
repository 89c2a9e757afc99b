"""Attribution lines of the data sources the plugin knows, as their licences require them."""

PLZ_OSM_ZENSUS = (
    "PLZ-Gebiete: © OpenStreetMap-Mitwirkende (ODbL), aufbereitet von suche-postleitzahl.org; "
    "Einwohner: Zensus 2011"
)
BKG_VG5000_2021 = "Verwaltungsgebiete: © GeoBasis-DE / BKG 2021 (dl-de/by-2-0)"

# Field sets by which a layer of a known source can be recognised when its own metadata
# names no rights (layers read from plain GeoJSON or shapefiles rarely carry any).
_KNOWN_SCHEMAS = (
    ({"plz", "einwohner", "qkm"}, PLZ_OSM_ZENSUS),
    # The attribute set of the BKG VG250/VG5000 products (all levels share it).
    ({"ags", "ars", "gen", "bez", "gf", "nuts"}, BKG_VG5000_2021),
)


def attribution_for_fields(field_names):
    """The attribution of the known source whose schema the fields contain, else None."""
    names = {name.lower() for name in field_names}
    for schema, attribution in _KNOWN_SCHEMAS:
        if schema <= names:
            return attribution
    return None
