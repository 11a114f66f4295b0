"""The word rule of place linking, with boundaries given by hand."""

from __future__ import annotations

from kg.link.rules import Rules
from kg.link.words import on_word

RULES = Rules.default()


def test_without_boundaries_every_form_counts() -> None:
    assert on_word("扩大连锁", 1, 3, None, RULES)


def test_a_form_crossing_a_token_does_not_count() -> None:
    # 扩大/连锁: 大连 starts inside 扩大
    assert not on_word("扩大连锁", 1, 3, frozenset({0, 2, 4}), RULES)


def test_a_form_ending_inside_a_token_counts_before_a_division_suffix_or_separator() -> None:
    # a segmentation that joined the place to what follows still leaves 保定 a word before 市 or 、
    assert on_word("保定市", 0, 2, frozenset({0, 3}), RULES)
    assert on_word("保定、", 0, 2, frozenset({0, 3}), RULES)
    assert not on_word("保定时", 0, 2, frozenset({0, 3}), RULES)


def test_people_of_a_place_joined_in_one_token_name_the_place() -> None:
    # jieba's dictionary holds 台湾同胞 as one word
    assert on_word("台湾同胞", 0, 2, frozenset({0, 4}), RULES)
    assert on_word("台湾居民", 0, 2, frozenset({0, 4}), RULES)


def test_a_group_or_region_before_countries_in_one_token_is_a_place(find_places) -> None:
    assert [m.place.name for m in find_places("推动与东盟国家在园区共建方面合作。")] == ["东南亚国家联盟"]
    assert [m.place.name for m in find_places("深化与中亚国家合作。")] == ["中亚"]
