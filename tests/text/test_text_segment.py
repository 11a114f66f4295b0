"""The rjieba segmenter gives exactly jieba's tokens (HMM off, with the project's lexicon words)."""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest

from kg.normalise import load
from kg.text.segment import Segmenter, is_proper_name, is_verb_before, next_boundary, previous_boundary

GOLD_TEXTS = sorted((Path(__file__).resolve().parents[2] / "gold" / "texts").iterdir())


@pytest.fixture(scope="module")
def words() -> list[str]:
    from kg.extract import Extractor
    from kg.extract.lexicon import actors, surface_index

    extractor = Extractor()
    return [*extractor.places.words(), *surface_index(actors()), *extractor.industries.words()]


@pytest.fixture(scope="module")
def reference(words):
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in sorted(set(words)):
        if len(word) >= 2:
            tokenizer.add_word(word, freq=2000)
    return tokenizer


@pytest.fixture(scope="module")
def segmenter(words) -> Segmenter:
    return Segmenter(words)


@pytest.mark.parametrize("path", GOLD_TEXTS, ids=lambda p: p.name)
def test_tokens_equal_jieba_on_gold_texts(path, segmenter, reference):
    text = load(path).text
    assert segmenter.tokens(text) == [tuple(t) for t in reference.tokenize(text, HMM=False)]


def test_lexicon_words_stay_whole(segmenter, words):
    word = max((w for w in words if len(w) >= 4), key=lambda w: (len(w), w))
    assert (word, 2, 2 + len(word)) in segmenter.tokens("支持" + word + "发展")


def test_proper_names_by_jieba_tag():
    assert is_proper_name("贵州") and is_proper_name("博鳌")
    assert not is_proper_name("物流") and not is_proper_name("未登录的词")


def test_the_next_boundary_ends_the_word_at_a_position_within_a_limit() -> None:
    boundaries = frozenset({0, 2, 5, 7})
    assert next_boundary(boundaries, 2, 7) == 5
    assert next_boundary(boundaries, 2, 4) is None  # the word runs past the limit
    assert next_boundary(boundaries, 5, 7) == 7  # the limit itself counts


def test_the_previous_boundary_starts_the_word_of_two_characters_or_more() -> None:
    boundaries = frozenset({0, 2, 3, 7})
    assert previous_boundary(boundaries, 7, 6) == 3
    assert previous_boundary(boundaries, 3, 6) == 0  # the one-character word 2–3 is skipped
    assert previous_boundary(boundaries, 7, 3) is None  # the word is longer than the limit


def test_a_verb_word_before_a_position() -> None:
    text = "保留原有业务"
    assert is_verb_before(text, 2, frozenset({0, 2, 4, 6}))
    assert not is_verb_before(text, 6, frozenset({0, 2, 4, 6}))  # 业务 is a noun
    assert not is_verb_before(text, 3, frozenset({0, 2, 4, 6}))  # no word ends there
