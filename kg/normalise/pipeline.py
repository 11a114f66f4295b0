"""The normalisation pipeline: small steps, each keeping the offset map, composed into one."""

from __future__ import annotations

from pathlib import Path

from kg.normalise.furniture import drop_page_markers
from kg.normalise.lines import rejoin_lines
from kg.normalise.model import NormalisedText
from kg.normalise.offsets import compose, identity, run_steps
from kg.normalise.pinyin import strip_pinyin
from kg.normalise.read import read_source
from kg.normalise.script import to_simplified
from kg.normalise.whitespace import (
    drop_blank_lines,
    drop_cjk_spaces,
    fold_breaks,
    fold_spaces,
    trim_lines,
)

STEPS = (
    fold_breaks,
    fold_spaces,
    strip_pinyin,
    to_simplified,
    drop_cjk_spaces,
    trim_lines,
    drop_page_markers,
    drop_blank_lines,
    rejoin_lines,
)

MAX_PASSES = 4
"""A pass can expose new work for an earlier step (``區 (qū)`` becomes ``區(qū)`` once the space goes);
the pipeline repeats until nothing changes, which makes :func:`normalise` idempotent."""


def normalise(text: str) -> NormalisedText:
    """Clean Simplified Chinese text from ``text``, with ``origin`` mapping back into ``text``."""
    current, origin = text, identity(len(text))
    for _ in range(MAX_PASSES):
        new, step_origin = run_steps(current, STEPS)
        if new == current:
            break
        current, origin = new, compose(step_origin, origin)
    return NormalisedText(text=current, origin=origin, source=None)


def load(path: Path) -> NormalisedText:
    """Read and normalise a file; ``origin`` maps into the decoded file string (``source.decoded``)."""
    source = read_source(path)
    result = normalise(source.text)
    return NormalisedText(text=result.text, origin=compose(result.origin, source.origin), source=source)
