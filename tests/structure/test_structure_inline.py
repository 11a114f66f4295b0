"""Structure without line breaks: inline markers, header fields, annexes, restarts, traps."""

from datetime import date
from pathlib import Path

import pytest

from kg.normalise import load, normalise
from kg.structure import parse_document

ROOT = Path(__file__).parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "structure"
CORPUS = ROOT.parent / "shared" / "corpus" / "govcn-2019"
# Development texts (never the blind pages) whose number, title, date and provision tree survive
# the loss of every line break today.
TEXTS = [ROOT / "gold" / "texts" / name for name in ("govcn-008.html", "govcn-023.html", "govcn-048.html",
                                                     "govcn-049.html", "govcn-052.html", "govcn-057.html",
                                                     "seed.txt")]
TEXTS += [CORPUS / f"{n}.html" for n in ("001", "002", "003", "006", "012", "013", "017", "030", "032", "033",
                                        "035", "038", "039", "044", "045", "047", "055", "058", "059")]


def _paths(doc):
    found = []

    def walk(provision, chain):
        chain = [*chain, provision.number]
        found.append(("/".join(chain), provision.kind))
        for child in provision.children:
            walk(child, chain)

    for provision in doc.provisions:
        walk(provision, [])
    return found


def _header(doc):
    return (doc.number and doc.number.value, doc.title and doc.title.value, doc.issued)


@pytest.mark.parametrize("path", [p for p in TEXTS if p.exists()], ids=lambda p: p.name)
def test_removing_line_breaks_keeps_the_structure(path):
    text = load(path).text
    original = parse_document(text)
    assert original.number is not None
    for variant in (text.replace("\n", ""), normalise(text.replace("\n", " ")).text):
        one_line = parse_document(variant)
        assert _header(one_line) == _header(original)
        assert _paths(one_line) == _paths(original)


def _reply():
    return (FIXTURES / "reply_023_annexes.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("text", [_reply(), _reply().replace("\n", "")], ids=["lines", "one-line"])
def test_annexes_are_provisions_with_their_own_numbering(text):
    doc = parse_document(text)
    assert doc.number.value == "国办函〔2004〕80号"
    assert doc.title.value == "国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函"
    assert doc.issued == date(2004, 11, 4)
    assert [f.value for f in doc.issuers] == ["国务院办公厅"]
    assert [(p.kind, p.number) for p in doc.provisions] == [("preamble", "preamble"), ("annex", "附件1"),
                                                            ("annex", "附件2")]
    first, second = doc.provisions[1:]
    assert first.heading == "关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告"
    assert [(c.kind, c.number) for c in first.children] == [("chapter", "一"), ("chapter", "二"), ("chapter", "三"),
                                                              ("chapter", "四")]
    if "\n" in text:  # a title followed by running text cannot be told apart from it without the break
        assert [c.heading for c in first.children] == ["基本情况", "地质险情成因分析", "处理情况", "建议意见"]
    assert second.heading == "湖北省巴东县官渡口镇马鬃山村地质险情调查意见" and not second.children
    # the list of annexes in the cover letter (1. … 2. …) numbers nothing
    assert all(p.kind != "item" for p in doc.all_provisions())
    assert not any(s.text.startswith("关于湖北省") for s in first.sentences[1:])


def test_numbering_restarts_under_each_parent_without_line_breaks():
    text = ("现提出如下意见：一、总体要求（一）指导思想。以新发展理念为指导。（二）基本原则。1.坚持创新。2.坚持开放。"
            "二、主要任务（一）推进改造。1.支持建设。（二）加强保障。1.完善政策。")
    doc = parse_document(text)
    assert [path for path, _ in _paths(doc)] == [
        "preamble", "一", "一/（一）", "一/（二）", "一/（二）/1", "一/（二）/2", "二", "二/（一）", "二/（一）/1",
        "二/（二）", "二/（二）/1"]
    assert doc.provisions[1].heading == "总体要求" and doc.provisions[1].children[0].heading == "指导思想"


def test_title_over_two_lines_is_one_title():
    text = "国务院、中央军委关于同意武警总部\n后勤部机关等迁址新建的批复\n国函〔1996〕95号\n武警总部：\n同意迁址新建。"
    doc = parse_document(text)
    assert doc.title.value == "国务院、中央军委关于同意武警总部后勤部机关等迁址新建的批复"
    assert doc.number.value == "国函〔1996〕95号"
    assert parse_document(text.replace("\n", "")).title.value == doc.title.value


@pytest.mark.parametrize("joiner", ["\n", ""])
def test_numbers_in_running_text_are_not_headings(joiner):
    text = joiner.join(["一、总体要求", "2025年底前全部完成。", "第一批试点城市。", "对一、二类地区给予补助。",
                        "一、二、三类地区分别安排3.5亿元。", "（见附件1）。", "二、主要任务", "（一）推进改造。"])
    doc = parse_document(text)
    assert [path for path, _ in _paths(doc)] == ["一", "二", "二/（一）"]
