"""Offset maps: ``origin[i]`` is the position in the input of output character ``i``.

Every map has ``len(output) + 1`` entries; the last one is ``len(input)``. A map is an
:class:`OffsetMap`, held as runs (kept characters count up, characters made from one place repeat
it), so its memory follows the number of edits, not the length of the text; maps compose run by
run, so a pipeline of steps stays cheap.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import repeat

Edit = tuple[int, int, str]
"""Replace ``text[start:end]`` by the string; edits are sorted and do not overlap."""


class OffsetMap(Sequence[int]):
    """A sequence of offsets held as runs: run ``r`` covers entries ``starts[r]`` up to the next run's
    start, the first being ``values[r]``, each next one ``slopes[r]`` (1 or 0) more."""

    __slots__ = ("_starts", "_values", "_slopes", "_length")

    def __init__(self) -> None:
        self._starts, self._values, self._slopes = array("q"), array("q"), bytearray()
        self._length = 0

    @classmethod
    def of(cls, values: Iterable[int]) -> OffsetMap:
        """The map holding ``values`` (a map is returned as it is)."""
        if isinstance(values, OffsetMap):
            return values
        result = cls()
        for value in values:
            result.add(value, 1)
        return result

    def add(self, value: int, count: int, slope: int = 1) -> None:
        """Append ``count`` entries from ``value`` on, each ``slope`` (1: counting up, 0: repeated) more."""
        if count <= 0:
            return
        slope = 1 if count == 1 else slope
        if self._starts:
            run_count = self._length - self._starts[-1]
            step = value - (self._values[-1] + self._slopes[-1] * (run_count - 1))
            # it goes on the last run when it takes the next step: a run of one takes any step (0 or 1),
            # and a run of one added takes the last run's step
            if step in (0, 1) and (run_count == 1 or step == self._slopes[-1]) and (count == 1 or slope == step):
                self._slopes[-1] = step
                self._length += count
                return
        self._starts.append(self._length)
        self._values.append(value)
        self._slopes.append(slope)
        self._length += count

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: int) -> int:  # type: ignore[override]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("offset map index out of range")
        run = bisect_right(self._starts, index) - 1
        return self._values[run] + self._slopes[run] * (index - self._starts[run])

    def __iter__(self) -> Iterator[int]:
        for value, count, slope in self.runs():
            yield from range(value, value + count) if slope else repeat(value, count)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"OffsetMap({len(self)} entries in {len(self._starts)} runs)"

    def shifted(self, by: int, start: int = 0, stop: int | None = None) -> OffsetMap:
        """Entries ``[start, stop)`` with ``by`` added to each (a piece of a text placed further on)."""
        result = OffsetMap()
        for value, count, slope in self.runs(start, stop):
            result.add(value + by, count, slope)
        return result

    def runs(self, start: int = 0, stop: int | None = None) -> Iterator[tuple[int, int, int]]:
        """The runs of entries ``[start, stop)`` as (first value, count, slope), cut at both ends."""
        stop = self._length if stop is None else min(stop, self._length)
        run = max(bisect_right(self._starts, start) - 1, 0)
        while start < stop:
            run_start = self._starts[run]
            run_end = self._starts[run + 1] if run + 1 < len(self._starts) else self._length
            end = min(run_end, stop)
            slope = self._slopes[run]
            yield self._values[run] + slope * (start - run_start), end - start, slope
            start, run = end, run + 1


Step = Callable[[str], tuple[str, OffsetMap]]


def identity(length: int) -> OffsetMap:
    """The map of an unchanged text of ``length`` characters."""
    origin = OffsetMap()
    origin.add(0, length + 1)
    return origin


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping edits and return the new text with its origin map.

    A replacement as long as what it replaces maps character by character; a shorter or longer
    one maps every new character to the start of the replaced span (an empty one maps nothing).
    """
    pieces: list[str] = []
    origin = OffsetMap()
    pos = 0
    for start, end, new in edits:
        pieces.append(text[pos:start])
        origin.add(pos, start - pos)
        pieces.append(new)
        origin.add(start, len(new), 1 if len(new) == end - start else 0)
        pos = end
    pieces.append(text[pos:])
    origin.add(pos, len(text) + 1 - pos)
    return "".join(pieces), origin


def regex_edits(pattern: re.Pattern[str], text: str, replacement: str = "") -> list[Edit]:
    """One edit per match of ``pattern``, replacing the whole match by ``replacement``."""
    return [(m.start(), m.end(), replacement) for m in pattern.finditer(text)]


def compose(outer: Sequence[int], inner: Sequence[int]) -> OffsetMap:
    """Chain maps: ``outer`` maps text C into text B, ``inner`` maps B into A; the result maps C into A."""
    outer, inner = OffsetMap.of(outer), OffsetMap.of(inner)
    result = OffsetMap()
    for value, count, slope in outer.runs():
        if slope:
            for inner_value, inner_count, inner_slope in inner.runs(value, value + count):
                result.add(inner_value, inner_count, inner_slope)
        else:
            result.add(inner[value], count, 0)
    return result


def run_steps(text: str, steps: Sequence[Step]) -> tuple[str, OffsetMap]:
    """Apply each step in turn, composing their maps into one map back to ``text``."""
    origin = identity(len(text))
    for step in steps:
        new, step_origin = step(text)
        if new != text:
            origin = compose(step_origin, origin)
            text = new
    return text, origin
