"""CI guard: the micro F1 of every category over the whole gold/ folder stays at or above its floor.

The floors live in gold/floors.json (measured value minus 0.01), so a change that lowers F1 fails
here; the lead raises them after merging better rules or new gold files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import FLOORS_FILE, evaluate

GOLD_DIR = Path(__file__).resolve().parents[2] / "gold"
FLOORS = json.loads((GOLD_DIR / FLOORS_FILE).read_text(encoding="utf-8"))["micro"]


@pytest.fixture(scope="module")
def total():
    return evaluate(GOLD_DIR, peers=False)[-1]


def test_every_scored_category_has_a_floor(total):
    missing = sorted(set(total.scores) - set(FLOORS))
    assert not missing, f"no floor in gold/floors.json for {missing}; measured " + ", ".join(
        f"{c} {total.scores[c].f1:.4f}" for c in missing)


@pytest.mark.parametrize("category", sorted(FLOORS))
def test_micro_f1_stays_above_its_floor(total, category):
    scored = total.scores[category]
    assert scored.f1 >= FLOORS[category], (
        f"{category}: micro F1 {scored.f1:.4f} ({scored.counts}) fell below the floor {FLOORS[category]}")
