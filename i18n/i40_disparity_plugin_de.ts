<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>DensityBandsAlgorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="65"/>
        <source>Classify postal areas by density band</source>
        <translation>Postleitzahlgebiete nach Dichteklassen klassifizieren</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="68"/>
        <source>Population density</source>
        <translation>Bevölkerungsdichte</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="74"/>
        <source>&lt;p&gt;Computes the population density (inhabitants per km²) of every area, usually postal code areas (PLZ), and assigns it to a density band.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rule&lt;/b&gt; for ascending thresholds t1 &amp;lt; … &amp;lt; tk: band 1 is density ≤ t1, band i is t(i−1) &amp;lt; density ≤ t(i), the top band is density &amp;gt; tk. A density exactly on a threshold belongs to the band below.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Defaults&lt;/b&gt; 150, 300, 500 follow the Friedrich-Ebert-Stiftung study on Industrie 4.0: rural areas have at most 150 inhabitants per km² (BBSR definition), urban areas more than 300, densely populated areas over 500.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Area&lt;/b&gt;: taken from the area field (km²) if one is chosen, otherwise measured on the ellipsoid (the project's, or GRS 1980). Invalid geometries are repaired; the log counts them.&lt;/p&gt;&lt;p&gt;Areas with missing or negative population, or with missing or zero area, get no band; the field band_note says why. The summary table gives per band the number of areas, population, area and their shares (of all classified areas), optionally per group (e.g. per Land).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Berechnet die Bevölkerungsdichte (Einwohner je km²) jedes Gebiets, meist Postleitzahlgebiete (PLZ), und ordnet es einer Dichteklasse zu.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Regel&lt;/b&gt; für aufsteigende Schwellenwerte t1 &amp;lt; … &amp;lt; tk: Klasse 1 ist Dichte ≤ t1, Klasse i ist t(i−1) &amp;lt; Dichte ≤ t(i), die oberste Klasse ist Dichte &amp;gt; tk. Eine Dichte genau auf einem Schwellenwert gehört zur Klasse darunter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Voreinstellung&lt;/b&gt; 150, 300, 500 nach der Studie der Friedrich-Ebert-Stiftung zu Industrie 4.0: ländliche Räume haben maximal 150 Einwohner je km² (Definition des BBSR), städtische mehr als 300, dicht besiedelte über 500.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fläche&lt;/b&gt;: aus dem Flächenfeld (km²), wenn eines gewählt ist, sonst auf dem Ellipsoid gemessen (dem des Projekts oder GRS 1980). Ungültige Geometrien werden repariert; das Protokoll zählt sie.&lt;/p&gt;&lt;p&gt;Gebiete mit fehlender oder negativer Einwohnerzahl oder mit fehlender oder verschwindender Fläche erhalten keine Dichteklasse; das Feld band_note nennt den Grund. Die Übersichtstabelle enthält je Dichteklasse die Zahl der Gebiete, Einwohner, Fläche und ihre Anteile (an allen klassifizierten Gebieten), wahlweise je Gruppe (z. B. je Land).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="93"/>
        <source>Areas (polygons)</source>
        <translation>Gebiete (Polygone)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="98"/>
        <source>Population field</source>
        <translation>Feld mit der Einwohnerzahl</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="106"/>
        <source>Area field in km² (empty: measure on the ellipsoid)</source>
        <translation>Feld mit der Fläche in km² (leer: auf dem Ellipsoid messen)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="115"/>
        <source>Density thresholds in inhabitants per km², ascending</source>
        <translation>Dichte-Schwellenwerte in Einwohnern je km², aufsteigend</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="122"/>
        <source>Summarise also per group of (e.g. a Land field)</source>
        <translation>Zusätzlich je Gruppe zusammenfassen nach (z. B. einem Feld mit dem Land)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="130"/>
        <source>Language of the band labels</source>
        <translation>Sprache der Klassenbeschriftungen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="138"/>
        <source>Density bands</source>
        <translation>Dichteklassen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="143"/>
        <source>Band summary</source>
        <translation>Übersicht der Dichteklassen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="152"/>
        <source>Areas with a band</source>
        <translation>Gebiete mit Dichteklasse</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="153"/>
        <source>Areas without a band</source>
        <translation>Gebiete ohne Dichteklasse</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="154"/>
        <source>Geometries repaired</source>
        <translation>Reparierte Geometrien</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="155"/>
        <source>Areas per band (JSON)</source>
        <translation>Gebiete je Dichteklasse (JSON)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="169"/>
        <source>The input layer must contain polygons, but it contains {type}.</source>
        <translation>Der Eingabelayer muss Polygone enthalten, er enthält aber {type}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="176"/>
        <source>Choose the field that holds the population.</source>
        <translation>Wählen Sie das Feld mit der Einwohnerzahl.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="195"/>
        <source>The input layer has no coordinate reference system, so its areas cannot be measured. Set its CRS or choose an area field.</source>
        <translation>Der Eingabelayer hat kein Koordinatenbezugssystem, daher lassen sich seine Flächen nicht messen. Legen Sie sein KBS fest oder wählen Sie ein Flächenfeld.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="210"/>
        <source>The input&apos;s fields {names} are replaced by new values.</source>
        <translation>Die Felder {names} der Eingabe werden durch neue Werte ersetzt.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="285"/>
        <source>{count} invalid geometries were repaired (feature ids {ids}).</source>
        <translation>{count} ungültige Geometrien wurden repariert (Objekt-IDs {ids}).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="291"/>
        <source>{count} geometries could not be repaired and were written unchanged (feature ids {ids}).</source>
        <translation>{count} Geometrien ließen sich nicht reparieren und wurden unverändert geschrieben (Objekt-IDs {ids}).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="336"/>
        <source>Density band summary</source>
        <translation>Übersicht der Dichteklassen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="349"/>
        <source>{count} areas without a band: {reason}</source>
        <translation>{count} Gebiete ohne Dichteklasse: {reason}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="394"/>
        <source>field '{field}' (km²)</source>
        <translation>Feld '{field}' (km²)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="394"/>
        <source>measured on the ellipsoid {ellipsoid}</source>
        <translation>gemessen auf dem Ellipsoid {ellipsoid}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="403"/>
        <source>Population density bands computed by the QGIS plugin Industrie 4.0 Disparitäten (algorithm i40disparity:densitybands). Input: {input}. Population: field '{population}'. Area: {area}. Thresholds (inhabitants per km²): {thresholds}; band 1 is density ≤ the first threshold, a density on a threshold belongs to the band below.</source>
        <translation>Dichteklassen der Bevölkerung, berechnet mit dem QGIS-Plugin Industrie 4.0 Disparitäten (Algorithmus i40disparity:densitybands). Eingabe: {input}. Einwohner: Feld '{population}'. Fläche: {area}. Schwellenwerte (Einwohner je km²): {thresholds}; Klasse 1 ist Dichte ≤ dem ersten Schwellenwert, eine Dichte genau auf einem Schwellenwert gehört zur Klasse darunter.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="415"/>
        <source>Density bands of {input}</source>
        <translation>Dichteklassen von {input}</translation>
    </message>
</context>
<context>
    <name>DensityBandsPanel</name>
    <message>
        <location filename="../ui/density_bands_panel.ui" line="19"/>
        <source>Areas (polygons)</source>
        <translation>Gebiete (Polygone)</translation>
    </message>
    <message>
        <location filename="../ui/density_bands_panel.ui" line="29"/>
        <source>Population</source>
        <translation>Einwohner</translation>
    </message>
    <message>
        <location filename="../ui/density_bands_panel.ui" line="39"/>
        <source>Area (km²)</source>
        <translation>Fläche (km²)</translation>
    </message>
    <message>
        <location filename="../ui/density_bands_panel.ui" line="46"/>
        <source>Leave empty to measure the areas on the ellipsoid.</source>
        <translation>Leer lassen, um die Flächen auf dem Ellipsoid zu messen.</translation>
    </message>
    <message>
        <location filename="../ui/density_bands_panel.ui" line="53"/>
        <source>Thresholds (inh./km²)</source>
        <translation>Schwellenwerte (E/km²)</translation>
    </message>
    <message>
        <location filename="../ui/density_bands_panel.ui" line="60"/>
        <source>Ascending, separated by commas. Band 1 is density ≤ the first threshold; a density on a threshold belongs to the band below.</source>
        <translation>Aufsteigend, durch Kommas getrennt. Klasse 1 ist Dichte ≤ dem ersten Schwellenwert; eine Dichte genau auf einem Schwellenwert gehört zur Klasse darunter.</translation>
    </message>
    <message>
        <location filename="../ui/density_bands_panel.ui" line="71"/>
        <source>Classify</source>
        <translation>Klassifizieren</translation>
    </message>
    <message>
        <location filename="../ui/density_bands_panel.ui" line="81"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="52"/>
        <source>Density bands {layer}</source>
        <translation>Dichteklassen {layer}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="54"/>
        <source>Band summary {layer}</source>
        <translation>Übersicht Dichteklassen {layer}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="69"/>
        <source>Choose the field that holds the population.</source>
        <translation>Wählen Sie das Feld mit der Einwohnerzahl.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="82"/>
        <source>Classifying…</source>
        <translation>Klassifiziere …</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="90"/>
        <source>Cancelling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="103"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="105"/>
        <source>Failed: {message}</source>
        <translation>Fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="108"/>
        <source>{classified} areas classified, {unclassified} without a band, {repaired} geometries repaired.</source>
        <translation>{classified} Gebiete klassifiziert, {unclassified} ohne Dichteklasse, {repaired} Geometrien repariert.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="124"/>
        <source>Band</source>
        <translation>Dichteklasse</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="124"/>
        <source>Areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="124"/>
        <source>% of areas</source>
        <translation>% der Gebiete</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="124"/>
        <source>% of population</source>
        <translation>% der Einwohner</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="124"/>
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="124"/>
        <source>% of km²</source>
        <translation>% der Fläche</translation>
    </message>
</context>
<context>
    <name>I40Algorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/base.py" line="20"/>
        <source>The input layer has no field named &apos;{name}&apos;.</source>
        <translation>Der Eingabelayer hat kein Feld namens '{name}'.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/base.py" line="29"/>
        <source>The field &apos;{name}&apos; holds {type}, not numbers. Choose a numeric field or convert it first.</source>
        <translation>Das Feld '{name}' enthält {type}, keine Zahlen. Wählen Sie ein numerisches Feld oder wandeln Sie es zuerst um.</translation>
    </message>
</context>
<context>
    <name>I40DisparityPlugin</name>
    <message>
        <location filename="../i40_disparity_plugin/plugin.py" line="43"/>
        <source>Industry 4.0 disparities</source>
        <translation>Industrie 4.0 Disparitäten</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/plugin.py" line="45"/>
        <source>Density bands</source>
        <translation>Dichteklassen</translation>
    </message>
</context>
<context>
    <name>I40DisparityProvider</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/provider.py" line="18"/>
        <source>Industry 4.0 disparities</source>
        <translation>Industrie 4.0 Disparitäten</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../i40_disparity_plugin/core/density.py" line="28"/>
        <source>population missing</source>
        <translation>Einwohnerzahl fehlt</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density.py" line="29"/>
        <source>population negative</source>
        <translation>Einwohnerzahl negativ</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density.py" line="30"/>
        <source>area missing</source>
        <translation>Fläche fehlt</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density.py" line="31"/>
        <source>area zero or negative</source>
        <translation>Fläche null oder negativ</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density.py" line="57"/>
        <source>Enter at least one density threshold.</source>
        <translation>Geben Sie mindestens einen Dichte-Schwellenwert an.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density.py" line="60"/>
        <source>Density thresholds must be finite and not negative: {value}.</source>
        <translation>Dichte-Schwellenwerte müssen endlich und nicht negativ sein: {value}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density.py" line="44"/>
        <source>&apos;{value}&apos; is not a number. Write thresholds like 150,300,500 (with a decimal point, not a comma).</source>
        <translation>'{value}' ist keine Zahl. Schreiben Sie Schwellenwerte wie 150,300,500 (mit Dezimalpunkt, nicht Komma).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density.py" line="70"/>
        <source>Density thresholds must be strictly ascending: {lower} is followed by {upper}.</source>
        <translation>Dichte-Schwellenwerte müssen streng aufsteigend sein: auf {lower} folgt {upper}.</translation>
    </message>
</context>
</TS>
