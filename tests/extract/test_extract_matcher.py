"""The segmenter: jieba tokens, and compounds of a place and its suffixes split at their joints."""

from __future__ import annotations

from kg.extract import Extractor
from kg.extract.matcher import Segmenter, TermMatcher


def test_compound_tokens_split_only_into_known_parts(extractor: Extractor) -> None:
    segmenter = extractor.segmenter
    assert segmenter.joints("大庆油田") == (2,)
    assert segmenter.joints("湖北省人民政府") in ((2, 3), (3,))
    assert segmenter.joints("辽宁沈阳") == (2,)
    assert segmenter.joints("北京师范大学") == (2, 4)   # a place, a name, an organisation suffix
    assert segmenter.joints("庆典活动") == ()
    assert segmenter.joints("扩大") == ()


def test_boundaries_hold_token_and_compound_joints(extractor: Extractor) -> None:
    boundaries = extractor.segmenter.boundaries("推动大庆油田稳产")
    assert {0, 2, 4, 6, 8} <= boundaries and 3 not in boundaries


def test_a_segmenter_without_heads_splits_nothing() -> None:
    segmenter = Segmenter(["大连"])
    assert segmenter.joints("大连市") == ()


def test_term_matcher_keeps_only_whole_words() -> None:
    matcher = TermMatcher({"家电": "appliances"})
    assert [m.surface for m in matcher.find("国家电网", frozenset({0, 4}))] == []
    assert [m.surface for m in matcher.find("家电下乡", frozenset({0, 2, 4}))] == ["家电"]
