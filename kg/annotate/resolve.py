"""The one resolution policy of the annotation layer.

1. Word boundaries: a span counts only where it starts and ends on a token boundary of the
   segmentation (as spaCy's PhraseMatcher matches whole tokens): ``家电`` is not in ``国家电网``.
2. Overlaps: the longest span wins; between equally long spans the source with the better
   priority, then the earlier one (spaCy's ``filter_spans`` with priorities). Linear in the
   number of spans and the characters they cover (after sorting).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from kg.annotate.spans import Located

T = TypeVar("T", bound=Located)


def on_boundaries(spans: Iterable[T], boundaries: frozenset[int] | None) -> list[T]:
    """The spans that start and end on a word boundary (all of them when ``boundaries`` is None)."""
    if boundaries is None:
        return list(spans)
    return [s for s in spans if s.start in boundaries and s.end in boundaries]


def filter_spans(spans: Iterable[T], priority: Callable[[T], int] = lambda _: 0) -> list[T]:
    """Non-overlapping spans: longest first, then lower ``priority``, then earlier; sorted by start."""
    taken: set[int] = set()
    kept: list[T] = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, priority(s), s.start)):
        if span.end > span.start and not any(i in taken for i in range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: (s.start, s.end))
