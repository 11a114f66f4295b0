"""Annexes after the signature: provisions of their own, titles, numbering restarting at one."""

from datetime import date
from pathlib import Path

import pytest

from kg.structure import parse_document

FIXTURES = Path(__file__).parent.parent / "fixtures" / "structure"


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
                                                              ("chapter", "四"), ("closing", "closing")]
    assert first.children[-1].span.slice(text).startswith("国土资源部")  # the report's signature closes it
    if "\n" in text:  # a title followed by running text cannot be told apart from it without the break
        assert [c.heading for c in first.children[:4]] == ["基本情况", "地质险情成因分析", "处理情况", "建议意见"]
    assert second.heading == "湖北省巴东县官渡口镇马鬃山村地质险情调查意见" and not second.children
    # the list of annexes in the cover letter (1. … 2. …) numbers nothing
    assert all(p.kind != "item" for p in doc.all_provisions())
    assert not any(s.text.startswith("关于湖北省") for s in first.sentences[1:])
