"""Names found in sentences and marked, with every piece of text escaped."""

from __future__ import annotations

from kg.serve.mentions import mark, name_pattern


def test_longest_name_wins_and_every_occurrence_is_marked() -> None:
    pattern = name_pattern(["北京", "北京市", ""])
    assert mark("北京市和北京", pattern) == "<mark>北京市</mark>和<mark>北京</mark>"


def test_text_and_names_are_escaped_before_marking() -> None:
    pattern = name_pattern(["<b>&"])
    assert mark("x<b>&y<i>", pattern) == "x<mark>&lt;b&gt;&amp;</mark>y&lt;i&gt;"


def test_latin_names_match_in_any_case_and_no_names_mark_nothing() -> None:
    assert mark("to Shenyang", name_pattern(["shenyang"])) == "to <mark>Shenyang</mark>"
    assert name_pattern([" "]) is None
    assert mark("a<b", None) == "a&lt;b"
