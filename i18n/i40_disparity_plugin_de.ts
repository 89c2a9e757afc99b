<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>DensityBandsAlgorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="65"/>
        <source>Classify postal areas by density band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="68"/>
        <source>Population density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="74"/>
        <source>&lt;p&gt;Computes the population density (inhabitants per km²) of every area, usually postal code areas (PLZ), and assigns it to a density band.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rule&lt;/b&gt; for ascending thresholds t1 &amp;lt; … &amp;lt; tk: band 1 is density ≤ t1, band i is t(i−1) &amp;lt; density ≤ t(i), the top band is density &amp;gt; tk. A density exactly on a threshold belongs to the band below.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Defaults&lt;/b&gt; 150, 300, 500 follow the Friedrich-Ebert-Stiftung study on Industrie 4.0: rural areas have at most 150 inhabitants per km² (BBSR definition), urban areas more than 300, densely populated areas over 500.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Area&lt;/b&gt;: taken from the area field (km²) if one is chosen, otherwise measured on the ellipsoid (the project's, or GRS 1980). Invalid geometries are repaired; the log counts them.&lt;/p&gt;&lt;p&gt;Areas with missing or negative population, or with missing or zero area, get no band; the field band_note says why. The summary table gives per band the number of areas, population, area and their shares (of all classified areas), optionally per group (e.g. per Land).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="93"/>
        <source>Areas (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="98"/>
        <source>Population field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="106"/>
        <source>Area field in km² (empty: measure on the ellipsoid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="115"/>
        <source>Density thresholds in inhabitants per km², ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="122"/>
        <source>Summarise also per group of (e.g. a Land field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="130"/>
        <source>Language of the band labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="138"/>
        <source>Density bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="143"/>
        <source>Band summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="152"/>
        <source>Areas with a band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="153"/>
        <source>Areas without a band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="154"/>
        <source>Geometries repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="155"/>
        <source>Areas per band (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="164"/>
        <source>The input layer must contain polygons, but it contains {type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="171"/>
        <source>Choose the field that holds the population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="190"/>
        <source>The input layer has no coordinate reference system, so its areas cannot be measured. Set its CRS or choose an area field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="205"/>
        <source>The input&apos;s fields {names} are replaced by new values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="274"/>
        <source>{count} invalid geometries were repaired (feature ids {ids}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="280"/>
        <source>{count} geometries could not be repaired and were written unchanged (feature ids {ids}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="325"/>
        <source>Density band summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="338"/>
        <source>{count} areas without a band: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="385"/>
        <source>field '{field}' (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="385"/>
        <source>measured on the ellipsoid {ellipsoid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="394"/>
        <source>Population density bands computed by the QGIS plugin Industrie 4.0 Disparitäten (algorithm i40disparity:densitybands). Input: {input}. Population: field '{population}'. Area: {area}. Thresholds (inhabitants per km²): {thresholds}; band 1 is density ≤ the first threshold, a density on a threshold belongs to the band below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/processing/density_bands.py" line="406"/>
        <source>Density bands of {input}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DensityBandsPanel</name>
    <message>
        <location filename="../ui/density_bands_panel.ui" line="19"/>
        <source>Areas (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/density_bands_panel.ui" line="29"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/density_bands_panel.ui" line="39"/>
        <source>Area (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/density_bands_panel.ui" line="46"/>
        <source>Leave empty to measure the areas on the ellipsoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/density_bands_panel.ui" line="53"/>
        <source>Thresholds (inh./km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/density_bands_panel.ui" line="60"/>
        <source>Ascending, separated by commas. Band 1 is density ≤ the first threshold; a density on a threshold belongs to the band below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/density_bands_panel.ui" line="71"/>
        <source>Classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/density_bands_panel.ui" line="81"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>I40Algorithm</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/base.py" line="20"/>
        <source>The input layer has no field named &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>I40DisparityProvider</name>
    <message>
        <location filename="../i40_disparity_plugin/processing/provider.py" line="18"/>
        <source>Industry 4.0 disparities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../i40_disparity_plugin/core/density.py" line="27"/>
        <source>population missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density.py" line="28"/>
        <source>population negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density.py" line="29"/>
        <source>area missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density.py" line="30"/>
        <source>area zero or negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density.py" line="56"/>
        <source>Enter at least one density threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../i40_disparity_plugin/core/density.py" line="59"/>
        <source>Density thresholds must be finite and not negative: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
