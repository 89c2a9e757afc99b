<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AlgorithmPanel</name>
    <message>
        <location filename="../i40_disparity_plugin/gui/algorithm_panel.py" line="202"/>
        <source>Cancelling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/algorithm_panel.py" line="223"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/algorithm_panel.py" line="225"/>
        <source>Failed: {message}</source>
        <translation>Fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/algorithm_panel.py" line="152"/>
        <source>This needs {packages}, which QGIS&apos;s Python lacks.</source>
        <translation>Dem Python von QGIS fehlt, was dafür benötigt wird: {packages}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/algorithm_panel.py" line="91"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>AssignPointsAlgorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="44"/>
        <source>Assign points to areas and count them</source>
        <translation>Punkte Flächen zuordnen und zählen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="72"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="53"/>
        <source>&lt;p&gt;Finds for every point the area (polygon) that holds it, copies the chosen fields of that area to the point and counts the points per area.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Area fields&lt;/b&gt;: by default plz, band and band_label (the fields of the density band output); fields the area layer does not have are left out. A copied field whose name the points already use gets the suffix _2.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Border rule&lt;/b&gt;: each point belongs to exactly one area. A point on the border of several areas (or inside overlapping areas) goes to the area that comes first in the area layer, i.e. the one with the lowest position among those that cover it. A point on an outer border belongs to its area.&lt;/p&gt;&lt;p&gt;Points outside all areas keep NULL in the copied fields; the log counts them and lists the first ids. The counts output holds every area with the same fields and n_points, the number of points in it: 0, never NULL.&lt;/p&gt;&lt;p&gt;Points in another CRS than the areas are transformed to the areas&apos; CRS for the test; the outputs keep the CRS of their input. Invalid area polygons are repaired (make valid) for the test; the log counts them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sucht für jeden Punkt die Fläche (das Polygon), in der er liegt, überträgt die gewählten Felder dieser Fläche auf den Punkt und zählt die Punkte je Fläche.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Flächenfelder&lt;/b&gt;: standardmäßig plz, band und band_label (die Felder der Ausgabe der Dichteklassen); Felder, die der Flächenlayer nicht hat, werden ausgelassen. Ein übertragenes Feld, dessen Namen die Punkte bereits verwenden, erhält das Suffix _2.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grenzregel&lt;/b&gt;: Jeder Punkt gehört zu genau einer Fläche. Ein Punkt auf der Grenze mehrerer Flächen (oder in sich überlappenden Flächen) gehört zu der Fläche, die im Flächenlayer zuerst steht, d. h. zu derjenigen mit der niedrigsten Position unter denen, die ihn überdecken. Ein Punkt auf einer Außengrenze gehört zu seiner Fläche.&lt;/p&gt;&lt;p&gt;Punkte außerhalb aller Flächen behalten NULL in den übertragenen Feldern; das Protokoll zählt sie und nennt die ersten IDs. Die Ausgabe mit den Anzahlen enthält jede Fläche mit denselben Feldern und n_points, der Zahl der Punkte darin: 0, niemals NULL.&lt;/p&gt;&lt;p&gt;Punkte in einem anderen KBS als die Flächen werden für die Prüfung in das KBS der Flächen transformiert; die Ausgaben behalten das KBS ihrer Eingabe. Ungültige Flächenpolygone werden für die Prüfung repariert (make valid); das Protokoll zählt sie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="77"/>
        <source>Areas (polygons)</source>
        <translation>Flächen (Polygone)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="82"/>
        <source>Area fields to copy to the points</source>
        <translation>Auf die Punkte zu übertragende Flächenfelder</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="92"/>
        <source>Points with area attributes</source>
        <translation>Punkte mit Flächenattributen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="101"/>
        <source>Areas with point counts</source>
        <translation>Flächen mit Anzahl der Punkte</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="110"/>
        <source>Points in an area</source>
        <translation>Punkte in einer Fläche</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="111"/>
        <source>Points outside all areas</source>
        <translation>Punkte außerhalb aller Flächen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="119"/>
        <source>Area geometries repaired</source>
        <translation>Reparierte Flächengeometrien</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="188"/>
        <source>The points layer must contain points, but it contains {type}. For polygons, use their centroids or points on surface first.</source>
        <translation>Der Punktlayer muss Punkte enthalten, er enthält aber {type}. Erzeugen Sie bei Polygonen zuerst deren Zentroide oder Punkte auf der Oberfläche.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="195"/>
        <source>The areas layer must contain polygons, but it contains {type}.</source>
        <translation>Der Flächenlayer muss Polygone enthalten, er enthält aber {type}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="216"/>
        <source>The areas have no fields {names}; they are not copied.</source>
        <translation>Die Flächen haben keine Felder {names}; diese werden nicht übertragen.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="243"/>
        <source>Reading the areas</source>
        <translation>Flächen werden gelesen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="258"/>
        <source>{count} invalid area geometries were repaired (feature ids {ids}).</source>
        <translation>{count} ungültige Flächengeometrien wurden repariert (Objekt-IDs {ids}).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="267"/>
        <source>{count} area geometries could not be repaired and hold no points (feature ids {ids}).</source>
        <translation>{count} Flächengeometrien ließen sich nicht reparieren und enthalten keine Punkte (Objekt-IDs {ids}).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="150"/>
        <source>Writing the areas with counts</source>
        <translation>Flächen mit Anzahlen werden geschrieben</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="226"/>
        <source>The points already have fields {names}; the area&apos;s are named {new}.</source>
        <translation>Die Punkte haben bereits Felder {names}; die der Fläche heißen {new}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="156"/>
        <source>Writing the points with area attributes</source>
        <translation>Punkte mit Flächenattributen werden geschrieben</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="170"/>
        <source>{points} with attributes of {areas}</source>
        <translation>{points} mit Attributen von {areas}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="170"/>
        <source>Points of {points} per area of {areas}</source>
        <translation>Punkte von {points} je Fläche von {areas}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="282"/>
        <source>Points or areas have no coordinate reference system; their coordinates are taken to be in the same one.</source>
        <translation>Punkte oder Flächen haben kein Koordinatenbezugssystem; es wird angenommen, dass ihre Koordinaten im selben System vorliegen.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="291"/>
        <source>The points ({points}) are transformed to the areas&apos; CRS ({areas}).</source>
        <translation>Die Punkte ({points}) werden in das KBS der Flächen ({areas}) transformiert.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="300"/>
        <source>{assigned} of {total} points lie in an area.</source>
        <translation>{assigned} von {total} Punkten liegen in einer Fläche.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="307"/>
        <source>{count} points lie outside all areas (feature ids {ids}).</source>
        <translation>{count} Punkte liegen außerhalb aller Flächen (Objekt-IDs {ids}).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="313"/>
        <source>{count} points have no geometry (feature ids {ids}).</source>
        <translation>{count} Punkte haben keine Geometrie (Objekt-IDs {ids}).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="450"/>
        <source>Points assigned to areas by the QGIS plugin Industrie 4.0 Disparitäten (algorithm i40disparity:assignpoints). Points: {points}. Areas: {areas}. Fields copied: {fields}. A point on the border of several areas belongs to the one first in the area layer; areas without points count 0.</source>
        <translation>Punkte Flächen zugeordnet mit dem QGIS-Plugin Industrie 4.0 Disparitäten (Algorithmus i40disparity:assignpoints). Punkte: {points}. Flächen: {areas}. Übertragene Felder: {fields}. Ein Punkt auf der Grenze mehrerer Flächen gehört zu der, die im Flächenlayer zuerst steht; Flächen ohne Punkte zählen 0.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="114"/>
        <source>Points without a geometry</source>
        <translation>Punkte ohne Geometrie</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="250"/>
        <source>Reading the points and finding their areas</source>
        <translation>Punkte werden gelesen und ihren Flächen zugeordnet</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/assign_points.py" line="210"/>
        <source>The areas have no fields {names}. They have: {fields}.</source>
        <translation>Die Gebiete haben keine Felder {names}. Vorhanden sind: {fields}.</translation>
    </message>
