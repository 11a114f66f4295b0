"""Spans of one document's annotation layer, and an index answering position queries in log time."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, Generic, Protocol, TypeVar


class Located(Protocol):
    """Anything with a character range ``[start, end)``."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=Located)


@dataclass(frozen=True)
class Span:
    """``text[start:end]`` names ``entity`` (a place, actor, industry…); ``label`` is the layer
    (``place``, ``actor``, ``industry``, ``instrument``), ``source`` the recogniser that wrote it."""

    start: int
    end: int
    label: str
    entity: Any
    source: str


class SpanIndex(Generic[T]):
    """Items with ``start``/``end``, queried by position in O(log n + k) instead of a scan of all.

    Results keep the order the items were given in, so replacing a scan by a query changes nothing
    but the cost.
    """

    def __init__(self, items: Iterable[T]) -> None:
        ranked = sorted(enumerate(items), key=lambda pair: (pair[1].start, pair[1].end, pair[0]))
        self._order = [rank for rank, _ in ranked]
        self._items = [item for _, item in ranked]
        self._starts = [item.start for item in self._items]
        self._reach = list(accumulate((item.end for item in self._items), max))

    def __len__(self) -> int:
        return len(self._items)

    def within(self, start: int, end: int) -> list[T]:
        """Items lying inside ``[start, end)``, in the given order."""
        low, high = bisect_left(self._starts, start), bisect_left(self._starts, end)
        found = [(self._order[i], self._items[i]) for i in range(low, high) if self._items[i].end <= end]
        return [item for _, item in sorted(found, key=lambda pair: pair[0])]

    def starting_in(self, start: int, end: int) -> list[T]:
        """Items whose start lies in ``[start, end)``, in the given order."""
        low, high = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [item for _, item in sorted(((self._order[i], self._items[i]) for i in range(low, high)),
                                           key=lambda pair: pair[0])]

    def latest_first(self, start: int, end: int) -> Iterator[T]:
        """Items lying inside ``[start, end)``, the latest start first (items of one start in reverse
        given order: ``reversed(within(start, end))`` when the items were given by start), found lazily:
        a caller that stops at the first fit pays for the items it looked at, not for all."""
        index, low = bisect_left(self._starts, end) - 1, bisect_left(self._starts, start)
        while index >= low:
            first = bisect_left(self._starts, self._starts[index], low, index + 1)
            group = sorted(range(first, index + 1), key=lambda i: self._order[i], reverse=True)
            yield from (self._items[i] for i in group if self._items[i].end <= end)
            index = first - 1

    def covers(self, start: int, end: int) -> bool:
        """Whether one item contains all of ``[start, end)``."""
        index = bisect_right(self._starts, start) - 1
        return index >= 0 and self._reach[index] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Whether an item shares a character with ``[start, end)`` (starts before ``end``, ends after ``start``)."""
        index = bisect_left(self._starts, end) - 1
        return index >= 0 and self._reach[index] > start


class AnnotationLayer:
    """Every span the recognisers found in one document, resolved by ``kg.annotate.resolve``."""

    def __init__(self, text: str, boundaries: frozenset[int] | None = None) -> None:
        self.text = text
        self.boundaries = boundaries
        self._spans: list[Span] = []

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AnnotationLayer):
            return NotImplemented
        return (self.text, self.boundaries, self.spans()) == (other.text, other.boundaries, other.spans())

    __hash__ = None  # type: ignore[assignment]  # mutable: spans are added

    def add(self, spans: Iterable[Span]) -> None:
        """Add the spans of one recogniser."""
        self._spans.extend(spans)

    def spans(self, label: str | None = None) -> list[Span]:
        """Spans (of one label), by start, longest first, then by source and entity id."""
        chosen: Sequence[Span] = self._spans if label is None else [s for s in self._spans if s.label == label]
        return sorted(chosen, key=lambda s: (s.start, -s.end, s.label, s.source, getattr(s.entity, "id", "")))

    def surface(self, span: Span) -> str:
        """The text a span covers."""
        return self.text[span.start:span.end]
