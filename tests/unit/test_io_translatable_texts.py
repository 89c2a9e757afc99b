"""The readers' user-facing texts can be collected by pylupdate5.

pylupdate5 reads ``QT_TRANSLATE_NOOP("core", "…")`` only when the context and the start of the
text stand on the line of the call; a formatter that wraps the call silently drops the text
from the translation.
"""

import re
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "i40_disparity_plugin" / "core"
READER_MODULES = [
    CORE / name
    for name in (
        "german_numbers.py",
        "statistics_table.py",
        "io_generic.py",
        "io_genesis.py",
        "io_inkar.py",
        "io_destatis.py",
        "io_detect.py",
        "report_tables.py",
        "atlas_index.py",
    )
]
CALL = re.compile(r"QT_TRANSLATE_NOOP\((.*)$")


@pytest.mark.parametrize("path", READER_MODULES, ids=lambda path: path.name)
def test_marked_texts_start_on_the_line_of_the_call(path):
    calls = [
        (number, match.group(1))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if (match := CALL.search(line)) and not line.lstrip().startswith(("def ", "#"))
    ]
    assert calls or path.name == "statistics_table.py"
    for number, rest in calls:
        assert rest.startswith('"core", "'), f"{path.name}:{number}"
