"""The resolution policy: word boundaries, longest span first, then priority, then position."""

from __future__ import annotations

from kg.annotate.resolve import filter_spans, on_boundaries
from kg.annotate.spans import Span

PRIORITY = {"block": 0, "gazetteer": 1, "lexicon": 2}


def _span(start: int, end: int, source: str = "gazetteer") -> Span:
    return Span(start, end, "place", None, source)


def test_a_span_inside_a_longer_word_does_not_count() -> None:
    # 国家电网: tokens 国家电网 → boundaries 0 and 4 only; 家电 (1, 3) is inside the word
    assert on_boundaries([_span(1, 3), _span(0, 4)], frozenset({0, 4})) == [_span(0, 4)]
    assert on_boundaries([_span(1, 3)], None) == [_span(1, 3)]


def test_longest_span_wins_an_overlap() -> None:
    kept = filter_spans([_span(0, 2), _span(0, 3), _span(2, 5)])
    assert kept == [_span(0, 3)]


def test_equal_length_overlaps_go_to_the_better_source_then_the_earlier_span() -> None:
    spans = [_span(1, 3, "lexicon"), _span(2, 4, "gazetteer")]
    assert filter_spans(spans, lambda s: PRIORITY[s.source]) == [_span(2, 4, "gazetteer")]
    assert filter_spans([_span(2, 4), _span(1, 3)]) == [_span(1, 3)]


def test_disjoint_spans_all_stay_in_text_order() -> None:
    spans = [_span(5, 7), _span(0, 2), _span(2, 4)]
    assert filter_spans(spans) == [_span(0, 2), _span(2, 4), _span(5, 7)]
