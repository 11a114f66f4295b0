"""The hard case: the seed's opening (Traditional + pinyin, PDF spaces, a page marker in a sentence)."""

from pathlib import Path

import pytest

from kg.normalise import load

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "normalise" / "seed_excerpt.txt"


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    return load(FIXTURE).text.split("\n")


def test_document_number_is_simplified_and_clean(seed_lines: list[str]) -> None:
    assert seed_lines[0] == "发改振兴〔2021〕1618号"


def test_pinyin_and_traditional_are_gone(seed_lines: list[str]) -> None:
    text = "\n".join(seed_lines)
    assert "(qū)" not in text and "(fā)" not in text and "(yè)" not in text
    assert "區" not in text and "發" not in text
    assert "自治区、直辖市" in text


def test_issuers_and_date_stay_on_their_own_lines(seed_lines: list[str]) -> None:
    issuers = ["国家发展改革委", "科技部", "工业和信息化部", "自然资源部", "国家开发银行"]
    assert seed_lines[3:9] == [*issuers, "2021年11月19日"]


def test_title_and_heading_are_not_joined(seed_lines: list[str]) -> None:
    assert seed_lines[9] == "“十四五”支持老工业城市和资源型城市产业转型升级示范区高质量发展实施方案"
    assert "一、总体要求" in seed_lines


def test_broken_lines_are_rejoined(seed_lines: list[str]) -> None:
    assert seed_lines[10].startswith("推动经济高质量发展,要把重点放在推动产业结构转型升级上,把实体经济")
    guiding = next(line for line in seed_lines if line.startswith("(一)指导思想"))
    assert guiding.endswith("振兴发展。")
    assert "支持示范区城市协同推进" in guiding


def test_page_marker_is_removed_inside_a_sentence(seed_lines: list[str]) -> None:
    text = "\n".join(seed_lines)
    assert "— 1 —" not in text and "—1—" not in text
    assert "转型发展路径更加完善。" in text


def test_pdf_spaces_are_dropped(seed_lines: list[str]) -> None:
    text = "\n".join(seed_lines)
    assert "建设了20个产业转型升级示范区" in text
    assert "(一)指导思想" in text
    assert " " not in text
