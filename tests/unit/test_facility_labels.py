"""Labels of the technical universities on maps, over every row of the real HRK list."""

import csv
from pathlib import Path

import pytest

from i40_disparity_plugin.core.points.facility_labels import KINDS, facility_label, names_town

REPO = Path(__file__).resolve().parents[2]
LISTS = [
    REPO.parent / "shared" / "data" / "facilities" / "technische_hochschulen.csv",
    REPO / "i40_disparity_plugin" / "data" / "technische_hochschulen.csv",
]


def rows(path):
    if not path.exists():
        pytest.fail(f"the list is missing: {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize(
    ("short_name", "name", "city", "label"),
    [
        ("Aachen TH", "Rheinisch-Westfälische Technische Hochschule Aachen", "Aachen", "TH Aachen"),
        (
            "Hannover U",
            "Gottfried Wilhelm Leibniz Universität Hannover",
            "Hannover",
            "Uni Hannover",
        ),
        ("Freiberg TUBergAk", "TU Bergakademie Freiberg", "Freiberg", "TU Bergakademie Freiberg"),
        ("Karlsruhe U KIT", "Karlsruher Institut für Technologie", "Karlsruhe", "KIT Karlsruhe"),
        ("Amberg-Weiden OTH", "OTH Amberg-Weiden", "Amberg", "OTH Amberg-Weiden"),
        ("Clausthal TU", "TU Clausthal", "Clausthal-Zellerfeld", "TU Clausthal"),
        ("Mittelhessen THM", "TH Mittelhessen - THM", "Gießen", "TH Mittelhessen (Gießen)"),
        ("Ostwestfalen-Lippe TH", "TH OWL", "Lemgo", "TH Ostwestfalen-Lippe (Lemgo)"),
        # Not of the HRK's form: the full name, with the town it lacks.
        ("", "Hochschule Esslingen", "Esslingen", "Hochschule Esslingen"),
        ("Muthesius", "Muthesius Kunsthochschule", "Kiel", "Muthesius Kunsthochschule (Kiel)"),
        ("TU", "Technische Universität Berlin", "Berlin", "Technische Universität Berlin"),
    ],
)
def test_known_labels(short_name, name, city, label):
    assert facility_label(short_name, name, city) == label


@pytest.mark.parametrize("path", LISTS, ids=["shared", "shipped"])
def test_every_university_of_the_list_gets_a_readable_label(path):
    universities = rows(path)
    assert len(universities) == 33
    labels = [facility_label(row["short_name"], row["name"], row["city"]) for row in universities]
    for row, label in zip(universities, labels):
        assert names_town(label, row["city"]), (row["short_name"], label)
        # No HRK abbreviation a reader cannot know ("TUBergAk", "U", "THM").
        bare = {word for word in label.split() if word in KINDS and KINDS[word] != word}
        assert not bare, (row["short_name"], label)
    assert len(set(labels)) == len(labels)  # every point is told apart
