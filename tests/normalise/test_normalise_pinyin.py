"""Pinyin annotations go; other parenthesised text stays."""

import pytest

from kg.normalise import normalise
from kg.normalise.pinyin import parse_syllable, strip_pinyin, syllables


def test_syllable_table_is_complete_enough() -> None:
    table = syllables()
    assert 400 <= len(table) <= 420
    assert {"zhuang", "lüe", "er", "qu"} <= table
    assert "ppp" not in table


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("qū", (True, True)),
        ("zhōng", (True, True)),
        ("lǜ", (True, True)),
        ("ê̄", (True, True)),
        ("lv", (True, False)),
        ("fa", (True, False)),
        ("PPP", (False, False)),
        ("abc", (False, False)),
        ("Qū", (False, False)),
    ],
)
def test_parse_syllable(word: str, expected: tuple[bool, bool]) -> None:
    assert parse_syllable(word) == expected


def test_annotations_after_han_characters_are_removed() -> None:
    text, origin = strip_pinyin("示范區(qū)發(fā)展(zhǎn)")
    assert text == "示范區發展"
    assert list(origin) == [0, 1, 2, 7, 12, 19]


@pytest.mark.parametrize(
    "kept",
    ["中德(沈阳)高端装备", "发改振兴(2021)", "PPP(ppp)", "合作(PPP)模式", "5G(第五代)", "条款(a)", "试点(abc)"],
)
def test_other_parentheses_survive(kept: str) -> None:
    assert strip_pinyin(kept)[0] == kept


def test_toneless_syllables_go_only_in_annotated_text() -> None:
    assert strip_pinyin("区(qū)域(yu)")[0] == "区域"
    assert strip_pinyin("区域(yu)")[0] == "区域(yu)"


def test_annotation_after_a_stray_space_goes_too() -> None:
    assert normalise("示范區 (qū)建设").text == "示范区建设"
