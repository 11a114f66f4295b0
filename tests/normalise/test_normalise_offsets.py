"""Offset maps: every span of the normalised text points back to the right place in the original."""

import random
from pathlib import Path

import opencc
import pytest

from kg.normalise import load, normalise
from kg.normalise.offsets import OffsetMap, apply_edits, compose, identity, run_steps

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "normalise"


def test_apply_edits_maps_kept_replaced_and_deleted_characters() -> None:
    text, origin = apply_edits("ab(x)cd", [(2, 5, ""), (5, 6, "C")])
    assert text == "abCd"
    assert list(origin) == [0, 1, 5, 6, 7]


def test_unequal_replacement_maps_to_the_start_of_the_span() -> None:
    text, origin = apply_edits("a\r\nb", [(1, 3, "\n")])
    assert text == "a\nb" and list(origin) == [0, 1, 3, 4]


def test_compose_chains_maps() -> None:
    assert list(compose([0, 2, 3], [1, 3, 5, 7])) == [1, 5, 7]


def test_run_steps_composes_every_step() -> None:
    def upper(text: str):
        return text.upper(), list(range(len(text) + 1))

    def drop_first(text: str):
        return apply_edits(text, [(0, 1, "")])

    text, origin = run_steps("xab", [upper, drop_first, drop_first])
    assert text == "B" and list(origin) == [2, 3]


def _edits(rng: random.Random, text: str) -> list[tuple[int, int, str]]:
    """Random sorted, non-overlapping edits of ``text``: deletions, insertions, equal and unequal replacements."""
    edits, pos = [], 0
    while pos < len(text):
        start = rng.randrange(pos, min(len(text), pos + 6) + 1)
        end = min(len(text), start + rng.randrange(0, 4))
        edits.append((start, end, "x" * rng.randrange(0, 4)))
        pos = end + 1
    return edits


def _listed_edits(text: str, edits) -> list[int]:
    """The origin map of ``edits`` as a plain list, entry by entry (the definition the runs must keep)."""
    origin, pos = [], 0
    for start, end, new in edits:
        origin += range(pos, start)
        origin += range(start, end) if len(new) == end - start else [start] * len(new)
        pos = end
    return origin + list(range(pos, len(text) + 1))


def test_run_maps_equal_their_entry_by_entry_definition() -> None:
    rng = random.Random(12)
    for _ in range(300):
        text = "".join(rng.choice("ab \n") for _ in range(rng.randrange(0, 40)))
        first_edits = _edits(rng, text)
        middle, first = apply_edits(text, first_edits)
        assert list(first) == _listed_edits(text, first_edits)
        second_edits = _edits(rng, middle)
        final, second = apply_edits(middle, second_edits)
        listed = _listed_edits(middle, second_edits)
        composed = compose(second, first)
        assert list(composed) == [list(first)[i] for i in listed]
        assert [composed[i] for i in range(-len(composed), len(composed))] == list(composed) * 2
        assert len(composed) == len(final) + 1


def test_a_long_map_holds_runs_not_entries() -> None:
    text = "一二三四五六七八九十" * 100_000
    assert len(list(identity(len(text)).runs())) == 1
    _, origin = apply_edits(text, [(5, 6, ""), (500_000, 500_002, "\n")])
    assert len(origin) == len(text) - 1 and origin[499_999] == 500_000 and origin[500_000] == 500_002
    assert len(list(origin.runs())) == 3
    with pytest.raises(IndexError):
        origin[len(origin)]
    assert OffsetMap.of([0, 1, 1, 1, 2]) == [0, 1, 1, 1, 2]


@pytest.fixture(scope="module")
def seed():
    return load(FIXTURES / "seed_excerpt.txt")


def test_seed_words_map_back_to_their_traditional_source(seed) -> None:
    original = seed.source.decoded
    pairs = [
        ("发改振兴", "發(fā)改振興"),
        ("自治区", "自治區"),
        ("科技部", "科 技 部"),
        ("更加完善", "更\n— 1 —\n加完善"),
    ]
    for word, source in pairs:
        start = seed.text.index(word)
        s, e = seed.to_source(start, start + len(word))
        assert original[s:e] == source
        assert normalise(original[s:e]).text.replace("\n", "") == word


def test_many_random_seed_spans_normalise_back_to_themselves(seed) -> None:
    original = seed.source.decoded
    rng = random.Random(7)
    t2s = opencc.OpenCC("t2s")
    lines = seed.text.split("\n")
    checked = 0
    offset = 0
    for line in lines:
        for _ in range(5):
            if len(line) < 4:
                break
            a = rng.randrange(0, len(line) - 2)
            b = rng.randrange(a + 1, min(len(line), a + 12) + 1)
            piece = line[a:b]
            s, e = seed.to_source(offset + a, offset + b)
            again = normalise(original[s:e]).text.replace("\n", "")
            assert t2s.convert(again) == piece  # a short slice may be too short to be judged Traditional
            checked += 1
        offset += len(line) + 1
    assert checked >= 40


def test_han_characters_map_to_han_characters(seed) -> None:
    original = seed.source.decoded
    for i, ch in enumerate(seed.text):
        if "\u4e00" <= ch <= "\u9fff":
            assert "\u4e00" <= original[seed.origin[i]] <= "\u9fff"


def test_html_spans_map_into_the_html_source() -> None:
    page = load(FIXTURES / "govcn_001_excerpt.html")
    source = page.source.decoded
    for word in ["国发〔2019〕5号", "一、总体要求", "2019年1月27日", "（此件公开发布）"]:
        start = page.text.index(word)
        s, e = page.to_source(start, start + len(word))
        assert source[s:e] == word


def test_to_source_rejects_spans_outside_the_text(seed) -> None:
    with pytest.raises(IndexError):
        seed.to_source(0, len(seed.text) + 1)
