"""The plugin object QGIS talks to: menu, toolbar, docks and the Processing provider."""

from qgis.core import Qgis, QgsApplication
from qgis.gui import QgsDockWidget, QgsMessageBar
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QFrame,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .core.requirements import install_advice, missing_requirements, package_names
from .gis.i18n import core_text, install_translator, remove_translator
from .gui.atlas_report_panel import AtlasReportPanel
from .gui.density_bands_panel import DensityBandsPanel
from .gui.district_indicators_panel import DistrictIndicatorsPanel
from .gui.dock_footer import DockFooter
from .gui.slots import reports_errors
from .gui.use_cases_panel import UseCasesPanel
from .icons import icon
from .processing.provider import I40DisparityProvider


class I40DisparityPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.menu = None
        self.toolbar = None
        self.docks = []
        self.panels = []
        install_translator()

    def tr(self, text):
        return QCoreApplication.translate("I40DisparityPlugin", text)

    def initProcessing(self):
        if self.provider is None:
            provider = I40DisparityProvider()
            # On failure (an id already registered) the registry deletes the provider.
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    def initGui(self):
        self.initProcessing()
        main_window = self.iface.mainWindow()
        self.menu = QMenu(self.tr("Industry 4.0 disparities"), main_window)
        self.menu.setObjectName("I40DisparityMenu")
        # Plugins' own menus go just before QGIS's last menu, Help.
        menu_bar = main_window.menuBar()
        existing = menu_bar.actions()
        if existing:
            menu_bar.insertMenu(existing[-1], self.menu)
        else:
            menu_bar.addMenu(self.menu)
        self.toolbar = self.iface.addToolBar(self.tr("Industry 4.0 disparities"))
        self.toolbar.setObjectName("I40DisparityToolbar")
        self._add_dock(
            "I40DensityBandsDock", self.tr("Density bands"), "density_bands.svg", DensityBandsPanel
        )
        self._add_dock(
            "I40DistrictIndicatorsDock",
            self.tr("District indicators"),
            "district_indicators.svg",
            DistrictIndicatorsPanel,
        )
        self._add_dock("I40UseCasesDock", self.tr("Use cases"), "use_cases.svg", UseCasesPanel)
        self._add_dock(
            "I40AtlasReportDock", self.tr("Atlas and report"), "atlas_report.svg", AtlasReportPanel
        )
        self._warn_about_missing_packages()

    def _warn_about_missing_packages(self):
        missing = missing_requirements()
        if not missing:
            return
        # One short sentence fits the bar; what to do about it is one click away.
        packages = package_names(missing)
        item = QgsMessageBar.createMessage(
            self.tr("Industry 4.0 disparities"),
            self.tr("Some tools need {packages}.").format(packages=packages),
        )
        details = QPushButton(self.tr("Details"), item)
        details.setObjectName("missingPackagesDetails")
        details.clicked.connect(lambda: self.show_missing_packages(missing))
        item.layout().addWidget(details)
        self.iface.messageBar().pushWidget(item, Qgis.MessageLevel.Warning)

    @reports_errors
    def show_missing_packages(self, missing):
        """What is missing and the commands that install it, selectable to copy."""
        text = self.tr("Some tools need {packages}, which QGIS's Python lacks.").format(
            packages=package_names(missing)
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Industry 4.0 disparities"),
            text + "\n\n" + core_text(install_advice(missing)),
            QMessageBox.StandardButton.Ok,
            self.iface.mainWindow(),
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()  # not exec(): QGIS goes on starting behind it
        return box

    def _add_dock(self, object_name, title, icon_name, panel_class):
        dock = QgsDockWidget(title, self.iface.mainWindow())
        dock.setObjectName(object_name)
        # The dock scrolls as a whole: its tables and chart keep a readable size however
        # short the dock is.
        scroll = QScrollArea(dock)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        panel = panel_class(self.iface, scroll)
        scroll.setWidget(panel)
        # As wide as the panel needs: only its height scrolls.
        scroll.setMinimumWidth(
            panel.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )
        content = QWidget(dock)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        for widget in panel.footer():
            panel.mainLayout.removeWidget(widget)
        layout.addWidget(DockFooter(panel.footer(), content))
        dock.setWidget(content)
        self.panels.append(panel)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        action = dock.toggleViewAction()
        action.toggled.connect(lambda shown: shown and self._tab_with_open_docks(dock))
        action.setIcon(icon(icon_name))
        action.setText(title + "…")
        self.menu.addAction(action)
        self.toolbar.addAction(action)
        self.docks.append(dock)

    @reports_errors
    def _tab_with_open_docks(self, dock):
        """Put a dock just opened into one tab group with the plugin's other open docks, so
        that it has the whole height of the side, not a quarter of it."""
        main_window = self.iface.mainWindow()
        area = main_window.dockWidgetArea(dock)
        beside = [
            other
            for other in self.docks
            if other is not dock
            and other.isVisible()
            and not other.isFloating()
            and main_window.dockWidgetArea(other) == area
        ]
        if beside:
            main_window.tabifyDockWidget(beside[0], dock)
            dock.raise_()

    def unload(self):
        for panel in self.panels:
            panel.shutdown()
        for dock in self.docks:
            self.iface.removeDockWidget(dock)
            dock.deleteLater()
        self.docks = []
        self.panels = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
