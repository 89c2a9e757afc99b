<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AlgorithmPanel</name>
    <message>
        <location filename="../i40_disparity_plugin/gui/algorithm_panel.py" line="48"/>
        <source>Cancelling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/algorithm_panel.py" line="64"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/algorithm_panel.py" line="66"/>
        <source>Failed: {message}</source>
        <translation>Fehlgeschlagen: {message}</translation>
    </message>
</context>
<context>
    <name>ChoroplethAlgorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="68"/>
        <source>Style a choropleth map</source>
        <translation>Choroplethenkarte gestalten</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="71"/>
        <source>District indicators</source>
        <translation>Kreisindikatoren</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="77"/>
        <source>&lt;p&gt;Colours the features of a loaded layer by the classes of a numeric field and applies the style to that layer. The layer's data and metadata are not changed, so print layouts can still take the source attribution from its metadata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt; (QGIS's own classifications; qgis_process takes the number): 0 natural breaks (Jenks), 1 quantiles (equal count), 2 equal intervals, 3 pretty breaks (round numbers; may give a class more or fewer than asked), 4 fixed breaks. Default: 0 with 5 classes (2 to 12).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fixed breaks&lt;/b&gt; are the class upper bounds, ascending, separated by commas, with a decimal point: 20,30,40 gives the classes ≤ 20, 20 – 30 and 30 – 40, and one more class &amp;gt; 40 (with a warning) if values exceed 40. The number of classes is then ignored. The same breaks give comparable maps of different regions.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rule&lt;/b&gt;: a class includes its upper bound, so a value on a break belongs to the class below. When a field has fewer different values than classes, fewer classes are made and the log says so. The output BREAKS lists the upper bounds in the form that fixed breaks accept.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Missing values&lt;/b&gt; (NULL) belong to no class; such features are drawn in grey and listed as 'keine Daten' (no data) in the legend. This is why the style is rule-based (one rule per class): QGIS's graduated renderer cannot draw NULL. The lowest and highest rules are open-ended, so the style re-applied to newer data draws every value.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Colour ramp&lt;/b&gt;: the name of a ramp in the QGIS style manager, e.g. YlOrRd (default), Reds, Blues, Greens, Viridis; optionally inverted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Legend labels&lt;/b&gt; such as '12,5 – 20,0 %' use the German (or English) number format and the unit, taken by default from a bracket at the end of the field's alias ('Beschäftigte Sekundärer Sektor 2017 (%)'). Whole-number breaks get no decimals; otherwise the span of the breaks sets them (two decimals for a span from 1 to 10, one fewer for each tenfold), more if two breaks would print alike.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Style file&lt;/b&gt;: optionally the symbology as a .qml file, to apply it again (Layer Properties ▸ Style ▸ Load Style, or the algorithm 'Set layer style').&lt;/p&gt;&lt;p&gt;Ratios such as population density or shares can be computed first with 'Derive an indicator (ratio or density)'.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Färbt die Objekte eines geladenen Layers nach den Klassen eines numerischen Felds ein und wendet den Stil auf diesen Layer an. Daten und Metadaten des Layers bleiben unverändert, Drucklayouts können die Quellenangabe also weiterhin aus seinen Metadaten übernehmen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methode&lt;/b&gt; (die Klassifizierungen von QGIS; qgis_process erwartet die Nummer): 0 Natürliche Unterbrechungen (Jenks), 1 Quantile (gleiche Anzahl), 2 Gleiche Intervalle, 3 Schöne Unterbrechungen (runde Zahlen; kann eine Klasse mehr oder weniger als gewünscht ergeben), 4 Feste Klassengrenzen. Vorgabe: 0 mit 5 Klassen (2 bis 12).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Feste Klassengrenzen&lt;/b&gt; sind die Klassenobergrenzen, aufsteigend, durch Kommas getrennt, mit Dezimalpunkt: 20,30,40 ergibt die Klassen ≤ 20, 20 – 30 und 30 – 40 sowie eine weitere Klasse &amp;gt; 40 (mit Warnung), wenn Werte über 40 liegen. Die Anzahl der Klassen wird dann ignoriert. Dieselben Grenzen ergeben vergleichbare Karten verschiedener Regionen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Regel&lt;/b&gt;: Eine Klasse schließt ihre Obergrenze ein, ein Wert genau auf einer Grenze gehört also zur Klasse darunter. Hat ein Feld weniger verschiedene Werte als Klassen, entstehen weniger Klassen; das Protokoll weist darauf hin. Die Ausgabe BREAKS nennt die Obergrenzen in der Form, die feste Klassengrenzen erwarten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fehlende Werte&lt;/b&gt; (NULL) gehören zu keiner Klasse; solche Objekte werden grau gezeichnet und in der Legende als 'keine Daten' geführt. Deshalb ist der Stil regelbasiert (eine Regel je Klasse): Die abgestufte Darstellung von QGIS kann NULL nicht zeichnen. Unterste und oberste Regel sind nach außen offen, sodass der Stil auch auf neuere Daten angewendet jeden Wert zeichnet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Farbverlauf&lt;/b&gt;: der Name eines Farbverlaufs in der QGIS-Stilverwaltung, z. B. YlOrRd (Vorgabe), Reds, Blues, Greens, Viridis; wahlweise invertiert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Legendenbeschriftungen&lt;/b&gt; wie '12,5 – 20,0 %' verwenden das deutsche (oder englische) Zahlenformat und die Einheit, die standardmäßig aus einer Klammer am Ende des Feldalias stammt ('Beschäftigte Sekundärer Sektor 2017 (%)'). Ganzzahlige Grenzen erhalten keine Nachkommastellen; sonst bestimmt die Spannweite der Grenzen ihre Zahl (zwei bei einer Spannweite von 1 bis 10, je Zehnfachem eine weniger), mehr, wenn zwei Grenzen sonst gleich aussähen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stildatei&lt;/b&gt;: wahlweise die Symbolisierung als .qml-Datei, um sie erneut anzuwenden (Layereigenschaften ▸ Stil ▸ Lade Stil… oder der Algorithmus 'Layerstil setzen').&lt;/p&gt;&lt;p&gt;Quotienten wie die Bevölkerungsdichte oder Anteile lassen sich vorher mit 'Indikator ableiten (Quotient oder Dichte)' berechnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="113"/>
        <source>Layer to style</source>
        <translation>Zu gestaltender Layer</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="118"/>
        <source>Field to map (numeric)</source>
        <translation>Darzustellendes Feld (numerisch)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="126"/>
        <source>Classification method</source>
        <translation>Klassifizierungsmethode</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="126"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Natürliche Unterbrechungen (Jenks)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="126"/>
        <source>Quantiles (equal count)</source>
        <translation>Quantile (gleiche Anzahl)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="126"/>
        <source>Equal intervals</source>
        <translation>Gleiche Intervalle</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="126"/>
        <source>Pretty breaks</source>
        <translation>Schöne Unterbrechungen (Pretty Breaks)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="126"/>
        <source>Fixed breaks</source>
        <translation>Feste Klassengrenzen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="184"/>
        <source>Number of classes</source>
        <translation>Anzahl der Klassen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="150"/>
        <source>Fixed breaks: class upper bounds, ascending (e.g. 20,30,40)</source>
        <translation>Feste Klassengrenzen: Klassenobergrenzen, aufsteigend (z. B. 20,30,40)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="157"/>
        <source>Colour ramp (name in the QGIS style)</source>
        <translation>Farbverlauf (Name in der QGIS-Stilverwaltung)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="162"/>
        <source>Invert the colour ramp</source>
        <translation>Farbverlauf invertieren</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="167"/>
        <source>Unit in the legend (empty: from the field alias, e.g. '… (%)')</source>
        <translation>Einheit in der Legende (leer: aus dem Feldalias, z. B. '… (%)')</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="174"/>
        <source>Language of the legend labels</source>
        <translation>Sprache der Legendenbeschriftungen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="175"/>
        <source>Style file</source>
        <translation>Stildatei</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="175"/>
        <source>QGIS layer style (*.qml)</source>
        <translation>QGIS-Layerstil (*.qml)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="185"/>
        <source>Class upper bounds, ascending</source>
        <translation>Klassenobergrenzen, aufsteigend</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="220"/>
        <source>The layer &apos;{layer}&apos; has no geometries, so there is nothing to colour.</source>
        <translation>Der Layer '{layer}' hat keine Geometrien, es gibt also nichts einzufärben.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="227"/>
        <source>Choose the numeric field to map.</source>
        <translation>Wählen Sie das numerische Feld, das dargestellt werden soll.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="230"/>
        <source>The QGIS style has no colour ramp named &apos;{name}&apos;. Its ramps include {names}.</source>
        <translation>Die QGIS-Stilverwaltung enthält keinen Farbverlauf namens '{name}'. Vorhanden sind u. a. {names}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="250"/>
        <source>The field &apos;{field}&apos; holds no numbers: all {count} features are NULL.</source>
        <translation>Das Feld '{field}' enthält keine Zahlen: Alle {count} Objekte sind NULL.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="259"/>
        <source>Values exceed the last break, so a class above it was added.</source>
        <translation>Werte liegen über der letzten Klassengrenze, daher wurde darüber eine Klasse ergänzt.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="270"/>
        <source>{label}: {count} features</source>
        <translation>{label}: {count} Objekte</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="272"/>
        <source>{count} features without a value are drawn in grey as &apos;{label}&apos;.</source>
        <translation>{count} Objekte ohne Wert werden grau als '{label}' dargestellt.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="365"/>
        <source>The style file {path} could not be written: {message}</source>
        <translation>Die Stildatei {path} konnte nicht geschrieben werden: {message}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="310"/>
        <source>The layer was opened from a file for this run only: choose a style file to keep the style.</source>
        <translation>Der Layer wurde nur für diesen Lauf aus einer Datei geöffnet: Wählen Sie eine Stildatei, um den Stil zu behalten.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="342"/>
        <source>Pretty breaks give {found} classes instead of {asked}.</source>
        <translation>Schöne Unterbrechungen ergeben {found} statt {asked} Klassen.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="348"/>
        <source>Only {found} classes instead of {asked}: the field has {distinct} different values, and classes that would hold none of their own were merged.</source>
        <translation>Nur {found} statt {asked} Klassen: Das Feld hat {distinct} verschiedene Werte, und Klassen ohne eigene Werte wurden zusammengelegt.</translation>
    </message>
