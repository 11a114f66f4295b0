"""Tables of contents (目录): the headings they list are no provisions, with or without line breaks."""

from pathlib import Path

import pytest

from kg.structure.contents import find_contents
from kg.structure.scan import TextScan

PLAN = (Path(__file__).parent.parent / "fixtures" / "structure" / "plan_decimal.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("text", [PLAN, PLAN.replace("\n", "")], ids=["lines", "one-line"])
def test_contents_run_to_where_the_first_entry_comes_again(text):
    scan = TextScan(text, [text.index("目录")])  # parse_document knows where the plan's title ends
    (span,) = find_contents(text, scan)
    assert text[span.start:].startswith("目录")
    assert text[span.end:].startswith("1总则") and text[span.end:].replace("\n", "").startswith("1总则1.1编制目的为")


@pytest.mark.parametrize("text", ["纳入产业结构调整指导目录1.5亿元。", "列入《目录》一、总体要求", "目录\n一、总体要求\n二、主要任务"])
def test_no_contents_without_a_repeated_first_entry_at_a_boundary(text):
    assert find_contents(text, TextScan(text)) == []
