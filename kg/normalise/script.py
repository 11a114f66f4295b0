"""Traditional → Simplified Chinese with OpenCC, only for texts that are actually Traditional."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import opencc

from kg.normalise.chars import HAN
from kg.normalise.offsets import Edit, OffsetMap, apply_edits, identity

TRADITIONAL_SHARE = 0.10
"""Convert when at least this share of the Han characters change under t2s (Simplified text: ~0)."""

_HAN_RUN = re.compile(f"[{HAN}]+")


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


SHARE_CHUNK = 100_000
"""The share is counted over the runs of Han characters joined in pieces of about this many characters
(a run is never cut), so that a long text is never copied whole; a shorter text is one piece."""


def traditional_share(text: str) -> float:
    """Share of Han characters that OpenCC t2s would change (0.0 for text without Han)."""
    han = changed = 0
    for joined in _han_pieces(text):
        converted = _converter().convert(joined)
        if len(converted) != len(joined):
            converted = "".join(_converter().convert(ch) for ch in joined)
        han += len(joined)
        if converted != joined:
            changed += sum(a != b for a, b in zip(joined, converted, strict=False))
    return changed / han if han else 0.0


def _han_pieces(text: str) -> Iterator[str]:
    """The runs of Han characters of ``text`` joined, in pieces of about ``SHARE_CHUNK`` characters."""
    runs: list[str] = []
    length = 0
    for match in _HAN_RUN.finditer(text):
        runs.append(match.group())
        length += len(runs[-1])
        if length >= SHARE_CHUNK:
            yield "".join(runs)
            runs, length = [], 0
    if runs:
        yield "".join(runs)


def _han_spans(text: str) -> list[tuple[int, int]]:
    """Where the runs of Han characters are."""
    return [match.span() for match in _HAN_RUN.finditer(text)]


def _run_edits(text: str) -> list[Edit]:
    """Convert each run of Han characters on its own; a run that changes length maps to its start."""
    convert = _converter().convert
    edits: list[Edit] = []
    for match in _HAN_RUN.finditer(text):
        new = convert(match.group())
        if new != match.group():
            edits.append((match.start(), match.end(), new))
    return edits


def to_simplified(text: str) -> tuple[str, OffsetMap]:
    """Convert Traditional text to Simplified; Simplified text passes through unchanged.

    The whole text is converted at once (phrases need context); when every run of Han
    characters keeps its place, the map is one to one. Otherwise each run is converted on its
    own, so that a length change stays inside its run and maps to the run's start.
    """
    if traditional_share(text) < TRADITIONAL_SHARE:
        return text, identity(len(text))
    converted = _converter().convert(text)
    if _han_spans(converted) == _han_spans(text):
        return converted, identity(len(text))
    return apply_edits(text, _run_edits(text))
