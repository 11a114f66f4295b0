"""Extraction of a long one-line text stays within a generous CPU bound (issue 12, inputs that hang).

The quadratic parts (every measure scanning every mention of the document) took 40 s for 200k
characters; the curve itself is printed by ``bench/bench_linear.py``. The bound here is generous:
it fails on a quadratic extractor, not on a slow machine.
"""

from __future__ import annotations

import time
from pathlib import Path

from kg.extract import Extractor
from kg.structure import parse_document

REPO = Path(__file__).resolve().parents[2]
CHARS = 400_000
CPU_BOUND_SECONDS = 60.0


def test_four_hundred_thousand_characters_in_one_line(extractor: Extractor) -> None:
    seed = "".join((REPO / "gold" / "texts" / "seed.simplified.txt").read_text(encoding="utf-8").split())
    text = (seed * (CHARS // len(seed) + 1))[:CHARS]
    start = time.process_time()
    result = extractor.extract(parse_document(text))
    spent = time.process_time() - start
    assert len(result.measures) > 1000  # the work was done: the repeated seed yields measures
    assert spent < CPU_BOUND_SECONDS, f"{spent:.1f} s CPU for {CHARS} characters"
