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
        "input_file": "Datei oder Datenbanktabelle",
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
    },
    "en": {
        "created": "Created on {created} with the QGIS plugin Industrie 4.0 Disparitäten, "
        "version {version}.",
        "inputs": "Inputs and sources",
        "input_name": "Input",
        "input_file": "File or database table",
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
    },
}

# The title of the atlas pages' section, after the tables' (whose titles their declarations
# give, core/<feature>/outputs.py).
MAPS_TITLE = {"de": "Karten", "en": "Maps"}
