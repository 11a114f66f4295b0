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


LAW = ("某某条例\n\n第一章 总则\n\n第二章 规划建设\n\n第三章 法律责任\n\n第四章 附则\n\n"
       "第一章 总 则\n\n第一条 为了加强管理，制定本条例。\n\n第二章 规划建设\n\n第二条 市人民政府应当编制规划。\n\n"
       "第三章 法律责任\n\n第三条 违反本条例的，依法处理。\n\n第四章 附则\n\n第四条 本条例自公布之日起施行。\n")


def test_the_articles_fall_under_their_chapters_after_such_a_table():
    from kg.structure import parse_document
    chapters = parse_document(LAW).provisions
    assert [(p.number, [c.number for c in p.children]) for p in chapters if p.kind == "chapter"] == [
        ("第一章", ["第一条"]), ("第二章", ["第二条"]), ("第三章", ["第三条"]), ("第四章", ["第四条"])]


def test_two_chapter_headings_in_a_row_are_no_table():
    text = "某某条例\n\n第一章 总则\n\n第二章 附则\n\n第一条 为了加强管理，制定本条例。\n"
    assert find_contents(text, TextScan(text)) == []


# The body's first chapter heading lost: its articles follow the table's last entry on the same line.
LOST_FIRST = ("某某条例\n\n第一章 总则\n\n第二章 规划建设\n\n第三章 附则第一条 为了加强管理，制定本条例。\n\n"
              "第二条 本条例适用于本市。\n\n第二章 规划建设第三条 市人民政府应当编制规划。\n\n"
              "第三章 附则第四条 本条例自公布之日起施行。\n")


# Where the body begins: at the first entry's repetition, or — that heading lost — right after the run.
TABLES = [(LAW, "第一章 总 则"), (LOST_FIRST, "第一条")]


@pytest.mark.parametrize(("text", "body"), [(law.replace("\n", "") if one_line else law, body)
                                            for law, body in TABLES for one_line in (False, True)],
                         ids=["lines", "one-line", "first-lost-lines", "first-lost-one-line"])
def test_a_run_of_chapter_headings_without_the_word_is_a_table_of_contents(text, body):
    (span,) = find_contents(text, TextScan(text, [text.index("第一章")]))
    assert text[span.start:].startswith("第一章") and text[span.end:].startswith(body)


@pytest.mark.parametrize("text", [LOST_FIRST, LOST_FIRST.replace("\n", "")], ids=["lines", "one-line"])
def test_the_articles_before_the_first_repeated_chapter_stand_alone_after_such_a_table(text):
    from kg.structure import parse_document
    top = parse_document(text).provisions
    assert [(p.number, [c.number for c in p.children]) for p in top if p.kind != "preamble"] == [
        ("第一条", []), ("第二条", []), ("第二章", ["第三条"]), ("第三章", ["第四条"])]
