"""Numerals, dates, headings and sentence splitting."""

from datetime import date

import pytest

from kg.structure.header import parse_date
from kg.structure.headings import heading_at, match_heading
from kg.structure.scan import TextScan
from kg.structure.numerals import chinese_to_int
from kg.structure.sentences import split_sentences


@pytest.mark.parametrize("numeral, value", [("一", 1), ("十", 10), ("十五", 15), ("二十", 20), ("二十三", 23),
                                            ("一百零三", 103), ("二〇二一", 2021)])
def test_chinese_numerals(numeral, value):
    assert chinese_to_int(numeral) == value


def test_not_a_numeral():
    with pytest.raises(ValueError):
        chinese_to_int("甲")


@pytest.mark.parametrize("text, expected", [("2021年11月19日", date(2021, 11, 19)),
                                            ("二〇一九年二月十五日", date(2019, 2, 15)),
                                            ("（2018年12月18日）", date(2018, 12, 18)),
                                            ("2021年2月30日", None), ("到2025年", None)])
def test_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("line", ["2025年底前完成。", "3.5亿元", "5G网络", "一、", "20个示范区"])
def test_not_headings(line):
    assert match_heading(line) is None


def test_sentences_keep_offsets_and_closing_quotes():
    text = "前文\n支持沈阳。推动“放管服”改革！\n最后一句"
    sentences = split_sentences(text, 3)
    assert [s.text for s in sentences] == ["支持沈阳。", "推动“放管服”改革！", "最后一句"]
    assert all(text[s.span.start:s.span.end] == s.text for s in sentences)


def test_boundaries_and_enclosed_stretches():
    text = "加快形成良好氛围。（市场监管总局负责）（三）营造环境，详见附件1（见附件2）“一、二”。"
    scan = TextScan(text)
    assert scan.is_boundary(0) and scan.is_boundary(text.index("（市场"))
    assert scan.is_boundary(text.index("（三）"))  # after a note that follows a sentence end
    assert not scan.is_boundary(text.index("附件1"))
    assert scan.enclosed(text.index("附件2")) and scan.enclosed(text.index("一、二"))
    assert not scan.enclosed(text.index("（三）"))
    assert scan.sentence_end_between(0, text.index("（市场")) and not scan.sentence_end_between(1, 5)


@pytest.mark.parametrize("text", ["一、二、三类地区", "一、二类", "三、四季度"])
def test_enumerations_are_not_markers(text):
    assert heading_at(text, 0) is None
