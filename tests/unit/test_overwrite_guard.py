"""Which outputs land on an input or on each other (core/overwrite_guard.py)."""

from i40_disparity_plugin.core.overwrite_guard import Location, first_clash


def test_an_output_on_the_input_file_is_found(tmp_path):
    areas = tmp_path / "areas.geojson"
    areas.write_text("{}")
    given = Location("Input layer", str(areas))
    written = Location("Output", str(tmp_path / "." / "areas.geojson"))
    assert first_clash([given], [written]) == (written, given)


def test_a_link_to_the_input_is_the_input(tmp_path):
    areas = tmp_path / "areas.shp"
    areas.write_bytes(b"shp")
    link = tmp_path / "link.shp"
    link.symlink_to(areas)
    assert first_clash([Location("Input", str(areas))], [Location("Output", str(link))])


def test_another_layer_of_the_geopackage_is_no_clash_but_the_same_layer_is(tmp_path):
    package = tmp_path / "daten.gpkg"
    package.write_bytes(b"gpkg")
    given = Location("Input", str(package), "gebiete")
    assert first_clash([given], [Location("Output", str(package), "baender")]) is None
    assert first_clash([given], [Location("Output", str(package), "Gebiete")])
    # Without a layer name the whole file is written anew, with every layer in it.
    assert first_clash([given], [Location("Output", str(package))])


def test_two_outputs_on_one_new_file_clash(tmp_path):
    first = Location("Output", str(tmp_path / "out.gpkg"))
    second = Location("Summary", str(tmp_path / "out.gpkg"))
    assert first_clash([], [first, second]) == (second, first)
    assert first_clash([], [first, Location("Summary", str(tmp_path / "other.gpkg"))]) is None
