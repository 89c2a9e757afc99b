"""QGIS plugin "Industrie 4.0 Disparitäten": QGIS calls classFactory to create it.

Nothing here imports QGIS at module level, so the pure ``core`` package can be imported and
tested without a QGIS installation.
"""


def classFactory(iface):
    from .plugin import I40DisparityPlugin

    return I40DisparityPlugin(iface)
