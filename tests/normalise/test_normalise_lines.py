"""Rejoining lines broken mid-sentence, and keeping real line breaks."""

import pytest

from kg.normalise import normalise
from kg.normalise.lines import wrap_width


def test_break_after_a_clause_is_joined() -> None:
    text = "推动经济高质量发展,要把重点放在推动产业结构转型升级\n上,把实体经济做实做强做优。"
    assert normalise(text).text == "推动经济高质量发展,要把重点放在推动产业结构转型升级上,把实体经济做实做强做优。"


def test_break_after_an_enumeration_comma_is_joined() -> None:
    assert normalise("支持抚顺、韶关、\n娄底等高新区。").text == "支持抚顺、韶关、娄底等高新区。"


@pytest.mark.parametrize(
    "lines",
    [
        ["一、总体要求", "(一)指导思想。以习近平新时代中国特色社会主义思想为指导。"],
        ["二、坚持创新引领,增强产业核心竞争力", "深入实施创新驱动发展战略和制造强国战略。"],
        ["为贯彻落实党中央、国务院决策部署,现将方案印发你们,请认真组织实施", "国家发展改革委", "科技部"],
        ["国务院关于在市场监管领域全面推行", "部门联合“双随机、一公开”监管的意见", "国发〔2019〕5号"],
        ["组长：韩正国务院副总理", "副组长：丁学东国务院副秘书长"],
        ["要求如下,必须严格执行,不得拖延和推诿,确保落实到位", "第一条本办法自发布之日起施行。"],
        ["加快形成政府公正监管、企业诚信自律的良好氛围。（市场监管总局负责）", "（三）营造良好环境。"],
        ["圆曲线中点，半径48.25米", "11"],
    ],
)
def test_real_line_breaks_are_kept(lines: list[str]) -> None:
    assert normalise("\n".join(lines)).text.split("\n") == lines


def test_hard_wrapped_text_is_rejoined_even_without_punctuation() -> None:
    paragraph = (
        "国务院办公厅关于推进政府网站集约化建设的通知要求各地区各部门按照统一标准体系统一安全防护"
        "统一运维监管的原则建设集约化平台并将互联网协议第六版改造与政府网站集约化工作一并部署推进"
        "确保集约化平台支持新一代互联网协议并加强网络安全等级保护工作全面提升政府网站安全防护水平。"
    )
    wrapped = "\n".join(paragraph[i : i + 30] for i in range(0, len(paragraph), 30))
    assert wrap_width(wrapped.split("\n")) is None  # too few lines to call it hard-wrapped
    document = "\n".join([wrapped] * 3)
    assert wrap_width(document.split("\n")) == 29
    assert normalise(document).text.split("\n") == [paragraph] * 3


def test_latin_words_broken_across_lines_get_a_space() -> None:
    assert normalise("为推动开源软件生态建设,支持 open source\nsoftware 发展。").text == (
        "为推动开源软件生态建设,支持open source software发展。"
    )


def test_digits_broken_across_lines_join_without_space() -> None:
    text = "到2025年,示范区建设取得明显进展,支撑能力在20\n30年前显著增强。"
    assert normalise(text).text == "到2025年,示范区建设取得明显进展,支撑能力在2030年前显著增强。"
