"""Layer combos that follow the project and offer only layers an input can use.

QGIS's QgsMapLayerComboBox already lists the project's layers of one geometry type as they come
and go. What it cannot know is that an input also needs certain fields (``band``) or areas of
one level (Gemeinden, not Kreise): a LayerChoice hides every other layer, and it chooses a layer
by itself only when exactly one suits the input, because a wrong guess changes results silently
(the Kreise taken as Gemeinden place no centre by its town's name).
"""

from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer

from ..compat import FeatureRequestFlag, FieldType, GeometryType, LayerFilter
from ..core.ags import land_code, level_of_keys
from ..core.field_names import AREA_KEY_FIELD_NAMES, AREA_NAME_FIELD_NAMES, guess_field
from ..gis.values import python_value

# Features read to tell what a layer holds. Not uniqueValues: on a file layer it reads the
# whole table, and every layer is looked at again whenever the project gains or loses one.
SAMPLED_FEATURES = 200
MOST = 0.8
_GEOMETRY_OF_FILTER = {
    LayerFilter.PolygonLayer: GeometryType.Polygon,
    LayerFilter.PointLayer: GeometryType.Point,
}


def _sample(layer, field):
    """The distinct values of ``field`` in the layer's first features."""
    index = layer.fields().lookupField(field)
    request = QgsFeatureRequest().setSubsetOfAttributes([index])
    request.setFlags(FeatureRequestFlag.NoGeometry).setLimit(SAMPLED_FEATURES)
    # NULL as None, which the key and name tests take for a missing value (gis/values.py).
    return {python_value(feature.attributes()[index]) for feature in layer.getFeatures(request)}


def has_fields(*field_sets):
    """A test: the layer has a field of each set of names (compared ignoring case)."""

    def test(layer):
        names = layer.fields().names()
        return all(guess_field(names, names_of_set) for names_of_set in field_sets)

    return test


def areas_of_level(level):
    """A test: the layer's area key (AGS, ARS, …) holds keys of ``level`` (core/ags.LEVELS)."""

    def test(layer):
        key = guess_field(layer.fields().names(), AREA_KEY_FIELD_NAMES)
        return key is not None and level_of_keys(_sample(layer, key)) == level

    return test


def land_field(layer):
    """The field of ``layer`` that names its Länder, or None: a name field (GEN) when most of
    its values are Länder, as BKG adds parts such as "Bayern (Bodensee)" that the atlas leaves
    out; else a text field of nothing but Land keys or names (SN_L: "01" … "16"). Numbers are
    never Land keys here: any small count (BKG's ADE, a density band) would read as one."""
    fields = layer.fields()
    names = [field.name() for field in fields if field.type() == FieldType.String]
    name_fields = [name for name in names if name.casefold() in AREA_NAME_FIELD_NAMES]
    others = [name for name in names if name not in name_fields]
    for field in name_fields + others:
        values = [value for value in _sample(layer, field) if value not in (None, "")]
        lands = sum(1 for value in values if land_code(value))
        if values and lands >= (MOST if field in name_fields else 1) * len(values):
            return field
    return None


def all_of(*tests):
    return lambda layer: all(test(layer) for test in tests)


# What the plugin's own results are known by: banded areas by their band (densitybands), placed
# use cases by how each was placed (geocodepoints), the shipped facility lists by their kind of
# facility (universities) or programme (Industrie 4.0 centres).
banded_areas = has_fields(("band",))
_FACILITY_FIELDS = ("category", "programme")


def facility_list(layer):
    return guess_field(layer.fields().names(), _FACILITY_FIELDS) is not None


def placed_use_cases(layer):
    names = layer.fields().names()
    return "geocode_method" in names and not facility_list(layer)


class LayerChoice:
    """Keeps ``combo`` to the vector layers that pass ``fits`` (what the input needs at all)
    and chooses one by itself, while none is chosen, when exactly one passes ``suits`` (what
    the input most likely means; default: ``fits``). ``changed`` is called whenever the layers
    on offer may have changed."""

    def __init__(self, combo, geometry_filter, fits=None, suits=None, changed=None):
        self.combo = combo
        self.geometry = _GEOMETRY_OF_FILTER[geometry_filter]
        self.fits = fits or (lambda _layer: True)
        self.suits = suits or self.fits
        self.changed = changed
        combo.setFilters(geometry_filter)
        # An empty entry, so that no layer is taken when the choice is not clear.
        combo.setAllowEmptyLayer(True)
        combo.setLayer(None)
        self.lost = False
        project = QgsProject.instance()
        project.layersAdded.connect(self.update)
        project.layersWillBeRemoved.connect(self._removing)
        project.layersRemoved.connect(self.update)
        self.update()

    def shutdown(self):
        project = QgsProject.instance()
        project.layersAdded.disconnect(self.update)
        project.layersWillBeRemoved.disconnect(self._removing)
        project.layersRemoved.disconnect(self.update)

    def _removing(self, layer_ids):
        # QComboBox moves on to a neighbouring layer by itself, which would be a guess.
        current = self.combo.currentLayer()
        self.lost = current is not None and current.id() in layer_ids

    def update(self, *_changed):
        # layersRemoved hands over ids of layers already gone: look at those still there.
        layers = QgsProject.instance().mapLayers().values()
        # Only those the combo can show at all: the tests read data.
        candidates = [
            lay
            for lay in layers
            if isinstance(lay, QgsVectorLayer) and lay.geometryType() == self.geometry
        ]
        self.combo.setExceptedLayerList([lay for lay in candidates if not self.fits(lay)])
        if self.lost:
            self.lost = False
            self.combo.setLayer(None)
        if self.combo.currentLayer() is None:
            offered = (self.combo.layer(index) for index in range(self.combo.count()))
            suiting = [lay for lay in offered if lay is not None and self.suits(lay)]
            if len(suiting) == 1:
                self.combo.setLayer(suiting[0])
        if self.changed is not None:
            self.changed()
