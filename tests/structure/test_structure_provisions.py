"""Decimal numbering in the provision tree: nesting by depth, restarts, mixing with Chinese numbering."""

from pathlib import Path

import pytest

from kg.graph.iris import provision_step
from kg.normalise import normalise
from kg.structure import parse_document

PLAN = (Path(__file__).parent.parent / "fixtures" / "structure" / "plan_decimal.txt").read_text(encoding="utf-8")


def _tree(provisions, chain=()):
    rows = []
    for provision in provisions:
        path = [*chain, provision]
        rows.append((provision.number, provision.kind, ".".join(provision_step(p) for p in path)))
        rows.extend(_tree(provision.children, path))
    return rows


@pytest.mark.parametrize("text", [PLAN, PLAN.replace("\n", ""), normalise(PLAN.replace("\n", " ")).text],
                         ids=["lines", "one-line", "spaces"])
def test_decimal_numbers_nest_by_depth(text):
    doc = parse_document(text)
    assert _tree(doc.provisions) == [
        ("preamble", "preamble", "0"),
        ("1", "chapter", "1"), ("1.1", "article", "1.1"), ("1.2", "article", "1.2"),
        ("2", "chapter", "2"), ("2.1", "article", "2.1"), ("2.1.1", "item", "2.1.1"), ("2.1.2", "item", "2.1.2"),
        ("（1）", "item", "2.1.2.1"), ("（2）", "item", "2.1.2.2"), ("2.2", "article", "2.2"),
        ("3", "chapter", "3"), ("3.1", "article", "3.1"), ("3.1.1", "item", "3.1.1"), ("3.2", "article", "3.2"),
        ("3.3", "article", "3.3")]
    assert not doc.warnings
    # the table of contents and the cover letter are the preamble; amounts and areas number nothing
    assert "目录" in doc.provisions[0].span.slice(text)
    third = doc.provisions[3]
    assert third.children[0].children[0].span.slice(text).endswith("由省指挥部统一指挥。")


def test_decimal_titles_on_their_lines():
    doc = parse_document(PLAN)
    chapter = doc.provisions[2]
    assert chapter.heading == "组织指挥体系"
    assert [c.heading for c in chapter.children] == ["省森林防火指挥部", "市县森林防火指挥机构"]
    assert chapter.children[0].children[0].heading == "指挥部办公室"


def test_decimal_numbers_restart_under_chinese_chapters():
    text = ("一、总则\n1.1编制目的\n为做好防汛工作，制定本预案。\n1.2工作原则\n以人为本。\n"
            "二、组织体系\n2.1防汛指挥部\n负责全省防汛工作。\n2.1.1办公室\n设在省水利厅。\n2.2成员单位\n各司其职。")
    doc = parse_document(text)
    assert _tree(doc.provisions) == [
        ("一", "chapter", "1"), ("1.1", "article", "1.1"), ("1.2", "article", "1.2"),
        ("二", "chapter", "2"), ("2.1", "article", "2.1"), ("2.1.1", "item", "2.1.1"), ("2.2", "article", "2.2")]
    assert _tree(parse_document(text.replace("\n", "")).provisions) == _tree(doc.provisions)


def test_decimal_numbers_that_continue_nothing_are_running_text():
    text = ("1 总则\n1.1 编制目的\n资金1.2亿元。\n1.3 适用范围\n本预案适用于全省。\n"
            "2.5 万亩以上由省指挥。\n3.4 倍于上年。\n2 组织体系\n2.1 指挥部\n负责指挥。")
    doc = parse_document(text)
    assert [(number, kind) for number, kind, _ in _tree(doc.provisions)] == [
        ("1", "chapter"), ("1.1", "article"), ("1.3", "article"), ("2", "chapter"), ("2.1", "article")]


def test_annex_plan_numbers_decimals_of_its_own():
    text = ("国务院办公厅关于印发某应急预案的通知\n国办函〔2020〕1号\n各省人民政府：\n现将预案印发给你们。\n"
            "国务院办公厅\n2020年1月2日\n附件\n某应急预案\n1总则\n1.1编制目的\n为规范应急工作，制定本预案。\n"
            "2组织体系\n2.1指挥机构\n负责指挥。")
    doc = parse_document(text)
    assert _tree(doc.provisions) == [
        ("preamble", "preamble", "0"), ("附件", "annex", "a1"), ("1", "chapter", "a1.1"),
        ("1.1", "article", "a1.1.1"), ("2", "chapter", "a1.2"), ("2.1", "article", "a1.2.1")]


def test_item_lists_without_decimal_children_stay_items():
    doc = parse_document("一、主要任务\n1.加强监测。\n2.完善预案。")
    assert _tree(doc.provisions) == [("一", "chapter", "1"), ("1", "item", "1.1"), ("2", "item", "1.2")]


def test_an_article_of_a_regulation_has_no_title_its_first_sentence_is_a_rule():
    doc = parse_document("第一章总则\n第一条国务院专利行政部门负责全国的专利代理管理工作。\n省级部门负责本行政区域内的管理工作。\n"
                         "第二条本条例自公布之日起施行。\n")
    article = next(p for p in doc.provisions[0].children if p.number == "第一条")
    assert article.heading is None
    assert [s.text for s in article.sentences][0] == "国务院专利行政部门负责全国的专利代理管理工作。"


def test_a_chapter_after_articles_is_never_inside_an_article() -> None:
    text = "第一条 为了保护水环境，制定本条例。\n第二条 本条例适用于本省。\n第二章 规划管理第三条 省人民政府应当编制规划。\n第四条 市人民政府应当落实。\n"
    paths = [(p.number, [c.number for c in p.children]) for p in parse_document(text).provisions]
    assert paths == [("第一条", []), ("第二条", []), ("第二章", ["第三条", "第四条"])]


# Chapters headed by their topic alone, without a number (…的情形。\n水污染防治\n第三条…).
UNNUMBERED = ("某某条例\n\n第一条 为了保护水环境，制定本条例。\n\n第二条 有下列情形之一的，应当约谈：\n（一）超标排放的。\n\n"
              "水污染防治\n\n第三条 市人民政府应当开展污染防治。\n\n法律责任\n\n第四条 违反本条例第三条规定的，依法处理。\n")


@pytest.mark.parametrize("text", [UNNUMBERED, UNNUMBERED.replace("\n", "")], ids=["lines", "one-line"])
def test_an_article_after_an_unnumbered_heading_is_found_without_line_breaks(text):
    numbers = [p.number for p in parse_document(text).provisions if p.kind == "article"]
    assert numbers == ["第一条", "第二条", "第三条", "第四条"]