</context>
<context>
    <name>DensityBandsAlgorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="58"/>
        <source>Classify postal areas by density band</source>
        <translation>Postleitzahlgebiete nach Dichteklassen klassifizieren</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="61"/>
        <source>Population density</source>
        <translation>Bevölkerungsdichte</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="67"/>
        <source>&lt;p&gt;Computes the population density (inhabitants per km²) of every area, usually postal code areas (PLZ), and assigns it to a density band.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rule&lt;/b&gt; for ascending thresholds t1 &amp;lt; … &amp;lt; tk: band 1 is density ≤ t1, band i is t(i−1) &amp;lt; density ≤ t(i), the top band is density &amp;gt; tk. A density exactly on a threshold belongs to the band below.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Defaults&lt;/b&gt; 150, 300, 500 follow the Friedrich-Ebert-Stiftung study on Industrie 4.0: rural areas have at most 150 inhabitants per km² (BBSR definition), urban areas more than 300, densely populated areas over 500.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Area&lt;/b&gt;: taken from the area field (km²) if one is chosen, otherwise measured on the ellipsoid (the project's, or GRS 1980). Invalid geometries are repaired; the log counts them.&lt;/p&gt;&lt;p&gt;Areas with missing or negative population, or with missing or zero area, get no band; the field band_note says why. The summary table gives per band the number of areas, population, area and their shares (of all classified areas), optionally per group (e.g. per Land).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Berechnet die Bevölkerungsdichte (Einwohner je km²) jedes Gebiets, meist Postleitzahlgebiete (PLZ), und ordnet es einer Dichteklasse zu.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Regel&lt;/b&gt; für aufsteigende Schwellenwerte t1 &amp;lt; … &amp;lt; tk: Klasse 1 ist Dichte ≤ t1, Klasse i ist t(i−1) &amp;lt; Dichte ≤ t(i), die oberste Klasse ist Dichte &amp;gt; tk. Eine Dichte genau auf einem Schwellenwert gehört zur Klasse darunter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Voreinstellung&lt;/b&gt; 150, 300, 500 nach der Studie der Friedrich-Ebert-Stiftung zu Industrie 4.0: ländliche Räume haben maximal 150 Einwohner je km² (Definition des BBSR), städtische mehr als 300, dicht besiedelte über 500.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fläche&lt;/b&gt;: aus dem Flächenfeld (km²), wenn eines gewählt ist, sonst auf dem Ellipsoid gemessen (dem des Projekts oder GRS 1980). Ungültige Geometrien werden repariert; das Protokoll zählt sie.&lt;/p&gt;&lt;p&gt;Gebiete mit fehlender oder negativer Einwohnerzahl oder mit fehlender oder verschwindender Fläche erhalten keine Dichteklasse; das Feld band_note nennt den Grund. Die Übersichtstabelle enthält je Dichteklasse die Zahl der Gebiete, Einwohner, Fläche und ihre Anteile (an allen klassifizierten Gebieten), wahlweise je Gruppe (z. B. je Land).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="86"/>
        <source>Areas (polygons)</source>
        <translation>Gebiete (Polygone)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="91"/>
        <source>Population field</source>
        <translation>Feld mit der Einwohnerzahl</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="99"/>
        <source>Area field in km² (empty: measure on the ellipsoid)</source>
        <translation>Feld mit der Fläche in km² (leer: auf dem Ellipsoid messen)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="108"/>
        <source>Density thresholds in inhabitants per km², ascending</source>
        <translation>Dichte-Schwellenwerte in Einwohnern je km², aufsteigend</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="115"/>
        <source>Summarise also per group of (e.g. a Land field)</source>
        <translation>Zusätzlich je Gruppe zusammenfassen nach (z. B. einem Feld mit dem Land)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="122"/>
        <source>Language of the band labels</source>
        <translation>Sprache der Klassenbeschriftungen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="123"/>
        <source>Density bands</source>
        <translation>Dichteklassen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="128"/>
        <source>Band summary</source>
        <translation>Übersicht der Dichteklassen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="137"/>
        <source>Areas with a band</source>
        <translation>Gebiete mit Dichteklasse</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="138"/>
        <source>Areas without a band</source>
        <translation>Gebiete ohne Dichteklasse</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="139"/>
        <source>Geometries repaired</source>
        <translation>Reparierte Geometrien</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="140"/>
        <source>Areas per band (JSON)</source>
        <translation>Gebiete je Dichteklasse (JSON)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="147"/>
        <source>The input layer must contain polygons, but it contains {type}.</source>
        <translation>Der Eingabelayer muss Polygone enthalten, er enthält aber {type}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="154"/>
        <source>Choose the field that holds the population.</source>
        <translation>Wählen Sie das Feld mit der Einwohnerzahl.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="173"/>
        <source>The input layer has no coordinate reference system, so its areas cannot be measured. Set its CRS or choose an area field.</source>
        <translation>Der Eingabelayer hat kein Koordinatenbezugssystem, daher lassen sich seine Flächen nicht messen. Legen Sie sein KBS fest oder wählen Sie ein Flächenfeld.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="183"/>
        <source>The input&apos;s fields {names} are replaced by new values.</source>
        <translation>Die Felder {names} der Eingabe werden durch neue Werte ersetzt.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="256"/>
        <source>{count} invalid geometries were repaired (feature ids {ids}).</source>
        <translation>{count} ungültige Geometrien wurden repariert (Objekt-IDs {ids}).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="262"/>
        <source>{count} geometries could not be repaired and were written unchanged (feature ids {ids}).</source>
        <translation>{count} Geometrien ließen sich nicht reparieren und wurden unverändert geschrieben (Objekt-IDs {ids}).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="307"/>
        <source>Density band summary</source>
        <translation>Übersicht der Dichteklassen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="320"/>
        <source>{count} areas without a band: {reason}</source>
        <translation>{count} Gebiete ohne Dichteklasse: {reason}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="365"/>
        <source>field '{field}' (km²)</source>
        <translation>Feld '{field}' (km²)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="365"/>
        <source>measured on the ellipsoid {ellipsoid}</source>
        <translation>gemessen auf dem Ellipsoid {ellipsoid}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="374"/>
        <source>Population density bands computed by the QGIS plugin Industrie 4.0 Disparitäten (algorithm i40disparity:densitybands). Input: {input}. Population: field '{population}'. Area: {area}. Thresholds (inhabitants per km²): {thresholds}; band 1 is density ≤ the first threshold, a density on a threshold belongs to the band below.</source>
        <translation>Dichteklassen der Bevölkerung, berechnet mit dem QGIS-Plugin Industrie 4.0 Disparitäten (Algorithmus i40disparity:densitybands). Eingabe: {input}. Einwohner: Feld '{population}'. Fläche: {area}. Schwellenwerte (Einwohner je km²): {thresholds}; Klasse 1 ist Dichte ≤ dem ersten Schwellenwert, eine Dichte genau auf einem Schwellenwert gehört zur Klasse darunter.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="386"/>
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
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="78"/>
        <source>Classifying…</source>
        <translation>Klassifiziere …</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="83"/>
        <source>{classified} areas classified, {unclassified} without a band, {repaired} geometries repaired.</source>
        <translation>{classified} Gebiete klassifiziert, {unclassified} ohne Dichteklasse, {repaired} Geometrien repariert.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="99"/>
        <source>Band</source>
        <translation>Dichteklasse</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="99"/>
        <source>Areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="99"/>
        <source>% of areas</source>
        <translation>% der Gebiete</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="99"/>
        <source>% of population</source>
        <translation>% der Einwohner</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="99"/>
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="99"/>
        <source>% of km²</source>
        <translation>% der Fläche</translation>
    </message>
</context>
<context>
    <name>DeriveIndicatorAlgorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="62"/>
        <source>Derive an indicator (ratio or density)</source>
        <translation>Indikator ableiten (Quotient oder Dichte)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="65"/>
        <source>District indicators</source>
        <translation>Kreisindikatoren</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="71"/>
        <source>&lt;p&gt;Adds one field to a copy of the input: numerator ÷ denominator × factor, without writing an expression. The input is not changed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Density&lt;/b&gt;: leave the denominator empty to divide by the area in km², measured on the ellipsoid (the project's, or GRS 1980) whatever the layer's CRS; e.g. population ÷ area = inhabitants per km². Invalid polygons are repaired for the measurement only.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Share&lt;/b&gt;: part ÷ whole with factor 100 gives percent.&lt;/p&gt;&lt;p&gt;Where the numerator or the denominator is NULL, or the denominator (or area) is zero, the new field is NULL; the log counts each case. A field of the same name in the input is replaced.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alias&lt;/b&gt;: a readable name for the new field. A unit in brackets at its end, as in 'Einwohnerdichte (E/km²)', becomes the legend unit of 'Style a choropleth map'. The input fields keep their aliases.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fügt einer Kopie der Eingabe ein Feld hinzu: Zähler ÷ Nenner × Faktor, ohne dass Sie einen Ausdruck schreiben müssen. Die Eingabe bleibt unverändert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dichte&lt;/b&gt;: Bleibt der Nenner leer, wird durch die Fläche in km² geteilt, gemessen auf dem Ellipsoid (dem des Projekts oder GRS 1980), unabhängig vom KBS des Layers; z. B. Einwohner ÷ Fläche = Einwohner je km². Ungültige Polygone werden nur für die Messung repariert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Anteil&lt;/b&gt;: Teil ÷ Ganzes mit Faktor 100 ergibt Prozent.&lt;/p&gt;&lt;p&gt;Ist Zähler oder Nenner NULL oder ist der Nenner (bzw. die Fläche) null, wird das neue Feld NULL; das Protokoll zählt jeden Fall. Ein gleichnamiges Feld der Eingabe wird ersetzt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alias&lt;/b&gt;: ein lesbarer Name für das neue Feld. Eine Einheit in Klammern an seinem Ende, wie in 'Einwohnerdichte (E/km²)', wird zur Legendeneinheit von 'Choroplethenkarte gestalten'. Die Eingabefelder behalten ihre Aliasse.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="88"/>
        <source>Input layer</source>
        <translation>Eingabelayer</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="93"/>
        <source>Numerator field</source>
        <translation>Zählerfeld</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="101"/>
        <source>Denominator field (empty: the area in km²)</source>
        <translation>Nennerfeld (leer: die Fläche in km²)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="110"/>
        <source>Factor (100 for a share in percent)</source>
        <translation>Faktor (100 für einen Anteil in Prozent)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="118"/>
        <source>Name of the new field</source>
        <translation>Name des neuen Felds</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="123"/>
        <source>Alias of the new field, with the unit in brackets (optional)</source>
        <translation>Alias des neuen Felds, mit der Einheit in Klammern (optional)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="130"/>
        <source>Layer with the indicator</source>
        <translation>Layer mit dem Indikator</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="133"/>
        <source>Features with a value</source>
        <translation>Objekte mit Wert</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="134"/>
        <source>Features without a value</source>
        <translation>Objekte ohne Wert</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="142"/>
        <source>Choose the numerator field.</source>
        <translation>Wählen Sie das Zählerfeld.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="152"/>
        <source>Enter a name for the new field.</source>
        <translation>Geben Sie einen Namen für das neue Feld ein.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="159"/>
        <source>The input&apos;s field {name} is replaced by the new values.</source>
        <translation>Das Feld {name} der Eingabe wird durch die neuen Werte ersetzt.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="205"/>
        <source>{count} invalid geometries were repaired to measure their area.</source>
        <translation>{count} ungültige Geometrien wurden für die Flächenmessung repariert.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="225"/>
        <source>Without a denominator field the values are divided by the area, but the input has no polygons. Choose a denominator field.</source>
        <translation>Ohne Nennerfeld werden die Werte durch die Fläche geteilt, die Eingabe enthält aber keine Polygone. Wählen Sie ein Nennerfeld.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="232"/>
        <source>The input layer has no coordinate reference system, so its areas cannot be measured. Set its CRS or choose a denominator field.</source>
        <translation>Der Eingabelayer hat kein Koordinatenbezugssystem, daher lassen sich seine Flächen nicht messen. Legen Sie sein KBS fest oder wählen Sie ein Nennerfeld.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="242"/>
        <source>{count} features without a value: the numerator is NULL.</source>
        <translation>{count} Objekte ohne Wert: Der Zähler ist NULL.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="243"/>
        <source>{count} features without a value: the denominator (or area) is missing.</source>
        <translation>{count} Objekte ohne Wert: Der Nenner (bzw. die Fläche) fehlt.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="246"/>
        <source>{count} features without a value: the denominator (or area) is zero.</source>
        <translation>{count} Objekte ohne Wert: Der Nenner (bzw. die Fläche) ist null.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="254"/>
        <source>area in km² (ellipsoidal)</source>
        <translation>Fläche in km² (ellipsoidisch)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="255"/>
        <source>{field} of {input}</source>
        <translation>{field} von {input}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="258"/>
        <source>Derived by the QGIS plugin Industrie 4.0 Disparitäten (algorithm i40disparity:deriveindicator). Input: {input}. {field} = {numerator} ÷ {denominator} × {factor}; NULL where a value is missing or the denominator is zero.</source>
        <translation>Abgeleitet mit dem QGIS-Plugin Industrie 4.0 Disparitäten (Algorithmus i40disparity:deriveindicator). Eingabe: {input}. {field} = {numerator} ÷ {denominator} × {factor}; NULL, wo ein Wert fehlt oder der Nenner null ist.</translation>
    </message>
</context>
<context>
    <name>DistrictIndicatorsPanel</name>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="50"/>
        <source>Statistics tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Statistiktabellen (*.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="58"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="58"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="58"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="58"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="101"/>
        <source>Reading tables needs {packages}. Install with: {hint}</source>
        <translation>Das Einlesen von Tabellen erfordert {packages}. Installation mit: {hint}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="121"/>
        <source>{count} indicators read. Choose one, then join and style.</source>
        <translation>{count} Indikatoren eingelesen. Wählen Sie einen aus und klicken Sie auf 'Verknüpfen und gestalten'.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="130"/>
        <source>Format: {format}, encoding {encoding}, delimiter &apos;{delimiter}&apos;</source>
        <translation>Format: {format}, Kodierung {encoding}, Trennzeichen '{delimiter}'</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="135"/>
        <source>{rows} rows, {keys} keys, {values} values ({zeros} of them &apos;-&apos;, exactly zero), {problems} without a number, {skipped} rows skipped</source>
        <translation>{rows} Zeilen, {keys} Schlüssel, {values} Werte (davon {zeros} '-', genau null), {problems} ohne Zahl, {skipped} Zeilen übersprungen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="161"/>
        <source>latest with data</source>
        <translation>neuestes mit Daten</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="172"/>
        <source>Unmatched keys {layer}</source>
        <translation>Nicht zugeordnete Schlüssel {layer}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="190"/>
        <source>Joining…</source>
        <translation>Verknüpfe …</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="198"/>
        <source>{matched} areas matched; {layer} area keys not in the table, {table} table keys not among the areas.</source>
        <translation>{matched} Gebiete zugeordnet; {layer} Gebietsschlüssel nicht in der Tabelle, {table} Tabellenschlüssel nicht unter den Gebieten.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="214"/>
        <source>Styling…</source>
        <translation>Gestalte …</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="231"/>
        <source>Unmatched keys: {count}</source>
        <translation>Nicht zugeordnete Schlüssel: {count}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="234"/>
        <source>Save style</source>
        <translation>Stil speichern</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="234"/>
        <source>QGIS style (*.qml)</source>
        <translation>QGIS-Stil (*.qml)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="239"/>
        <source>Style saved: {path}</source>
        <translation>Stil gespeichert: {path}</translation>
    </message>
    <message>
        <location filename="../ui/district_indicators_panel.ui" line="9"/>
        <source>District areas</source>
        <translation>Kreisgebiete</translation>
    </message>
    <message>
        <location filename="../ui/district_indicators_panel.ui" line="11"/>
        <source>Key field</source>
        <translation>Schlüsselfeld</translation>
    </message>
    <message>
        <location filename="../ui/district_indicators_panel.ui" line="13"/>
        <source>Statistics file</source>
        <translation>Statistikdatei</translation>
    </message>
    <message>
        <location filename="../ui/district_indicators_panel.ui" line="15"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/district_indicators_panel.ui" line="17"/>
        <source>Key column (other CSV/XLSX)</source>
        <translation>Schlüsselspalte (andere CSV/XLSX)</translation>
    </message>
    <message>
        <location filename="../ui/district_indicators_panel.ui" line="21"/>
        <source>Read table</source>
        <translation>Tabelle einlesen</translation>
    </message>
    <message>
        <location filename="../ui/district_indicators_panel.ui" line="22"/>
        <source>The parse report of the table appears here.</source>
        <translation>Hier erscheint der Einlesebericht der Tabelle.</translation>
    </message>
    <message>
        <location filename="../ui/district_indicators_panel.ui" line="25"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../ui/district_indicators_panel.ui" line="27"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../ui/district_indicators_panel.ui" line="29"/>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <location filename="../ui/district_indicators_panel.ui" line="31"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../ui/district_indicators_panel.ui" line="33"/>
        <source>Colour ramp</source>
        <translation>Farbverlauf</translation>
    </message>
    <message>
        <location filename="../ui/district_indicators_panel.ui" line="39"/>
        <source>Join and style</source>
        <translation>Verknüpfen und gestalten</translation>
    </message>
    <message>
        <location filename="../ui/district_indicators_panel.ui" line="40"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/district_indicators_panel.ui" line="41"/>
        <source>Save style…</source>
        <translation>Stil speichern …</translation>
    </message>
    <message>
        <location filename="../ui/district_indicators_panel.ui" line="46"/>
        <source>Unmatched keys</source>
        <translation>Nicht zugeordnete Schlüssel</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="226"/>
        <source>area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="226"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
</context>
<context>
    <name>I40Algorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/base.py" line="56"/>
        <source>The input layer has no field named &apos;{name}&apos;.</source>
        <translation>Der Eingabelayer hat kein Feld namens '{name}'.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/base.py" line="65"/>
        <source>The field &apos;{name}&apos; holds {type}, not numbers. Choose a numeric field or convert it first.</source>
        <translation>Das Feld '{name}' enthält {type}, keine Zahlen. Wählen Sie ein numerisches Feld oder wandeln Sie es zuerst um.</translation>
    </message>
</context>
<context>
    <name>I40DisparityPlugin</name>
    <message>
        <location filename="../i40_disparity_plugin/plugin.py" line="63"/>
        <source>Industry 4.0 disparities</source>
        <translation>Industrie 4.0 Disparitäten</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/plugin.py" line="49"/>
        <source>Density bands</source>
        <translation>Dichteklassen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/plugin.py" line="52"/>
        <source>District indicators</source>
        <translation>Kreisindikatoren</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/plugin.py" line="63"/>
        <source>The statistics tools need the Python packages {packages}. Density bands work without them. Install with: {hint}</source>
        <translation>Die Statistikwerkzeuge benötigen die Python-Pakete {packages}. Die Dichteklassen funktionieren auch ohne sie. Installieren Sie sie mit: {hint}</translation>
    </message>
</context>
<context>
    <name>I40DisparityProvider</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/provider.py" line="21"/>
        <source>Industry 4.0 disparities</source>
        <translation>Industrie 4.0 Disparitäten</translation>
    </message>
</context>
<context>
    <name>JoinIndicatorsAlgorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="57"/>
        <source>Join statistics to districts by area key</source>
        <translation>Statistikdaten über den Gebietsschlüssel mit Kreisen verknüpfen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="60"/>
        <source>District indicators</source>
        <translation>Kreisindikatoren</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="66"/>
        <source>&lt;p&gt;Reads an export of official statistics and joins its indicators to area polygons (districts, Gemeinden …) by their official key (AGS/ARS).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Table formats&lt;/b&gt; (TABLE_FORMAT, index in brackets): auto [0] detects the format; genesis [1] is a CSV export of regionalstatistik.de or GENESIS-Online; inkar [2] an INKAR export of the BBSR with its metadata file beside it; destatis_kreise [3] the Destatis table 04-kreise.xlsx; csv [4] any CSV or XLSX with a key column named in TABLE_KEY. Special characters of official statistics are respected: '-' is exactly zero, '.', '...', 'x' and '/' are unknown (NULL, never 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys&lt;/b&gt; are compared as text after normalisation: lost leading zeros are restored and 8-digit keys such as 09662000 are reduced to the district key 09662. Keys that do not match are listed with the reason, naming known district reforms (e.g. Göttingen 2016, Eisenach 2021).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indicators and year&lt;/b&gt;: all indicators of the table, or those named in INDICATORS (separated by ';' or new lines); by default the latest year with data per indicator, or YEAR for all. Each becomes a numeric field with a readable name; its alias carries the year and the unit.&lt;/p&gt;&lt;p&gt;The input is not changed. The output's metadata names the table, the parameters and the data sources.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Liest einen Export der amtlichen Statistik und verknüpft seine Indikatoren über den amtlichen Schlüssel (AGS/ARS) mit Gebietspolygonen (Kreise, Gemeinden …).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tabellenformate&lt;/b&gt; (TABLE_FORMAT, Index in eckigen Klammern): auto [0] erkennt das Format; genesis [1] ist ein CSV-Export von regionalstatistik.de oder GENESIS-Online; inkar [2] ein INKAR-Export des BBSR mit der zugehörigen Metadatendatei daneben; destatis_kreise [3] die Destatis-Tabelle 04-kreise.xlsx; csv [4] eine beliebige CSV- oder XLSX-Datei mit einer Schlüsselspalte, die in TABLE_KEY genannt ist. Die Zeichenerklärung der amtlichen Statistik wird beachtet: '-' (nichts vorhanden) ist genau null, '.', '...', 'x' und '/' sind unbekannt (NULL, niemals 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Schlüssel&lt;/b&gt; werden nach der Normalisierung als Text verglichen: Verlorene führende Nullen werden ergänzt, und 8-stellige Schlüssel wie 09662000 werden auf den Kreisschlüssel 09662 gekürzt. Nicht zugeordnete Schlüssel werden mit Grund aufgelistet, bekannte Gebietsreformen werden dabei genannt (z. B. Göttingen 2016, Eisenach 2021).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indikatoren und Jahr&lt;/b&gt;: alle Indikatoren der Tabelle oder die in INDICATORS genannten (getrennt durch ';' oder Zeilenumbrüche); standardmäßig je Indikator das neueste Jahr mit Daten, oder YEAR für alle. Jeder Indikator wird zu einem numerischen Feld mit lesbarem Namen; sein Alias enthält Jahr und Einheit.&lt;/p&gt;&lt;p&gt;Die Eingabe bleibt unverändert. Die Metadaten der Ausgabe nennen die Tabelle, die Parameter und die Datenquellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="89"/>
        <source>Areas (polygons)</source>
        <translation>Gebiete (Polygone)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="94"/>
        <source>Key field of the areas (AGS, ARS …)</source>
        <translation>Schlüsselfeld der Gebiete (AGS, ARS …)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="101"/>
        <source>Statistics table</source>
        <translation>Statistiktabelle</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="101"/>
        <source>Statistics tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Statistiktabellen (*.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="108"/>
        <source>Table format</source>
        <translation>Tabellenformat</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="108"/>
        <source>detect automatically</source>
        <translation>automatisch erkennen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="108"/>
        <source>GENESIS / Regionalstatistik CSV</source>
        <translation>GENESIS / Regionalstatistik CSV</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="108"/>
        <source>INKAR export</source>
        <translation>INKAR-Export</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="108"/>
        <source>Destatis 04-kreise.xlsx</source>
        <translation>Destatis 04-kreise.xlsx</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="108"/>
        <source>other CSV/XLSX (key column below)</source>
        <translation>andere CSV/XLSX (Schlüsselspalte unten)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="122"/>
        <source>Key column of the table (other CSV/XLSX)</source>
        <translation>Schlüsselspalte der Tabelle (andere CSV/XLSX)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="127"/>
        <source>Indicators (empty: all; separated by &apos;;&apos; or new lines)</source>
        <translation>Indikatoren (leer: alle; getrennt durch ';' oder Zeilenumbrüche)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="135"/>
        <source>Year (empty: the latest with data, per indicator)</source>
        <translation>Jahr (leer: je Indikator das neueste mit Daten)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="145"/>
        <source>Source of the table, for the attribution (empty: as the file states)</source>
        <translation>Quelle der Tabelle für die Quellenangabe (leer: wie in der Datei angegeben)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="151"/>
        <source>Areas with indicators</source>
        <translation>Gebiete mit Indikatoren</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="277"/>
        <source>Unmatched keys</source>
        <translation>Nicht zugeordnete Schlüssel</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="165"/>
        <source>Areas matched</source>
        <translation>Zugeordnete Gebiete</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="166"/>
        <source>Area keys not in the table</source>
        <translation>Gebietsschlüssel nicht in der Tabelle</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="169"/>
        <source>Table keys not among the areas</source>
        <translation>Tabellenschlüssel nicht unter den Gebieten</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="172"/>
        <source>Duplicate keys</source>
        <translation>Doppelte Schlüssel</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="173"/>
        <source>Fields added (; separated)</source>
        <translation>Hinzugefügte Felder (durch ; getrennt)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="180"/>
        <source>This tool needs the Python packages {packages}. Install with: {hint}</source>
        <translation>Dieses Werkzeug benötigt die Python-Pakete {packages}. Installieren Sie sie mit: {hint}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="285"/>
        <source>Table read as {format}: {rows} rows, {keys} keys, {values} values, {zeros} of them &apos;-&apos; (exactly zero), {problems} without a number.</source>
        <translation>Tabelle als {format} gelesen: {rows} Zeilen, {keys} Schlüssel, {values} Werte, davon {zeros} '-' (genau null), {problems} ohne Zahl.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="301"/>
        <source>  row {row}, {key}, {indicator}: '{raw}' – {reason}</source>
        <translation>  Zeile {row}, {key}, {indicator}: '{raw}' – {reason}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="312"/>
        <source>Key level {level}: {matched} areas matched, {layer} area keys not in the table, {table} table keys not among the areas.</source>
        <translation>Schlüsselebene {level}: {matched} Gebiete zugeordnet, {layer} Gebietsschlüssel nicht in der Tabelle, {table} Tabellenschlüssel nicht unter den Gebieten.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="326"/>
        <source>Keys found on several areas: {keys}</source>
        <translation>Schlüssel, die bei mehreren Gebieten vorkommen: {keys}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="332"/>
        <source>Keys repeated in the table (the first value is used): {keys}</source>
        <translation>Mehrfach in der Tabelle vorkommende Schlüssel (der erste Wert wird verwendet): {keys}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="341"/>
        <source>area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="341"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="370"/>
        <source>Indicators joined by the QGIS plugin Industrie 4.0 Disparitäten (algorithm i40disparity:joinindicators). Areas: {input}. Table: {table} (format {format}, read as {detected}). Indicators: {indicators}. Keys matched: {matched}.</source>
        <translation>Indikatoren verknüpft mit dem QGIS-Plugin Industrie 4.0 Disparitäten (Algorithmus i40disparity:joinindicators). Gebiete: {input}. Tabelle: {table} (Format {format}, gelesen als {detected}). Indikatoren: {indicators}. Zugeordnete Schlüssel: {matched}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="382"/>
        <source>Indicators for {input}</source>
        <translation>Indikatoren für {input}</translation>
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
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="89"/>
        <source>key missing</source>
        <translation>Schlüssel fehlt</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="90"/>
        <source>not a whole, non-negative number</source>
        <translation>keine ganze, nicht negative Zahl</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="91"/>
        <source>contains characters other than digits</source>
        <translation>enthält andere Zeichen als Ziffern</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="94"/>
        <source>wrong number of digits: area keys have 2 (Land), 3 (Regierungsbezirk), 5 (Kreis), 8 (Gemeinde) or 12 (ARS)</source>
        <translation>falsche Stellenzahl: Gebietsschlüssel haben 2 (Land), 3 (Regierungsbezirk), 5 (Kreis), 8 (Gemeinde) oder 12 Stellen (ARS)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="97"/>
        <source>the Land part (the first two digits) is not one of 01 to 16</source>
        <translation>die Kennung des Landes (die ersten beiden Stellen) liegt nicht zwischen 01 und 16</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="99"/>
        <source>the third digit 0 means: no Regierungsbezirk</source>
        <translation>die dritte Stelle 0 bedeutet: kein Regierungsbezirk</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="101"/>
        <source>Unknown area level &apos;{level}&apos;. Levels: {levels}.</source>
        <translation>Unbekannte Gebietsebene '{level}'. Ebenen: {levels}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="103"/>
        <source>Germany as a whole</source>
        <translation>Deutschland insgesamt</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="106"/>
        <source>other level (Land)</source>
        <translation>andere Ebene (Land)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="107"/>
        <source>other level (Regierungsbezirk)</source>
        <translation>andere Ebene (Regierungsbezirk)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="108"/>
        <source>other level (Kreis)</source>
        <translation>andere Ebene (Kreis)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="109"/>
        <source>other level (Gemeinde)</source>
        <translation>andere Ebene (Gemeinde)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="110"/>
        <source>other level (ARS)</source>
        <translation>andere Ebene (ARS)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="111"/>
        <source>other level (Gemeindeverband)</source>
        <translation>andere Ebene (Gemeindeverband)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="112"/>
        <source>other level (Germany)</source>
        <translation>andere Ebene (Deutschland)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="288"/>
        <source>05313 Aachen (kreisfreie Stadt) and 05354 Kreis Aachen: merged into Städteregion Aachen (05334) on 2009-10-21</source>
        <translation>05313 Aachen (kreisfreie Stadt) und 05354 Kreis Aachen: am 21.10.2009 zur Städteregion Aachen (05334) zusammengeschlossen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="288"/>
        <source>13002 Neubrandenburg, 13052 Demmin (its larger part), 13055 Mecklenburg-Strelitz and 13056 Müritz: merged into Mecklenburgische Seenplatte (13071) on 2011-09-04</source>
        <translation>13002 Neubrandenburg, 13052 Demmin (größerer Teil), 13055 Mecklenburg-Strelitz und 13056 Müritz: am 04.09.2011 zum Landkreis Mecklenburgische Seenplatte (13071) zusammengeschlossen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="288"/>
        <source>13051 Bad Doberan and 13053 Güstrow: merged into Landkreis Rostock (13072) on 2011-09-04</source>
        <translation>13051 Bad Doberan und 13053 Güstrow: am 04.09.2011 zum Landkreis Rostock (13072) zusammengeschlossen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="288"/>
        <source>13005 Stralsund, 13057 Nordvorpommern and 13061 Rügen: merged into Vorpommern-Rügen (13073) on 2011-09-04</source>
        <translation>13005 Stralsund, 13057 Nordvorpommern und 13061 Rügen: am 04.09.2011 zum Landkreis Vorpommern-Rügen (13073) zusammengeschlossen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="288"/>
        <source>13006 Wismar and 13058 Nordwestmecklenburg (old): merged into Nordwestmecklenburg (13074) on 2011-09-04</source>
        <translation>13006 Wismar und 13058 Nordwestmecklenburg (alt): am 04.09.2011 zum Landkreis Nordwestmecklenburg (13074) zusammengeschlossen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="288"/>
        <source>13001 Greifswald, 13059 Ostvorpommern, 13062 Uecker-Randow and the smaller part of 13052 Demmin: merged into Vorpommern-Greifswald (13075) on 2011-09-04</source>
        <translation>13001 Greifswald, 13059 Ostvorpommern, 13062 Uecker-Randow und der kleinere Teil von 13052 Demmin: am 04.09.2011 zum Landkreis Vorpommern-Greifswald (13075) zusammengeschlossen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="288"/>
        <source>13054 Ludwigslust and 13060 Parchim: merged into Ludwigslust-Parchim (13076) on 2011-09-04</source>
        <translation>13054 Ludwigslust und 13060 Parchim: am 04.09.2011 zum Landkreis Ludwigslust-Parchim (13076) zusammengeschlossen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="288"/>
        <source>03152 Göttingen and 03156 Osterode am Harz: merged into Landkreis Göttingen (03159) on 2016-11-01</source>
        <translation>03152 Göttingen und 03156 Osterode am Harz: am 01.11.2016 zum Landkreis Göttingen (03159) zusammengeschlossen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="288"/>
        <source>16056 Eisenach: merged into Wartburgkreis (16063) on 2021-07-01</source>
        <translation>16056 Eisenach: am 01.07.2021 in den Wartburgkreis (16063) eingegliedert</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/class_breaks.py" line="47"/>
        <source>Fixed breaks need class upper bounds, ascending and separated by commas, e.g. 20,30,40.</source>
        <translation>Geben Sie für feste Klassengrenzen die Klassenobergrenzen an, aufsteigend und durch Kommas getrennt, z. B. 20,30,40.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/class_breaks.py" line="60"/>
        <source>&apos;{value}&apos; is not a number. Write class bounds like 12.5,20,30 (with a decimal point, not a comma).</source>
        <translation>'{value}' ist keine Zahl. Schreiben Sie Klassengrenzen wie 12.5,20,30 (mit Dezimalpunkt, nicht Komma).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/class_breaks.py" line="70"/>
        <source>Class bounds must be strictly ascending: {lower} is followed by {upper}. Separate bounds with commas and write decimals with a point (12.5).</source>
        <translation>Klassengrenzen müssen streng aufsteigend sein: Auf {lower} folgt {upper}. Trennen Sie die Grenzen durch Kommas und schreiben Sie Dezimalzahlen mit Punkt (12.5).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/german_numbers.py" line="30"/>
        <source>empty cell</source>
        <translation>leere Zelle</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/german_numbers.py" line="31"/>
        <source>unknown or kept secret (&apos;.&apos;)</source>
        <translation>Zahlenwert unbekannt oder geheim zu halten ('.')</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/german_numbers.py" line="32"/>
        <source>not yet available (&apos;...&apos;)</source>
        <translation>Angabe fällt später an ('...')</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/german_numbers.py" line="33"/>
        <source>not meaningful, cell blocked (&apos;x&apos;)</source>
        <translation>Tabellenfach gesperrt, weil Aussage nicht sinnvoll ('x')</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/german_numbers.py" line="34"/>
        <source>too uncertain to publish (&apos;/&apos;)</source>
        <translation>keine Angaben, da Zahlenwert nicht sicher genug ('/')</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/german_numbers.py" line="35"/>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicator_join.py" line="25"/>
        <source>not in the table</source>
        <translation>nicht in der Tabelle</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicator_join.py" line="26"/>
        <source>not in the layer</source>
        <translation>nicht im Layer</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicator_join.py" line="30"/>
        <source>not in the table: the district was changed by a reform</source>
        <translation>nicht in der Tabelle: Der Kreis wurde durch eine Gebietsreform verändert</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicator_join.py" line="32"/>
        <source>not in the layer: the district was changed by a reform</source>
        <translation>nicht im Layer: Der Kreis wurde durch eine Gebietsreform verändert</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicator_join.py" line="39"/>
        <source>The statistics table lacks the columns {missing}; it has {columns}.</source>
        <translation>Der Statistiktabelle fehlen die Spalten {missing}; sie enthält {columns}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicator_join.py" line="41"/>
        <source>None of the layer&apos;s key values is an area key (AGS/ARS), e.g. {examples}. Choose the key field.</source>
        <translation>Keiner der Schlüsselwerte des Layers (z. B. {examples}) ist ein Gebietsschlüssel (AGS/ARS). Wählen Sie das Schlüsselfeld.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicator_join.py" line="43"/>
        <source>Unknown indicators: {unknown}. The table has: {available}.</source>
        <translation>Unbekannte Indikatoren: {unknown}. Die Tabelle enthält: {available}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicator_join.py" line="45"/>
        <source>The statistics table has no indicator values.</source>
        <translation>Die Statistiktabelle enthält keine Indikatorwerte.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicator_join.py" line="46"/>
        <source>&apos;{indicator}&apos; has no values for {year}; years with values: {years}.</source>
        <translation>'{indicator}' hat keine Werte für {year}; Jahre mit Werten: {years}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicator_join.py" line="48"/>
        <source>&apos;{year}&apos; is not a year.</source>
        <translation>'{year}' ist keine Jahreszahl.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_destatis.py" line="39"/>
        <source>Land (subtotal)</source>
        <translation>Land (Zwischensumme)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_destatis.py" line="40"/>
        <source>Regierungsbezirk or region (subtotal)</source>
        <translation>Regierungsbezirk oder Region (Zwischensumme)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_destatis.py" line="41"/>
        <source>Germany (total)</source>
        <translation>Deutschland (insgesamt)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_destatis.py" line="42"/>
        <source>footnote or text</source>
        <translation>Fußnote oder Text</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_destatis.py" line="43"/>
        <source>The table names no reference date: year left empty.</source>
        <translation>Die Tabelle nennt keinen Stichtag: Das Jahr bleibt leer.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_destatis.py" line="75"/>
        <source>{path} is not the Destatis table of districts (04-kreise.xlsx): no sheet with the columns Schlüsselnummer, Fläche and Bevölkerung.</source>
        <translation>{path} ist nicht die Destatis-Kreistabelle (04-kreise.xlsx): kein Tabellenblatt mit den Spalten Schlüsselnummer, Fläche und Bevölkerung.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_destatis.py" line="161"/>
        <source>{path}: the header lacks one of the columns Schlüsselnummer, Fläche, Bevölkerung insgesamt.</source>
        <translation>{path}: Im Tabellenkopf fehlt eine der Spalten Schlüsselnummer, Fläche, Bevölkerung insgesamt.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_destatis.py" line="217"/>
        <source>{path}: no header with a column Schlüsselnummer found.</source>
        <translation>{path}: kein Tabellenkopf mit einer Spalte Schlüsselnummer gefunden.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_detect.py" line="40"/>
        <source>Options not used by this format: {options}</source>
        <translation>Von diesem Format nicht verwendete Optionen: {options}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_detect.py" line="76"/>
        <source>Unknown table format &apos;{table_format}&apos;. Known formats: {formats}.</source>
        <translation>Unbekanntes Tabellenformat '{table_format}'. Bekannte Formate: {formats}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_detect.py" line="89"/>
        <source>{path} is read as a generic table: choose the column that holds the area keys.</source>
        <translation>{path} wird als allgemeine Tabelle gelesen: Wählen Sie die Spalte mit den Gebietsschlüsseln.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_generic.py" line="31"/>
        <source>row without a key</source>
        <translation>Zeile ohne Schlüssel</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_generic.py" line="34"/>
        <source>Some keys are stored as numbers in the workbook: leading zeros may be lost.</source>
        <translation>Einige Schlüssel sind in der Arbeitsmappe als Zahlen gespeichert: Führende Nullen können verloren gegangen sein.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_generic.py" line="42"/>
        <source>The file {path} does not exist.</source>
        <translation>Die Datei {path} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_generic.py" line="44"/>
        <source>{path} is a folder, not a table file.</source>
        <translation>{path} ist ein Ordner, keine Tabellendatei.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_generic.py" line="50"/>
        <source>The file {path} cannot be read: {error}</source>
        <translation>Die Datei {path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_generic.py" line="67"/>
        <source>Unknown encoding &apos;{encoding}&apos;.</source>
        <translation>Unbekannte Kodierung '{encoding}'.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_generic.py" line="71"/>
        <source>The file is not written in the encoding &apos;{encoding}&apos;.</source>
        <translation>Die Datei ist nicht in der Kodierung '{encoding}' geschrieben.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_generic.py" line="125"/>
        <source>{path} cannot be read as an Excel workbook: {error}</source>
        <translation>{path} kann nicht als Excel-Arbeitsmappe gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_generic.py" line="139"/>
        <source>The workbook has no sheet &apos;{sheet}&apos;. Its sheets are: {sheets}.</source>
        <translation>Die Arbeitsmappe hat kein Tabellenblatt '{sheet}'. Ihre Tabellenblätter: {sheets}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_generic.py" line="215"/>
        <source>The table has no column &apos;{column}&apos;. Its columns are: {columns}.</source>
        <translation>Die Tabelle hat keine Spalte '{column}'. Ihre Spalten: {columns}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_generic.py" line="259"/>
        <source>{path} is an old Excel file (.xls). Save it as .xlsx or CSV.</source>
        <translation>{path} ist eine alte Excel-Datei (.xls). Speichern Sie sie als .xlsx oder CSV.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_generic.py" line="278"/>
        <source>The file {path} holds no table.</source>
        <translation>Die Datei {path} enthält keine Tabelle.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_generic.py" line="300"/>
        <source>Choose the column of the table that holds the area keys.</source>
        <translation>Wählen Sie die Spalte der Tabelle mit den Gebietsschlüsseln.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_generic.py" line="323"/>
        <source>No column besides the key holds numbers. Columns: {columns}.</source>
        <translation>Außer der Schlüsselspalte enthält keine Spalte Zahlen. Spalten: {columns}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_genesis.py" line="81"/>
        <source>no official area key</source>
        <translation>kein amtlicher Gebietsschlüssel</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_genesis.py" line="153"/>
        <source>{path} has no GENESIS table: no header row followed by rows with area keys and numbers was found.</source>
        <translation>{path} enthält keine GENESIS-Tabelle: Es wurde keine Kopfzeile gefunden, auf die Zeilen mit Gebietsschlüsseln und Zahlen folgen.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_genesis.py" line="224"/>
        <source>{path} has no column of area keys. Export the table with the regional keys (codes), not only the names.</source>
        <translation>{path} hat keine Spalte mit Gebietsschlüsseln. Exportieren Sie die Tabelle mit den Regionalschlüsseln (Codes), nicht nur mit den Namen.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_genesis.py" line="410"/>
        <source>{path} is a GENESIS flat file without a regional variable (area keys) or without values.</source>
        <translation>{path} ist eine GENESIS-Flatfile ohne Regionalmerkmal (Gebietsschlüssel) oder ohne Werte.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_inkar.py" line="40"/>
        <source>No metadata (unit, source) for: {indicators}</source>
        <translation>Keine Metadaten (Einheit, Quelle) für: {indicators}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_inkar.py" line="41"/>
        <source>Metadata read from: {files}</source>
        <translation>Metadaten gelesen aus: {files}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_inkar.py" line="117"/>
        <source>{path} is no INKAR metadata file (no column Indikator).</source>
        <translation>{path} ist keine INKAR-Metadatendatei (keine Spalte Indikator).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/io_inkar.py" line="172"/>
        <source>{path} is not an INKAR export: row 1 must name the indicators and row 2 their years, after the columns Kennziffer and Raumeinheit.</source>
        <translation>{path} ist kein INKAR-Export: Nach den Spalten Kennziffer und Raumeinheit muss Zeile 1 die Indikatoren und Zeile 2 deren Jahre nennen.</translation>
    </message>
</context>
</TS>
