"""Trying whether a file can be written leaves no trace (core/writable.py)."""

from i40_disparity_plugin.core.writable import cannot_write


def test_a_new_file_is_tried_and_removed_again(tmp_path):
    path = tmp_path / "new" / "table.csv"
    assert cannot_write(path) is None
    assert not path.exists() and path.parent.is_dir()


def test_an_existing_file_keeps_its_content(tmp_path):
    path = tmp_path / "table.csv"
    path.write_bytes(b"AGS;Wert\n")
    assert cannot_write(path) is None
    assert path.read_bytes() == b"AGS;Wert\n"


def test_a_path_inside_a_file_gives_the_systems_reason(tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    assert str(cannot_write(blocker / "table.csv")) == "a part of the path is a file, not a folder"


def test_a_read_only_place_is_named_as_such():
    # /proc takes no new files, not even from root.
    assert str(cannot_write("/proc/table.csv")) == "no file can be made there"
