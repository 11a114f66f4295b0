"""Spaces, line ends and page furniture."""

import pytest

from kg.normalise import normalise


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("科 技 部", "科技部"),
        ("( 一)指导思想", "(一)指导思想"),
        ("建设了 20 个示范区", "建设了20个示范区"),
        ("发 展", "发展"),
        ("组\u3000长：韩\u3000正", "组长：韩正"),
        ("国务院\u00a0\u00a0\u00a0", "国务院"),
        ("支持 “互联网+人才” 模式", "支持“互联网+人才”模式"),
        ("open source software 开源", "open source software开源"),
        ("a   b", "a b"),
    ],
)
def test_spaces(raw: str, clean: str) -> None:
    assert normalise(raw).text == clean


def test_line_breaks_are_folded_and_blank_lines_dropped() -> None:
    assert normalise("第一行。\r\n\r\n  第二行。\r第三行。\n\n").text == "第一行。\n第二行。\n第三行。"


@pytest.mark.parametrize("marker", ["— 3 —", "- 3 -", "－3－", "第 3 页", "第3页/共10页", "3/10", "Page 3 of 10"])
def test_page_markers_on_their_own_line_are_removed(marker: str) -> None:
    assert normalise(f"前文。\n{marker}\n后文。").text == "前文。\n后文。"


def test_page_marker_inside_a_sentence_is_removed_and_the_sentence_joined() -> None:
    text = "(二)发展目标。到2025年,示范区建设取得明显进展,转型发展路径更\n— 1 —\n加完善。"
    assert normalise(text).text == "(二)发展目标。到2025年,示范区建设取得明显进展,转型发展路径更加完善。"


def test_numbers_inside_text_are_not_page_markers() -> None:
    assert normalise("比例为3/10。").text == "比例为3/10。"


def test_full_width_punctuation_is_kept() -> None:
    text = "各省、自治区、直辖市人民政府，国务院各部委：（一）总体要求；“十四五”"
    assert normalise(text).text == text