</context>
<context>
    <name>AtlasReportPanel</name>
    <message>
        <location filename="../i40_disparity_plugin/gui/atlas_report_panel.py" line="55"/>
        <source>Folder for maps and report</source>
        <translation>Ordner für Karten und Bericht</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/atlas_report_panel.py" line="144"/>
        <source>density bands</source>
        <translation>Dichteklassen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/atlas_report_panel.py" line="145"/>
        <source>points per band</source>
        <translation>Punkte je Dichteklasse</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/atlas_report_panel.py" line="146"/>
        <source>cross table</source>
        <translation>Kreuztabelle</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/atlas_report_panel.py" line="147"/>
        <source>distances</source>
        <translation>Entfernungen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/atlas_report_panel.py" line="148"/>
        <source>join report</source>
        <translation>Zuordnungsbericht</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/atlas_report_panel.py" line="195"/>
        <source>Check only one table for the {section}.</source>
        <translation>Nur eine Tabelle für {section} ankreuzen.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/atlas_report_panel.py" line="220"/>
        <source>Check at least one Land or the overview.</source>
        <translation>Mindestens ein Land oder die Übersicht ankreuzen.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/atlas_report_panel.py" line="223"/>
        <source>Check at least one kind of map page.</source>
        <translation>Mindestens eine Art von Kartenseite ankreuzen.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/atlas_report_panel.py" line="225"/>
        <source>Drawing the maps…</source>
        <translation>Karten werden gezeichnet…</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/atlas_report_panel.py" line="235"/>
        <source>{pages} map pages written.</source>
        <translation>{pages} Kartenseiten geschrieben.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/atlas_report_panel.py" line="241"/>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/atlas_report_panel.py" line="246"/>
        <source>Report written: {path}</source>
        <translation>Bericht geschrieben: {path}</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="9"/>
        <source>Map pages (PDF and PNG)</source>
        <translation>Kartenseiten (PDF und PNG)</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="15"/>
        <source>Länder (polygons)</source>
        <translation>Länder (Polygone)</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="18"/>
        <source>The Länder the atlas has one page each for, e.g. VG5000_LAN.</source>
        <translation>Die Länder, für die der Atlas je eine Seite enthält, z. B. VG5000_LAN.</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="21"/>
        <source>Land name field</source>
        <translation>Feld mit dem Landesnamen</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="27"/>
        <source>Länder to map</source>
        <translation>Darzustellende Länder</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="33"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="36"/>
        <source>Use cases or other points shown on every page.</source>
        <translation>Anwendungsbeispiele oder andere Punkte, die auf jeder Seite gezeigt werden.</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="39"/>
        <source>Districts (styled)</source>
        <translation>Kreise (gestaltet)</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="42"/>
        <source>A district choropleth, e.g. the manufacturing share styled by the Choropleth tool.</source>
        <translation>Eine Choroplethenkarte der Kreise, z. B. der Anteil des Verarbeitenden Gewerbes, gestaltet mit dem Werkzeug Choroplethenkarte.</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="45"/>
        <source>Density bands</source>
        <translation>Dichteklassen</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="48"/>
        <source>PLZ areas classified by the Density bands tool.</source>
        <translation>PLZ-Gebiete, klassifiziert mit dem Werkzeug Dichteklassen.</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="51"/>
        <source>Technical universities</source>
        <translation>Technische Hochschulen</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="58"/>
        <source>Points over manufacturing share (Abb. 6/9/11/13)</source>
        <translation>Punkte über dem Anteil des Verarbeitenden Gewerbes (Abb. 6/9/11/13)</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="58"/>
        <source>Needs the districts.</source>
        <translation>Benötigt die Kreise.</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="59"/>
        <source>Points with technical universities (Abb. 15)</source>
        <translation>Punkte mit technischen Hochschulen (Abb. 15)</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="59"/>
        <source>Needs the technical universities.</source>
        <translation>Benötigt die technischen Hochschulen.</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="60"/>
        <source>Points over density bands (Abb. 16)</source>
        <translation>Punkte über den Dichteklassen (Abb. 16)</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="60"/>
        <source>Needs the density bands.</source>
        <translation>Benötigt die Dichteklassen.</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="61"/>
        <source>Germany overview</source>
        <translation>Deutschland-Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="61"/>
        <source>The chosen map types once more for all of Germany.</source>
        <translation>Die gewählten Kartentypen noch einmal für ganz Deutschland.</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="67"/>
        <source>Report (HTML and CSV)</source>
        <translation>Bericht (HTML und CSV)</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="70"/>
        <source>Tables from earlier steps</source>
        <translation>Tabellen aus früheren Schritten</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="71"/>
        <source>Result tables in the project, with the report section each belongs to.</source>
        <translation>Ergebnistabellen im Projekt mit dem jeweils zugehörigen Berichtsabschnitt.</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="78"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="85"/>
        <source>Open the folder when done</source>
        <translation>Ordner nach Abschluss öffnen</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="85"/>
        <source>Opens the output folder in the file manager after the export.</source>
        <translation>Öffnet den Ausgabeordner nach dem Export im Dateimanager.</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="88"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/atlas_report_panel.ui" line="89"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>BandStatisticsAlgorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="59"/>
        <source>Points per density band against population</source>
        <translation>Punkte je Dichteklasse im Vergleich zur Bevölkerung</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="62"/>
        <source>Population density</source>
        <translation>Bevölkerungsdichte</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="95"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="100"/>
        <source>Areas with density bands (polygons)</source>
        <translation>Gebiete mit Dichteklassen (Polygone)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="107"/>
        <source>Band field</source>
        <translation>Feld mit der Dichteklasse</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="117"/>
        <source>Population field</source>
        <translation>Feld mit der Einwohnerzahl</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="127"/>
        <source>Repeat the table per group of (e.g. a Land field of the areas)</source>
        <translation>Tabelle zusätzlich je Gruppe wiederholen nach (z. B. einem Feld der Gebiete mit dem Land)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="135"/>
        <source>Random placements (Monte Carlo iterations)</source>
        <translation>Zufallsverteilungen (Monte-Carlo-Iterationen)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="145"/>
        <source>Random seed</source>
        <translation>Startwert (Seed) des Zufallsgenerators</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="154"/>
        <source>Language of labels and chart</source>
        <translation>Sprache der Beschriftungen und des Diagramms</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="155"/>
        <source>Band statistics</source>
        <translation>Statistik der Dichteklassen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="160"/>
        <source>Chart: observed and expected points per band</source>
        <translation>Diagramm: beobachtete und erwartete Punkte je Dichteklasse</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="160"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="169"/>
        <source>Points in banded areas</source>
        <translation>Punkte in Gebieten mit Dichteklasse</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="170"/>
        <source>Points outside banded areas</source>
        <translation>Punkte außerhalb der Gebiete mit Dichteklasse</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="173"/>
        <source>Points per band (JSON)</source>
        <translation>Punkte je Dichteklasse (JSON)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="196"/>
        <source>Reading areas</source>
        <translation>Gebiete werden gelesen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="279"/>
        <source>Counting points per area</source>
        <translation>Punkte je Gebiet werden gezählt</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="298"/>
        <source>{count} of {total} points lie outside all areas.</source>
        <translation>{count} von {total} Punkten liegen außerhalb aller Gebiete.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="304"/>
        <source>{count} points lie in areas without a band and are not counted.</source>
        <translation>{count} Punkte liegen in Gebieten ohne Dichteklasse und werden nicht gezählt.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="330"/>
        <source>The chart could not be written to {path}.</source>
        <translation>Das Diagramm konnte nicht nach {path} geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="243"/>
        <source>The point layer must contain points, but it contains {type}.</source>
        <translation>Der Punktlayer muss Punkte enthalten, er enthält aber {type}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="243"/>
        <source>The area layer must contain polygons, but it contains {type}.</source>
        <translation>Der Gebietslayer muss Polygone enthalten, er enthält aber {type}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="266"/>
        <source>Choose the area layer&apos;s field for {parameter}.</source>
        <translation>Wählen Sie das Feld des Gebietslayers für {parameter}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="292"/>
        <source>{count} areas have no usable geometry and hold no points.</source>
        <translation>{count} Gebiete haben keine verwendbare Geometrie und enthalten keine Punkte.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="337"/>
        <source>Points per density band computed by the QGIS plugin Industrie 4.0 Disparitäten (algorithm i40disparity:bandstatistics). Points: {points}. Areas: {areas}, band field '{band}', population field '{population}'. Expected points follow population; p-values from {iterations} population-weighted random placements with seed {seed}, one-sided in the observed direction.</source>
        <translation>Punkte je Dichteklasse, berechnet mit dem QGIS-Plugin Industrie 4.0 Disparitäten (Algorithmus i40disparity:bandstatistics). Punkte: {points}. Gebiete: {areas}, Dichteklassenfeld '{band}', Einwohnerfeld '{population}'. Die erwarteten Punkte folgen der Bevölkerung; Monte-Carlo-p-Werte aus {iterations} nach Einwohnern gewichteten Zufallsverteilungen mit Startwert (Seed) {seed}, einseitig in der beobachteten Richtung.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="351"/>
        <source>Points per density band: {points} in {areas}</source>
        <translation>Punkte je Dichteklasse: {points} in {areas}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/band_statistics.py" line="68"/>
        <source>&lt;p&gt;Counts the points (e.g. Industrie 4.0 use cases) in areas with density bands (the output of 'Classify postal areas by density band') and compares each band with what population alone would predict.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Columns&lt;/b&gt;: points and their share (%) of all points in banded areas; cumulative_share, the share in this band or a denser one (the study's 'two thirds in areas with at least 300 inhabitants per km²'); population_share; expected, the points the band would hold if points followed population (total points × population share); enrichment = points / expected (empty when expected is 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;p_value&lt;/b&gt;: the same number of points is placed at random as often as 'Random placements' says, each in an area with probability proportional to its population (seeded with the 'Random seed', so a run can be repeated exactly). One-sided in the observed direction: where a band holds at least as many points as expected, the share of random placements with at least as many points there; where it holds fewer, the share with at most as many; computed as (1 + such placements) / (1 + random placements). Small values mean that population alone hardly explains the count.&lt;/p&gt;&lt;p&gt;A point on a border shared by several areas counts once, for the first of them. Points outside all areas or in areas without a band are reported and not counted; areas without population weigh nothing. With a group field (e.g. the Land) the table repeats per group. The chart shows observed and expected points per band for all areas.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zählt die Punkte (z. B. Anwendungsbeispiele für Industrie 4.0) in Gebieten mit Dichteklassen (der Ausgabe von 'Postleitzahlgebiete nach Dichteklassen klassifizieren') und vergleicht jede Dichteklasse mit dem, was die Bevölkerung allein erwarten ließe.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Spalten&lt;/b&gt;: points und ihr Anteil (%) an allen Punkten in Gebieten mit Dichteklasse; cumulative_share, der Anteil in dieser oder einer dichteren Klasse (die 'zwei Drittel in Gebieten mit mindestens 300 Einwohnern je km²' der Studie); population_share, der Bevölkerungsanteil; expected, die Punkte, die auf die Klasse entfielen, wenn die Punkte der Bevölkerung folgten (Gesamtzahl der Punkte × Bevölkerungsanteil); enrichment, die Anreicherung = points / expected (beobachtet/erwartet; leer, wenn expected 0 ist).&lt;/p&gt;&lt;p&gt;&lt;b&gt;p_value&lt;/b&gt; (Monte-Carlo-p-Wert): Dieselbe Anzahl von Punkten wird so oft zufällig verteilt, wie 'Zufallsverteilungen' angibt, jeder Punkt in ein Gebiet mit einer Wahrscheinlichkeit proportional zu dessen Einwohnerzahl (mit dem 'Startwert (Seed) des Zufallsgenerators', sodass sich ein Lauf exakt wiederholen lässt). Einseitig in der beobachteten Richtung: Enthält eine Dichteklasse mindestens so viele Punkte wie erwartet, ist er der Anteil der Zufallsverteilungen mit mindestens ebenso vielen Punkten dort; enthält sie weniger, der Anteil mit höchstens ebenso vielen; berechnet als (1 + solche Verteilungen) / (1 + Anzahl der Zufallsverteilungen). Kleine Werte bedeuten, dass die Bevölkerung allein die Anzahl kaum erklärt.&lt;/p&gt;&lt;p&gt;Ein Punkt auf einer Grenze mehrerer Gebiete zählt einmal, und zwar für das erste von ihnen. Punkte außerhalb aller Gebiete oder in Gebieten ohne Dichteklasse werden gemeldet und nicht gezählt; Gebiete ohne Einwohner haben kein Gewicht. Mit einem Gruppenfeld (z. B. dem Land) wird die Tabelle je Gruppe wiederholt. Das Diagramm zeigt beobachtete und erwartete Punkte je Dichteklasse für alle Gebiete.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../i40_disparity_plugin/gui/chart_view.py" line="57"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/chart_view.py" line="75"/>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/chart_view.py" line="75"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/chart_view.py" line="86"/>
        <source>Chart saved: {path}</source>
        <translation>Diagramm gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>ChoroplethAlgorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="72"/>
        <source>Style a choropleth map</source>
        <translation>Choroplethenkarte gestalten</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="75"/>
        <source>District indicators</source>
        <translation>Kreisindikatoren</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="118"/>
        <source>Layer to style</source>
        <translation>Zu gestaltender Layer</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="123"/>
        <source>Field to map (numeric)</source>
        <translation>Darzustellendes Feld (numerisch)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="131"/>
        <source>Classification method</source>
        <translation>Klassifizierungsmethode</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="131"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Natürliche Unterbrechungen (Jenks)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="131"/>
        <source>Quantiles (equal count)</source>
        <translation>Quantile (gleiche Anzahl)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="131"/>
        <source>Equal intervals</source>
        <translation>Gleiche Intervalle</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="131"/>
        <source>Pretty breaks</source>
        <translation>Schöne Unterbrechungen (Pretty Breaks)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="131"/>
        <source>Fixed breaks</source>
        <translation>Feste Klassengrenzen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="189"/>
        <source>Number of classes</source>
        <translation>Anzahl der Klassen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="162"/>
        <source>Colour ramp (name in the QGIS style)</source>
        <translation>Farbverlauf (Name in der QGIS-Stilverwaltung)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="167"/>
        <source>Invert the colour ramp</source>
        <translation>Farbverlauf invertieren</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="172"/>
        <source>Unit in the legend (empty: from the field alias, e.g. '… (%)')</source>
        <translation>Einheit in der Legende (leer: aus dem Feldalias, z. B. '… (%)')</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="179"/>
        <source>Language of the legend labels</source>
        <translation>Sprache der Legendenbeschriftungen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="180"/>
        <source>Style file</source>
        <translation>Stildatei</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="180"/>
        <source>QGIS layer style (*.qml)</source>
        <translation>QGIS-Layerstil (*.qml)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="190"/>
        <source>Class upper bounds, ascending</source>
        <translation>Klassenobergrenzen, aufsteigend</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="258"/>
        <source>The layer &apos;{layer}&apos; has no geometries, so there is nothing to colour.</source>
        <translation>Der Layer '{layer}' hat keine Geometrien, es gibt also nichts einzufärben.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="265"/>
        <source>Choose the numeric field to map.</source>
        <translation>Wählen Sie das numerische Feld, das dargestellt werden soll.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="268"/>
        <source>The QGIS style has no colour ramp named &apos;{name}&apos;. Its ramps include {names}.</source>
        <translation>Die QGIS-Stilverwaltung enthält keinen Farbverlauf namens '{name}'. Vorhanden sind u. a. {names}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="231"/>
        <source>The field &apos;{field}&apos; holds no numbers: all {count} features are NULL.</source>
        <translation>Das Feld '{field}' enthält keine Zahlen: Alle {count} Objekte sind NULL.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="290"/>
        <source>Values exceed the last break, so a class above it was added.</source>
        <translation>Werte liegen über der letzten Klassengrenze, daher wurde darüber eine Klasse ergänzt.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="300"/>
        <source>{label}: {count} features</source>
        <translation>{label}: {count} Objekte</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="302"/>
        <source>{count} features without a value are drawn in grey as &apos;{label}&apos;.</source>
        <translation>{count} Objekte ohne Wert werden grau als '{label}' dargestellt.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="326"/>
        <source>The style file {path} could not be written: {message}</source>
        <translation>Die Stildatei {path} konnte nicht geschrieben werden: {message}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="332"/>
        <source>The layer was opened from a file for this run only: choose a style file to keep the style.</source>
        <translation>Der Layer wurde nur für diesen Lauf aus einer Datei geöffnet: Wählen Sie eine Stildatei, um den Stil zu behalten.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="364"/>
        <source>Pretty breaks give {found} classes instead of {asked}.</source>
        <translation>Schöne Unterbrechungen ergeben {found} statt {asked} Klassen.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="370"/>
        <source>Only {found} classes instead of {asked}: the field has {distinct} different values, and classes that would hold none of their own were merged.</source>
        <translation>Nur {found} statt {asked} Klassen: Das Feld hat {distinct} verschiedene Werte, und Klassen ohne eigene Werte wurden zusammengelegt.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="155"/>
        <source>Fixed breaks: class upper bounds, ascending (12,5; 20; 30 or 12.5,20,30)</source>
        <translation>Feste Grenzen: obere Klassengrenzen, aufsteigend (12,5; 20; 30 oder 12.5,20,30)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/choropleth.py" line="81"/>
        <source>&lt;p&gt;Colours the features of a loaded layer by the classes of a numeric field and applies the style to that layer. The layer's data and metadata are not changed, so print layouts can still take the source attribution from its metadata.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Classification method&lt;/b&gt; (QGIS's own classifications): natural breaks (Jenks), quantiles (equal count), equal intervals, pretty breaks (round numbers; may give a class more or fewer than asked) or fixed breaks. Default: natural breaks with 5 classes (2 to 12).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fixed breaks&lt;/b&gt; are the class upper bounds, ascending: separated by ';' with a decimal comma (12,5; 20; 30) or by commas with a decimal point (12.5,20,30). 20; 30; 40 gives the classes ≤ 20, 20 – 30 and 30 – 40, and one more class &amp;gt; 40 (with a warning) if values exceed 40. The number of classes is then ignored. The same breaks give comparable maps of different regions.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rule&lt;/b&gt;: a class includes its upper bound, so a value on a break belongs to the class below. When a field has fewer different values than classes, fewer classes are made and the log says so. The result 'Class upper bounds, ascending' lists them in the form that fixed breaks accept.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Missing values&lt;/b&gt; (NULL) belong to no class; such features are drawn in grey and listed as 'keine Daten' (no data) in the legend. This is why the style is rule-based (one rule per class): QGIS's graduated renderer cannot draw NULL. The lowest and highest rules are open-ended, so the style re-applied to newer data draws every value.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Colour ramp&lt;/b&gt;: the name of a ramp in the QGIS style manager, e.g. YlOrRd (default), Reds, Blues, Greens, Viridis; optionally inverted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Legend labels&lt;/b&gt; such as '12,5 – 20,0 %' use the German (or English) number format and the unit, taken by default from a bracket at the end of the field's alias ('Beschäftigte Sekundärer Sektor 2017 (%)'). Whole-number breaks get no decimals; otherwise the span of the breaks sets them (two decimals for a span from 1 to 10, one fewer for each tenfold), more if two breaks would print alike.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Style file&lt;/b&gt;: optionally the symbology as a .qml file, to apply it again (Layer Properties ▸ Style ▸ Load Style, or the algorithm 'Set layer style').&lt;/p&gt;&lt;p&gt;Ratios such as population density or shares can be computed first with 'Derive an indicator (ratio or density)'.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Färbt die Objekte eines geladenen Layers nach den Klassen eines numerischen Felds ein und wendet den Stil auf diesen Layer an. Daten und Metadaten des Layers bleiben unverändert, Drucklayouts können die Quellenangabe also weiterhin aus seinen Metadaten übernehmen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Klassifizierungsmethode&lt;/b&gt; (die Klassifizierungen von QGIS): Natürliche Unterbrechungen (Jenks), Quantile (gleiche Anzahl), Gleiche Intervalle, Schöne Unterbrechungen (runde Zahlen; kann eine Klasse mehr oder weniger als gewünscht ergeben) oder Feste Klassengrenzen. Vorgabe: Natürliche Unterbrechungen mit 5 Klassen (2 bis 12).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Feste Klassengrenzen&lt;/b&gt; sind die Klassenobergrenzen, aufsteigend: getrennt durch ';' mit Dezimalkomma (12,5; 20; 30) oder durch Kommas mit Dezimalpunkt (12.5,20,30). 20; 30; 40 ergibt die Klassen ≤ 20, 20 – 30 und 30 – 40 sowie eine weitere Klasse &amp;gt; 40 (mit Warnung), wenn Werte über 40 liegen. Die Anzahl der Klassen wird dann ignoriert. Dieselben Grenzen ergeben vergleichbare Karten verschiedener Regionen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Regel&lt;/b&gt;: Eine Klasse schließt ihre Obergrenze ein, ein Wert genau auf einer Grenze gehört also zur Klasse darunter. Hat ein Feld weniger verschiedene Werte als Klassen, entstehen weniger Klassen; das Protokoll weist darauf hin. Das Ergebnis 'Klassenobergrenzen, aufsteigend' nennt sie in der Form, die feste Klassengrenzen erwarten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fehlende Werte&lt;/b&gt; (NULL) gehören zu keiner Klasse; solche Objekte werden grau gezeichnet und in der Legende als 'keine Daten' geführt. Deshalb ist der Stil regelbasiert (eine Regel je Klasse): Die abgestufte Darstellung von QGIS kann NULL nicht zeichnen. Unterste und oberste Regel sind nach außen offen, sodass der Stil auch auf neuere Daten angewendet jeden Wert zeichnet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Farbverlauf&lt;/b&gt;: der Name eines Farbverlaufs in der QGIS-Stilverwaltung, z. B. YlOrRd (Vorgabe), Reds, Blues, Greens, Viridis; wahlweise invertiert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Legendenbeschriftungen&lt;/b&gt; wie '12,5 – 20,0 %' verwenden das deutsche (oder englische) Zahlenformat und die Einheit, die standardmäßig aus einer Klammer am Ende des Feldalias stammt ('Beschäftigte Sekundärer Sektor 2017 (%)'). Ganzzahlige Grenzen erhalten keine Nachkommastellen; sonst bestimmt die Spannweite der Grenzen ihre Zahl (zwei bei einer Spannweite von 1 bis 10, je Zehnfachem eine weniger), mehr, wenn zwei Grenzen sonst gleich aussähen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stildatei&lt;/b&gt;: wahlweise die Symbolisierung als .qml-Datei, um sie erneut anzuwenden (Layereigenschaften ▸ Stil ▸ Lade Stil… oder der Algorithmus 'Layerstil setzen').&lt;/p&gt;&lt;p&gt;Quotienten wie die Bevölkerungsdichte oder Anteile lassen sich vorher mit 'Indikator ableiten (Quotient oder Dichte)' berechnen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CrosstabAlgorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/crosstab.py" line="44"/>
        <source>Cross table of two fields</source>
        <translation>Kreuztabelle zweier Felder</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/crosstab.py" line="47"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/crosstab.py" line="53"/>
        <source>&lt;p&gt;Counts the records of a layer or table by the values of two fields, with row and column totals; by default Land × company size class, the study's Table 2.&lt;/p&gt;&lt;p&gt;Categories listed in the order parameters come first and in that order (also when empty); other values follow, sorted; empty values are counted as 'unbekannt'/'unknown', never dropped. Separate listed categories with ';'.&lt;/p&gt;&lt;p&gt;The output table has one row per row category and a total row, one column per column category and a total column. The CSV file is written in UTF-8 with a byte-order mark and ';' between cells, which German Excel opens correctly.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zählt die Datensätze eines Layers oder einer Tabelle nach den Werten zweier Felder, mit Zeilen- und Spaltensummen; standardmäßig Land × Größenklasse der Unternehmen, die Tabelle 2 der Studie.&lt;/p&gt;&lt;p&gt;Die in den Reihenfolge-Parametern genannten Kategorien stehen vorn und in dieser Reihenfolge (auch wenn sie leer sind); andere Werte folgen sortiert; leere Werte werden als 'unbekannt'/'unknown' gezählt, niemals verworfen. Trennen Sie die genannten Kategorien durch ';'.&lt;/p&gt;&lt;p&gt;Die Ausgabetabelle hat je Zeilenkategorie eine Zeile und eine Summenzeile, je Spaltenkategorie eine Spalte und eine Summenspalte. Die CSV-Datei wird in UTF-8 mit Byte-Order-Mark und ';' zwischen den Zellen geschrieben, sodass ein deutsches Excel sie richtig öffnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/crosstab.py" line="65"/>
        <source>Layer or table</source>
        <translation>Layer oder Tabelle</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/crosstab.py" line="70"/>
        <source>Field for the rows</source>
        <translation>Feld für die Zeilen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/crosstab.py" line="79"/>
        <source>Field for the columns</source>
        <translation>Feld für die Spalten</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/crosstab.py" line="88"/>
        <source>Row categories first, in this order (separated by &apos;;&apos;)</source>
        <translation>Zuerst diese Zeilenkategorien, in dieser Reihenfolge (getrennt durch ';')</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/crosstab.py" line="96"/>
        <source>Column categories first, in this order (separated by &apos;;&apos;)</source>
        <translation>Zuerst diese Spaltenkategorien, in dieser Reihenfolge (getrennt durch ';')</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/crosstab.py" line="104"/>
        <source>Language of &apos;total&apos; and &apos;unknown&apos;</source>
        <translation>Sprache von 'Summe' und 'unbekannt'</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/crosstab.py" line="105"/>
        <source>Cross table</source>
        <translation>Kreuztabelle</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/crosstab.py" line="110"/>
        <source>Cross table as CSV</source>
        <translation>Kreuztabelle als CSV</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/crosstab.py" line="110"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/crosstab.py" line="119"/>
        <source>Records counted</source>
        <translation>Gezählte Datensätze</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/crosstab.py" line="175"/>
        <source>Choose a field for {parameter}.</source>
        <translation>Wählen Sie ein Feld für {parameter}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/crosstab.py" line="197"/>
        <source>The CSV file could not be written: {error}</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/crosstab.py" line="154"/>
        <source>Counts by '{rows}' (rows) and '{columns}' (columns) of {input}, computed by the QGIS plugin Industrie 4.0 Disparitäten (algorithm i40disparity:crosstab).</source>
        <translation>Anzahlen nach '{rows}' (Zeilen) und '{columns}' (Spalten) von {input}, berechnet mit dem QGIS-Plugin Industrie 4.0 Disparitäten (Algorithmus i40disparity:crosstab).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/crosstab.py" line="163"/>
        <source>Cross table of {input}</source>
        <translation>Kreuztabelle von {input}</translation>
    </message>
