"""The Processing provider ``i40disparity``: the plugin's algorithms for toolbox, modeler,
batch mode and qgis_process."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication

from ..gis.ogr_workbook import install_as_workbook_fallback
from ..icons import plugin_icon
from .assign_points import AssignPointsAlgorithm
from .band_statistics import BandStatisticsAlgorithm
from .choropleth import ChoroplethAlgorithm
from .crosstab import CrosstabAlgorithm
from .density_bands import DensityBandsAlgorithm
from .derive_indicator import DeriveIndicatorAlgorithm
from .export_atlas import ExportAtlasAlgorithm
from .geocode_points import GeocodePointsAlgorithm, ReferenceFacilitiesAlgorithm
from .join_indicators import JoinIndicatorsAlgorithm
from .nearest_facility import NearestFacilityAlgorithm
from .report import ReportAlgorithm

PROVIDER_ID = "i40disparity"


class I40DisparityProvider(QgsProcessingProvider):
    def __init__(self):
        super().__init__()
        # Every reader of statistics tables runs with the provider loaded (the docks too):
        # here the core learns to open workbooks with GDAL where openpyxl is missing.
        install_as_workbook_fallback()

    def id(self):
        return PROVIDER_ID

    def name(self):
        return QCoreApplication.translate("I40DisparityProvider", "Industry 4.0 disparities")

    def icon(self):
        return plugin_icon()

    def loadAlgorithms(self):
        # Fresh instances on every (re)load, as the registry owns and deletes them.
        self.addAlgorithm(DensityBandsAlgorithm())
        self.addAlgorithm(ChoroplethAlgorithm())
        self.addAlgorithm(DeriveIndicatorAlgorithm())
        self.addAlgorithm(JoinIndicatorsAlgorithm())
        self.addAlgorithm(AssignPointsAlgorithm())
        self.addAlgorithm(BandStatisticsAlgorithm())
        self.addAlgorithm(CrosstabAlgorithm())
        self.addAlgorithm(GeocodePointsAlgorithm())
        self.addAlgorithm(ReferenceFacilitiesAlgorithm())
        self.addAlgorithm(NearestFacilityAlgorithm())
        self.addAlgorithm(ExportAtlasAlgorithm())
        self.addAlgorithm(ReportAlgorithm())
