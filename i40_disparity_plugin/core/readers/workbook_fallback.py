"""Who opens workbooks where openpyxl is missing (QGIS on Windows): ``opener(path,
read_only)``, or None. The plugin sets it to GDAL's XLSX driver (gis.ogr_workbook), which the
core may not import; what it returns offers what the readers use of an openpyxl workbook.

A module of its own, without pandas, so that setting it at start-up imports nothing heavy.
"""

opener = None