</context>
<context>
    <name>DensityBandsAlgorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="54"/>
        <source>Classify postal areas by density band</source>
        <translation>Postleitzahlgebiete nach Dichteklassen klassifizieren</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="57"/>
        <source>Population density</source>
        <translation>Bevölkerungsdichte</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="85"/>
        <source>Areas (polygons)</source>
        <translation>Gebiete (Polygone)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="90"/>
        <source>Population field</source>
        <translation>Feld mit der Einwohnerzahl</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="98"/>
        <source>Area field in km² (empty: measure on the ellipsoid)</source>
        <translation>Feld mit der Fläche in km² (leer: auf dem Ellipsoid messen)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="114"/>
        <source>Summarise also per group of (e.g. a Land field)</source>
        <translation>Zusätzlich je Gruppe zusammenfassen nach (z. B. einem Feld mit dem Land)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="121"/>
        <source>Language of the band labels</source>
        <translation>Sprache der Klassenbeschriftungen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="122"/>
        <source>Density bands</source>
        <translation>Dichteklassen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="127"/>
        <source>Band summary</source>
        <translation>Übersicht der Dichteklassen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="136"/>
        <source>Areas with a band</source>
        <translation>Gebiete mit Dichteklasse</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="137"/>
        <source>Areas without a band</source>
        <translation>Gebiete ohne Dichteklasse</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="138"/>
        <source>Geometries repaired</source>
        <translation>Reparierte Geometrien</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="139"/>
        <source>Areas per band (JSON)</source>
        <translation>Gebiete je Dichteklasse (JSON)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="206"/>
        <source>The input layer must contain polygons, but it contains {type}.</source>
        <translation>Der Eingabelayer muss Polygone enthalten, er enthält aber {type}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="145"/>
        <source>Choose the field that holds the population.</source>
        <translation>Wählen Sie das Feld mit der Einwohnerzahl.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="215"/>
        <source>The input layer has no coordinate reference system, so its areas cannot be measured. Set its CRS or choose an area field.</source>
        <translation>Der Eingabelayer hat kein Koordinatenbezugssystem, daher lassen sich seine Flächen nicht messen. Legen Sie sein KBS fest oder wählen Sie ein Flächenfeld.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="228"/>
        <source>The input&apos;s fields {names} are replaced by new values.</source>
        <translation>Die Felder {names} der Eingabe werden durch neue Werte ersetzt.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="280"/>
        <source>{count} invalid geometries were repaired (feature ids {ids}).</source>
        <translation>{count} ungültige Geometrien wurden repariert (Objekt-IDs {ids}).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="286"/>
        <source>{count} geometries could not be repaired and were written unchanged (feature ids {ids}).</source>
        <translation>{count} Geometrien ließen sich nicht reparieren und wurden unverändert geschrieben (Objekt-IDs {ids}).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="193"/>
        <source>Density band summary</source>
        <translation>Übersicht der Dichteklassen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="293"/>
        <source>{count} areas without a band: {reason}</source>
        <translation>{count} Gebiete ohne Dichteklasse: {reason}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="313"/>
        <source>field '{field}' (km²)</source>
        <translation>Feld '{field}' (km²)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="313"/>
        <source>measured on the ellipsoid {ellipsoid}</source>
        <translation>gemessen auf dem Ellipsoid {ellipsoid}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="334"/>
        <source>Density bands of {input}</source>
        <translation>Dichteklassen von {input}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="63"/>
        <source>&lt;p&gt;Computes the population density (inhabitants per km²) of every area, usually postal code areas (PLZ), and assigns it to a density band.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rule&lt;/b&gt; for ascending thresholds t1 &amp;lt; … &amp;lt; tk: band 1 is density ≤ t1, band i is t(i−1) &amp;lt; density ≤ t(i), the top band is density &amp;gt; tk. A density exactly on a threshold belongs to the band below.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Writing thresholds&lt;/b&gt;: separated by ';', each written as in German, with a decimal comma (150,5; 300; 1.000), or separated by commas, with a decimal point (150.5,300,1000). So 150,5 without ';' is two thresholds, 150 and 5.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Defaults&lt;/b&gt; 150, 300, 500 follow the Friedrich-Ebert-Stiftung study on Industrie 4.0: rural areas have at most 150 inhabitants per km² (BBSR definition), urban areas more than 300, densely populated areas over 500.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Area&lt;/b&gt;: taken from the area field (km²) if one is chosen, otherwise measured on the ellipsoid (the project's, or GRS 1980). Invalid geometries are repaired; the log counts them.&lt;/p&gt;&lt;p&gt;Areas with missing or negative population, or with missing or zero area, get no band; the field band_note says why. The summary table gives per band the number of areas, population, area and their shares (of all classified areas), optionally per group (e.g. per Land).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Berechnet die Bevölkerungsdichte (Einwohner je km²) jedes Gebiets, meist Postleitzahlgebiete (PLZ), und ordnet es einer Dichteklasse zu.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Regel&lt;/b&gt; für aufsteigende Schwellenwerte t1 &amp;lt; … &amp;lt; tk: Klasse 1 ist Dichte ≤ t1, Klasse i ist t(i−1) &amp;lt; Dichte ≤ t(i), die oberste Klasse ist Dichte &amp;gt; tk. Eine Dichte genau auf einem Schwellenwert gehört zur Klasse darunter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Schwellenwerte schreiben&lt;/b&gt;: durch ';' getrennt, jeder wie im Deutschen mit Dezimalkomma (150,5; 300; 1.000), oder durch Kommas getrennt mit Dezimalpunkt (150.5,300,1000). 150,5 ohne ';' sind also zwei Schwellenwerte, 150 und 5.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Voreinstellung&lt;/b&gt; 150, 300, 500 nach der Studie der Friedrich-Ebert-Stiftung zu Industrie 4.0: ländliche Räume haben maximal 150 Einwohner je km² (Definition des BBSR), städtische mehr als 300, dicht besiedelte über 500.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fläche&lt;/b&gt;: aus dem Flächenfeld (km²), wenn eines gewählt ist, sonst auf dem Ellipsoid gemessen (dem des Projekts oder GRS 1980). Ungültige Geometrien werden repariert; das Protokoll zählt sie.&lt;/p&gt;&lt;p&gt;Gebiete mit fehlender oder negativer Einwohnerzahl oder mit fehlender oder verschwindender Fläche erhalten keine Dichteklasse; das Feld band_note nennt den Grund. Die Übersichtstabelle enthält je Dichteklasse die Zahl der Gebiete, Einwohner, Fläche und ihre Anteile (an allen klassifizierten Gebieten), wahlweise je Gruppe (z. B. je Land).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="107"/>
        <source>Density thresholds in inhabitants per km², ascending (150; 300; 500)</source>
        <translation>Dichteschwellen in Einwohnern je km², aufsteigend (150; 300; 500)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="322"/>
        <source>Population density bands computed by the QGIS plugin Industrie 4.0 Disparitäten (algorithm i40disparity:densitybands). Input: {input}. Population: field '{population}'. Area: {area}. Thresholds (inhabitants per km²): {thresholds}. Band 1 is density ≤ the first threshold; a density on a threshold belongs to the band below.</source>
        <translation>Dichteklassen der Bevölkerung, berechnet mit dem QGIS-Plugin Industrie 4.0 Disparitäten (Algorithmus i40disparity:densitybands). Eingabe: {input}. Einwohner: Feld '{population}'. Fläche: {area}. Schwellenwerte (Einwohner je km²): {thresholds}. Klasse 1 ist Dichte ≤ dem ersten Schwellenwert; eine Dichte genau auf einem Schwellenwert gehört zur Klasse darunter.</translation>
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
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="83"/>
        <source>Density bands {layer}</source>
        <translation>Dichteklassen {layer}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="84"/>
        <source>Band summary {layer}</source>
        <translation>Übersicht Dichteklassen {layer}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="106"/>
        <source>Classifying…</source>
        <translation>Klassifiziere …</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/density_bands_panel.py" line="111"/>
        <source>{classified} areas classified, {unclassified} without a band, {repaired} geometries repaired.</source>
        <translation>{classified} Gebiete klassifiziert, {unclassified} ohne Dichteklasse, {repaired} Geometrien repariert.</translation>
    </message>
</context>
<context>
    <name>DeriveIndicatorAlgorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="58"/>
        <source>Derive an indicator (ratio or density)</source>
        <translation>Indikator ableiten (Quotient oder Dichte)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="61"/>
        <source>District indicators</source>
        <translation>Kreisindikatoren</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="67"/>
        <source>&lt;p&gt;Adds one field to a copy of the input: numerator ÷ denominator × factor, without writing an expression. The input is not changed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Density&lt;/b&gt;: leave the denominator empty to divide by the area in km², measured on the ellipsoid (the project's, or GRS 1980) whatever the layer's CRS; e.g. population ÷ area = inhabitants per km². Invalid polygons are repaired for the measurement only.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Share&lt;/b&gt;: part ÷ whole with factor 100 gives percent.&lt;/p&gt;&lt;p&gt;Where the numerator or the denominator is NULL, or the denominator (or area) is zero, the new field is NULL; the log counts each case. A field of the same name in the input is replaced.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alias&lt;/b&gt;: a readable name for the new field. A unit in brackets at its end, as in 'Einwohnerdichte (E/km²)', becomes the legend unit of 'Style a choropleth map'. The input fields keep their aliases.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fügt einer Kopie der Eingabe ein Feld hinzu: Zähler ÷ Nenner × Faktor, ohne dass Sie einen Ausdruck schreiben müssen. Die Eingabe bleibt unverändert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dichte&lt;/b&gt;: Bleibt der Nenner leer, wird durch die Fläche in km² geteilt, gemessen auf dem Ellipsoid (dem des Projekts oder GRS 1980), unabhängig vom KBS des Layers; z. B. Einwohner ÷ Fläche = Einwohner je km². Ungültige Polygone werden nur für die Messung repariert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Anteil&lt;/b&gt;: Teil ÷ Ganzes mit Faktor 100 ergibt Prozent.&lt;/p&gt;&lt;p&gt;Ist Zähler oder Nenner NULL oder ist der Nenner (bzw. die Fläche) null, wird das neue Feld NULL; das Protokoll zählt jeden Fall. Ein gleichnamiges Feld der Eingabe wird ersetzt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Alias&lt;/b&gt;: ein lesbarer Name für das neue Feld. Eine Einheit in Klammern an seinem Ende, wie in 'Einwohnerdichte (E/km²)', wird zur Legendeneinheit von 'Choroplethenkarte gestalten'. Die Eingabefelder behalten ihre Aliasse.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="84"/>
        <source>Input layer</source>
        <translation>Eingabelayer</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="89"/>
        <source>Numerator field</source>
        <translation>Zählerfeld</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="97"/>
        <source>Denominator field (empty: the area in km²)</source>
        <translation>Nennerfeld (leer: die Fläche in km²)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="106"/>
        <source>Factor (100 for a share in percent)</source>
        <translation>Faktor (100 für einen Anteil in Prozent)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="114"/>
        <source>Name of the new field</source>
        <translation>Name des neuen Felds</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="119"/>
        <source>Alias of the new field, with the unit in brackets (optional)</source>
        <translation>Alias des neuen Felds, mit der Einheit in Klammern (optional)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="133"/>
        <source>Layer with the indicator</source>
        <translation>Layer mit dem Indikator</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="136"/>
        <source>Features with a value</source>
        <translation>Objekte mit Wert</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="137"/>
        <source>Features without a value</source>
        <translation>Objekte ohne Wert</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="145"/>
        <source>Choose the numerator field.</source>
        <translation>Wählen Sie das Zählerfeld.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="152"/>
        <source>Enter a name for the new field.</source>
        <translation>Geben Sie einen Namen für das neue Feld ein.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="219"/>
        <source>The input&apos;s field {name} is replaced by the new values.</source>
        <translation>Das Feld {name} der Eingabe wird durch die neuen Werte ersetzt.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="249"/>
        <source>{count} invalid geometries were repaired to measure their area.</source>
        <translation>{count} ungültige Geometrien wurden für die Flächenmessung repariert.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="232"/>
        <source>Without a denominator field the values are divided by the area, but the input has no polygons. Choose a denominator field.</source>
        <translation>Ohne Nennerfeld werden die Werte durch die Fläche geteilt, die Eingabe enthält aber keine Polygone. Wählen Sie ein Nennerfeld.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="239"/>
        <source>The input layer has no coordinate reference system, so its areas cannot be measured. Set its CRS or choose a denominator field.</source>
        <translation>Der Eingabelayer hat kein Koordinatenbezugssystem, daher lassen sich seine Flächen nicht messen. Legen Sie sein KBS fest oder wählen Sie ein Nennerfeld.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="255"/>
        <source>{count} features without a value: the numerator is NULL.</source>
        <translation>{count} Objekte ohne Wert: Der Zähler ist NULL.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="256"/>
        <source>{count} features without a value: the denominator (or area) is missing.</source>
        <translation>{count} Objekte ohne Wert: Der Nenner (bzw. die Fläche) fehlt.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="259"/>
        <source>{count} features without a value: the denominator (or area) is zero.</source>
        <translation>{count} Objekte ohne Wert: Der Nenner (bzw. die Fläche) ist null.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="267"/>
        <source>area in km² (ellipsoidal)</source>
        <translation>Fläche in km² (ellipsoidisch)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="268"/>
        <source>{field} of {input}</source>
        <translation>{field} von {input}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="271"/>
        <source>Derived by the QGIS plugin Industrie 4.0 Disparitäten (algorithm i40disparity:deriveindicator). Input: {input}. {field} = {numerator} ÷ {denominator} × {factor}; NULL where a value is missing or the denominator is zero.</source>
        <translation>Abgeleitet mit dem QGIS-Plugin Industrie 4.0 Disparitäten (Algorithmus i40disparity:deriveindicator). Eingabe: {input}. {field} = {numerator} ÷ {denominator} × {factor}; NULL, wo ein Wert fehlt oder der Nenner null ist.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="126"/>
        <source>Replace a field of the input that has the new field&apos;s name</source>
        <translation>Ein gleichnamiges Feld der Eingabe ersetzen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/derive_indicator.py" line="211"/>
        <source>The input already has a field {name}. Choose another name for the new field, or allow replacing that field.</source>
        <translation>Die Eingabe hat bereits ein Feld {name}. Wählen Sie einen anderen Namen für das neue Feld oder erlauben Sie, jenes Feld zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>DistrictIndicatorsPanel</name>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="53"/>
        <source>Statistics tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Statistiktabellen (*.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="166"/>
        <source>{count} indicators read. Choose one, then join and style.</source>
        <translation>{count} Indikatoren eingelesen. Wählen Sie einen aus und klicken Sie auf 'Verknüpfen und gestalten'.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="177"/>
        <source>Format: {format}, encoding {encoding}, delimiter &apos;{delimiter}&apos;</source>
        <translation>Format: {format}, Kodierung {encoding}, Trennzeichen '{delimiter}'</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="183"/>
        <source>{rows} rows, {keys} keys, {values} values ({zeros} of them &apos;-&apos;, exactly zero), {problems} without a number, {skipped} rows skipped</source>
        <translation>{rows} Zeilen, {keys} Schlüssel, {values} Werte (davon {zeros} '-', genau null), {problems} ohne Zahl, {skipped} Zeilen übersprungen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="210"/>
        <source>latest with data</source>
        <translation>neuestes mit Daten</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="219"/>
        <source>Unmatched keys {layer}</source>
        <translation>Nicht zugeordnete Schlüssel {layer}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="238"/>
        <source>Joining…</source>
        <translation>Verknüpfe …</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="245"/>
        <source>{matched} areas matched; {layer} area keys not in the table, {table} table keys not among the areas.</source>
        <translation>{matched} Gebiete zugeordnet; {layer} Gebietsschlüssel nicht in der Tabelle, {table} Tabellenschlüssel nicht unter den Gebieten.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="261"/>
        <source>Styling…</source>
        <translation>Gestalte …</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="279"/>
        <source>Unmatched keys: {count}</source>
        <translation>Nicht zugeordnete Schlüssel: {count}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="283"/>
        <source>Save style</source>
        <translation>Stil speichern</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="283"/>
        <source>QGIS style (*.qml)</source>
        <translation>QGIS-Stil (*.qml)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="288"/>
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
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="118"/>
        <source>choose a column</source>
        <translation>Spalte wählen</translation>
    </message>
    <message>
        <location filename="../ui/district_indicators_panel.ui" line="17"/>
        <source>Key column of the table</source>
        <translation>Schlüsselspalte der Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/district_indicators_panel.ui" line="18"/>
        <source>The column that holds the area keys; recognised by itself in GENESIS, INKAR and Destatis exports.</source>
        <translation>Die Spalte mit den Gebietsschlüsseln; in Exporten aus GENESIS, INKAR und von Destatis wird sie selbst erkannt.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/district_indicators_panel.py" line="116"/>
        <source>recognised when the table is read</source>
        <translation>beim Einlesen erkannt</translation>
    </message>
</context>
<context>
    <name>ExportAtlasAlgorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="84"/>
        <source>Export atlas pages (PDF and PNG)</source>
        <translation>Atlasseiten exportieren (PDF und PNG)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="87"/>
        <source>Maps and reports</source>
        <translation>Karten und Berichte</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="119"/>
        <source>Länder (polygons)</source>
        <translation>Länder (Polygone)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="126"/>
        <source>Field with the Land&apos;s name or key</source>
        <translation>Feld mit Name oder Schlüssel des Landes</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="135"/>
        <source>Länder to map (abbreviation, name or key, comma-separated)</source>
        <translation>Darzustellende Länder (Kürzel, Name oder Schlüssel, durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="142"/>
        <source>Map types</source>
        <translation>Kartentypen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="142"/>
        <source>industrie: points over the districts&apos; classes</source>
        <translation>industrie: Punkte über den Klassen der Kreise</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="142"/>
        <source>hochschulen: points and technical universities</source>
        <translation>hochschulen: Punkte und technische Hochschulen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="142"/>
        <source>dichte: points over the density bands</source>
        <translation>dichte: Punkte über den Dichteklassen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="155"/>
        <source>Also all of Germany (code de)</source>
        <translation>Auch ganz Deutschland (Kürzel de)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="160"/>
        <source>Districts, styled by classes (for &apos;industrie&apos;)</source>
        <translation>Kreise, nach Klassen gestaltet (für 'industrie')</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="168"/>
        <source>Density bands (for &apos;dichte&apos;)</source>
        <translation>Dichteklassen (für 'dichte')</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="176"/>
        <source>Points (use cases or centres)</source>
        <translation>Punkte (Anwendungsbeispiele oder Zentren)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="183"/>
        <source>Technical universities (for &apos;hochschulen&apos;)</source>
        <translation>Technische Hochschulen (für 'hochschulen')</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="191"/>
        <source>Page template (.qpt; empty: the plugin&apos;s)</source>
        <translation>Seitenvorlage (.qpt; leer: die des Plugins)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="199"/>
        <source>PNG resolution (dpi)</source>
        <translation>PNG-Auflösung (dpi)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="209"/>
        <source>Language of the page texts</source>
        <translation>Sprache der Seitentexte</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="210"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="213"/>
        <source>Number of pages</source>
        <translation>Anzahl der Seiten</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="214"/>
        <source>Index of the pages (JSON)</source>
        <translation>Verzeichnis der Seiten (JSON)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="304"/>
        <source>Choose at least one map type.</source>
        <translation>Mindestens einen Kartentyp wählen.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="316"/>
        <source>The Länder layer has no feature for {laender} in its field '{field}'.</source>
        <translation>Die Länder-Ebene hat in ihrem Feld '{field}' kein Objekt für {laender}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="354"/>
        <source>Page {number} of {total}: {file}</source>
        <translation>Seite {number} von {total}: {file}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="369"/>
        <source>The page {file} could not be written: {error}</source>
        <translation>Die Seite {file} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="393"/>
        <source>The map type &apos;{page}&apos; needs the layer {parameter}.</source>
        <translation>Der Kartentyp '{page}' benötigt die Ebene {parameter}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="407"/>
        <source>The districts layer &apos;{layer}&apos; has no classified style (graduated, categorized or rule-based). Style it first with &apos;Style a choropleth map&apos; (i40disparity:choropleth).</source>
        <translation>Die Kreis-Ebene '{layer}' hat keinen klassifizierten Stil (abgestuft, kategorisiert oder regelbasiert). Zuerst mit 'Choroplethenkarte gestalten' (i40disparity:choropleth) gestalten.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="424"/>
        <source>The output folder {folder} cannot be created or written: {message}</source>
        <translation>Der Ausgabeordner {folder} kann nicht angelegt oder beschrieben werden: {message}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="435"/>
        <source>The file {path} is not a print layout template (.qpt).</source>
        <translation>Die Datei {path} ist keine Drucklayout-Vorlage (.qpt).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="441"/>
        <source>The template {path} lacks the items with the ids {ids}.</source>
        <translation>In der Vorlage {path} fehlen die Elemente mit den IDs {ids}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="281"/>
        <source>Cancelled: no page was kept.</source>
        <translation>Abgebrochen: Keine Seite wurde behalten.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/export_atlas.py" line="93"/>
        <source>&lt;p&gt;Writes map pages a planner can publish, one per Land and map type, as PDF (A4 landscape) and PNG, plus the same map types for all of Germany: &lt;b&gt;industrie&lt;/b&gt; (points over the districts' classes, e.g. the manufacturing share; the study's Abb. 6/9/11/13), &lt;b&gt;hochschulen&lt;/b&gt; (points with the technical universities over district and Land borders; Abb. 15) and &lt;b&gt;dichte&lt;/b&gt; (points over the population density bands; Abb. 16).&lt;/p&gt;&lt;p&gt;Files are named {type}_{code}.pdf/.png with the Land's code in lower case (bw, by, …; de for Germany). atlas_index.json lists the pages with their titles, the sources and the parameters, for reports.&lt;/p&gt;&lt;p&gt;Länder: by abbreviation (BW, NW, …), name or two-digit key, separated by commas. The Länder layer is e.g. VG5000_LAN; where it has a GF field only the land areas (GF = 9) are used.&lt;/p&gt;&lt;p&gt;Each layer is drawn with its own style: style the districts first with 'Style a choropleth map'; the density bands keep the style of 'Density bands'. Points keep a classified style, otherwise they get a plain marker; the plugin's Industrie 4.0 centres always get their own orange diamond. The pages are built from a print layout template (.qpt) shipped with the plugin; a copy with the same item ids (title, subtitle, map, legend, scalebar, north_arrow, sources, overview) can replace it. The sources line of each page names the sources of the layers drawn on it, each once, from the layers' metadata.&lt;/p&gt;&lt;p&gt;Runs in the background: QGIS stays usable, each page is reported as it is done, and Cancel stops after the page's current file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schreibt veröffentlichungsfähige Kartenseiten, je eine pro Land und Kartentyp, als PDF (A4 quer) und PNG, dazu dieselben Kartentypen für ganz Deutschland: &lt;b&gt;industrie&lt;/b&gt; (Punkte über den Klassen der Kreise, z. B. dem Anteil des Verarbeitenden Gewerbes; Abb. 6/9/11/13 der Studie), &lt;b&gt;hochschulen&lt;/b&gt; (Punkte mit den technischen Hochschulen über Kreis- und Landesgrenzen; Abb. 15) und &lt;b&gt;dichte&lt;/b&gt; (Punkte über den Dichteklassen der Bevölkerung; Abb. 16).&lt;/p&gt;&lt;p&gt;Die Dateien heißen {type}_{code}.pdf/.png, mit dem Kürzel des Landes in Kleinbuchstaben (bw, by, …; de für Deutschland). atlas_index.json listet die Seiten mit ihren Titeln, den Quellen und den Parametern für Berichte auf.&lt;/p&gt;&lt;p&gt;Länder: per Kürzel (BW, NW, …), Name oder zweistelligem Schlüssel, durch Kommas getrennt. Die Länder-Ebene ist z. B. VG5000_LAN; hat sie ein Feld GF, werden nur die Landflächen (GF = 9) verwendet.&lt;/p&gt;&lt;p&gt;Jede Ebene wird mit ihrem eigenen Stil gezeichnet: die Kreise zuerst mit „Choroplethenkarte gestalten“ gestalten; die Dichteklassen behalten den Stil von „Dichteklassen“. Punkte behalten einen klassifizierten Stil, andernfalls erhalten sie ein einfaches Symbol; die Industrie 4.0-Zentren des Plugins erhalten immer ihre eigene orange Raute. Die Seiten werden aus einer mit dem Plugin gelieferten Drucklayout-Vorlage (.qpt) erstellt; eine Kopie mit denselben Element-IDs (title, subtitle, map, legend, scalebar, north_arrow, sources, overview) kann sie ersetzen. Die Quellenzeile jeder Seite nennt die Quellen der auf ihr gezeichneten Ebenen, jede einmal, aus den Metadaten der Ebenen.&lt;/p&gt;&lt;p&gt;Läuft im Hintergrund: QGIS bleibt bedienbar, jede Seite wird gemeldet, sobald sie fertig ist, und Abbrechen hält nach der aktuellen Datei der Seite an.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>GeocodePointsAlgorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="68"/>
        <source>Place a table of use cases as points (offline)</source>
        <translation>Tabelle von Anwendungsbeispielen als Punkte verorten (offline)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="71"/>
        <source>Use cases and facilities</source>
        <translation>Anwendungsbeispiele und Einrichtungen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="96"/>
        <source>PLZ areas (polygons with a PLZ field)</source>
        <translation>Postleitzahlgebiete (Polygone mit PLZ-Feld)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="104"/>
        <source>Gemeinden (polygons with key and name, e.g. VG5000 GEM)</source>
        <translation>Gemeinden (Polygone mit Schlüssel und Name, z. B. VG5000 GEM)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="112"/>
        <source>Placed points</source>
        <translation>Verortete Punkte</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="127"/>
        <source>Records not placed</source>
        <translation>Nicht verortete Datensätze</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="126"/>
        <source>Records placed</source>
        <translation>Verortete Datensätze</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="130"/>
        <source>Table or layer of places</source>
        <translation>Tabelle oder Layer mit den zu verortenden Datensätzen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="267"/>
        <source>Columns recognised: {mapping}</source>
        <translation>Erkannte Spalten: {mapping}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="183"/>
        <source>{placed} of {total} records placed.</source>
        <translation>{placed} von {total} Datensätzen verortet.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="189"/>
        <source>Row {row} ({city}) not placed: {note}</source>
        <translation>Zeile {row} ({city}) nicht verortet: {note}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="203"/>
        <source>Places of {input} located offline by the QGIS plugin Industrie 4.0 Disparitäten (algorithm i40disparity:{algorithm}); geocode_method says how each was placed.</source>
        <translation>Orte aus {input}, offline verortet mit dem QGIS-Plugin Industrie 4.0 Disparitäten (Algorithmus i40disparity:{algorithm}); geocode_method gibt an, wie jeder Datensatz verortet wurde.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="352"/>
        <source>No PLZ areas and no Gemeinden given: only records with coordinates can be placed.</source>
        <translation>Weder Postleitzahlgebiete noch Gemeinden angegeben: Nur Datensätze mit Koordinaten können verortet werden.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="363"/>
        <source>{parameter} has none of the fields {names}.</source>
        <translation>{parameter} hat keines der Felder {names}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="135"/>
        <source>Column mapping, e.g. title=Projekt; plz=PLZ (empty: automatic)</source>
        <translation>Spaltenzuordnung, z. B. title=Projekt; plz=PLZ (leer: automatisch)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="273"/>
        <source>{field}: {count} of the values could not be read and are left empty ({reason}).</source>
        <translation>{field}: {count} der Werte waren nicht lesbar und bleiben leer ({reason}).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="191"/>
        <source>Row {row} not placed: {note}</source>
        <translation>Zeile {row} nicht verortet: {note}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="77"/>
        <source>&lt;p&gt;Places each record of a table (CSV, XLSX, GeoJSON or a layer) as a point, without internet, in this order: its coordinates if present; else its PLZ (a point inside that area of the 'PLZ areas'); else its Gemeinde key (AGS) in the 'Gemeinden'; else its town name matched against the Gemeinden's official names. Everyday short names find their Gemeinde ('Frankfurt', 'Halle', 'St. Ingbert'); a name that fits several Gemeinden is decided by the record's Land, or the record stays unplaced with its candidates listed — nothing is guessed.&lt;/p&gt;&lt;p&gt;Column names are recognised in German and English (Titel/title, PLZ, Ort/city, Bundesland, Branche, Mitarbeiter, Längengrad …); the 'Column mapping' names columns the automatic recognition misses or gets wrong. The output keeps all columns and adds geocode_method and geocode_note; 'Records not placed' lists what could not be placed and why. The PLZ areas need a PLZ field (plz, postleitzahl …), the Gemeinden a key field (AGS …) and a name field (GEN, name …).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verortet jeden Datensatz einer Tabelle (CSV, XLSX, GeoJSON oder ein Layer) als Punkt, ohne Internet, in dieser Reihenfolge: über seine Koordinaten, sofern vorhanden; sonst über seine PLZ (ein Punkt innerhalb dieses Gebiets der 'Postleitzahlgebiete'); sonst über seinen Gemeindeschlüssel (AGS) in den 'Gemeinden'; sonst über seinen Ortsnamen, abgeglichen mit den amtlichen Namen der Gemeinden. Gebräuchliche Kurznamen finden ihre Gemeinde ('Frankfurt', 'Halle', 'St. Ingbert'); passt ein Name auf mehrere Gemeinden, entscheidet das Land des Datensatzes, oder der Datensatz bleibt nicht verortet und seine Kandidaten werden aufgeführt — es wird nichts geraten.&lt;/p&gt;&lt;p&gt;Spaltennamen werden auf Deutsch und Englisch erkannt (Titel/title, PLZ, Ort/city, Bundesland, Branche, Mitarbeiter, Längengrad …); die 'Spaltenzuordnung' nennt Spalten, die die automatische Erkennung übersieht oder falsch zuordnet. Die Ausgabe behält alle Spalten und ergänzt geocode_method und geocode_note; 'Nicht verortete Datensätze' führt auf, was nicht verortet werden konnte und warum. Die Postleitzahlgebiete brauchen ein PLZ-Feld (plz, postleitzahl …), die Gemeinden ein Schlüsselfeld (AGS …) und ein Namensfeld (GEN, name …).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="227"/>
        <source>Not placed: {input}</source>
        <translation>Nicht verortet: {input}</translation>
    </message>
</context>
<context>
    <name>I40Algorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/base.py" line="432"/>
        <source>The input layer has no field named &apos;{name}&apos;.</source>
        <translation>Der Eingabelayer hat kein Feld namens '{name}'.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/base.py" line="441"/>
        <source>The field &apos;{name}&apos; holds {type}, not numbers. Choose a numeric field or convert it first.</source>
        <translation>Das Feld '{name}' enthält {type}, keine Zahlen. Wählen Sie ein numerisches Feld oder wandeln Sie es zuerst um.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/base.py" line="83"/>
        <source>This tool needs {packages}, which QGIS&apos;s Python lacks.</source>
        <translation>Dem Python von QGIS fehlt, was dieses Werkzeug benötigt: {packages}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/base.py" line="289"/>
        <source>&apos;{output}&apos; would overwrite &apos;{other}&apos; in {file}. Choose another file (or another layer name) for &apos;{output}&apos;.</source>
        <translation>„{output}“ würde „{other}“ in {file} überschreiben. Wählen Sie für „{output}“ eine andere Datei (oder einen anderen Layernamen).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/base.py" line="265"/>
        <source>The file {path} for &apos;{output}&apos; cannot be written: {reason}.</source>
        <translation>Die Datei {path} für „{output}“ kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/base.py" line="406"/>
        <source>Cancelled: these output files are incomplete; delete them or run again: {files}</source>
        <translation>Abgebrochen: Diese Ausgabedateien sind unvollständig; löschen Sie sie oder starten Sie erneut: {files}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/base.py" line="236"/>
        <source>{parameter}: {problem}</source>
        <translation>{parameter}: {problem}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/base.py" line="129"/>
        <source>Records missing from the point inputs</source>
        <translation>In den Punkteingaben fehlende Einträge</translation>
    </message>
</context>
<context>
    <name>I40DisparityPlugin</name>
    <message>
        <location filename="../i40_disparity_plugin/plugin.py" line="99"/>
        <source>Industry 4.0 disparities</source>
        <translation>Industrie 4.0 Disparitäten</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/plugin.py" line="62"/>
        <source>Density bands</source>
        <translation>Dichteklassen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/plugin.py" line="65"/>
        <source>District indicators</source>
        <translation>Kreisindikatoren</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/plugin.py" line="71"/>
        <source>Use cases</source>
        <translation>Anwendungsbeispiele</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/plugin.py" line="96"/>
        <source>Some tools need {packages}, which QGIS&apos;s Python lacks.</source>
        <translation>Dem Python von QGIS fehlt, was einige Werkzeuge benötigen: {packages}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/plugin.py" line="83"/>
        <source>Some tools need {packages}.</source>
        <translation>Einige Werkzeuge brauchen {packages}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/plugin.py" line="87"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/plugin.py" line="72"/>
        <source>Atlas and report</source>
        <translation>Atlas und Bericht</translation>
    </message>
</context>
<context>
    <name>I40DisparityProvider</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/provider.py" line="35"/>
        <source>Industry 4.0 disparities</source>
        <translation>Industrie 4.0 Disparitäten</translation>
    </message>
</context>
<context>
    <name>JoinIndicatorsAlgorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="58"/>
        <source>Join statistics to districts by area key</source>
        <translation>Statistikdaten über den Gebietsschlüssel mit Kreisen verknüpfen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="61"/>
        <source>District indicators</source>
        <translation>Kreisindikatoren</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="92"/>
        <source>Areas (polygons)</source>
        <translation>Gebiete (Polygone)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="97"/>
        <source>Key field of the areas (AGS, ARS …)</source>
        <translation>Schlüsselfeld der Gebiete (AGS, ARS …)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="104"/>
        <source>Statistics table</source>
        <translation>Statistiktabelle</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="104"/>
        <source>Statistics tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Statistiktabellen (*.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="111"/>
        <source>Table format</source>
        <translation>Tabellenformat</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="111"/>
        <source>detect automatically</source>
        <translation>automatisch erkennen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="111"/>
        <source>GENESIS / Regionalstatistik CSV</source>
        <translation>GENESIS / Regionalstatistik CSV</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="111"/>
        <source>INKAR export</source>
        <translation>INKAR-Export</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="111"/>
        <source>Destatis 04-kreise.xlsx</source>
        <translation>Destatis 04-kreise.xlsx</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="111"/>
        <source>other CSV/XLSX (key column below)</source>
        <translation>andere CSV/XLSX (Schlüsselspalte unten)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="125"/>
        <source>Key column of the table (other CSV/XLSX)</source>
        <translation>Schlüsselspalte der Tabelle (andere CSV/XLSX)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="130"/>
        <source>Indicators (empty: all; separated by &apos;;&apos; or new lines)</source>
        <translation>Indikatoren (leer: alle; getrennt durch ';' oder Zeilenumbrüche)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="138"/>
        <source>Year (empty: the latest with data, per indicator)</source>
        <translation>Jahr (leer: je Indikator das neueste mit Daten)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="148"/>
        <source>Source of the table, for the attribution (empty: as the file states)</source>
        <translation>Quelle der Tabelle für die Quellenangabe (leer: wie in der Datei angegeben)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="154"/>
        <source>Areas with indicators</source>
        <translation>Gebiete mit Indikatoren</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="284"/>
        <source>Unmatched keys</source>
        <translation>Nicht zugeordnete Schlüssel</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="168"/>
        <source>Areas matched</source>
        <translation>Zugeordnete Gebiete</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="169"/>
        <source>Area keys not in the table</source>
        <translation>Gebietsschlüssel nicht in der Tabelle</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="172"/>
        <source>Table keys not among the areas</source>
        <translation>Tabellenschlüssel nicht unter den Gebieten</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="175"/>
        <source>Duplicate keys</source>
        <translation>Doppelte Schlüssel</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="176"/>
        <source>Fields added (; separated)</source>
        <translation>Hinzugefügte Felder (durch ; getrennt)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="293"/>
        <source>Table read as {format}: {rows} rows, {keys} keys, {values} values, {zeros} of them &apos;-&apos; (exactly zero), {problems} without a number.</source>
        <translation>Tabelle als {format} gelesen: {rows} Zeilen, {keys} Schlüssel, {values} Werte, davon {zeros} '-' (genau null), {problems} ohne Zahl.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="309"/>
        <source>  row {row}, {key}, {indicator}: '{raw}' – {reason}</source>
        <translation>  Zeile {row}, {key}, {indicator}: '{raw}' – {reason}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="320"/>
        <source>Key level {level}: {matched} areas matched, {layer} area keys not in the table, {table} table keys not among the areas.</source>
        <translation>Schlüsselebene {level}: {matched} Gebiete zugeordnet, {layer} Gebietsschlüssel nicht in der Tabelle, {table} Tabellenschlüssel nicht unter den Gebieten.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="334"/>
        <source>Keys found on several areas: {keys}</source>
        <translation>Schlüssel, die bei mehreren Gebieten vorkommen: {keys}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="340"/>
        <source>Keys repeated in the table (the first value is used): {keys}</source>
        <translation>Mehrfach in der Tabelle vorkommende Schlüssel (der erste Wert wird verwendet): {keys}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="376"/>
        <source>Indicators joined by the QGIS plugin Industrie 4.0 Disparitäten (algorithm i40disparity:joinindicators). Areas: {input}. Table: {table} (format {format}, read as {detected}). Indicators: {indicators}. Keys matched: {matched}.</source>
        <translation>Indikatoren verknüpft mit dem QGIS-Plugin Industrie 4.0 Disparitäten (Algorithmus i40disparity:joinindicators). Gebiete: {input}. Tabelle: {table} (Format {format}, gelesen als {detected}). Indikatoren: {indicators}. Zugeordnete Schlüssel: {matched}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="390"/>
        <source>Indicators for {input}</source>
        <translation>Indikatoren für {input}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/join_indicators.py" line="67"/>
        <source>&lt;p&gt;Reads an export of official statistics and joins its indicators to area polygons (districts, Gemeinden …) by their official key (AGS/ARS).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Table format&lt;/b&gt;: 'detect automatically' recognises the format; 'GENESIS / Regionalstatistik CSV' is a CSV export of regionalstatistik.de or GENESIS-Online; 'INKAR export' an export of the BBSR with its metadata file beside it; 'Destatis 04-kreise.xlsx' the Destatis district table; 'other CSV/XLSX' any CSV or XLSX with a key column named under 'Key column of the table'. Special characters of official statistics are respected: '-' is exactly zero, '.', '...', 'x' and '/' are unknown (NULL, never 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys&lt;/b&gt; are compared as text after normalisation: lost leading zeros are restored and 8-digit keys such as 09662000 are reduced to the district key 09662. Keys that do not match are listed with the reason, naming known district reforms (e.g. Göttingen 2016, Eisenach 2021).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indicators and year&lt;/b&gt;: all indicators of the table, or those named in 'Indicators' (separated by ';' or new lines); by default the latest year with data per indicator, or the 'Year' given for all. Each becomes a numeric field with a readable name; its alias carries the year and the unit.&lt;/p&gt;&lt;p&gt;The input is not changed. The output's metadata names the table, the parameters and the data sources.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Liest einen Export der amtlichen Statistik und verknüpft seine Indikatoren über den amtlichen Schlüssel (AGS/ARS) mit Gebietspolygonen (Kreise, Gemeinden …).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tabellenformat&lt;/b&gt;: 'automatisch erkennen' erkennt das Format; 'GENESIS / Regionalstatistik CSV' ist ein CSV-Export von regionalstatistik.de oder GENESIS-Online; 'INKAR-Export' ein Export des BBSR mit der zugehörigen Metadatendatei daneben; 'Destatis 04-kreise.xlsx' die Kreistabelle von Destatis; 'andere CSV/XLSX' eine beliebige CSV- oder XLSX-Datei mit einer Schlüsselspalte, die unter 'Schlüsselspalte der Tabelle' genannt ist. Die Zeichenerklärung der amtlichen Statistik wird beachtet: '-' (nichts vorhanden) ist genau null, '.', '...', 'x' und '/' sind unbekannt (NULL, niemals 0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Schlüssel&lt;/b&gt; werden nach der Normalisierung als Text verglichen: Verlorene führende Nullen werden ergänzt, und 8-stellige Schlüssel wie 09662000 werden auf den Kreisschlüssel 09662 gekürzt. Nicht zugeordnete Schlüssel werden mit Grund aufgelistet, bekannte Gebietsreformen werden dabei genannt (z. B. Göttingen 2016, Eisenach 2021).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indikatoren und Jahr&lt;/b&gt;: alle Indikatoren der Tabelle oder die unter 'Indikatoren' genannten (getrennt durch ';' oder Zeilenumbrüche); standardmäßig je Indikator das neueste Jahr mit Daten, oder das unter 'Jahr' angegebene für alle. Jeder Indikator wird zu einem numerischen Feld mit lesbarem Namen; sein Alias enthält Jahr und Einheit.&lt;/p&gt;&lt;p&gt;Die Eingabe bleibt unverändert. Die Metadaten der Ausgabe nennen die Tabelle, die Parameter und die Datenquellen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <location filename="../i40_disparity_plugin/gis/layout.py" line="23"/>
        <source>the file cannot be made (is the folder writable and the disk not full?)</source>
        <translation>die Datei lässt sich nicht anlegen (ist der Ordner beschreibbar und die Festplatte nicht voll?)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gis/layout.py" line="26"/>
        <source>not enough memory</source>
        <translation>nicht genug Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gis/layout.py" line="30"/>
        <source>QGIS&apos;s layout export failed (result {result})</source>
        <translation>der Layout-Export von QGIS ist fehlgeschlagen (Ergebnis {result})</translation>
    </message>
</context>
<context>
    <name>NearestFacilityAlgorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="65"/>
        <source>Distance to the nearest facility</source>
        <translation>Entfernung zur nächstgelegenen Einrichtung</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="68"/>
        <source>Use cases and facilities</source>
        <translation>Anwendungsbeispiele und Einrichtungen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="93"/>
        <source>Points (e.g. use cases)</source>
        <translation>Punkte (z. B. Anwendungsbeispiele)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="98"/>
        <source>Facilities (points)</source>
        <translation>Einrichtungen (Punkte)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="103"/>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="103"/>
        <source>on the ellipsoid</source>
        <translation>auf dem Ellipsoid</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="103"/>
        <source>straight line in EPSG:3035</source>
        <translation>geradlinig in EPSG:3035</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="111"/>
        <source>Radii in km for the shares within</source>
        <translation>Radien in km für die Anteile innerhalb</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="116"/>
        <source>Areas, for their distances too (optional)</source>
        <translation>Gebiete, um auch deren Entfernungen zu messen (optional)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="124"/>
        <source>Population field of the areas (for shares of population)</source>
        <translation>Feld mit der Einwohnerzahl der Gebiete (für Anteile der Einwohner)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="133"/>
        <source>Points with nearest facility</source>
        <translation>Punkte mit nächstgelegener Einrichtung</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="140"/>
        <source>Areas with nearest facility</source>
        <translation>Gebiete mit nächstgelegener Einrichtung</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="149"/>
        <source>Distance summary</source>
        <translation>Übersicht der Entfernungen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="158"/>
        <source>Median distance (km)</source>
        <translation>Median der Entfernung (km)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="159"/>
        <source>Share of points within each radius (JSON)</source>
        <translation>Anteil der Punkte innerhalb jedes Radius (JSON)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="189"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="293"/>
        <source>areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="297"/>
        <source>population of the areas</source>
        <translation>Einwohner der Gebiete</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="328"/>
        <source>Median distance {median} km; within {within} km: {shares} % of the points.</source>
        <translation>Median der Entfernung {median} km; innerhalb von {within} km: {shares} % der Punkte.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="227"/>
        <source>Nearest facility</source>
        <translation>Nächstgelegene Einrichtung</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="238"/>
        <source>{parameter} must contain points, but it contains {type}.</source>
        <translation>{parameter} muss Punkte enthalten, enthält aber {type}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="304"/>
        <source>{count} areas have no usable polygon (none, empty or not repairable): they have no distance and are left out of the areas&apos; summary.</source>
        <translation>{count} Gebiete haben kein brauchbares Polygon (keines, leer oder nicht reparierbar): Sie haben keine Entfernung und fehlen in der Zusammenfassung der Gebiete.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="218"/>
        <source>Distances to the nearest facility computed by the QGIS plugin Industrie 4.0 Disparitäten (algorithm i40disparity:nearestfacility), distance {method}, radii {radii} km. Points: {input}.</source>
        <translation>Entfernungen zur nächstgelegenen Einrichtung, berechnet mit dem QGIS-Plugin Industrie 4.0 Disparitäten (Algorithmus i40disparity:nearestfacility), Entfernung {method}, Radien {radii} km. Punkte: {input}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/nearest_facility.py" line="74"/>
        <source>&lt;p&gt;For each point the nearest facility (e.g. a technical university or an Industrie 4.0 centre), its name and category, and the distance in km.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Distance&lt;/b&gt; &apos;on the ellipsoid&apos; is measured on the GRS 1980 ellipsoid (geodesic distance), &apos;straight line in EPSG:3035&apos; in ETRS89-LAEA.&lt;/p&gt;&lt;p&gt;Optionally also for each of the &apos;Areas, for their distances too&apos;, measured from a point inside the area (its point on surface; a population-weighted point would need population below the area level). The summary gives the median distance and the share of points, and with the areas&apos; population field also the median and the share of their population, within each of the &apos;Radii in km for the shares within&apos; (default 10, 25, 50 km; a distance equal to a radius counts as within). The population&apos;s median is the distance within which half of the inhabitants live; it is shorter than the areas&apos; median where people cluster near the facilities. The facility&apos;s name and category are read from fields such as short_name/name and category/programme.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ermittelt für jeden Punkt die nächstgelegene Einrichtung (z. B. eine Technische Universität oder ein Industrie 4.0-Zentrum), ihren Namen und ihre Kategorie sowie die Entfernung in km.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entfernung&lt;/b&gt; 'auf dem Ellipsoid' wird auf dem Ellipsoid GRS 1980 gemessen (geodätische Entfernung), 'geradlinig in EPSG:3035' in ETRS89-LAEA.&lt;/p&gt;&lt;p&gt;Wahlweise auch für jedes der 'Gebiete, um auch deren Entfernungen zu messen', gemessen von einem Punkt innerhalb des Gebiets (seinem Punkt auf der Oberfläche; ein nach Einwohnern gewichteter Punkt bräuchte Einwohnerzahlen unterhalb der Gebietsebene). Die Übersicht enthält die mittlere Entfernung (Median) und den Anteil der Punkte, mit dem Feld der Einwohnerzahl der Gebiete auch Median und Anteil ihrer Einwohner, innerhalb jedes der 'Radien in km für die Anteile innerhalb' (Vorgabe 10, 25, 50 km; eine Entfernung, die einem Radius gleicht, zählt als innerhalb). Der Median der Einwohner ist die Entfernung, innerhalb derer die Hälfte der Einwohner wohnt; er ist kürzer als der Median der Gebiete, wo die Menschen nahe den Einrichtungen dicht beieinander wohnen. Name und Kategorie der Einrichtung werden aus Feldern wie short_name/name und category/programme gelesen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReferenceFacilitiesAlgorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="393"/>
        <source>Load technical universities or Industrie 4.0 centres</source>
        <translation>Technische Universitäten und Hochschulen oder Industrie 4.0-Zentren laden</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="406"/>
        <source>Reference list</source>
        <translation>Referenzliste</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="406"/>
        <source>technical universities</source>
        <translation>Technische Universitäten und Hochschulen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="406"/>
        <source>Industrie 4.0 centres</source>
        <translation>Industrie 4.0-Zentren</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/geocode_points.py" line="396"/>
        <source>&lt;p&gt;Loads a reference list shipped with the plugin as points: the 33 technical universities (TU9, other Technische Universitäten, Technische Hochschulen; placed by their address PLZ, so give the 'PLZ areas') or the Industrie 4.0 centres (Mittelstand 4.0-Kompetenzzentren, Mittelstand-Digital Zentren, test factories; placed by Gemeinde key, so give the 'Gemeinden'). The lists name their sources; the centres list is partial (see the plugin's data/README.md).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lädt eine mit dem Plugin ausgelieferte Referenzliste als Punkte: die 33 Technischen Universitäten und Hochschulen (TU9, weitere Technische Universitäten, Technische Hochschulen; verortet über die PLZ ihrer Adresse, geben Sie also die 'Postleitzahlgebiete' an) oder die Industrie 4.0-Zentren (Mittelstand 4.0-Kompetenzzentren, Mittelstand-Digital Zentren, Testzentren; verortet über den Gemeindeschlüssel, geben Sie also die 'Gemeinden' an). Die Listen nennen ihre Quellen; die Liste der Zentren ist unvollständig (siehe data/README.md des Plugins).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="55"/>
        <source>Report (HTML and CSV)</source>
        <translation>Bericht (HTML und CSV)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="58"/>
        <source>Maps and reports</source>
        <translation>Karten und Berichte</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="64"/>
        <source>&lt;p&gt;Writes one self-contained HTML file (images embedded, no links to the internet) from the outputs of the other algorithms: the inputs with their parameters and sources, the density band summary, the band statistics with their chart, the cross table, the distance summaries, the unmatched keys of joins and the atlas pages. Every number is read from the given tables.&lt;/p&gt;&lt;p&gt;Give at least one table or an atlas folder. Each table is checked for the columns its algorithm writes.&lt;/p&gt;&lt;p&gt;The same tables are written as CSV files (default: the folder &apos;&amp;lt;report name&amp;gt;_tabellen&apos; beside the report): UTF-8 with a byte-order mark, &apos;;&apos; between cells, numbers at full precision without thousands separators, with a decimal comma when the report is German, so that German Excel opens them correctly. An earlier report&apos;s tables in that folder (NN_name.csv) are replaced; other files stay.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schreibt eine eigenständige HTML-Datei (Bilder eingebettet, keine Links ins Internet) aus den Ergebnissen der anderen Algorithmen: die Eingaben mit ihren Parametern und Quellen, die Übersicht der Dichteklassen, die Statistik je Klasse mit Diagramm, die Kreuztabelle, die Übersichten der Entfernungen, die nicht zugeordneten Schlüssel der Verknüpfungen und die Atlasseiten. Jede Zahl wird aus den angegebenen Tabellen gelesen.&lt;/p&gt;&lt;p&gt;Mindestens eine Tabelle oder einen Atlasordner angeben. Jede Tabelle wird auf die Spalten geprüft, die ihr Algorithmus schreibt.&lt;/p&gt;&lt;p&gt;Dieselben Tabellen werden als CSV-Dateien geschrieben (Standard: der Ordner '&amp;lt;Berichtsname&amp;gt;_tabellen' neben dem Bericht): UTF-8 mit Byte-Order-Mark, ';' zwischen den Zellen, Zahlen in voller Genauigkeit ohne Tausendertrennzeichen, mit Dezimalkomma, wenn der Bericht deutsch ist, damit ein deutsches Excel sie korrekt öffnet. Tabellen eines früheren Berichts in diesem Ordner (NN_name.csv) werden ersetzt; andere Dateien bleiben erhalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="81"/>
        <source>Density band summary (SUMMARY of the density bands)</source>
        <translation>Übersicht der Dichteklassen (SUMMARY der Dichteklassen)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="89"/>
        <source>Band statistics tables</source>
        <translation>Tabellen der Statistik je Klasse</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="97"/>
        <source>Cross table</source>
        <translation>Kreuztabelle</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="102"/>
        <source>Distance summaries (SUMMARY of nearest facility)</source>
        <translation>Übersichten der Entfernungen (SUMMARY der nächstgelegenen Einrichtung)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="110"/>
        <source>Join reports (UNMATCHED of the indicator join)</source>
        <translation>Zuordnungsberichte (UNMATCHED der Indikator-Verknüpfung)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="118"/>
        <source>Atlas folder (output of the atlas export)</source>
        <translation>Atlasordner (Ausgabe des Atlas-Exports)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="126"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="127"/>
        <source>Language of the report</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="128"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="128"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="133"/>
        <source>Folder for the tables as CSV</source>
        <translation>Ordner für die Tabellen als CSV</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="141"/>
        <source>Tables written</source>
        <translation>Geschriebene Tabellen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="166"/>
        <source>Give at least one table or an atlas folder to report on.</source>
        <translation>Mindestens eine Tabelle oder einen Atlasordner für den Bericht angeben.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="205"/>
        <source>Reading {name}</source>
        <translation>{name} wird gelesen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="220"/>
        <source>The report could not be written: {error}</source>
        <translation>Der Bericht konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="234"/>
        <source>The atlas image {path} cannot be read.</source>
        <translation>Das Atlasbild {path} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/report.py" line="242"/>
        <source>Atlas</source>
        <translation>Atlas</translation>
    </message>
</context>
<context>
    <name>ResultDestination</name>
    <message>
        <location filename="../i40_disparity_plugin/gui/result_destination.py" line="29"/>
        <source>Temporary layers, or a PostgreSQL connection saved in QGIS&apos;s Browser.</source>
        <translation>Temporäre Layer oder eine im QGIS-Browser gespeicherte PostgreSQL-Verbindung.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/result_destination.py" line="34"/>
        <source>Save results in</source>
        <translation>Ergebnisse speichern in</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/result_destination.py" line="33"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/result_destination.py" line="47"/>
        <source>Temporary layers</source>
        <translation>Temporäre Layer</translation>
    </message>
</context>
<context>
    <name>Slots</name>
    <message>
        <location filename="../i40_disparity_plugin/gui/slots.py" line="22"/>
        <source>Unexpected error in {context}; details are in the message log ({tag}).</source>
        <translation>Unerwarteter Fehler in {context}; Einzelheiten stehen im Protokoll ({tag}).</translation>
    </message>
</context>
<context>
    <name>UseCasesPanel</name>
    <message>
        <location filename="../i40_disparity_plugin/gui/use_cases_panel.py" line="55"/>
        <source>Use-case tables (*.csv *.txt *.xlsx *.geojson *.json)</source>
        <translation>Tabellen mit Anwendungsbeispielen (*.csv *.txt *.xlsx *.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/use_cases_panel.py" line="201"/>
        <source>Not placed: {name}</source>
        <translation>Nicht verortet: {name}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/use_cases_panel.py" line="203"/>
        <source>Placing…</source>
        <translation>Verorte …</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/use_cases_panel.py" line="196"/>
        <source>Technical universities</source>
        <translation>Technische Universitäten und Hochschulen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/use_cases_panel.py" line="196"/>
        <source>Industrie 4.0 centres</source>
        <translation>Industrie 4.0-Zentren</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/use_cases_panel.py" line="221"/>
        <source>{placed} placed, {unplaced} not placed (listed below).</source>
        <translation>{placed} verortet, {unplaced} nicht verortet (unten aufgeführt).</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="9"/>
        <source>Band statistics</source>
        <translation>Statistik der Dichteklassen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/use_cases_panel.py" line="268"/>
        <source>Counting…</source>
        <translation>Zähle …</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="8"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/use_cases_panel.py" line="277"/>
        <source>{points} points counted; expected as if they followed the population.</source>
        <translation>{points} Punkte gezählt; erwartet, als folgten sie der Bevölkerung.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/use_cases_panel.py" line="299"/>
        <source>Nearest facility</source>
        <translation>Nächstgelegene Einrichtung</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/use_cases_panel.py" line="300"/>
        <source>Distance summary</source>
        <translation>Übersicht der Entfernungen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/use_cases_panel.py" line="302"/>
        <source>Measuring…</source>
        <translation>Messe …</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/use_cases_panel.py" line="315"/>
        <source>Distances to the nearest facility measured.</source>
        <translation>Entfernungen zur nächstgelegenen Einrichtung gemessen.</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="7"/>
        <source>Place a use-case table</source>
        <translation>Tabelle mit Anwendungsbeispielen verorten</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="7"/>
        <source>Table (CSV, XLSX, GeoJSON)</source>
        <translation>Tabelle (CSV, XLSX, GeoJSON)</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="7"/>
        <source>PLZ areas</source>
        <translation>PLZ-Gebiete</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="7"/>
        <source>Gemeinden</source>
        <translation>Gemeinden</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="7"/>
        <source>Place as points</source>
        <translation>Als Punkte verorten</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="7"/>
        <source>Add technical universities</source>
        <translation>Technische Hochschulen hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="7"/>
        <source>Add Industrie 4.0 centres</source>
        <translation>Industrie 4.0-Zentren hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="8"/>
        <source>Style points</source>
        <translation>Punkte gestalten</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="8"/>
        <source>Colour by</source>
        <translation>Einfärben nach</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="8"/>
        <source>Colour by this field</source>
        <translation>Nach diesem Feld einfärben</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="9"/>
        <source>Compare with density bands</source>
        <translation>Mit Dichteklassen vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="9"/>
        <source>Banded areas</source>
        <translation>Gebiete mit Dichteklassen</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="9"/>
        <source>Monte Carlo runs</source>
        <translation>Monte-Carlo-Durchläufe</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="9"/>
        <source>Seed</source>
        <translation>Startwert (Seed)</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="9"/>
        <source>Facilities</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="9"/>
        <source>Radii (km)</source>
        <translation>Radien (km)</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="9"/>
        <source>Distances</source>
        <translation>Entfernungen</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="9"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/use_cases_panel.py" line="147"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/use_cases_panel.py" line="147"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/use_cases_panel.py" line="160"/>
        <source>{rows} rows. Check which column holds what, then place them.</source>
        <translation>{rows} Zeilen. Prüfen Sie, welche Spalte was enthält, und verorten Sie sie dann.</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="7"/>
        <source>Which column of the table holds which field; empty: not used.</source>
        <translation>Welche Spalte der Tabelle welches Feld enthält; leer: nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="14"/>
        <source>Enlarge chart…</source>
        <translation>Diagramm vergrößern …</translation>
    </message>
    <message>
        <location filename="../ui/use_cases_panel.ui" line="14"/>
        <source>Save chart…</source>
        <translation>Diagramm speichern …</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gui/use_cases_panel.py" line="318"/>
        <source>Median of the areas: half of the areas lie closer. Median of the population: half of the inhabitants live closer.</source>
        <translation>Median der Gebiete: Die Hälfte der Gebiete liegt näher. Median der Bevölkerung: Die Hälfte der Einwohner wohnt näher.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../i40_disparity_plugin/core/density/bands.py" line="40"/>
        <source>population missing</source>
        <translation>Einwohnerzahl fehlt</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density/bands.py" line="41"/>
        <source>population negative</source>
        <translation>Einwohnerzahl negativ</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density/bands.py" line="42"/>
        <source>area missing</source>
        <translation>Fläche fehlt</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density/bands.py" line="43"/>
        <source>area zero or negative</source>
        <translation>Fläche null oder negativ</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density/bands.py" line="64"/>
        <source>Enter at least one density threshold.</source>
        <translation>Geben Sie mindestens einen Dichte-Schwellenwert an.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density/bands.py" line="68"/>
        <source>Density thresholds must be finite and not negative: {value}.</source>
        <translation>Dichte-Schwellenwerte müssen endlich und nicht negativ sein: {value}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density/bands.py" line="32"/>
        <source>Density thresholds must be strictly ascending: {lower} is followed by {upper}.</source>
        <translation>Dichte-Schwellenwerte müssen streng aufsteigend sein: auf {lower} folgt {upper}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="84"/>
        <source>key missing</source>
        <translation>Schlüssel fehlt</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="85"/>
        <source>not a whole, non-negative number</source>
        <translation>keine ganze, nicht negative Zahl</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="86"/>
        <source>contains characters other than digits</source>
        <translation>enthält andere Zeichen als Ziffern</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="89"/>
        <source>wrong number of digits: area keys have 2 (Land), 3 (Regierungsbezirk), 5 (Kreis), 8 (Gemeinde) or 12 (ARS)</source>
        <translation>falsche Stellenzahl: Gebietsschlüssel haben 2 (Land), 3 (Regierungsbezirk), 5 (Kreis), 8 (Gemeinde) oder 12 Stellen (ARS)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="92"/>
        <source>the Land part (the first two digits) is not one of 01 to 16</source>
        <translation>die Kennung des Landes (die ersten beiden Stellen) liegt nicht zwischen 01 und 16</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="94"/>
        <source>the third digit 0 means: no Regierungsbezirk</source>
        <translation>die dritte Stelle 0 bedeutet: kein Regierungsbezirk</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="96"/>
        <source>Unknown area level &apos;{level}&apos;. Levels: {levels}.</source>
        <translation>Unbekannte Gebietsebene '{level}'. Ebenen: {levels}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="98"/>
        <source>Germany as a whole</source>
        <translation>Deutschland insgesamt</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="101"/>
        <source>other level (Land)</source>
        <translation>andere Ebene (Land)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="102"/>
        <source>other level (Regierungsbezirk)</source>
        <translation>andere Ebene (Regierungsbezirk)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="103"/>
        <source>other level (Kreis)</source>
        <translation>andere Ebene (Kreis)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="104"/>
        <source>other level (Gemeinde)</source>
        <translation>andere Ebene (Gemeinde)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="105"/>
        <source>other level (ARS)</source>
        <translation>andere Ebene (ARS)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="106"/>
        <source>other level (Gemeindeverband)</source>
        <translation>andere Ebene (Gemeindeverband)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="107"/>
        <source>other level (Germany)</source>
        <translation>andere Ebene (Deutschland)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="289"/>
        <source>05313 Aachen (kreisfreie Stadt) and 05354 Kreis Aachen: merged into Städteregion Aachen (05334) on 2009-10-21</source>
        <translation>05313 Aachen (kreisfreie Stadt) und 05354 Kreis Aachen: am 21.10.2009 zur Städteregion Aachen (05334) zusammengeschlossen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="289"/>
        <source>13002 Neubrandenburg, 13052 Demmin (its larger part), 13055 Mecklenburg-Strelitz and 13056 Müritz: merged into Mecklenburgische Seenplatte (13071) on 2011-09-04</source>
        <translation>13002 Neubrandenburg, 13052 Demmin (größerer Teil), 13055 Mecklenburg-Strelitz und 13056 Müritz: am 04.09.2011 zum Landkreis Mecklenburgische Seenplatte (13071) zusammengeschlossen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="289"/>
        <source>13051 Bad Doberan and 13053 Güstrow: merged into Landkreis Rostock (13072) on 2011-09-04</source>
        <translation>13051 Bad Doberan und 13053 Güstrow: am 04.09.2011 zum Landkreis Rostock (13072) zusammengeschlossen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="289"/>
        <source>13005 Stralsund, 13057 Nordvorpommern and 13061 Rügen: merged into Vorpommern-Rügen (13073) on 2011-09-04</source>
        <translation>13005 Stralsund, 13057 Nordvorpommern und 13061 Rügen: am 04.09.2011 zum Landkreis Vorpommern-Rügen (13073) zusammengeschlossen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="289"/>
        <source>13006 Wismar and 13058 Nordwestmecklenburg (old): merged into Nordwestmecklenburg (13074) on 2011-09-04</source>
        <translation>13006 Wismar und 13058 Nordwestmecklenburg (alt): am 04.09.2011 zum Landkreis Nordwestmecklenburg (13074) zusammengeschlossen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="289"/>
        <source>13001 Greifswald, 13059 Ostvorpommern, 13062 Uecker-Randow and the smaller part of 13052 Demmin: merged into Vorpommern-Greifswald (13075) on 2011-09-04</source>
        <translation>13001 Greifswald, 13059 Ostvorpommern, 13062 Uecker-Randow und der kleinere Teil von 13052 Demmin: am 04.09.2011 zum Landkreis Vorpommern-Greifswald (13075) zusammengeschlossen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="289"/>
        <source>13054 Ludwigslust and 13060 Parchim: merged into Ludwigslust-Parchim (13076) on 2011-09-04</source>
        <translation>13054 Ludwigslust und 13060 Parchim: am 04.09.2011 zum Landkreis Ludwigslust-Parchim (13076) zusammengeschlossen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="289"/>
        <source>03152 Göttingen and 03156 Osterode am Harz: merged into Landkreis Göttingen (03159) on 2016-11-01</source>
        <translation>03152 Göttingen und 03156 Osterode am Harz: am 01.11.2016 zum Landkreis Göttingen (03159) zusammengeschlossen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/ags.py" line="289"/>
        <source>16056 Eisenach: merged into Wartburgkreis (16063) on 2021-07-01</source>
        <translation>16056 Eisenach: am 01.07.2021 in den Wartburgkreis (16063) eingegliedert</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/number_parsing.py" line="33"/>
        <source>empty cell</source>
        <translation>leere Zelle</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/number_parsing.py" line="34"/>
        <source>unknown or kept secret (&apos;.&apos;)</source>
        <translation>Zahlenwert unbekannt oder geheim zu halten ('.')</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/number_parsing.py" line="35"/>
        <source>not yet available (&apos;...&apos;)</source>
        <translation>Angabe fällt später an ('...')</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/number_parsing.py" line="36"/>
        <source>not meaningful, cell blocked (&apos;x&apos;)</source>
        <translation>Tabellenfach gesperrt, weil Aussage nicht sinnvoll ('x')</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/number_parsing.py" line="37"/>
        <source>too uncertain to publish (&apos;/&apos;)</source>
        <translation>keine Angaben, da Zahlenwert nicht sicher genug ('/')</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/number_parsing.py" line="38"/>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicators/join.py" line="36"/>
        <source>not in the table</source>
        <translation>nicht in der Tabelle</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicators/join.py" line="37"/>
        <source>not in the layer</source>
        <translation>nicht im Layer</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicators/join.py" line="41"/>
        <source>not in the table: the district was changed by a reform</source>
        <translation>nicht in der Tabelle: Der Kreis wurde durch eine Gebietsreform verändert</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicators/join.py" line="43"/>
        <source>not in the layer: the district was changed by a reform</source>
        <translation>nicht im Layer: Der Kreis wurde durch eine Gebietsreform verändert</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicators/join.py" line="51"/>
        <source>The statistics table lacks the columns {missing}; it has {columns}.</source>
        <translation>Der Statistiktabelle fehlen die Spalten {missing}; sie enthält {columns}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicators/join.py" line="53"/>
        <source>None of the layer&apos;s key values is an area key (AGS/ARS), e.g. {examples}. Choose the key field.</source>
        <translation>Keiner der Schlüsselwerte des Layers (z. B. {examples}) ist ein Gebietsschlüssel (AGS/ARS). Wählen Sie das Schlüsselfeld.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicators/join.py" line="57"/>
        <source>Unknown indicators: {unknown}. The table has: {available}.</source>
        <translation>Unbekannte Indikatoren: {unknown}. Die Tabelle enthält: {available}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicators/join.py" line="59"/>
        <source>The statistics table has no indicator values.</source>
        <translation>Die Statistiktabelle enthält keine Indikatorwerte.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicators/join.py" line="60"/>
        <source>&apos;{indicator}&apos; has no values for {year}; years with values: {years}.</source>
        <translation>'{indicator}' hat keine Werte für {year}; Jahre mit Werten: {years}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicators/join.py" line="62"/>
        <source>&apos;{year}&apos; is not a year.</source>
        <translation>'{year}' ist keine Jahreszahl.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/destatis.py" line="41"/>
        <source>Land (subtotal)</source>
        <translation>Land (Zwischensumme)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/destatis.py" line="42"/>
        <source>Regierungsbezirk or region (subtotal)</source>
        <translation>Regierungsbezirk oder Region (Zwischensumme)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/destatis.py" line="43"/>
        <source>Germany (total)</source>
        <translation>Deutschland (insgesamt)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/destatis.py" line="44"/>
        <source>footnote or text</source>
        <translation>Fußnote oder Text</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/destatis.py" line="45"/>
        <source>The table names no reference date: year left empty.</source>
        <translation>Die Tabelle nennt keinen Stichtag: Das Jahr bleibt leer.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/destatis.py" line="77"/>
        <source>{path} is not the Destatis table of districts (04-kreise.xlsx): no sheet with the columns Schlüsselnummer, Fläche and Bevölkerung.</source>
        <translation>{path} ist nicht die Destatis-Kreistabelle (04-kreise.xlsx): kein Tabellenblatt mit den Spalten Schlüsselnummer, Fläche und Bevölkerung.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/destatis.py" line="163"/>
        <source>{path}: the header lacks one of the columns Schlüsselnummer, Fläche, Bevölkerung insgesamt.</source>
        <translation>{path}: Im Tabellenkopf fehlt eine der Spalten Schlüsselnummer, Fläche, Bevölkerung insgesamt.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/destatis.py" line="222"/>
        <source>{path}: no header with a column Schlüsselnummer found.</source>
        <translation>{path}: kein Tabellenkopf mit einer Spalte Schlüsselnummer gefunden.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/detect.py" line="42"/>
        <source>Options not used by this format: {options}</source>
        <translation>Von diesem Format nicht verwendete Optionen: {options}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/detect.py" line="97"/>
        <source>Unknown table format &apos;{table_format}&apos;. Known formats: {formats}.</source>
        <translation>Unbekanntes Tabellenformat '{table_format}'. Bekannte Formate: {formats}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="54"/>
        <source>row without a key</source>
        <translation>Zeile ohne Schlüssel</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="57"/>
        <source>Some keys are stored as numbers in the workbook: leading zeros may be lost.</source>
        <translation>Einige Schlüssel sind in der Arbeitsmappe als Zahlen gespeichert: Führende Nullen können verloren gegangen sein.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="71"/>
        <source>The file {path} does not exist.</source>
        <translation>Die Datei {path} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="73"/>
        <source>{path} is a folder, not a table file.</source>
        <translation>{path} ist ein Ordner, keine Tabellendatei.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="79"/>
        <source>The file {path} cannot be read: {error}</source>
        <translation>Die Datei {path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="97"/>
        <source>Unknown encoding &apos;{encoding}&apos;.</source>
        <translation>Unbekannte Kodierung '{encoding}'.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="101"/>
        <source>The file is not written in the encoding &apos;{encoding}&apos;.</source>
        <translation>Die Datei ist nicht in der Kodierung '{encoding}' geschrieben.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="235"/>
        <source>{path} cannot be read as an Excel workbook: {error}</source>
        <translation>{path} kann nicht als Excel-Arbeitsmappe gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="255"/>
        <source>The workbook has no sheet &apos;{sheet}&apos;. Its sheets are: {sheets}.</source>
        <translation>Die Arbeitsmappe hat kein Tabellenblatt '{sheet}'. Ihre Tabellenblätter: {sheets}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="338"/>
        <source>The table has no column &apos;{column}&apos;. Its columns are: {columns}.</source>
        <translation>Die Tabelle hat keine Spalte '{column}'. Ihre Spalten: {columns}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/file_content.py" line="32"/>
        <source>{path} is an old Excel file (.xls). Save it as .xlsx or CSV.</source>
        <translation>{path} ist eine alte Excel-Datei (.xls). Speichern Sie sie als .xlsx oder CSV.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="397"/>
        <source>The file {path} holds no table.</source>
        <translation>Die Datei {path} enthält keine Tabelle.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="833"/>
        <source>Choose the column of the table that holds the area keys.</source>
        <translation>Wählen Sie die Spalte der Tabelle mit den Gebietsschlüsseln.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="858"/>
        <source>No column besides the key holds numbers. Columns: {columns}.</source>
        <translation>Außer der Schlüsselspalte enthält keine Spalte Zahlen. Spalten: {columns}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/genesis.py" line="84"/>
        <source>no official area key</source>
        <translation>kein amtlicher Gebietsschlüssel</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/genesis.py" line="156"/>
        <source>{path} has no GENESIS table: no header row followed by rows with area keys and numbers was found.</source>
        <translation>{path} enthält keine GENESIS-Tabelle: Es wurde keine Kopfzeile gefunden, auf die Zeilen mit Gebietsschlüsseln und Zahlen folgen.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/genesis.py" line="227"/>
        <source>{path} has no column of area keys. Export the table with the regional keys (codes), not only the names.</source>
        <translation>{path} hat keine Spalte mit Gebietsschlüsseln. Exportieren Sie die Tabelle mit den Regionalschlüsseln (Codes), nicht nur mit den Namen.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/genesis.py" line="413"/>
        <source>{path} is a GENESIS flat file without a regional variable (area keys) or without values.</source>
        <translation>{path} ist eine GENESIS-Flatfile ohne Regionalmerkmal (Gebietsschlüssel) oder ohne Werte.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/inkar.py" line="41"/>
        <source>No metadata (unit, source) for: {indicators}</source>
        <translation>Keine Metadaten (Einheit, Quelle) für: {indicators}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/inkar.py" line="42"/>
        <source>Metadata read from: {files}</source>
        <translation>Metadaten gelesen aus: {files}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/inkar.py" line="118"/>
        <source>{path} is no INKAR metadata file (no column Indikator).</source>
        <translation>{path} ist keine INKAR-Metadatendatei (keine Spalte Indikator).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/inkar.py" line="173"/>
        <source>{path} is not an INKAR export: row 1 must name the indicators and row 2 their years, after the columns Kennziffer and Raumeinheit.</source>
        <translation>{path} ist kein INKAR-Export: Nach den Spalten Kennziffer und Raumeinheit muss Zeile 1 die Indikatoren und Zeile 2 deren Jahre nennen.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density/band_statistics.py" line="88"/>
        <source>Point counts must be whole numbers ≥ 0.</source>
        <translation>Die Anzahlen der Punkte müssen ganze Zahlen ≥ 0 sein.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density/band_statistics.py" line="100"/>
        <source>The number of iterations must be at least 1: {value}.</source>
        <translation>Die Zahl der Iterationen muss mindestens 1 sein: {value}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density/band_statistics.py" line="222"/>
        <source>Bands, populations and point counts differ in length.</source>
        <translation>Dichteklassen, Einwohnerzahlen und Anzahlen der Punkte sind unterschiedlich lang.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density/band_statistics.py" line="136"/>
        <source>Areas have bands that are not listed: {bands}.</source>
        <translation>Gebiete haben Dichteklassen, die nicht aufgeführt sind: {bands}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/geocoding.py" line="49"/>
        <source>coordinates ({lon}, {lat}) lie outside Germany and were not used</source>
        <translation>Koordinaten ({lon}, {lat}) liegen außerhalb Deutschlands und wurden nicht verwendet</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/geocoding.py" line="51"/>
        <source>coordinates ({lon}, {lat}) look swapped (latitude first) and were not used</source>
        <translation>Koordinaten ({lon}, {lat}) scheinen vertauscht (Breite zuerst) und wurden nicht verwendet</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/geocoding.py" line="53"/>
        <source>&apos;{plz}&apos; is not a postcode of 5 digits</source>
        <translation>'{plz}' ist keine fünfstellige Postleitzahl</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/geocoding.py" line="54"/>
        <source>postcode {plz} is not in the PLZ layer</source>
        <translation>Postleitzahl {plz} ist nicht im PLZ-Layer enthalten</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/geocoding.py" line="55"/>
        <source>'{ags}' is not a Gemeindeschlüssel: {reason}</source>
        <translation>'{ags}' ist kein Gemeindeschlüssel: {reason}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/geocoding.py" line="56"/>
        <source>Gemeindeschlüssel {ags} is not in the Gemeinde layer</source>
        <translation>Gemeindeschlüssel {ags} ist nicht im Gemeindelayer enthalten</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/geocoding.py" line="58"/>
        <source>no Gemeinde is named &apos;{city}&apos;</source>
        <translation>keine Gemeinde heißt '{city}'</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/geocoding.py" line="59"/>
        <source>&apos;{city}&apos; names {count} Gemeinden; the one in {land} was taken</source>
        <translation>'{city}' bezeichnet {count} Gemeinden; die in {land} wurde gewählt</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/geocoding.py" line="61"/>
        <source>&apos;{city}&apos; names {count} Gemeinden; the one of postcode {plz} was taken</source>
        <translation>'{city}' bezeichnet {count} Gemeinden; die mit der Postleitzahl {plz} wurde gewählt</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/geocoding.py" line="63"/>
        <source>&apos;{city}&apos; names {count} Gemeinden: {candidates}; give the Land or the postcode</source>
        <translation>'{city}' bezeichnet {count} Gemeinden: {candidates}; geben Sie das Land oder die Postleitzahl an</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/geocoding.py" line="65"/>
        <source>&apos;{city}&apos; names no Gemeinde in {land}, only: {candidates}</source>
        <translation>'{city}' bezeichnet keine Gemeinde in {land}, nur: {candidates}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/geocoding.py" line="67"/>
        <source>no coordinates, postcode, Gemeindeschlüssel or town given</source>
        <translation>weder Koordinaten noch Postleitzahl, Gemeindeschlüssel oder Ort angegeben</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/geocoding.py" line="69"/>
        <source>postcode {plz} given, but no PLZ layer</source>
        <translation>Postleitzahl {plz} angegeben, aber kein PLZ-Layer</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/geocoding.py" line="70"/>
        <source>Gemeinde given, but no Gemeinde layer</source>
        <translation>Gemeinde angegeben, aber kein Gemeindelayer</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/distances.py" line="24"/>
        <source>Write distances in km like 10,25,50 (decimal point, not comma): &apos;{text}&apos;.</source>
        <translation>Schreiben Sie Entfernungen in km wie 10,25,50 (mit Dezimalpunkt, nicht Komma): '{text}'.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/distances.py" line="31"/>
        <source>Give at least one distance in km above zero: &apos;{text}&apos;.</source>
        <translation>Geben Sie mindestens eine Entfernung in km über null an: '{text}'.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/streamed_assignment.py" line="137"/>
        <source>x and y must be two lists of equal length.</source>
        <translation>x und y müssen zwei gleich lange Listen sein.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/spatial.py" line="182"/>
        <source>Unknown distance method &apos;{method}&apos;.</source>
        <translation>Unbekannte Entfernungsmethode '{method}'.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/spatial.py" line="190"/>
        <source>There are no facilities with coordinates.</source>
        <translation>Es gibt keine Einrichtungen mit Koordinaten.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/distances.py" line="51"/>
        <source>There must be one weight for every distance.</source>
        <translation>Für jede Entfernung muss es genau ein Gewicht geben.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/distances.py" line="53"/>
        <source>Weights must not be negative.</source>
        <translation>Gewichte dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/use_cases.py" line="151"/>
        <source>not a postcode of 5 digits</source>
        <translation>keine fünfstellige Postleitzahl</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/use_cases.py" line="152"/>
        <source>not a German Land</source>
        <translation>kein deutsches Land</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/use_cases.py" line="153"/>
        <source>not a number of employees (a whole number ≥ 1)</source>
        <translation>keine Mitarbeiterzahl (eine ganze Zahl ≥ 1)</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/company_size.py" line="25"/>
        <source>no size class of the study can be read</source>
        <translation>keine Größenklasse der Studie erkennbar</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/company_size.py" line="27"/>
        <source>the size class spans several of the study&apos;s classes</source>
        <translation>die Größenklasse umfasst mehrere Größenklassen der Studie</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/use_cases.py" line="154"/>
        <source>not a coordinate in degrees</source>
        <translation>keine Koordinate in Grad</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/use_cases.py" line="155"/>
        <source>the feature&apos;s geometry is not a point</source>
        <translation>die Geometrie des Objekts ist kein Punkt</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/company_size.py" line="30"/>
        <source>the size class given differs from the employees</source>
        <translation>die angegebene Größenklasse passt nicht zur Mitarbeiterzahl</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/use_cases.py" line="251"/>
        <source>Unknown fields {fields}. Fields: {schema}.</source>
        <translation>Unbekannte Felder {fields}. Mögliche Felder: {schema}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/use_cases.py" line="291"/>
        <source>{path} cannot be read as GeoJSON: {error}</source>
        <translation>{path} kann nicht als GeoJSON gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/use_cases.py" line="301"/>
        <source>{path} holds no GeoJSON features.</source>
        <translation>{path} enthält keine GeoJSON-Objekte (Features).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/use_cases.py" line="308"/>
        <source>{path} uses the coordinate system {crs}; use longitude/latitude (EPSG:4326).</source>
        <translation>{path} verwendet das Koordinatensystem {crs}; verwenden Sie geografische Länge/Breite (EPSG:4326).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/use_cases.py" line="417"/>
        <source>The table holds no records.</source>
        <translation>Die Tabelle enthält keine Datensätze.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/use_cases.py" line="427"/>
        <source>The table has no column that locates its records (coordinates, PLZ, Gemeindeschlüssel or town). Its columns are: {columns}.</source>
        <translation>Die Tabelle hat keine Spalte, über die sich ihre Datensätze verorten lassen (Koordinaten, PLZ, Gemeindeschlüssel oder Ort). Ihre Spalten: {columns}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/points/use_cases.py" line="234"/>
        <source>Write the column mapping as field=column, separated by &apos;;&apos;: &apos;{entry}&apos;.</source>
        <translation>Schreiben Sie die Spaltenzuordnung als Feld=Spalte, getrennt durch ';': '{entry}'.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/report/atlas_index.py" line="55"/>
        <source>The folder {folder} holds no atlas: {name} is missing.</source>
        <translation>Der Ordner {folder} enthält keinen Atlas: {name} fehlt.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/report/atlas_index.py" line="61"/>
        <source>The atlas index {path} cannot be read: {error}</source>
        <translation>Das Atlasverzeichnis {path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/report/atlas_index.py" line="67"/>
        <source>The atlas index {path} lists no pages.</source>
        <translation>Das Atlasverzeichnis {path} listet keine Seiten auf.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/report/atlas_index.py" line="74"/>
        <source>The atlas page image {path} is missing.</source>
        <translation>Das Bild der Atlasseite {path} fehlt.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/report/atlas_pages.py" line="30"/>
        <source>Unknown Land '{entry}'. Give Länder by abbreviation, name or two-digit key: {valid}.</source>
        <translation>Unbekanntes Land '{entry}'. Länder per Kürzel, Name oder zweistelligem Schlüssel angeben: {valid}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/report/atlas_pages.py" line="33"/>
        <source>No Land given: list at least one, e.g. BW,HE.</source>
        <translation>Kein Land angegeben: mindestens eines nennen, z. B. BW,HE.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/report/tables.py" line="114"/>
        <source>The table &apos;{table}&apos; is not a cross table: it needs a column of row categories and at least a total column.</source>
        <translation>Die Tabelle '{table}' ist keine Kreuztabelle: Sie benötigt eine Spalte mit Zeilenkategorien und mindestens eine Summenspalte.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/report/tables.py" line="126"/>
        <source>The table &apos;{table}&apos; lacks the columns {columns}.</source>
        <translation>In der Tabelle '{table}' fehlen die Spalten {columns}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/report/tables.py" line="153"/>
        <source>The column &apos;{column}&apos; of the table &apos;{table}&apos; holds &apos;{value}&apos;, not a number.</source>
        <translation>Die Spalte '{column}' der Tabelle '{table}' enthält '{value}', keine Zahl.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="223"/>
        <source>Reading {path} needs openpyxl, which QGIS&apos;s Python lacks. Save the workbook as CSV.</source>
        <translation>Zum Lesen von {path} wird openpyxl benötigt, das dem Python von QGIS fehlt. Speichern Sie die Arbeitsmappe als CSV.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/requirements.py" line="45"/>
        <source>Install with: sudo apt install {packages}</source>
        <translation>Installieren mit: sudo apt install {packages}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/requirements.py" line="47"/>
        <source>Install {packages} with the OSGeo4W installer (Advanced Install).</source>
        <translation>Installieren Sie {packages} mit dem OSGeo4W-Installer (Erweiterte Installation).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/requirements.py" line="49"/>
        <source>Ask your administrator to install {packages} for QGIS&apos;s Python.</source>
        <translation>Bitten Sie Ihre Administration, {packages} für das Python von QGIS zu installieren.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/detect.py" line="72"/>
        <source>{path} is read as a generic table: choose the column that holds the area keys (its columns: {columns}).</source>
        <translation>{path} wird als allgemeine Tabelle gelesen: Wählen Sie die Spalte mit den Gebietsschlüsseln (ihre Spalten: {columns}).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/file_content.py" line="24"/>
        <source>The file {path} is empty. Was the download or export interrupted?</source>
        <translation>Die Datei {path} ist leer. Wurde der Download oder Export abgebrochen?</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/file_content.py" line="26"/>
        <source>The file {path} is a web page (HTML), not a table: usually what a failed download leaves. Download the table again.</source>
        <translation>Die Datei {path} ist eine Webseite (HTML), keine Tabelle: meist der Rest eines fehlgeschlagenen Downloads. Laden Sie die Tabelle erneut herunter.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/file_content.py" line="29"/>
        <source>The file {path} is an Excel workbook (or another ZIP archive) with a text ending. Give it the ending .xlsx.</source>
        <translation>Die Datei {path} ist eine Excel-Arbeitsmappe (oder ein anderes ZIP-Archiv) mit einer Text-Endung. Geben Sie ihr die Endung .xlsx.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/file_content.py" line="34"/>
        <source>The file {path} is not a text table: it holds binary data. Export the table as CSV or .xlsx.</source>
        <translation>Die Datei {path} ist keine Texttabelle: Sie enthält Binärdaten. Exportieren Sie die Tabelle als CSV oder .xlsx.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/file_content.py" line="36"/>
        <source>Line {line} of {path} holds binary data (a NUL character): the file is damaged. Export or download the table again.</source>
        <translation>Zeile {line} von {path} enthält Binärdaten (ein NUL-Zeichen): Die Datei ist beschädigt. Exportieren oder laden Sie die Tabelle erneut.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/file_content.py" line="39"/>
        <source>The workbook {path} is damaged or incomplete. Open it in a spreadsheet program and save it again, or download it again.</source>
        <translation>Die Arbeitsmappe {path} ist beschädigt oder unvollständig. Öffnen Sie sie in einer Tabellenkalkulation und speichern Sie sie erneut, oder laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/file_content.py" line="42"/>
        <source>The file {path} is not an Excel workbook: it holds other binary data.</source>
        <translation>Die Datei {path} ist keine Excel-Arbeitsmappe: Sie enthält andere Binärdaten.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/file_content.py" line="44"/>
        <source>The file {path} is a text file, not an Excel workbook. Give it the ending .csv.</source>
        <translation>Die Datei {path} ist eine Textdatei, keine Excel-Arbeitsmappe. Geben Sie ihr die Endung .csv.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="194"/>
        <source>From line {line} on the file cannot be read as a table: a quotation mark is never closed. Check the file in a text editor.</source>
        <translation>Ab Zeile {line} lässt sich die Datei nicht als Tabelle lesen: Ein Anführungszeichen wird nie geschlossen. Prüfen Sie die Datei in einem Texteditor.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="400"/>
        <source>The table {path} has only a header line ({columns}) and no data rows.</source>
        <translation>Die Tabelle {path} hat nur eine Kopfzeile ({columns}) und keine Datenzeilen.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="796"/>
        <source>The sheet &apos;{sheet}&apos; has no column &apos;{column}&apos; (its columns: {columns}). The workbook&apos;s sheets are: {sheets}; choose the sheet that holds the table.</source>
        <translation>Das Blatt „{sheet}“ hat keine Spalte „{column}“ (seine Spalten: {columns}). Die Blätter der Arbeitsmappe sind: {sheets}; wählen Sie das Blatt mit der Tabelle.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/progress.py" line="16"/>
        <source>Reading {path} was canceled.</source>
        <translation>Das Lesen von {path} wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="416"/>
        <source>The first sheet (&apos;{sheet}&apos;) of {path} holds no table. The workbook&apos;s sheets are: {sheets}. Move the table to the first sheet, or save its sheet as CSV.</source>
        <translation>Das erste Blatt („{sheet}“) von {path} enthält keine Tabelle. Die Blätter der Arbeitsmappe: {sheets}. Verschieben Sie die Tabelle auf das erste Blatt oder speichern Sie ihr Blatt als CSV.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/plausible_coordinates.py" line="15"/>
        <source>The layer {layer} declares its coordinates as degrees ({crs}), but they reach {x}, {y}, which no place on earth has. They are probably metres: give the layer its true CRS (Layer Properties, Source) and run again.</source>
        <translation>Der Layer {layer} gibt seine Koordinaten als Grad an ({crs}), sie reichen aber bis {x}, {y}, was kein Ort der Erde hat. Vermutlich sind es Meter: Weisen Sie dem Layer sein wahres KBS zu (Layereigenschaften, Quelle) und starten Sie erneut.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/plausible_coordinates.py" line="19"/>
        <source>The layer {layer} lies around {lon}° E, {lat}° N in its CRS {crs}, far from Germany. If latitude and longitude are swapped or the CRS is wrong, correct the layer and run again: areas and distances computed from it would be wrong.</source>
        <translation>Der Layer {layer} liegt in seinem KBS {crs} bei etwa {lon}° O, {lat}° N, weit weg von Deutschland. Sind Breite und Länge vertauscht oder ist das KBS falsch, berichtigen Sie den Layer und starten Sie erneut: Flächen und Entfernungen daraus wären falsch.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/writable.py" line="11"/>
        <source>no permission to write there</source>
        <translation>keine Schreibrechte dort</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/writable.py" line="12"/>
        <source>the drive is read-only</source>
        <translation>das Laufwerk ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/writable.py" line="13"/>
        <source>the drive is full</source>
        <translation>das Laufwerk ist voll</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/writable.py" line="15"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>ein Teil des Pfades ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/writable.py" line="16"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/writable.py" line="18"/>
        <source>no file can be made there</source>
        <translation>dort lässt sich keine Datei anlegen</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicators/join.py" line="55"/>
        <source>None of the table&apos;s keys is an area key (AGS/ARS), e.g. {examples}. Choose the table&apos;s key column.</source>
        <translation>Keiner der Schlüssel der Tabelle ist ein Gebietsschlüssel (AGS/ARS), z. B. {examples}. Wählen Sie die Schlüsselspalte der Tabelle.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gis/provenance.py" line="32"/>
        <source>The style of {output} could not be stored with the file: {reason}</source>
        <translation>Der Stil von {output} konnte nicht mit der Datei gespeichert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gis/provenance.py" line="29"/>
        <source>The description of {output} (parameters and data sources) could not be stored with the file: {reason}</source>
        <translation>Die Beschreibung von {output} (Parameter und Datenquellen) konnte nicht mit der Datei gespeichert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gis/postgis.py" line="38"/>
        <source>table {table} in database {database} on {host}</source>
        <translation>Tabelle {table} in der Datenbank {database} auf {host}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gis/postgis.py" line="39"/>
        <source>There is no saved PostgreSQL connection named &apos;{name}&apos; in this QGIS profile. Saved connections: {names}.</source>
        <translation>In diesem QGIS-Profil gibt es keine gespeicherte PostgreSQL-Verbindung namens „{name}“. Gespeicherte Verbindungen: {names}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gis/postgis.py" line="42"/>
        <source>&apos;{value}&apos; does not name a table: write postgis:&lt;connection&gt;/&lt;schema&gt;.&lt;table&gt;.</source>
        <translation>„{value}“ nennt keine Tabelle: schreiben Sie postgis:&lt;Verbindung&gt;/&lt;Schema&gt;.&lt;Tabelle&gt;.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gis/postgis.py" line="44"/>
        <source>The database server {host}:{port} cannot be reached ({reason}). Check the host name and port, and whether the server is running.</source>
        <translation>Der Datenbankserver {host}:{port} ist nicht erreichbar ({reason}). Prüfen Sie Hostname und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gis/postgis.py" line="47"/>
        <source>The login to database {database} on {host} as &apos;{user}&apos; failed: check the user name and password (or the saved connection&apos;s authentication).</source>
        <translation>Die Anmeldung an der Datenbank {database} auf {host} als „{user}“ ist fehlgeschlagen: Prüfen Sie Benutzername und Passwort (oder die Authentifizierung der gespeicherten Verbindung).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gis/postgis.py" line="50"/>
        <source>The database {database} on {host} refused the connection: {reason}</source>
        <translation>Die Datenbank {database} auf {host} hat die Verbindung abgelehnt: {reason}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gis/postgis.py" line="52"/>
        <source>The {table} does not exist (or this user may not read it).</source>
        <translation>Die {table} existiert nicht (oder dieser Benutzer darf sie nicht lesen).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gis/postgis.py" line="54"/>
        <source>The database {database} on {host} has no schema {schema}: create it, or choose another one.</source>
        <translation>Die Datenbank {database} auf {host} hat kein Schema {schema}: Legen Sie es an oder wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gis/postgis.py" line="56"/>
        <source>The {table} exists but cannot be read as a layer: check its geometry column and primary key.</source>
        <translation>Die {table} existiert, lässt sich aber nicht als Layer lesen: Prüfen Sie ihre Geometriespalte und ihren Primärschlüssel.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/gis/provenance.py" line="34"/>
        <source>The {table} is written, but its key, spatial index and text columns could not be set: {reason}</source>
        <translation>Die {table} ist geschrieben, aber Schlüssel, räumlicher Index und Textspalten ließen sich nicht setzen: {reason}</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density/bands.py" line="34"/>
        <source>Density thresholds must be strictly ascending: {lower} is followed by {upper}. Meant as a decimal comma? Separate the thresholds with &apos;;&apos; (150,5; 300).</source>
        <translation>Die Dichteschwellen müssen streng aufsteigen: Auf {lower} folgt {upper}. War ein Dezimalkomma gemeint? Trennen Sie die Schwellenwerte mit „;“ (150,5; 300).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicators/class_breaks.py" line="27"/>
        <source>Class bounds must be strictly ascending: {lower} is followed by {upper}.</source>
        <translation>Die Klassengrenzen müssen streng aufsteigen: Auf {lower} folgt {upper}.</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicators/class_breaks.py" line="29"/>
        <source>Class bounds must be strictly ascending: {lower} is followed by {upper}. Meant as a decimal comma? Separate the bounds with &apos;;&apos; (12,5; 20).</source>
        <translation>Die Klassengrenzen müssen streng aufsteigen: Auf {lower} folgt {upper}. War ein Dezimalkomma gemeint? Trennen Sie die Grenzen mit „;“ (12,5; 20).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/indicators/class_breaks.py" line="53"/>
        <source>Fixed breaks need class upper bounds, ascending and separated by &apos;;&apos; (12,5; 20; 30) or by commas (12.5,20,30).</source>
        <translation>Feste Grenzen brauchen obere Klassengrenzen, aufsteigend und durch „;“ getrennt (12,5; 20; 30) oder durch Kommas (12.5,20,30).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/number_lists.py" line="23"/>
        <source>&apos;{value}&apos; is not a number. Separate the values with &apos;;&apos; and write decimals with a comma (150,5; 300), or separate them with commas and write decimals with a point (150.5,300).</source>
        <translation>„{value}“ ist keine Zahl. Trennen Sie die Werte mit „;“ und schreiben Sie Dezimalstellen mit Komma (150,5; 300), oder trennen Sie sie mit Kommas und schreiben Sie Dezimalstellen mit Punkt (150.5,300).</translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/readers/generic.py" line="59"/>
        <source>Not read as indicators, because they hold the code of a classification named in the column beside them: {columns}.</source>
        <translation>Nicht als Indikatoren gelesen, weil sie den Code einer Einteilung enthalten, deren Namen in der Spalte daneben stehen: {columns}.</translation>
    </message>
</context>
</TS>
