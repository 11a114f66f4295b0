"""Shared fixtures: the seed document and one in-process build of it for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seed built once, written to a temporary out/ folder (graph files on disk)."""
    from kg.pipeline import run_build

    out = tmp_path_factory.mktemp("seed-out")
    report = run_build([SEEDS], out)
    return report, out
