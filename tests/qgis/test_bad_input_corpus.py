"""The bad-input corpus (bad_input_cases.py) run through the real algorithms: each case ends
in a clear message or a correct result, never in a traceback, and leaves its inputs as they
were, byte for byte."""

import hashlib

import processing
import pytest
from bad_input_cases import all_cases, file_value
from bad_input_files import write_all
from qgis.core import QgsProcessingException, QgsProcessingFeedback

CASES = all_cases()


def fingerprints(folder):
    return {
        path.relative_to(folder): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def run_case(case, inputs, outputs):
    """(results, None, log) or (None, the message, log) of one run."""
    parameters = {key: file_value(value, inputs, outputs) for key, value in case.parameters.items()}
    feedback = QgsProcessingFeedback()  # its log holds the errors and warnings reported
    try:
        results = processing.run(case.algorithm, parameters, feedback=feedback)
    except QgsProcessingException as error:
        return None, str(error), feedback.textLog()
    return results, None, feedback.textLog()


def test_the_corpus_is_large_and_covers_every_algorithm(provider):
    assert len(CASES) >= 100
    algorithms = {algorithm.id() for algorithm in provider.algorithms()}
    assert algorithms == {case.algorithm for case in CASES}
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, marks=pytest.mark.xfail(reason=case.open_defect, strict=True))
        if case.open_defect
        else case
        for case in CASES
    ],
    ids=[case.name for case in CASES],
)
def test_bad_input(provider, tmp_path, case):
    inputs, outputs = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    outputs.mkdir()
    write_all(inputs)
    before = fingerprints(inputs)
    results, message, log = run_case(case, inputs, outputs)
    after = fingerprints(inputs)
    assert {name: after.get(name) for name in before} == before, "an input file was changed"
    assert "Traceback" not in (message or "") + log
    if case.error:
        assert message is not None, f"the run succeeded: {results}"
        missing = [word for word in case.error if word not in message]
        assert not missing, f"the message lacks {missing}:\n{message}"
    else:
        assert message is None, message
        case.check(results)
