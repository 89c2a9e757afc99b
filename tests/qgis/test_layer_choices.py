"""The docks' layer lists follow the project, offer only layers an input can use, and choose
a layer by themselves only when exactly one suits; run buttons wait for complete inputs.

On the real BKG and PLZ layers, loaded the way a planner loads them: the Kreise have AGS and
GEN like the Gemeinden, the PLZ areas are polygons like the banded ones."""

import pytest
from conftest import PLZ_GEOJSON, SHARED_DATA, memory_layer, square_wkt
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from i40_disparity_plugin.compat import FieldType
from i40_disparity_plugin.core.ags import LAND_NAMES

VG5000 = SHARED_DATA / "vg5000_2021" / "shp"


def project_layer(path, name):
    layer = QgsVectorLayer(str(path), name, "ogr")
    assert layer.isValid(), path
    QgsProject.instance().addMapLayer(layer)
    return layer


def offered(combo):
    return [combo.layer(i).name() for i in range(combo.count()) if combo.layer(i) is not None]


@pytest.fixture
def bkg_and_plz(qgis_new_project):
    return {
        name: project_layer(path, name)
        for name, path in (
            ("Kreise", VG5000 / "VG5000_KRS.shp"),
            ("Gemeinden", VG5000 / "VG5000_GEM.shp"),
            ("Länder", VG5000 / "VG5000_LAN.shp"),
            ("PLZ", PLZ_GEOJSON),
        )
    }


def banded_areas(name):
    fields = {"plz": FieldType.String, "einwohner": FieldType.Int, "band": FieldType.Int}
    rows = [({"plz": "10000", "einwohner": 10, "band": 1}, square_wkt(0, 0, 1000))]
    return memory_layer(rows, fields=fields, name=name)


def test_use_cases_dock_offers_gemeinden_only_as_gemeinden_and_banded_areas_only_as_such(
    qgis_iface, provider, bkg_and_plz
):
    from i40_disparity_plugin.gui.use_cases_panel import UseCasesPanel

    panel = UseCasesPanel(qgis_iface)
    # The Kreise have AGS and GEN too, but five-digit keys: not offered as Gemeinden.
    assert offered(panel.gemeindeCombo) == ["Gemeinden"]
    assert panel.gemeindeCombo.currentLayer() == bkg_and_plz["Gemeinden"]
    assert offered(panel.plzCombo) == ["PLZ"]
    # The raw PLZ areas have no band: nothing to count points by, and nothing chosen.
    assert offered(panel.bandsCombo) == []
    assert not panel.runButton.isEnabled()

    # A result added later is offered at once and, being the only one, chosen.
    banded = banded_areas("Dichteklassen")
    QgsProject.instance().addMapLayer(banded)
    assert offered(panel.bandsCombo) == ["Dichteklassen"]
    assert panel.bandsCombo.currentLayer() == banded
    panel.shutdown()


def test_two_layers_that_fit_leave_the_choice_to_the_user(qgis_iface, provider, qgis_new_project):
    from i40_disparity_plugin.gui.use_cases_panel import UseCasesPanel

    first, second = banded_areas("Dichteklassen 1"), banded_areas("Dichteklassen 2")
    QgsProject.instance().addMapLayers([first, second])
    points = memory_layer([({}, "POINT(500 500)")], geometry="Point", fields={"x": FieldType.Int})
    QgsProject.instance().addMapLayer(points)
    panel = UseCasesPanel(qgis_iface)
    assert sorted(offered(panel.bandsCombo)) == ["Dichteklassen 1", "Dichteklassen 2"]
    assert panel.bandsCombo.currentLayer() is None
    # One point layer, but it was not placed by the plugin: no guess either.
    assert panel.pointsCombo.currentLayer() is None
    assert not panel.runButton.isEnabled()
    panel.pointsCombo.setLayer(points)
    assert not panel.runButton.isEnabled(), "the banded areas are still missing"
    panel.bandsCombo.setLayer(second)
    assert panel.runButton.isEnabled()
    # The chosen layer goes: the one left is now the only one that fits.
    QgsProject.instance().removeMapLayer(second.id())
    assert panel.bandsCombo.currentLayer() == first
    # That goes too: nothing to count by, and the button waits again.
    QgsProject.instance().removeMapLayer(first.id())
    assert panel.bandsCombo.currentLayer() is None
    assert not panel.runButton.isEnabled()
    panel.shutdown()


