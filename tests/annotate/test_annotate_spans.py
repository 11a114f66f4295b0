"""Position queries of SpanIndex agree with the scans they replace; the layer sorts its spans."""

from __future__ import annotations

import random

from kg.annotate.spans import AnnotationLayer, Span, SpanIndex
from kg.structure import Span as Range


def _random_ranges(seed: int, count: int = 200) -> list[Range]:
    rng = random.Random(seed)
    ranges = []
    for _ in range(count):
        start = rng.randrange(0, 300)
        ranges.append(Range(start, start + rng.randrange(1, 12)))
    return ranges


def test_within_and_covers_equal_a_full_scan() -> None:
    for seed in range(5):
        items = _random_ranges(seed)
        index = SpanIndex(items)
        for start in range(0, 310, 7):
            for length in (1, 3, 9, 40):
                end = start + length
                assert index.within(start, end) == [i for i in items if start <= i.start and i.end <= end]
                assert index.covers(start, end) == any(i.start <= start and end <= i.end for i in items)
                assert index.starting_in(start, end) == [i for i in items if start <= i.start < end]


def test_overlaps_and_latest_first_equal_a_full_scan() -> None:
    for seed in range(5):
        items = sorted(_random_ranges(seed), key=lambda i: (i.start, -i.end))  # given by start, as places are
        index = SpanIndex(items)
        for start in range(0, 310, 7):
            for length in (1, 3, 9, 40):
                end = start + length
                assert index.overlaps(start, end) == any(i.start < end and start < i.end for i in items)
                assert list(index.latest_first(start, end)) == list(reversed(index.within(start, end)))


def test_empty_index_finds_nothing() -> None:
    index: SpanIndex[Range] = SpanIndex([])
    assert index.within(0, 10) == [] and not index.covers(0, 1) and len(index) == 0


def test_layer_orders_spans_and_gives_surfaces() -> None:
    layer = AnnotationLayer("支持大连市和沈阳市发展")
    layer.add([Span(6, 9, "place", None, "gazetteer"), Span(2, 5, "place", None, "gazetteer")])
    layer.add([Span(2, 4, "actor", None, "actor-lexicon")])
    assert [(s.start, s.end) for s in layer.spans()] == [(2, 5), (2, 4), (6, 9)]
    assert [layer.surface(s) for s in layer.spans("place")] == ["大连市", "沈阳市"]


def test_layers_with_the_same_spans_are_equal() -> None:
    first, second = AnnotationLayer("大连市"), AnnotationLayer("大连市")
    first.add([Span(0, 3, "place", None, "gazetteer")])
    assert first != second
    second.add([Span(0, 3, "place", None, "gazetteer")])
    assert first == second
