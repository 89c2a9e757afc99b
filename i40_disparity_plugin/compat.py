"""Differences between the QGIS, Qt, GDAL and numpy versions the plugin runs on, in one place.

The rest of the plugin uses the names defined here and never asks for a version itself, so
that dropping an old QGIS is a change of this module alone. Features are detected where
possible: version numbers lie (Debian's shapely, for one, calls itself "0+unknown").
"""