def test_atlas_dock_lists_the_16_laender_by_name_and_no_postcodes(
    qgis_iface, provider, bkg_and_plz
):
    from i40_disparity_plugin.gui.atlas_report_panel import AtlasReportPanel

    panel = AtlasReportPanel(qgis_iface)
    # The PLZ areas and the banded areas name no Land; Kreise and Gemeinden do, in their Land
    # key SN_L, and could be merged into Länder, but only the layer of Länder is taken unasked.
    QgsProject.instance().addMapLayer(banded_areas("Dichteklassen"))
    assert sorted(offered(panel.laenderLayerCombo)) == ["Gemeinden", "Kreise", "Länder"]
    assert panel.laenderLayerCombo.currentLayer() == bkg_and_plz["Länder"]
    listed = [panel.laenderList.item(i).text() for i in range(panel.laenderList.count())]
    # VG5000_LAN also has "Bayern (Bodensee)" and the like; each Land is listed once.
    assert listed == sorted(LAND_NAMES.values())
    checked = [
        panel.laenderList.item(i).text()
        for i in range(panel.laenderList.count())
        if panel.laenderList.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert checked == ["Baden-Württemberg", "Brandenburg", "Hessen", "Nordrhein-Westfalen"]
    assert panel.districtsCombo.currentLayer() == bkg_and_plz["Kreise"]
    # Chosen by hand, the Kreise give their Land key, not a small count such as ADE.
    panel.laenderLayerCombo.setLayer(bkg_and_plz["Kreise"])
    assert panel.laenderFieldCombo.currentField() == "SN_L"
    assert panel.laenderList.count() == 16
    panel.shutdown()


def test_density_dock_guesses_a_layer_and_its_population_only_when_clear(
    qgis_iface, provider, bkg_and_plz
):
    from i40_disparity_plugin.gui.density_bands_panel import DensityBandsPanel

    panel = DensityBandsPanel(qgis_iface)
    # Of the four polygon layers only the PLZ areas name a population.
    assert panel.layerCombo.currentLayer() == bkg_and_plz["PLZ"]
    assert panel.populationCombo.currentField() == "einwohner"
    assert panel.runButton.isEnabled()
    panel.layerCombo.setLayer(bkg_and_plz["Kreise"])
    assert panel.populationCombo.currentField() == ""  # VG5000 has no population field
    assert not panel.runButton.isEnabled()
    panel.shutdown()


def test_docks_remember_folders_thresholds_fields_and_options(
    qgis_iface, provider, qgis_new_project, tmp_path
):
    """What a planner set is there again in the next session (a dock built anew)."""
    from i40_disparity_plugin.gui.atlas_report_panel import AtlasReportPanel
    from i40_disparity_plugin.gui.density_bands_panel import DensityBandsPanel
    from i40_disparity_plugin.gui.district_indicators_panel import DistrictIndicatorsPanel
    from i40_disparity_plugin.gui.use_cases_panel import UseCasesPanel

    fields = {"plz": FieldType.String, "ew_2011": FieldType.Int, "einwohner": FieldType.Int}
    areas = memory_layer([({"plz": "1"}, square_wkt(0, 0, 10))], fields=fields, name="PLZ")
    QgsProject.instance().addMapLayer(areas)
    table = tmp_path / "statistik" / "kreise.csv"
    table.parent.mkdir()
    table.write_text("AGS;BIP\n01001;1,0\n", encoding="utf-8")

    density = DensityBandsPanel(qgis_iface)
    assert density.populationCombo.currentField() == "einwohner"  # the guess
    density.thresholdsEdit.setText("100; 250,5")
    density.thresholdsEdit.editingFinished.emit()
    density.populationCombo.setField("ew_2011")  # not the guess: remembered
    district = DistrictIndicatorsPanel(qgis_iface)
    district.fileWidget.setFilePath(str(table))
    district.classesSpin.setValue(7)
    district.formatCombo.setCurrentIndex(4)  # kept by its place: its text changes with language
    uses = UseCasesPanel(qgis_iface)
    uses.iterationsSpin.setValue(4999)
    uses.radiiEdit.setText("5,15")
    uses.radiiEdit.editingFinished.emit()
    atlas = AtlasReportPanel(qgis_iface)
    atlas.folderWidget.setFilePath(str(tmp_path / "karten"))
    atlas.overviewCheck.setChecked(not atlas.overviewCheck.isChecked())
    overview = atlas.overviewCheck.isChecked()
    for panel in (density, district, uses, atlas):
        panel.shutdown()

    density = DensityBandsPanel(qgis_iface)
    assert density.thresholdsEdit.text() == "100; 250,5"
    assert density.populationCombo.currentField() == "ew_2011"
    district = DistrictIndicatorsPanel(qgis_iface)
    assert district.fileWidget.defaultRoot() == str(table.parent)
    assert (district.classesSpin.value(), district.formatCombo.currentIndex()) == (7, 4)
    uses = UseCasesPanel(qgis_iface)
    assert (uses.iterationsSpin.value(), uses.radiiEdit.text()) == (4999, "5,15")
    atlas = AtlasReportPanel(qgis_iface)
    assert atlas.folderWidget.filePath() == str(tmp_path / "karten")
    assert atlas.overviewCheck.isChecked() == overview
    for panel in (density, district, uses, atlas):
        panel.shutdown()


def test_the_laender_checked_last_are_checked_again(qgis_iface, provider, bkg_and_plz):
    from i40_disparity_plugin.gui.atlas_report_panel import AtlasReportPanel

    def checked(panel):
        items = [panel.laenderList.item(i) for i in range(panel.laenderList.count())]
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    panel = AtlasReportPanel(qgis_iface)
    bayern = panel.laenderList.findItems("Bayern", Qt.MatchFlag.MatchExactly)[0]
    bayern.setCheckState(Qt.CheckState.Checked)
    hessen = panel.laenderList.findItems("Hessen", Qt.MatchFlag.MatchExactly)[0]
    hessen.setCheckState(Qt.CheckState.Unchecked)
    expected = ["Baden-Württemberg", "Bayern", "Brandenburg", "Nordrhein-Westfalen"]
    assert checked(panel) == expected
    panel.shutdown()
    panel = AtlasReportPanel(qgis_iface)
    assert checked(panel) == expected
    panel.shutdown()


def test_areas_without_a_key_do_not_hide_a_layer_of_gemeinden(
    qgis_iface, provider, qgis_new_project
):
    from i40_disparity_plugin.gui.use_cases_panel import UseCasesPanel

    fields = {"AGS": FieldType.String, "GEN": FieldType.String}
    rows = [
        ({"AGS": f"0100{i}000", "GEN": f"Ort {i}"}, square_wkt(i * 10, 0, 10)) for i in range(8)
    ]
    # Two areas with NULL keys: missing, not keys of another kind.
    rows += [({"GEN": "ohne Schlüssel"}, square_wkt(100 + i * 10, 0, 10)) for i in range(2)]
    gemeinden = memory_layer(rows, fields=fields, name="Gemeinden")
    QgsProject.instance().addMapLayer(gemeinden)
    panel = UseCasesPanel(qgis_iface)
    assert panel.gemeindeCombo.currentLayer() == gemeinden
    panel.shutdown()
