"""Offset maps: ``origin[i]`` is the position in the input of output character ``i``.

Every map has ``len(output) + 1`` entries; the last one is ``len(input)``. Maps are ``array('I')``
(4 bytes per character) and compose by indexing, so a pipeline of steps stays cheap.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterable, Sequence

Edit = tuple[int, int, str]
"""Replace ``text[start:end]`` by the string; edits are sorted and do not overlap."""

Step = Callable[[str], tuple[str, array]]


def identity(length: int) -> array:
    """The map of an unchanged text of ``length`` characters."""
    return array("I", range(length + 1))


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, array]:
    """Apply sorted, non-overlapping edits and return the new text with its origin map.

    A replacement as long as what it replaces maps character by character; a shorter or longer
    one maps every new character to the start of the replaced span (an empty one maps nothing).
    """
    pieces: list[str] = []
    origin = array("I")
    pos = 0
    for start, end, new in edits:
        pieces.append(text[pos:start])
        origin.extend(range(pos, start))
        pieces.append(new)
        if len(new) == end - start:
            origin.extend(range(start, end))
        else:
            origin.extend([start] * len(new))
        pos = end
    pieces.append(text[pos:])
    origin.extend(range(pos, len(text) + 1))
    return "".join(pieces), origin


def regex_edits(pattern: re.Pattern[str], text: str, replacement: str = "") -> list[Edit]:
    """One edit per match of ``pattern``, replacing the whole match by ``replacement``."""
    return [(m.start(), m.end(), replacement) for m in pattern.finditer(text)]


def compose(outer: Sequence[int], inner: Sequence[int]) -> array:
    """Chain maps: ``outer`` maps text C into text B, ``inner`` maps B into A; the result maps C into A."""
    return array("I", map(inner.__getitem__, outer))


def run_steps(text: str, steps: Sequence[Step]) -> tuple[str, array]:
    """Apply each step in turn, composing their maps into one map back to ``text``."""
    origin = identity(len(text))
    for step in steps:
        new, step_origin = step(text)
        if new != text:
            origin = compose(step_origin, origin)
            text = new
    return text, origin
