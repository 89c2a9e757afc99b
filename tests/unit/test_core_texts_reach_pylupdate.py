"""The core's user-facing texts can be collected by pylupdate5.

pylupdate5 reads ``QT_TRANSLATE_NOOP("core", "…")`` only when the context and the start of the
text stand on the line of the call; a formatter that wraps the call silently drops the text
from the translation.
"""

import re
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "i40_disparity_plugin" / "core"
CALL = re.compile(r"QT_TRANSLATE_NOOP\((.*)$")


def marked_calls(path):
    return [
        (number, match.group(1))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if (match := CALL.search(line)) and not line.lstrip().startswith(("def ", "#"))
    ]


MODULES_WITH_TEXTS = [path for path in sorted(CORE.rglob("*.py")) if marked_calls(path)]


def test_the_core_has_translatable_texts_in_its_feature_folders():
    folders = {path.parent.name for path in MODULES_WITH_TEXTS}
    assert {"readers", "density", "indicators", "points", "report"} <= folders


@pytest.mark.parametrize("path", MODULES_WITH_TEXTS, ids=lambda p: str(p.relative_to(CORE)))
def test_marked_texts_start_on_the_line_of_the_call(path):
    for number, rest in marked_calls(path):
        assert rest.startswith('"core", "'), f"{path.name}:{number}"
