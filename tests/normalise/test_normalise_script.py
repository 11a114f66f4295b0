"""Traditional → Simplified only for Traditional text; Simplified passes through."""

from pathlib import Path

from kg.normalise import load, normalise
from kg.normalise.script import to_simplified, traditional_share

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "normalise"


def test_traditional_text_is_converted_one_to_one() -> None:
    text, origin = to_simplified("國家發展改革委關於產業轉型")
    assert text == "国家发展改革委关于产业转型"
    assert list(origin) == list(range(len(text) + 1))


def test_simplified_text_is_untouched() -> None:
    paragraph = "在市场监管领域全面推行“双随机、一公开”监管，是党中央、国务院作出的重大决策部署。"
    assert traditional_share(paragraph) == 0.0
    assert to_simplified(paragraph)[0] == paragraph


def test_a_few_ambiguous_characters_do_not_trigger_conversion() -> None:
    # 著 and 乾 are legitimate Simplified characters that t2s would rewrite.
    text = "著力推进乾坤湾生态保护和高质量发展，全面提升区域发展水平和质量。"
    assert normalise(text).text == text


def test_corpus_paragraph_passes_through_unchanged() -> None:
    lines = load(FIXTURES / "govcn_001_excerpt.html").text.split("\n")
    paragraph = next(line for line in lines if line.startswith("在市场监管领域"))
    assert normalise(paragraph).text == paragraph
