"""A build in parts (the way a document of 1 MB or more is built) writes the same graph files as the
build of the whole document, when nothing ties its provisions across parts (issue 12, large inputs)."""

from __future__ import annotations

from pathlib import Path

import kg.corpus.parts as parts
from kg.corpus.size import SizePolicy
from kg.graph.write import OUTPUT_FILES
from kg.pipeline import run_build

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_the_seed_built_in_parts_gives_the_files_of_the_seed_built_whole(tmp_path, seed_build, monkeypatch) -> None:
    _, whole = seed_build
    monkeypatch.setattr(parts, "PART_CHARS", 3000)  # one job: built in this process, in five parts
    summary = run_build([SEEDS], tmp_path / "out", jobs=1, size=SizePolicy(parts_from_mb=0.0))
    for name in OUTPUT_FILES:
        assert (tmp_path / "out" / name).read_bytes() == (whole / name).read_bytes(), name
    assert summary.counts["provisions"] == 21 and summary.counts["measures"] == 210
