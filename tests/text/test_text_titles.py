"""Positions inside the title of a cited document (kg/text/titles.py)."""

from __future__ import annotations

from kg.text.titles import in_cited_title, in_quotation


def test_a_position_after_an_unclosed_title_mark_is_inside_the_title() -> None:
    text = "根据《湖北省人民政府关于加快发展的意见》，湖北省要加快发展。"
    assert in_cited_title(text, 0, text.index("人民政府"))
    assert not in_cited_title(text, 0, text.rindex("湖北省"))
    assert not in_cited_title(text, text.index("关于"), text.index("人民政府"))  # the title opened before start


def test_a_title_nested_in_another_counts_only_when_asked() -> None:
    text = "转发〈财政部关于救灾的意见〉"
    assert not in_cited_title(text, 0, text.index("财政部"))
    assert in_cited_title(text, 0, text.index("财政部"), nested=True)


def test_a_position_inside_quotation_marks_is_inside_a_quoted_name() -> None:
    text = "“泉州：宋元中国的世界海洋商贸中心”世界遗产"
    assert in_quotation(text, 0, text.index("：") + 1)
    assert not in_quotation(text, 0, text.index("世界遗产"))
