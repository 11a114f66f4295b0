"""The whole shared gov.cn corpus (54 pages): clean pages pass through, hard-wrapped copies rejoin."""

import os
from pathlib import Path

import pytest

from kg.normalise import load, normalise, read_source
from kg.normalise.offsets import run_steps
from kg.normalise.whitespace import (
    drop_blank_lines,
    drop_cjk_spaces,
    fold_breaks,
    fold_spaces,
    trim_lines,
)

CORPUS = Path(os.environ.get("POLICYKG_CORPUS", "/work/shared/corpus/govcn-2019"))
PAGES = sorted(CORPUS.glob("*.html"))
WHITESPACE_ONLY = (fold_breaks, fold_spaces, drop_cjk_spaces, trim_lines, drop_blank_lines)

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not PAGES, reason=f"no corpus pages in {CORPUS}")]


def test_clean_pages_change_only_in_whitespace() -> None:
    changed = []
    for page in PAGES:
        text = read_source(page).text
        if normalise(text).text != run_steps(text, WHITESPACE_ONLY)[0]:
            changed.append(page.name)
    assert changed == []


def test_hard_wrapped_copies_of_the_pages_are_rejoined() -> None:
    added = kept = glued = 0
    for page in PAGES:
        clean = load(page).text
        wrapped = "\n".join(line[i : i + 30] for line in clean.split("\n") for i in range(0, len(line), 30))
        rejoined = normalise(wrapped).text
        added += wrapped.count("\n") - clean.count("\n")
        starts = _line_starts(rejoined)
        originals = _line_starts(clean)
        kept += len(starts - originals)
        glued += len(originals - starts)
    assert added > 4000
    assert kept < 0.03 * added  # breaks left inside paragraphs (mostly right after a 。)
    assert glued <= 10  # paragraphs glued to the next one


def _line_starts(text: str) -> set[int]:
    """Offsets, ignoring line breaks, where lines start."""
    starts, pos = set(), 0
    for line in text.split("\n"):
        starts.add(pos)
        pos += len(line)
    return starts
