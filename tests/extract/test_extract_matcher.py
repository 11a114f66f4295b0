"""The segmenter: jieba tokens, and compounds of a place and its suffixes split at their joints."""

from __future__ import annotations

from pathlib import Path

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


def test_a_token_of_a_place_and_an_industry_splits_at_the_place(extractor: Extractor) -> None:
    # jieba keeps 湖北烟草, 香港电影 whole: the place before the industry is a word of its own
    assert extractor.segmenter.joints("湖北烟草") == (2,)
    assert extractor.segmenter.joints("香港电影") == (2,)


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


def _joints_by_full_scan(segmenter: Segmenter, word: str) -> tuple[int, ...]:
    """The joints read the plain way: a head and pieces, fewest parts first, from every word; else a head
    (longest first), a name and the longest name ending, found by trying every ending."""
    best: list[tuple[int, ...] | None] = [None] * (len(word) + 1)
    for end in range(1, len(word) + 1):
        for start in range(end):  # the longest piece first
            piece = word[start:end]
            if start == 0 and piece in segmenter._heads:
                candidate: tuple[int, ...] = ()
            elif start > 0 and piece in segmenter._pieces and best[start] is not None:
                candidate = (*best[start], start)
            else:
                continue
            if best[end] is None or len(candidate) < len(best[end]):
                best[end] = candidate
    if best[len(word)] is not None:
        return best[len(word)]
    head = max((size for size in range(2, len(word)) if word[:size] in segmenter._heads), default=0)
    ends = [e for e in segmenter._name_ends if word.endswith(e)]
    end = max(map(len, ends), default=0)
    return (head, len(word) - end) if head and end and head < len(word) - end else ()


def test_joints_agree_with_a_full_scan_on_every_token_of_the_gold_texts(extractor: Extractor) -> None:
    """``joints`` stops at once when no head opens a word and looks its name ending up by length:
    on every token of the gold texts it gives what trying every reading and ending gives."""
    segmenter = extractor.segmenter
    texts = sorted((Path(__file__).resolve().parents[2] / "gold" / "texts").glob("*.txt"))
    words = {word for path in texts for word, _, _ in segmenter._words.tokens(path.read_text(encoding="utf-8"))}
    words |= {"北京师范大学", "大庆油田", "湖北省人民政府", *("辽宁某某" + end for end in segmenter._name_ends)}
    compounds = 0
    for word in sorted(w for w in words if len(w) >= 3):
        assert segmenter.joints(word) == _joints_by_full_scan(segmenter, word), word
        compounds += bool(segmenter.joints(word))
    assert compounds > 20
