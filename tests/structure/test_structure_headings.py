"""Headings of every numbering style, decimal numbering (1 总则, 1.1 编制目的, 2.1.3 …) among them, and the
numbers that are not headings."""

import pytest

from kg.structure.headings import heading_at, match_heading


@pytest.mark.parametrize("line, style, kind, number, ordinal", [
    ("一、总体要求", "一、", "chapter", "一", 1),
    ("(十二)支持土地集约节约利用。", "（一）", "article", "（十二）", 12),
    ("（ 三）全面提升", "（一）", "article", "（三）", 3),
    ("第十五条 本条例自公布之日起施行。", "第条", "article", "第十五条", 15),
    ("第二章 总则", "第章", "chapter", "第二章", 2),
    ("3.加强监管。", "1.", "item", "3", 3),
    ("（2）做好衔接。", "（1）", "item", "（2）", 2),
    ("1.1编制目的", "1.1", "article", "1.1", 1),
    ("2.3 应急保障", "1.1", "article", "2.3", 3),
    ("２．１　指挥机构", "1.1", "article", "2.1", 1),
    ("4.2.1出现Ⅰ级火情时，立即报告。", "1.1.1", "item", "4.2.1", 1),
    ("3.1.2.4 信息报送", "1.1.1.1", "item", "3.1.2.4", 4),
    ("5.1、物资保障", "1.1", "article", "5.1", 1),
    ("1总则", "1.", "item", "1", 1),
    ("1 总则", "1.", "item", "1", 1),
    ("1．总则", "1.", "item", "1", 1),
    ("1、总则", "1.", "item", "1", 1),
])
def test_headings(line, style, kind, number, ordinal):
    heading = match_heading(line)
    assert (heading.style, heading.kind, heading.number, heading.ordinal) == (style, kind, number, ordinal)


@pytest.mark.parametrize("line", ["1.5亿元用于救灾", "2.5%的增幅", "3.2倍", "1.0版本", "2.0", "1.2万亩",
                                  "2019.10.1", "1.5小时内到达", "2.5 万亩", "8个改革试验区域", "2025年底前",
                                  "1年内完成整改。", "2组织实施，确保安全。"])
def test_numbers_that_are_not_decimal_headings(line):
    assert match_heading(line) is None


def test_a_number_without_separator_needs_a_title_line_or_its_first_sub_number():
    assert heading_at("1总则\n为了…", 0) is not None  # the title fills its line
    assert heading_at("1总则1.1编制目的为了…", 0) is not None  # one line: the sub-number 1.1 follows
    assert heading_at("1总则为了有效应对火灾，制定本预案。", 0) is None
    assert heading_at("2总则2.5亿元\n", 0) is None  # 2.5 is not the first sub-number of 2
