"""The report's own words in German and English: titles, headings with units, notes.

Output-language texts, chosen by the report's LABEL_LANGUAGE like the labels on maps, not
by the UI's translation.
"""

DEFAULT_TITLE = {
    "de": "Industrie 4.0 und regionale Disparitäten: Bericht",
    "en": "Industry 4.0 and regional disparities: report",
}

TEXTS = {
    "de": {
        "created": "Erstellt am {created} mit dem QGIS-Plugin Industrie 4.0 Disparitäten, "
        "Version {version}.",
        "inputs": "Eingaben und Quellen",
        "input_name": "Eingabe",
        "input_file": "Datei",
        "input_parameters": "Parameter",
        "input_rights": "Quellenangaben",
        "attribution": "Quellenangaben der Daten",
        "no_inputs": "Keine Eingaben.",
        "no_attribution": "Die Eingaben nennen keine Quellen.",
        "absent": "Keine Tabelle angegeben.",
        "empty": "Die Tabelle ist leer.",
        "join_empty": "Alle Schlüssel wurden zugeordnet.",
        "from_table": "Aus: {name}",
        "chart": "Diagramm für die Gruppe „{group}“ aus: {name}",
        "iterations": "p-Werte aus {iterations} Zufallsverteilungen mit Startwert {seed}.",
        "no_maps": "Kein Atlas angegeben.",
        "map_pdf": "als PDF",
        "tables_csv": "Alle Tabellen auch als CSV-Dateien in {folder}.",
        "date_format": "%d.%m.%Y, %H:%M Uhr",
        "side_layer": "Gebiet",
        "side_table": "Tabelle",
    },
    "en": {
        "created": "Created on {created} with the QGIS plugin Industrie 4.0 Disparitäten, "
        "version {version}.",
        "inputs": "Inputs and sources",
        "input_name": "Input",
        "input_file": "File",
        "input_parameters": "Parameters",
        "input_rights": "Sources",
        "attribution": "Data attribution",
        "no_inputs": "No inputs.",
        "no_attribution": "The inputs name no sources.",
        "absent": "No table given.",
        "empty": "The table is empty.",
        "join_empty": "All keys were matched.",
        "from_table": "From: {name}",
        "chart": "Chart for the group “{group}” from: {name}",
        "iterations": "p-values from {iterations} random placements with seed {seed}.",
        "no_maps": "No atlas given.",
        "map_pdf": "as PDF",
        "tables_csv": "All tables also as CSV files in {folder}.",
        "date_format": "%Y-%m-%d %H:%M",
        "side_layer": "area",
        "side_table": "table",
    },
}

# Section titles, in the order the report shows them.
SECTION_TITLES = {
    "density": {"de": "Dichteklassen", "en": "Density bands"},
    "band_statistics": {
        "de": "Punkte je Dichteklasse gegenüber der Bevölkerung",
        "en": "Points per density band against population",
    },
    "crosstab": {"de": "Kreuztabelle", "en": "Cross table"},
    "distances": {
        "de": "Entfernungen zur nächsten Einrichtung",
        "en": "Distances to the nearest facility",
    },
    "join": {"de": "Nicht zugeordnete Schlüssel", "en": "Unmatched keys"},
    "maps": {"de": "Karten", "en": "Maps"},
}

# Stems of the CSV files, one per table kind (a number is added when a kind repeats).
CSV_STEMS = {
    "density": {"de": "dichteklassen", "en": "density_bands"},
    "band_statistics": {"de": "punkte_je_dichteklasse", "en": "points_per_band"},
    "crosstab": {"de": "kreuztabelle", "en": "cross_table"},
    "distances": {"de": "entfernungen", "en": "distances"},
    "join": {"de": "nicht_zugeordnet", "en": "unmatched"},
}

# Column headings, with units; the fields are those the plugin's algorithms write.
HEADINGS = {
    "group": {"de": "Gruppe", "en": "Group"},
    "band": {"de": "Klasse", "en": "Band"},
    "band_label": {"de": "Dichteklasse", "en": "Density band"},
    "n_areas": {"de": "Gebiete (Anzahl)", "en": "Areas (number)"},
    "population": {"de": "Einwohner", "en": "Population"},
    "area_km2": {"de": "Fläche (km²)", "en": "Area (km²)"},
    "share_population": {"de": "Anteil Einwohner (%)", "en": "Share of population (%)"},
    "share_areas": {"de": "Anteil Gebiete (%)", "en": "Share of areas (%)"},
    "share_area_km2": {"de": "Anteil Fläche (%)", "en": "Share of area (%)"},
    "points": {"de": "Punkte (Anzahl)", "en": "Points (number)"},
    "share": {"de": "Anteil Punkte (%)", "en": "Share of points (%)"},
    "cumulative_share": {
        "de": "Anteil in dieser oder dichterer Klasse (%)",
        "en": "Share in this or a denser band (%)",
    },
    "population_share": {"de": "Anteil Einwohner (%)", "en": "Share of population (%)"},
    "expected": {"de": "Erwartet (Punkte)", "en": "Expected (points)"},
    "enrichment": {
        "de": "Anreicherung (beobachtet/erwartet)",
        "en": "Enrichment (observed/expected)",
    },
    "p_value": {"de": "p-Wert", "en": "p-value"},
    "measure": {"de": "Gemessen für", "en": "Measured for"},
    "n": {"de": "Anzahl", "en": "Number"},
    "median_km": {"de": "Median (km)", "en": "Median (km)"},
    "within": {"de": "Anteil bis {km} km (%)", "en": "Share within {km} km (%)"},
    "side": {"de": "Seite", "en": "Side"},
    "key": {"de": "Schlüssel", "en": "Key"},
    "name": {"de": "Name", "en": "Name"},
    "reason": {"de": "Grund", "en": "Reason"},
    "detail": {"de": "Einzelheiten", "en": "Detail"},
}
